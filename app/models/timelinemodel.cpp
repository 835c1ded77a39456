// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"

#include <algorithm>

namespace ktl {

TimelineModel::TimelineModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void TimelineModel::setKindFilter(const QString &kind)
{
    if (kind == m_kindFilter)
        return;
    m_kindFilter = kind;
    Q_EMIT kindFilterChanged();
    reset();
}

void TimelineModel::rebuild()
{
    m_events.clear();
    for (const Event &e : store()->content().events) {
        if (m_kindFilter.isEmpty() || e.kind == m_kindFilter)
            m_events.append(e);
    }
    // ISO dates of any precision sort correctly as text.
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case DateRole:
        return e.date;
    case YearRole:
        return e.date.left(4).toInt();
    case KindRole:
        return e.kind;
    case Qt::DisplayRole:
    case TitleRole:
        return contentTr(contentContext::timeline(), e.title);
    case BodyRole:
        return contentformat::html(contentContext::timeline(), e.body);
    case SourcesRole:
        return contentformat::sourceRefs(store()->content(), e.sources);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return { { IdRole, "eventId" }, { DateRole, "date" },   { YearRole, "year" },
             { KindRole, "kind" },  { TitleRole, "title" }, { BodyRole, "body" },
             { SourcesRole, "sources" } };
}

} // namespace ktl
