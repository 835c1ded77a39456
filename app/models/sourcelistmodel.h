// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

#include <QQmlEngine>

namespace ktl {

/** @brief Every source, grouped by kind (statutes first, news last), then by year. */
class SourceListModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole,
        KindRole, ///< "statute", "case", …
        KindLabelRole, ///< translated group heading
        CitationRole,
        TitleRole,
        CourtRole,
        YearRole,
        UrlRole,
        SupportsRole,
        FirstOfKindRole, ///< true on the first source of each group: where its heading goes
        UsedInRole, ///< where the source is cited: list of { address, title }
    };
    Q_ENUM(Role)

    explicit SourceListModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int rowOf(const QString &sourceId) const;

    /** The translated heading of a kind of source. */
    static QString kindLabel(const QString &kind);

protected:
    void rebuild() override;
    int rows() const override { return int(m_sources.size()); }

private:
    QList<Source> m_sources;
    QHash<QString, QStringList> m_usedIn; ///< source id → page addresses citing it, in content order
};

} // namespace ktl
