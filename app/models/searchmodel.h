// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "searchindex.h"

#include <QQmlEngine>

namespace ktl {

/**
 * @brief Search results for `query`, best first, across all content in the current language.
 * The index is built on the first search (never before the first frame) and again after the
 * language or the content changes.
 */
class SearchModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Role {
        AddressRole = Qt::UserRole, ///< page address to open
        KindRole,
        KindLabelRole, ///< translated: "Topic", "Walkthrough step", …
        TitleRole, ///< HTML with matches in <b>
        SnippetRole, ///< HTML with matches in <b>
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void queryChanged();

protected:
    void rebuild() override;
    int rows() const override { return int(m_hits.size()); }
    bool orderDependsOnLanguage() const override { return true; }

private:
    SearchIndex m_index;
    QString m_indexKey; ///< language and content generation the index was built for
    QString m_query;
    QList<SearchIndex::Hit> m_hits;
};

} // namespace ktl
