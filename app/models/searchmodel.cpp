// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchmodel.h"

#include "contentstore.h"
#include "languagemanager.h"

#include <QCoreApplication>
#include <QPointer>

namespace ktl {

SearchModel::SearchModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

namespace {

struct SharedIndex
{
    std::shared_ptr<const SearchIndex> index;
    QString error; ///< why it could not be built, or ""
};

/** The index for @p key (language and content generation), built once and shared by every
 *  search page. Two are kept: English and Spanish, for a reader who switches back and forth. */
/** Two indexes are kept (English and Spanish, for a reader who switches back and forth), in an
 *  object of the application's: closed with it, while Qt SQL is still there. */
class IndexCache : public QObject
{
public:
    using QObject::QObject;
    QList<std::pair<QString, SharedIndex>> built;
};

/** The index for @p key (language and content generation), built once and shared by every
 *  search page. */
SharedIndex sharedIndex(const QString &key, const ContentStore *store)
{
    static QPointer<IndexCache> cache;
    if (!cache)
        cache = new IndexCache(QCoreApplication::instance());
    for (const auto &entry : std::as_const(cache->built))
        if (entry.first == key)
            return entry.second;
    auto index = std::make_shared<SearchIndex>();
    QString why;
    SharedIndex made { index, index->build(store->content(), store->packs(), &why) ? QString() : why };
    cache->built.append({ key, made });
    if (cache->built.size() > 2)
        cache->built.removeFirst();
    return made;
}

} // namespace

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    // In place: rows that stay are changed, not remade, and only the difference in count is
    // inserted or removed, so the view keeps its delegates from one keystroke to the next. Each
    // step is told while the rows are as it says (QAbstractItemModelTester checks it).
    const QList<SearchIndex::Hit> before = m_hits;
    search();
    const QList<SearchIndex::Hit> next = m_hits;
    m_hits = before;
    const int common = int(std::min(before.size(), next.size()));
    if (next.size() < before.size()) {
        beginRemoveRows({}, common, int(before.size()) - 1);
        m_hits = before.mid(0, common);
        endRemoveRows();
    }
    m_hits = next.mid(0, common); // as many rows as there are now
    if (common > 0)
        Q_EMIT dataChanged(index(0), index(common - 1));
    if (next.size() > before.size()) {
        beginInsertRows({}, common, int(next.size()) - 1);
        m_hits = next;
        endInsertRows();
    }
    m_hits = next;
    if (before.size() != next.size())
        Q_EMIT countChanged();
}

void SearchModel::rebuild()
{
    search();
}

void SearchModel::search()
{
    m_hits.clear();
    if (m_query.trimmed().isEmpty())
        return;
    const QString key = LanguageManager::instance()->language() + QLatin1Char('/')
            + QString::number(store()->generation());
    if (key != m_indexKey || !m_index) {
        const SharedIndex shared = sharedIndex(key, store());
        m_index = shared.index;
        m_indexKey = key;
        //: Shown on the search page when the search index could not be built; %1 says why
        const QString error = shared.error.isEmpty() ? QString() : tr("Search is not available: %1").arg(shared.error);
        if (error != m_error) {
            m_error = error;
            Q_EMIT errorChanged();
        }
    }
    m_hits = m_index->search(m_query);
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
