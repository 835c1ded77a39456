// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"
#include "slidedeck.h"

#include <QString>

namespace ktl::decktext {

/** What a presented section is called, in the current language: a walkthrough's or a topic's
 *  title; "Words to know" (with the terms, when @p detailed and a subset); "Timeline" (with its
 *  range, when @p detailed). The presenter's footer uses the short form, the playlist editor
 *  the detailed one. */
QString title(const ContentSet &content, const DeckSection &section, bool detailed = false);
/** "Walkthrough", "Decision flow", "Topic", "Glossary", "Timeline", "What-if story". */
QString kindName(DeckSection::Kind kind);

} // namespace ktl::decktext
