// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QQmlEngine>
#include <QString>

namespace ktl {

/** @brief A source behind a piece of content, as a list of sources shows it: a typed value, so
 *  QML bindings to it are checked (qmllint) and compiled, not looked up in a map at run time. */
struct SourceRef
{
    Q_GADGET
    QML_VALUE_TYPE(sourceRef)
    Q_PROPERTY(QString sourceId MEMBER sourceId FINAL)
    Q_PROPERTY(QString title MEMBER title FINAL)
    Q_PROPERTY(QString citation MEMBER citation FINAL)
    Q_PROPERTY(QString url MEMBER url FINAL)

public:
    QString sourceId;
    QString title;    ///< in the reader's language
    QString citation; ///< in the reader's language (the connecting words)
    QString url;

    bool operator==(const SourceRef &o) const
    {
        return sourceId == o.sourceId && title == o.title && citation == o.citation && url == o.url;
    }
};

using SourceRefs = QList<SourceRef>;

} // namespace ktl
