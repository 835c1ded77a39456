// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "pack.h"

#include <QQmlEngine>

namespace ktl {

/**
 * @brief The state and county status of every installed pack, for the Local information page:
 * one row per entry (287(g) agreements, detainer policies, state laws), in pack order; the first
 * row of each pack carries its heading and label.
 */
class LocalStatusModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        PackHeadingRole = Qt::UserRole, ///< on a pack's first row: its publisher and region; "" on the others
        FromRole,     ///< on a pack's first row: who says it and when; "" on the others
        WarningRole,  ///< on a pack's first row, once it is due for review
        KindRole,     ///< "287(g) agreement", "Detainer policy", "State law"
        AgencyRole,   ///< the agency, with the 287(g) model when there is one
        SummaryRole,
        AsOfRole,
        SourcesRole,  ///< a line per source
    };
    Q_ENUM(Role)

    explicit LocalStatusModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_rows.size()); }

private:
    struct Row
    {
        PackManifest manifest;
        PackStatus status;
        bool first = false;
    };
    QList<Row> m_rows;
};

} // namespace ktl
