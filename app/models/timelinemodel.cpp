// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"

#include <QVariantMap>

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

QString TimelineModel::kindLabel(const QString &kind)
{
    //: Timeline filter: events of every kind
    if (kind.isEmpty())
        return tr("All");
    //: Timeline filter: laws passed
    if (kind == QLatin1String("law"))
        return tr("Laws");
    //: Timeline filter: court decisions
    if (kind == QLatin1String("case"))
        return tr("Court cases");
    //: Timeline filter: federal programs such as 287(g) or Secure Communities
    if (kind == QLatin1String("program"))
        return tr("Programs");
    //: Timeline filter: executive orders, memos and agency policies
    if (kind == QLatin1String("policy"))
        return tr("Policies");
    //: Timeline filter: state laws and state actions
    return tr("States");
}

QList<CodeLabel> TimelineModel::kinds() const
{
    QList<CodeLabel> list;
    for (const char *kind : { "", "law", "case", "program", "policy", "state" })
        list.append({ QLatin1String(kind), kindLabel(QLatin1String(kind)) });
    return list;
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
    case DateRole: // "October 2008", never "2008-10" (it reads as "2008 to 2010")
        return contentDateHeading(e.date);
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
        return QVariant::fromValue(contentformat::sourceRefs(store()->content(), e.sources));
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
