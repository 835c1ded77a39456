// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

#include <QQmlEngine>

namespace ktl {

/** @brief Glossary terms in the current language's alphabetical order, filtered as you type. */
class GlossaryModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    /** What Present shows: the terms listed now, in their order (all of them when unfiltered). */
    Q_PROPERTY(QString presentAddress READ presentAddress NOTIFY shownChanged)

public:
    enum Role {
        IdRole = Qt::UserRole,
        TermRole,
        DefinitionRole, ///< HTML
        SeeAlsoRole, ///< list of { termId, term }
        SourcesRole, ///< list of { sourceId, title, citation, url }
        TermOtherRole, ///< the term in the other language (bilingual mode)
        DefinitionOtherRole, ///< HTML, in the other language
        SpeechRole, ///< what Listen reads: the term and its definition (SpeechText)
    };
    Q_ENUM(Role)

    explicit GlossaryModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    /** Row of @p termId, or -1 (for "jump to term"). */
    Q_INVOKABLE int rowOf(const QString &termId) const;
    QString presentAddress() const;

Q_SIGNALS:
    void filterChanged();
    /** The terms listed (or their order) changed. */
    void shownChanged();

protected:
    void rebuild() override;
    int rows() const override { return int(m_terms.size()); }
    bool orderDependsOnLanguage() const override { return true; }

private:
    QList<Term> m_terms;
    QString m_filter;
};

} // namespace ktl
