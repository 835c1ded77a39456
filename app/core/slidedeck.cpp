// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidedeck.h"

#include "flowgraph.h"
#include "pageaddress.h"

#include <algorithm>

namespace ktl::deck {

namespace {

/** How many terms a subset may name: more than the glossary has, fewer than a hostile list. */
constexpr int maxTerms = 200;

bool glossary(const QString &sub, const ContentSet &content, DeckSection *out, QString *error)
{
    out->kind = DeckSection::Kind::Glossary;
    if (sub.isEmpty()) {
        for (const Term &t : content.terms)
            out->slideIds.append(t.id);
        return true;
    }
    const QStringList ids = sub.split(QLatin1Char(','));
    if (ids.size() > maxTerms) {
        *error = QStringLiteral("glossary: at most %1 terms at a time, found %2").arg(maxTerms).arg(ids.size());
        return false;
    }
    for (const QString &id : ids) {
        if (!content.term(id)) {
            *error = QStringLiteral("glossary: no term \"%1\"").arg(id);
            return false;
        }
        if (!out->slideIds.contains(id))
            out->slideIds.append(id);
    }
    return true;
}

/** YYYY, YYYY-MM or YYYY-MM-DD: the forms the timeline's dates take. */
bool isDate(const QString &text)
{
    static const int lengths[] = { 4, 7, 10 };
    if (std::find(std::begin(lengths), std::end(lengths), text.size()) == std::end(lengths))
        return false;
    for (int i = 0; i < text.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? text.at(i) != QLatin1Char('-') : !text.at(i).isDigit())
            return false;
    }
    return true;
}

bool timeline(const QString &sub, const ContentSet &content, DeckSection *out, QString *error)
{
    out->kind = DeckSection::Kind::Timeline;
    QString from, to;
    if (!sub.isEmpty()) {
        const QStringList ends = sub.split(QStringLiteral(".."));
        if (ends.size() != 2 || !isDate(ends.first()) || !isDate(ends.last())) {
            *error = QStringLiteral("timeline: \"%1\" is not a range; expected <from>..<to>, each YYYY, YYYY-MM or YYYY-MM-DD")
                             .arg(sub);
            return false;
        }
        from = ends.first();
        to = ends.last();
    }
    QList<const Event *> events;
    for (const Event &e : content.events) {
        // An event's date compared at the precision of each end: 2019-05 is within 2019..2019.
        if (!from.isEmpty() && e.date.left(from.size()) < from)
            continue;
        if (!to.isEmpty() && e.date.left(to.size()) > to)
            continue;
        events.append(&e);
    }
    std::stable_sort(events.begin(), events.end(), [](const Event *a, const Event *b) { return a->date < b->date; });
    for (const Event *e : events)
        out->slideIds.append(e->id);
    if (out->slideIds.isEmpty()) {
        *error = QStringLiteral("timeline: no events from %1 to %2").arg(from, to);
        return false;
    }
    return true;
}

} // namespace

bool section(const QString &address, const ContentSet &content, DeckSection *out, QString *error)
{
    *out = DeckSection();
    out->address = address.trimmed();
    const QString kind = out->address.section(QLatin1Char('/'), 0, 0);
    const QString sub = out->address.section(QLatin1Char('/'), 1);
    // The two forms of the presenter's own: a glossary subset and a timeline range.
    if (kind == QLatin1String("glossary"))
        return glossary(sub, content, out, error);
    if (kind == QLatin1String("timeline"))
        return timeline(sub, content, out, error);

    PageAddress page;
    if (!PageAddress::resolve(out->address, content, &page, error))
        return false;
    out->id = page.id;
    out->startAt = page.sub;
    switch (page.kind) {
    case PageAddress::Kind::Walkthrough:
        out->kind = DeckSection::Kind::Walkthrough;
        for (const Step &s : content.walkthrough(page.id)->steps)
            out->slideIds.append(s.id);
        return true;
    case PageAddress::Kind::Flow:
        out->kind = DeckSection::Kind::Flow;
        for (const flowgraph::OutlineLine &line : flowgraph::outline(*content.flow(page.id))) {
            if (!line.repeat)
                out->slideIds.append(line.nodeId);
        }
        return true;
    case PageAddress::Kind::Topic:
        out->kind = DeckSection::Kind::Topic;
        for (int i = 0; i < content.topic(page.id)->sections.size(); ++i)
            out->slideIds.append(QString::number(i + 1));
        return true;
    case PageAddress::Kind::WhatIf:
        out->kind = DeckSection::Kind::WhatIf;
        if (!content.explorer()) {
            *error = QStringLiteral("whatif: the content has no what-if story");
            return false;
        }
        return true; // its stages come from the story as its knobs stand
    default:
        break;
    }
    *error = QStringLiteral("\"%1\" cannot be presented; give a walkthrough/<id>, flow/<id>, topic/<id>, "
                            "glossary[/<term>,…], timeline[/<from>..<to>] or whatif")
                     .arg(out->address);
    return false;
}

namespace {
const QString playlistPrefix = QStringLiteral("playlist/");
}

QString playlistAddress(const QString &name) { return playlistPrefix + name; }

QString playlistName(const QString &address)
{
    return address.startsWith(playlistPrefix) ? address.mid(playlistPrefix.size()) : QString();
}

bool canPresent(const QString &address, const ContentSet &content, const QList<Playlist> &playlists, QString *error)
{
    DeckSection section;
    const QString name = playlistName(address);
    if (name.isEmpty())
        return deck::section(address, content, &section, error);
    if (const Playlist *found = playlist::find(playlists, name)) {
        QStringList problems;
        for (const PlaylistItem &item : found->items) {
            QString why;
            if (deck::section(item.address, content, &section, &why))
                return true;
            problems.append(why);
        }
        *error = QStringLiteral("playlist \"%1\" has nothing that can be presented%2")
                         .arg(name, problems.isEmpty() ? QString() : QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
        return false;
    }
    QStringList names;
    for (const Playlist &p : playlists)
        names.append(QLatin1Char('"') + p.name + QLatin1Char('"'));
    *error = names.isEmpty() ? QStringLiteral("no playlist named \"%1\"; none is saved").arg(name)
                             : QStringLiteral("no playlist named \"%1\"; saved: %2").arg(name, names.join(QStringLiteral(", ")));
    return false;
}

const Section *topicSection(const ContentSet &content, const DeckSection &section, const QString &slideId)
{
    const Topic *topic = section.kind == DeckSection::Kind::Topic ? content.topic(section.id) : nullptr;
    bool ok = false;
    const int number = slideId.toInt(&ok);
    return topic && ok && number >= 1 && number <= topic->sections.size() ? &topic->sections.at(number - 1) : nullptr;
}

const Event *event(const ContentSet &content, const QString &eventId)
{
    const auto it = std::find_if(content.events.begin(), content.events.end(),
                                 [&](const Event &e) { return e.id == eventId; });
    return it == content.events.end() ? nullptr : &*it;
}

} // namespace ktl::deck
