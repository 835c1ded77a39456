// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"

namespace ktl {

/** One translatable sentence of content: its translation context, English text and where it is. */
struct ContentString
{
    QString context; ///< as in contenttext.h: "content/topic/<id>", "content/glossary", …
    QString text;
    QString where; ///< file and JSON path, for the translator
};

/**
 * Every piece of content text that is shown translated, in a stable order. The lupdate step
 * (tools/ktl_content_strings) and the translation tests both use this list, so what the app
 * translates and what the .ts file holds cannot drift apart. Citations and URLs stay as written.
 */
QList<ContentString> translatableStrings(const ContentSet &content);

} // namespace ktl
