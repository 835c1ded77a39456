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

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    search();
}

void SearchModel::rebuild()
{
    search();
}

const SearchService::Input &SearchModel::input()
{
    const QString language = LanguageManager::instance()->language();
    const QString key = language + QLatin1Char('/') + QString::number(store()->generation());
    if (key != m_input.key) // the packs' words are taken in the reader's language, here
        m_input = { key, language, store()->content(), SearchIndex::packDocuments(store()->packs()) };
    return m_input;
}

void SearchModel::search()
{
    const quint64 number = ++*m_ticket; // whatever was asked before is not wanted now
    if (m_query.trimmed().isEmpty()) {
        SearchService::instance()->prepare(input()); // ready before the first keystroke
        show({});
        setSearching(false);
        return;
    }
    setSearching(true);
    SearchService::instance()->search(input(), m_query, m_ticket, number, this, [this](const SearchService::Answer &answer) {
        //: Shown on the search page when the search index could not be built; %1 says why
        const QString error = answer.error.isEmpty() ? QString() : tr("Search is not available: %1").arg(answer.error);
        if (error != m_error) {
            m_error = error;
            Q_EMIT errorChanged();
        }
        show(answer.hits);
        setSearching(false);
    });
}

void SearchModel::show(const QList<SearchIndex::Hit> &next)
{
    // In place: rows that stay are changed, not remade, and only the difference in count is
    // inserted or removed, so the view keeps its delegates from one keystroke to the next. Each
    // step is told while the rows are as it says (QAbstractItemModelTester checks it).
    const QList<SearchIndex::Hit> before = m_hits;
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

void SearchModel::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged();
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
