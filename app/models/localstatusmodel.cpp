// SPDX-License-Identifier: GPL-3.0-or-later
#include "localstatusmodel.h"

#include "contentstore.h"
#include "contenttext.h"
#include "packtext.h"

namespace ktl {

LocalStatusModel::LocalStatusModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void LocalStatusModel::rebuild()
{
    m_rows.clear();
    for (const Pack &pack : store()->packs()) {
        for (const PackStatus &status : pack.status)
            m_rows.append({ pack.manifest, status, &status == &pack.status.constFirst() });
    }
}

QVariant LocalStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case PackHeadingRole:
        // The same punctuation in every language.
        return r.first ? QStringLiteral("%1: %2").arg(packtext::publisher(r.manifest), packtext::region(r.manifest)) : QString();
    case FromRole:
        return r.first ? packtext::fromLabel(r.manifest) : QString();
    case WarningRole:
        return r.first ? packtext::overdueWarning(r.manifest) : QString();
    case Qt::DisplayRole:
    case KindRole:
        return packtext::statusKind(r.status.kind);
    case AgencyRole:
        return r.status.model.isEmpty() ? r.status.agency
                                        : QStringLiteral("%1 (%2)").arg(r.status.agency, packtext::agreementModel(r.status.model));
    case SummaryRole:
        return packtext::text(r.status.summary, r.manifest);
    case AsOfRole:
        //: When a status entry's facts were true; %1 a date
        return tr("As of %1").arg(contentDateText(r.status.asOf));
    case SourcesRole:
        return packtext::sources(r.status.sources, r.manifest);
    default:
        return {};
    }
}

QHash<int, QByteArray> LocalStatusModel::roleNames() const
{
    return { { PackHeadingRole, "packHeading" }, { FromRole, "from" },       { WarningRole, "warning" },
             { KindRole, "kind" },               { AgencyRole, "agency" },   { SummaryRole, "summary" },
             { AsOfRole, "asOf" },               { SourcesRole, "sources" } };
}

} // namespace ktl
