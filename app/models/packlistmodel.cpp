// SPDX-License-Identifier: GPL-3.0-or-later
#include "packlistmodel.h"

#include "contentstore.h"
#include "packtext.h"

namespace ktl {

PackListModel::PackListModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void PackListModel::rebuild()
{
    m_packs = store()->packs();
}

QVariant PackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pack &p = m_packs.at(index.row());
    const PackManifest &m = p.manifest;
    switch (role) {
    case IdRole:
        return m.id;
    case Qt::DisplayRole:
    case PublisherRole:
        return packtext::publisher(m);
    case RegionRole:
        return packtext::areaLine(m);
    case DatesRole:
        return packtext::datesLine(m);
    case LanguagesRole:
        return packtext::languagesLine(m);
    case SignatureRole:
        return packtext::signatureLabel(p);
    case HoldsRole:
        return packtext::holds(p);
    case WarningRole:
        return packtext::overdueWarning(m);
    case RemoveLabelRole:
        //: The accessible name of a Remove button; %1 the organisation
        return tr("Remove the local information from %1").arg(packtext::publisher(m));
    default:
        return {};
    }
}

QHash<int, QByteArray> PackListModel::roleNames() const
{
    return { { IdRole, "packId" },           { PublisherRole, "publisher" }, { RegionRole, "region" },
             { DatesRole, "dates" },         { LanguagesRole, "languages" }, { SignatureRole, "signature" },
             { HoldsRole, "holds" },         { WarningRole, "warning" },     { RemoveLabelRole, "removeLabel" } };
}

} // namespace ktl
