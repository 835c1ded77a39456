// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "searchindex.h"
#include "searchservice.h"

#include <QQmlEngine>

#include <memory>

namespace ktl {

/**
 * @brief Search results for `query`, best first, across all content in the current language.
 *
 * Searching never runs on the GUI thread (SearchService): the index is built there once per
 * language and content, as soon as a search page opens, and shared by every search page, so
 * coming back to search, or switching the language back, costs no rebuild. A keystroke sends
 * the query; its answer updates the rows in place (the view keeps its delegates and only their
 * text changes), rather than resetting the list. `searching` is true while an answer is due.
 */
class SearchModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /** Why search cannot work ("" when it can): shown instead of "Nothing found". */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /** True from a query until its answer is shown. */
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)

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
    bool searching() const { return m_searching; }
    void setQuery(const QString &query);

    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void queryChanged();
    void errorChanged();
    void searchingChanged();

protected:
    void rebuild() override;
    int rows() const override { return int(m_hits.size()); }
    /** Asked again in the new language (the rows are replaced in place by its answer). */
    void languageChanged() override { search(); }

private:
    /** Sends the query (or, with none, has the index made ready for one). */
    void search();
    /** The rows for @p hits, changed in place. */
    void show(const QList<SearchIndex::Hit> &hits);
    void setSearching(bool searching);
    /** The index's makings for the current language and content. */
    const SearchService::Input &input();

    SearchService::Input m_input;
    SearchService::Ticket m_ticket = std::make_shared<std::atomic<quint64>>(0);
    QString m_query;
    QString m_error;
    bool m_searching = false;
    QList<SearchIndex::Hit> m_hits;
};

} // namespace ktl
