// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenttypes.h"

#include "contenttext.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace ktl {

namespace {

template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template<typename T>
void replaceOrAppend(QList<T> &into, const QList<T> &from)
{
    for (const T &item : from) {
        auto it = std::find_if(into.begin(), into.end(), [&](const T &t) { return t.id == item.id; });
        if (it != into.end())
            *it = item;
        else
            into.append(item);
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

const FlowNode *Flow::node(const QString &nodeId) const { return findById(nodes, nodeId); }

const Topic *ContentSet::topic(const QString &id) const { return findById(topics, id); }
const Walkthrough *ContentSet::walkthrough(const QString &id) const
{
    return findById(walkthroughs, id);
}
const Flow *ContentSet::flow(const QString &id) const { return findById(flows, id); }
const Term *ContentSet::term(const QString &id) const { return findById(terms, id); }
const Source *ContentSet::source(const QString &id) const { return findById(sources, id); }

void ContentSet::overlay(const ContentSet &other)
{
    if (!other.meta.version.isEmpty())
        meta = other.meta;
    replaceOrAppend(topics, other.topics);
    replaceOrAppend(walkthroughs, other.walkthroughs);
    replaceOrAppend(flows, other.flows);
    replaceOrAppend(terms, other.terms);
    replaceOrAppend(sources, other.sources);
    replaceOrAppend(events, other.events);
    replaceOrAppend(helpPlaces, other.helpPlaces);
}

QString reviewDateText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return isoDate;
    //: Date format of the "reviewed as of" date, in QDate::toString form (Spanish: "d 'de' MMMM 'de' yyyy")
    const QString format = QCoreApplication::translate("ContentStore", "MMMM d, yyyy");
    const QLocale locale(QCoreApplication::translate("ContentStore", "en_US", "locale of dates"));
    return locale.toString(date, format);
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

} // namespace ktl
