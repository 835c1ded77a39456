// SPDX-License-Identifier: GPL-3.0-or-later
#include "topiclistmodel.h"

#include "pageaddress.h"

#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"
#include "markup.h"

#include <algorithm>

namespace ktl {

namespace {

/** Whole sentences that fit in @p limit characters (at least the first one): a card shows a
 *  few lines, and laying out a long text only to elide it costs start-up time. */
QString firstSentences(const QString &text, int limit)
{
    QString result;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf(QLatin1String(". "), from);
        end = end < 0 ? text.size() : end + 1;
        if (!result.isEmpty() && end > limit)
            break;
        result = text.left(end);
        from = end + 1;
    }
    return result.trimmed();
}

} // namespace

TopicListModel::TopicListModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void TopicListModel::rebuild()
{
    // The home page's list: read from the part of the content that is there before its first frame.
    m_topics = store()->firstPageContent().topics;
    std::stable_sort(m_topics.begin(), m_topics.end(),
                     [](const Topic &a, const Topic &b) { return a.order < b.order; });
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Topic &t = m_topics.at(index.row());
    const QString context = contentContext::topic(t.id);
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
    case TitleRole:
        return contentTr(context, t.title);
    case SummaryRole:
        return markup::toHtml(contentTr(context, t.summary));
    case SummaryTextRole:
        return markup::toPlainText(contentTr(context, t.summary));
    case SummaryShortRole:
        return firstSentences(markup::toPlainText(contentTr(context, t.summary)), 170);
    case ConceptRole:
        return t.concept;
    case WalkthroughRole:
        return t.walkthrough;
    case AddressRole:
        return page::topic(t.id);
    case OrderRole:
        return t.order;
    case TitleOtherRole:
        return contentformat::other(context, t.title);
    case SummaryShortOtherRole:
        return firstSentences(markup::toPlainText(contentformat::other(context, t.summary)), 170);
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    return { { IdRole, "topicId" },         { TitleRole, "title" },
             { SummaryRole, "summary" },    { SummaryTextRole, "summaryText" },
             { SummaryShortRole, "summaryShort" },
             { ConceptRole, "concept" },
             { WalkthroughRole, "walkthrough" }, { AddressRole, "address" }, { OrderRole, "order" },
             { TitleOtherRole, "titleOther" }, { SummaryShortOtherRole, "summaryShortOther" } };
}

} // namespace ktl
