// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"
#include "pack.h"

#include <QQmlEngine>

namespace ktl {

/** @brief The places to find legal help for the "Find legal help" page: the national ones of the
 *  built-in content, then those of the installed local packs, each labelled with who says so. */
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
        PhoneRole,   ///< a local pack's number, or ""
        FromRole,    ///< a local pack's place: who publishes it and when they checked it; "" for built-in
        WarningRole, ///< a local pack past its "review again by" date: says so; "" otherwise
    };
    Q_ENUM(Role)

    explicit HelpPlaceModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_places.size() + m_packPlaces.size()); }

private:
    struct PackPlace
    {
        PackManifest manifest;
        PackHelpPlace place;
    };
    QVariant packData(const PackPlace &p, int role) const;

    QList<HelpPlace> m_places;
    QList<PackPlace> m_packPlaces;
};

} // namespace ktl
