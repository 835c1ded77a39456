// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"

#include <QCoreApplication>
#include <QLocale>
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

/** A content date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) written out in the current language:
 *  "November 28, 2026" / "28 de noviembre de 2026", "October 2008" / "octubre de 2008", "2011".
 *  Anything else is returned as written. Shared by the screens, the handouts and the outline, so
 *  no reader ever sees an ISO date ("2008-10" reads as "2008 to 2010"). */
QString contentDateText(const QString &isoDate);
/** The same in @p locale, with the month-and-year and full-date formats given (QDate::toString
 *  form): for a page that holds every language at once (the handout for phones). */
QString contentDateText(const QString &isoDate, const QLocale &locale, const QString &monthFormat,
                        const QString &dayFormat);
/** contentDateText() where it opens a line or a label ("Octubre de 2008"): Spanish writes month
 *  names in lower case, except there. */
QString contentDateHeading(const QString &isoDate);

/** The page of @p url, @p translated to open for a reader of @p language: the translated page
 *  when there is one, otherwise the (English) page itself. */
QString urlFor(const QString &url, const TranslatedUrls &translated, const QString &language);
/** "(in English)", in the reader's language, when urlFor() gives a page that is not in
 *  @p language, so a Spanish reader knows before typing it in; empty otherwise. */
QString urlLanguageNote(const QString &url, const TranslatedUrls &translated, const QString &language);
/** urlFor() as a reader sees it: the address, then urlLanguageNote() if there is one. */
QString webAddressLine(const QString &url, const TranslatedUrls &translated, const QString &language);

/** The translation contexts, one per object, shared by the models, exports and lupdate step. */
namespace contentContext {
inline QString meta() { return QStringLiteral("content/meta"); }
inline QString topic(const QString &id) { return QStringLiteral("content/topic/") + id; }
inline QString walkthrough(const QString &id) { return QStringLiteral("content/walkthrough/") + id; }
inline QString flow(const QString &id) { return QStringLiteral("content/flow/") + id; }
inline QString glossary() { return QStringLiteral("content/glossary"); }
inline QString sources() { return QStringLiteral("content/sources"); }
/** Citations and court names: mostly names and numbers that stay as they are, so they have a
 *  context of their own that the "Spanish differs from English" check leaves alone. Only the
 *  connecting words ("as reported by", "signed") are translated. */
inline QString citations() { return QStringLiteral("content/citations"); }
/** The what-if story: one context for its knobs and stages, so a translator sees them together. */
inline QString whatIf(const QString &id) { return QStringLiteral("content/whatif/") + id; }
inline QString timeline() { return QStringLiteral("content/timeline"); }
inline QString help() { return QStringLiteral("content/help"); }
} // namespace contentContext

} // namespace ktl
