// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenttypes.h"

#include "contenttext.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace ktl {

namespace {

/** The first item with @p id: through @p index when it was built for this list (content is
 *  reindexed after loading and overlaying), else by a linear scan, so a set built by hand or
 *  grown since is still answered correctly. */
template<typename T>
const T *findById(const QList<T> &list, const IdIndex &index, const QString &id)
{
    if (index.builtFor == list.size()) {
        const qsizetype i = index.position.value(id, -1);
        if (i >= 0 && list.at(i).id == id)
            return &list.at(i);
        if (i < 0)
            return nullptr;
    }
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template<typename T>
IdIndex indexOf(const QList<T> &list)
{
    IdIndex index;
    index.position.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!index.position.contains(list.at(i).id))
            index.position.insert(list.at(i).id, i);
    }
    index.builtFor = list.size();
    return index;
}

template<typename T>
void replaceOrAppend(QList<T> &into, const QList<T> &from, const char *kind,
                     QList<ContentSet::Replaced> &replaced)
{
    QHash<QString, qsizetype> index = indexOf(into).position;
    for (const T &item : from) {
        const qsizetype i = index.value(item.id, -1);
        if (i >= 0) {
            into[i] = item;
            replaced.append({ QStringLiteral("%1 \"%2\"").arg(QLatin1String(kind), item.id), item.file });
        } else {
            index.insert(item.id, into.size());
            into.append(item);
        }
    }
}

} // namespace

int Walkthrough::stepIndex(const QString &stepId) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

const FlowNode *Flow::node(const QString &nodeId) const { return findById(nodes, m_nodeIndex, nodeId); }

void Flow::reindex() { m_nodeIndex = indexOf(nodes); }

const Topic *ContentSet::topic(const QString &id) const { return findById(topics, m_topicIndex, id); }
const Walkthrough *ContentSet::walkthrough(const QString &id) const
{
    return findById(walkthroughs, m_walkthroughIndex, id);
}
const Flow *ContentSet::flow(const QString &id) const { return findById(flows, m_flowIndex, id); }
const Term *ContentSet::term(const QString &id) const { return findById(terms, m_termIndex, id); }
const Source *ContentSet::source(const QString &id) const { return findById(sources, m_sourceIndex, id); }

void ContentSet::reindex()
{
    m_topicIndex = indexOf(topics);
    m_walkthroughIndex = indexOf(walkthroughs);
    m_flowIndex = indexOf(flows);
    m_termIndex = indexOf(terms);
    m_sourceIndex = indexOf(sources);
    for (Flow &f : flows)
        f.reindex();
}

void ContentSet::absorb(ContentSet &&other)
{
    if (meta.file.isEmpty())
        meta = std::move(other.meta);
    topics.append(std::move(other.topics));
    walkthroughs.append(std::move(other.walkthroughs));
    flows.append(std::move(other.flows));
    terms.append(std::move(other.terms));
    sources.append(std::move(other.sources));
    events.append(std::move(other.events));
    helpPlaces.append(std::move(other.helpPlaces));
    explorers.append(std::move(other.explorers));
    reindex();
}

namespace {
template<typename T>
void sortByFile(QList<T> &list, const QHash<QString, qsizetype> &position)
{
    std::stable_sort(list.begin(), list.end(), [&](const T &a, const T &b) {
        return position.value(a.file, -1) < position.value(b.file, -1);
    });
}
} // namespace

void ContentSet::sortByFiles(const QStringList &files)
{
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < files.size(); ++i)
        position.insert(files.at(i), i);
    sortByFile(topics, position);
    sortByFile(walkthroughs, position);
    sortByFile(flows, position);
    sortByFile(terms, position);
    sortByFile(sources, position);
    sortByFile(events, position);
    sortByFile(helpPlaces, position);
    sortByFile(explorers, position);
    reindex();
}

QList<ContentSet::Replaced> ContentSet::overlay(const ContentSet &other)
{
    QList<Replaced> replaced;
    if (!other.meta.file.isEmpty()) {
        meta = other.meta;
        replaced.append({ QStringLiteral("meta (the disclaimer, help notice and review date)"), other.meta.file });
    }
    replaceOrAppend(topics, other.topics, "topic", replaced);
    replaceOrAppend(walkthroughs, other.walkthroughs, "walkthrough", replaced);
    replaceOrAppend(flows, other.flows, "flow", replaced);
    replaceOrAppend(terms, other.terms, "term", replaced);
    replaceOrAppend(sources, other.sources, "source", replaced);
    replaceOrAppend(events, other.events, "event", replaced);
    replaceOrAppend(helpPlaces, other.helpPlaces, "help place", replaced);
    replaceOrAppend(explorers, other.explorers, "what-if story", replaced);
    reindex();
    return replaced;
}

QString contentDateText(const QString &isoDate)
{
    // The language's locale: LanguageManager makes it the default when the language changes.
    return contentDateText(isoDate, QLocale(),
                           //: A month of a year, in QDate::toString form (Spanish: "MMMM 'de' yyyy")
                           QCoreApplication::translate("ContentStore", "MMMM yyyy"),
                           //: A full date, in QDate::toString form (Spanish: "d 'de' MMMM 'de' yyyy")
                           QCoreApplication::translate("ContentStore", "MMMM d, yyyy"));
}

QString contentDateText(const QString &isoDate, const QLocale &locale, const QString &monthFormat,
                        const QString &dayFormat)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (year.match(isoDate).hasMatch())
        return isoDate;
    if (month.match(isoDate).hasMatch()) {
        const QDate first = QDate::fromString(isoDate + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? locale.toString(first, monthFormat) : isoDate;
    }
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? locale.toString(date, dayFormat) : isoDate;
}

QString contentDateHeading(const QString &isoDate)
{
    QString text = contentDateText(isoDate);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString urlFor(const QString &url, const TranslatedUrls &translated, const QString &language)
{
    return translated.value(language, url);
}

QString urlLanguageNote(const QString &url, const TranslatedUrls &translated, const QString &language)
{
    if (url.isEmpty() || language == QLatin1String("en") || translated.contains(language))
        return {};
    //: After a web address whose page exists only in English, shown to a reader of another language
    return QCoreApplication::translate("ContentStore", "(in English)");
}

QString webAddressLine(const QString &url, const TranslatedUrls &translated, const QString &language)
{
    const QString note = urlLanguageNote(url, translated, language);
    const QString address = url.isEmpty() ? QString() : urlFor(url, translated, language);
    return note.isEmpty() ? address : address + QLatin1Char(' ') + note;
}

QString illustrationPath(const QString &name)
{
    return QStringLiteral(":/illustrations/%1.svg").arg(name);
}

QString flowNodeKindName(FlowNode::Kind kind)
{
    switch (kind) {
    case FlowNode::Kind::Question:
        return QStringLiteral("question");
    case FlowNode::Kind::Info:
        return QStringLiteral("info");
    case FlowNode::Kind::Outcome:
        return QStringLiteral("outcome");
    }
    return {};
}

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2}$"));
    return re.match(code).hasMatch();
}

} // namespace ktl
