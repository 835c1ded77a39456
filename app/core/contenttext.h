// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ktl {

/**
 * Content text in the current language. Content is written in English; its Spanish lives in
 * the same .ts file as the UI, under one context per content object ("topic/partnerships",
 * "glossary", …), so a translator sees where each sentence appears and a changed English
 * sentence shows up as unfinished.
 */
inline QString contentTr(const QString &context, const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(context.toUtf8().constData(), text.toUtf8().constData());
}

/** The content's ISO review date written out in the current language ("November 28, 2026",
 *  "28 de noviembre de 2026"), or as written if it is not a date. Shared by the screens and the
 *  handouts so both say it the same way. */
QString reviewDateText(const QString &isoDate);

/** The translation contexts, one per object, shared by the models, exports and lupdate step. */
namespace contentContext {
inline QString meta() { return QStringLiteral("content/meta"); }
inline QString topic(const QString &id) { return QStringLiteral("content/topic/") + id; }
inline QString walkthrough(const QString &id) { return QStringLiteral("content/walkthrough/") + id; }
inline QString flow(const QString &id) { return QStringLiteral("content/flow/") + id; }
inline QString glossary() { return QStringLiteral("content/glossary"); }
inline QString sources() { return QStringLiteral("content/sources"); }
inline QString timeline() { return QStringLiteral("content/timeline"); }
inline QString help() { return QStringLiteral("content/help"); }
} // namespace contentContext

} // namespace ktl
