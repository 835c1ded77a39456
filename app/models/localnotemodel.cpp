// SPDX-License-Identifier: GPL-3.0-or-later
#include "localnotemodel.h"

#include "contentstore.h"
#include "contenttext.h"
#include "packtext.h"
#include "pageaddress.h"

namespace ktl {

LocalNoteModel::LocalNoteModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void LocalNoteModel::setPart(QString &part, const QString &id)
{
    if (id == part)
        return;
    part = id;
    reset();
    Q_EMIT placeChanged();
}

void LocalNoteModel::setTopicId(const QString &id) { setPart(m_topicId, id); }
void LocalNoteModel::setFlowId(const QString &id) { setPart(m_flowId, id); }
void LocalNoteModel::setNodeId(const QString &id) { setPart(m_nodeId, id); }

QString LocalNoteModel::place() const
{
    PageAddress address;
    if (!m_topicId.isEmpty()) {
        address.kind = PageAddress::Kind::Topic;
        address.id = m_topicId;
    } else if (!m_flowId.isEmpty() && !m_nodeId.isEmpty()) {
        address.kind = PageAddress::Kind::Flow;
        address.id = m_flowId;
        address.sub = m_nodeId;
    } else {
        return {};
    }
    return address.toString();
}

void LocalNoteModel::rebuild()
{
    m_notes = packNotesOn(store()->packs(), place());
}

QVariant LocalNoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[manifest, note] = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return packtext::text(note.text, manifest);
    case FromRole:
        return packtext::fromLabel(manifest);
    case AsOfRole:
        //: When a local note's facts were true; %1 a date
        return tr("As of %1").arg(contentDateText(note.asOf));
    case SourcesRole:
        return packtext::sources(note.sources, manifest);
    case WarningRole:
        return packtext::overdueWarning(manifest);
    default:
        return {};
    }
}

QHash<int, QByteArray> LocalNoteModel::roleNames() const
{
    return { { TextRole, "text" }, { FromRole, "from" }, { AsOfRole, "asOf" }, { SourcesRole, "sources" }, { WarningRole, "warning" } };
}

} // namespace ktl
