// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace ktl {

/**
 * @brief What a paragraph of content HTML (markup::toHtml) becomes on screen and for a screen
 * reader: the styled document a Text item draws, the words alone for its accessible name, and
 * its links one by one so the keyboard can reach them (Text has no focus for links of its own).
 * Everything is built here, so QML passes values and never pieces strings together.
 */
class Prose : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /** The HTML with its links in @p link; the @p focusedLink-th link (from 0; -1 for none) is
     *  drawn on @p focusBackground with a thick underline, as the keyboard's place. */
    Q_INVOKABLE static QString display(const QString &html, const QColor &link, int focusedLink = -1,
                                       const QColor &focusBackground = QColor());
    /** The words, without tags or entities: paragraphs and list items on their own lines. */
    Q_INVOKABLE static QString plain(const QString &html);
    Q_INVOKABLE static int linkCount(const QString &html);
    /** The words of the @p index-th link, or empty. */
    Q_INVOKABLE static QString linkText(const QString &html, int index);
    /** The href (term:… or source:…) of the @p index-th link, or empty. */
    Q_INVOKABLE static QString linkHref(const QString &html, int index);
};

} // namespace ktl
