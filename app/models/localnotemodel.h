// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "pack.h"

#include <QQmlEngine>

namespace ktl {

/**
 * @brief The local packs' notes on one built-in page: a topic, or the outcome a flow reached.
 *
 * Set topicId, or flowId and nodeId; the model finds the notes whose "on" is that page. Each is
 * labelled with its publisher and dates, so it never reads as the app's own legal content.
 */
class LocalNoteModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString topicId READ topicId WRITE setTopicId NOTIFY placeChanged)
    Q_PROPERTY(QString flowId READ flowId WRITE setFlowId NOTIFY placeChanged)
    Q_PROPERTY(QString nodeId READ nodeId WRITE setNodeId NOTIFY placeChanged)

public:
    enum Role {
        TextRole = Qt::UserRole,
        FromRole,    ///< who says it and when they checked it
        AsOfRole,    ///< "As of <date>"
        SourcesRole, ///< a line per source
        WarningRole, ///< past its pack's review date: says so; "" otherwise
    };
    Q_ENUM(Role)

    explicit LocalNoteModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString topicId() const { return m_topicId; }
    void setTopicId(const QString &id);
    QString flowId() const { return m_flowId; }
    void setFlowId(const QString &id);
    QString nodeId() const { return m_nodeId; }
    void setNodeId(const QString &id);

Q_SIGNALS:
    void placeChanged();

protected:
    void rebuild() override;
    int rows() const override { return int(m_notes.size()); }

private:
    /** Sets one part of the place the notes are on, and finds them again. */
    void setPart(QString &part, const QString &id);
    QString place() const;

    QString m_topicId;
    QString m_flowId;
    QString m_nodeId;
    QList<PackNoteRef> m_notes;
};

} // namespace ktl
