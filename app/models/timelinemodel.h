// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuetypes.h"

#include "contentlistmodel.h"
#include "contenttypes.h"

#include <QQmlEngine>

namespace ktl {

/** @brief Timeline events by date, optionally only one kind. */
class TimelineModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT
    /** "" for every kind, else "law", "case", "program", "policy" or "state". */
    Q_PROPERTY(QString kindFilter READ kindFilter WRITE setKindFilter NOTIFY kindFilterChanged)

public:
    enum Role {
        IdRole = Qt::UserRole,
        DateRole, ///< in the reader's language, as a label: "October 2008", "Octubre de 2008"
        YearRole,
        KindRole,
        TitleRole,
        BodyRole, ///< HTML
        SourcesRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Each kind of event as { kind, label }, for the filter. */
    Q_PROPERTY(QList<ktl::CodeLabel> kinds READ kinds NOTIFY kindsChanged)

    QString kindFilter() const { return m_kindFilter; }
    QList<CodeLabel> kinds() const;
    static QString kindLabel(const QString &kind);
    void setKindFilter(const QString &kind);

Q_SIGNALS:
    void kindFilterChanged();
    void kindsChanged();

protected:
    // The filter labels follow the language like the rows do.
    void languageChanged() override { Q_EMIT kindsChanged(); }
    void rebuild() override;
    int rows() const override { return int(m_events.size()); }

private:
    QList<Event> m_events;
    QString m_kindFilter;
};

} // namespace ktl
