// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpplacemodel.h"

#include "contentstore.h"
#include "contenttext.h"
#include "languagemanager.h"
#include "packtext.h"


namespace ktl {

HelpPlaceModel::HelpPlaceModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void HelpPlaceModel::rebuild()
{
    m_places = store()->content().helpPlaces;
    m_packPlaces.clear();
    for (const Pack &pack : store()->packs()) {
        for (const PackHelpPlace &place : pack.helpPlaces)
            m_packPlaces.append({ pack.manifest, place });
    }
}

QVariant HelpPlaceModel::packData(const PackPlace &p, int role) const
{
    switch (role) {
    case IdRole:
        return p.place.id;
    case Qt::DisplayRole:
    case NameRole:
        return packtext::text(p.place.name, p.manifest);
    case WhatRole:
        return p.place.hours.isEmpty() ? packtext::text(p.place.offers, p.manifest)
                                       : packtext::text(p.place.offers, p.manifest) + QLatin1Char(' ') + packtext::text(p.place.hours, p.manifest);
    case AddressRole:
        return p.place.url;
    case PhoneRole:
        return p.place.phone;
    case FromRole:
        return packtext::fromLabel(p.manifest);
    case WarningRole:
        return packtext::overdueWarning(p.manifest);
    default:
        return {};
    }
}

QVariant HelpPlaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_places.size())
        return packData(m_packPlaces.at(index.row() - m_places.size()), role);
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
    case PhoneRole:
    case FromRole:
    case WarningRole:
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> HelpPlaceModel::roleNames() const
{
    return { { IdRole, "placeId" }, { NameRole, "name" },       { WhatRole, "what" },      { AddressRole, "address" },
             { PhoneRole, "phone" }, { FromRole, "from" },       { WarningRole, "warning" } };
}

} // namespace ktl
