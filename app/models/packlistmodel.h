// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "pack.h"

#include <QQmlEngine>

namespace ktl {

/** @brief The installed local packs, for the settings page: who publishes each, for where, when
 *  they checked it, its languages and signature, and a warning once it is due for review. */
class PackListModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole,
        PublisherRole,
        RegionRole,    ///< "For River County, TX"
        DatesRole,     ///< checked, and to be checked again by
        LanguagesRole, ///< "In English, español"
        SignatureRole, ///< "Signed by key …" or "Not signed"
        HoldsRole,     ///< how many help places, status entries and notes
        WarningRole,   ///< past its review date: says so; "" otherwise
        RemoveLabelRole, ///< the accessible name of its Remove button
    };
    Q_ENUM(Role)

    explicit PackListModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_packs.size()); }

private:
    QList<Pack> m_packs;
};

} // namespace ktl
