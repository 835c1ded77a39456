// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchmodel.h"

#include "contentstore.h"
#include "languagemanager.h"

namespace ktl {

SearchModel::SearchModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reset();
}

void SearchModel::rebuild()
{
    m_hits.clear();
    if (m_query.trimmed().isEmpty())
        return;
    const QString key = LanguageManager::instance()->language() + QLatin1Char('/')
            + QString::number(store()->generation());
    if (key != m_indexKey) {
        QString why;
        const bool built = m_index.build(store()->content(), store()->packs(), &why);
        m_indexKey = key;
        //: Shown on the search page when the search index could not be built; %1 says why
        const QString error = built ? QString() : tr("Search is not available: %1").arg(why);
        if (error != m_error) {
            m_error = error;
            Q_EMIT errorChanged();
        }
    }
    m_hits = m_index.search(m_query);
}

QString SearchModel::kindLabel(const QString &kind)
{
    //: Kind of a search result
    if (kind == QLatin1String("topic"))
        return tr("Topic");
    //: Kind of a search result
    if (kind == QLatin1String("step"))
        return tr("Walkthrough step");
    //: Kind of a search result
    if (kind == QLatin1String("flow"))
        return tr("Decision flow");
    //: Kind of a search result
    if (kind == QLatin1String("term"))
        return tr("Glossary");
    //: Kind of a search result
    if (kind == QLatin1String("source"))
        return tr("Source");
    //: Kind of a search result: from a local pack, not the app's own content
    if (kind == QLatin1String("local"))
        return tr("Local information");
    //: Kind of a search result
    return tr("Timeline");
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchIndex::Hit &hit = m_hits.at(index.row());
    switch (role) {
    case AddressRole:
        return hit.address;
    case KindRole:
        return hit.kind;
    case KindLabelRole:
        return kindLabel(hit.kind);
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case SnippetRole:
        return hit.snippet;
    case FromRole:
        return hit.from;
    case AccessibleNameRole: {
        const QString name = kindLabel(hit.kind) + QStringLiteral(": ") + hit.plainTitle;
        return hit.from.isEmpty() ? name : name + QStringLiteral(". ") + hit.from;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return { { AddressRole, "address" }, { KindRole, "kind" }, { KindLabelRole, "kindLabel" },
             { TitleRole, "title" }, { SnippetRole, "snippet" }, { FromRole, "from" }, { AccessibleNameRole, "accessibleName" } };
}

} // namespace ktl
