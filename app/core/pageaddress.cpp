// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageaddress.h"

#include <algorithm>

namespace ktl {

namespace {

struct KindName
{
    PageAddress::Kind kind;
    const char *name;
    int minParts; ///< including the kind itself
    int maxParts;
};

constexpr KindName kindNames[] = {
    { PageAddress::Kind::Home, "home", 1, 1 },
    { PageAddress::Kind::Topic, "topic", 2, 2 },
    { PageAddress::Kind::Walkthrough, "walkthrough", 2, 3 },
    { PageAddress::Kind::Flow, "flow", 2, 3 },
    { PageAddress::Kind::WhatIf, "whatif", 1, 2 }, // whatif/<knob>=<value>,…: that scenario
    { PageAddress::Kind::Glossary, "glossary", 1, 2 }, // glossary/<term>: scrolled to it
    { PageAddress::Kind::Sources, "sources", 1, 1 },
    { PageAddress::Kind::Timeline, "timeline", 1, 1 },
    { PageAddress::Kind::Help, "help", 1, 1 }, // finding legal help
    { PageAddress::Kind::Local, "local", 1, 1 }, // the local packs' state and county status
    { PageAddress::Kind::Search, "search", 1, 1 },
    { PageAddress::Kind::Settings, "settings", 1, 1 },
    { PageAddress::Kind::Workshop, "workshop", 1, 1 }, // the presenter's session playlists
};

QString knownForms()
{
    return QStringLiteral("home, topic/<id>, walkthrough/<id>[/<step>], flow/<id>[/<node>], "
                          "whatif[/<knob>=<value>,…], glossary[/<term>], sources, timeline, help, local, search, settings, workshop");
}

} // namespace

bool PageAddress::parse(const QString &text, PageAddress *out, QString *error)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    const auto it = std::find_if(std::begin(kindNames), std::end(kindNames),
                                 [&](const KindName &k) { return parts.first() == QLatin1String(k.name); });
    if (it == std::end(kindNames)) {
        *error = QStringLiteral("unknown page \"%1\"; expected one of: %2").arg(text, knownForms());
        return false;
    }
    if (parts.size() < it->minParts || parts.size() > it->maxParts
        || std::any_of(parts.begin(), parts.end(), [](const QString &p) { return p.isEmpty(); })) {
        *error = QStringLiteral("malformed page \"%1\"; expected one of: %2").arg(text, knownForms());
        return false;
    }
    out->kind = it->kind;
    // A what-if page has no id: what follows it is the setting of its knobs.
    out->id = it->kind == Kind::WhatIf ? QString() : parts.value(1);
    out->sub = it->kind == Kind::WhatIf ? parts.value(1) : parts.value(2);
    return true;
}

bool PageAddress::resolve(const QString &text, const ContentSet &content, PageAddress *out,
                          QString *error)
{
    PageAddress address;
    if (!parse(text, &address, error))
        return false;
    switch (address.kind) {
    case Kind::Topic:
        if (!content.topic(address.id)) {
            *error = QStringLiteral("no topic \"%1\"").arg(address.id);
            return false;
        }
        break;
    case Kind::Walkthrough: {
        const Walkthrough *w = content.walkthrough(address.id);
        if (!w) {
            *error = QStringLiteral("no walkthrough \"%1\"").arg(address.id);
            return false;
        }
        if (!address.sub.isEmpty() && w->stepIndex(address.sub) < 0) {
            *error = QStringLiteral("walkthrough \"%1\" has no step \"%2\"").arg(address.id, address.sub);
            return false;
        }
        break;
    }
    case Kind::Flow: {
        const Flow *f = content.flow(address.id);
        if (!f) {
            *error = QStringLiteral("no flow \"%1\"").arg(address.id);
            return false;
        }
        if (!address.sub.isEmpty() && !f->node(address.sub)) {
            *error = QStringLiteral("flow \"%1\" has no node \"%2\"").arg(address.id, address.sub);
            return false;
        }
        break;
    }
    case Kind::WhatIf: {
        const Explorer *e = content.explorer();
        if (!e) {
            *error = QStringLiteral("the content has no what-if story");
            return false;
        }
        QString why;
        const std::optional<Scenario> s = whatif::fromText(*e, address.sub, &why);
        if (!s) {
            *error = QStringLiteral("page \"%1\": %2").arg(text, why);
            return false;
        }
        address.sub = whatif::toText(*e, *s); // one way to write each story: knob order, no start values
        break;
    }
    case Kind::Glossary:
        if (!address.id.isEmpty() && !content.term(address.id)) {
            *error = QStringLiteral("no glossary term \"%1\"").arg(address.id);
            return false;
        }
        break;
    default:
        break;
    }
    *out = address;
    return true;
}

QString PageAddress::kindName() const
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

QString PageAddress::toString() const
{
    QString s = kindName();
    if (!id.isEmpty())
        s += QLatin1Char('/') + id;
    if (!sub.isEmpty())
        s += QLatin1Char('/') + sub;
    return s;
}

namespace page {

QString topic(const QString &id)
{
    return PageAddress { PageAddress::Kind::Topic, id, {} }.toString();
}

QString walkthrough(const QString &id, const QString &step)
{
    return PageAddress { PageAddress::Kind::Walkthrough, id, step }.toString();
}

QString flow(const QString &id, const QString &node)
{
    return PageAddress { PageAddress::Kind::Flow, id, node }.toString();
}

QString whatIf(const QString &setting)
{
    return PageAddress { PageAddress::Kind::WhatIf, {}, setting }.toString();
}

} // namespace page

QStringList allPageAddresses(const ContentSet &content)
{
    QStringList pages { QStringLiteral("home") };
    QList<Topic> topics = content.topics;
    std::stable_sort(topics.begin(), topics.end(), [](const Topic &a, const Topic &b) { return a.order < b.order; });
    for (const Topic &t : topics)
        pages.append(page::topic(t.id));
    for (const Walkthrough &w : content.walkthroughs) {
        pages.append(page::walkthrough(w.id));
        for (const Step &s : w.steps)
            pages.append(page::walkthrough(w.id, s.id));
    }
    for (const Flow &f : content.flows) {
        pages.append(page::flow(f.id));
        for (const FlowNode &n : f.nodes)
            pages.append(page::flow(f.id, n.id));
    }
    if (content.explorer())
        pages.append(page::whatIf());
    pages << QStringLiteral("glossary") << QStringLiteral("sources") << QStringLiteral("timeline") << QStringLiteral("help")
          << QStringLiteral("local") << QStringLiteral("search") << QStringLiteral("settings")
          << QStringLiteral("workshop");
    return pages;
}

} // namespace ktl
