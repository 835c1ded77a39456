// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpplacemodel.h"

#include "contentstore.h"
#include "contenttext.h"
#include "languagemanager.h"

#include <QDate>

namespace ktl {

namespace {

/** A pack's text in the reader's language, or in the pack's main one, marked as such. */
QString packText(const PackText &text, const PackManifest &m)
{
    const QString language = LanguageManager::instance()->language();
    if (text.contains(language))
        return text.value(language);
    //: After a local pack's text shown in the pack's own language because it has none in the reader's; %1 the text
    return QCoreApplication::translate("HelpPlaceModel", "%1 (not translated)").arg(text.value(m.languages.value(0)));
}

} // namespace

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
        return packText(p.place.name, p.manifest);
    case WhatRole:
        return p.place.hours.isEmpty() ? packText(p.place.offers, p.manifest)
                                       : packText(p.place.offers, p.manifest) + QLatin1Char(' ') + packText(p.place.hours, p.manifest);
    case AddressRole:
        return p.place.url;
    case PhoneRole:
        return p.place.phone;
    case FromRole:
        //: A local help place's label: %1 the organisation that publishes it, %2 the date it checked it
        return tr("From %1, checked %2 (local information, not part of this app)")
                .arg(packText(p.manifest.publisher, p.manifest), contentDateText(p.manifest.reviewedAsOf));
    case WarningRole:
        if (QDate::fromString(p.manifest.reviewAgainBy, Qt::ISODate) < QDate::currentDate())
            //: %1 the date a local pack's publisher meant to check it again
            return tr("Its publisher meant to check this again by %1: it may be out of date.")
                    .arg(contentDateText(p.manifest.reviewAgainBy));
        return QString();
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
