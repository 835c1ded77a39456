// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "searchindex.h"

#include <QQmlEngine>

#include <memory>

namespace ktl {

/**
 * @brief Search results for `query`, best first, across all content in the current language.
 *
 * The index is built on the first search (never before the first frame), once per language and
 * content: every search page shares it, so coming back to search, or switching the language
 * back, costs no rebuild. A new query updates the rows in place (the view keeps its delegates
 * and only their text changes), rather than resetting the list on every keystroke.
 */
class SearchModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /** Why search cannot work ("" when it can): shown instead of "Nothing found". */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        AddressRole = Qt::UserRole, ///< page address to open
        KindRole,
        KindLabelRole, ///< translated: "Topic", "Walkthrough step", …
        TitleRole, ///< HTML with matches in <b>
        SnippetRole, ///< HTML with matches in <b>
        AccessibleNameRole, ///< what a screen reader says: kind, title and whose it is, as plain text
        FromRole,    ///< a local pack's result: who says it and when; "" for the app's own
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    QString error() const { return m_error; }
    void setQuery(const QString &query);

    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void queryChanged();
    void errorChanged();

protected:
    void rebuild() override;
    int rows() const override { return int(m_hits.size()); }
    bool orderDependsOnLanguage() const override { return true; }

private:
    /** Runs the query into m_hits (building or reusing the shared index). */
    void search();
    std::shared_ptr<const SearchIndex> m_index;
    QString m_indexKey; ///< language and content generation the index was built for
    QString m_query;
    QString m_error;
    QList<SearchIndex::Hit> m_hits;
};

} // namespace ktl
