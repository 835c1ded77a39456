// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpplacemodel.h"

#include "contentstore.h"
#include "contenttext.h"
#include "languagemanager.h"

namespace ktl {

HelpPlaceModel::HelpPlaceModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void HelpPlaceModel::rebuild()
{
    m_places = store()->content().helpPlaces;
}

QVariant HelpPlaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HelpPlace &h = m_places.at(index.row());
    switch (role) {
    case IdRole:
        return h.id;
    case Qt::DisplayRole:
    case NameRole:
        return contentTr(contentContext::help(), h.name);
    case WhatRole:
        return contentTr(contentContext::help(), h.what);
    case AddressRole:
        return webAddressLine(h.url, h.translatedUrls, LanguageManager::instance()->language());
    default:
        return {};
    }
}

QHash<int, QByteArray> HelpPlaceModel::roleNames() const
{
    return { { IdRole, "placeId" }, { NameRole, "name" }, { WhatRole, "what" }, { AddressRole, "address" } };
}

} // namespace ktl
