// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

#include <QQmlEngine>

namespace ktl {

/** @brief The places to find legal help, in content order, for the "Find legal help" page. */
class HelpPlaceModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole,
        NameRole,
        WhatRole,
        AddressRole, ///< the page for the reader's language, "(in English)" after it when it is not
    };
    Q_ENUM(Role)

    explicit HelpPlaceModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_places.size()); }

private:
    QList<HelpPlace> m_places;
};

} // namespace ktl
