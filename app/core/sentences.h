// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ktl {

/**
 * Plain text cut into the sentences read-aloud speaks one at a time, so the sentence being read
 * can be shown and speech can pause, resume and stop between sentences (Qt 6.4's speech engines
 * report no word or sentence positions). Lines (list items, paragraphs) always end a sentence;
 * within a line Unicode's sentence rules apply, so "U.S. citizen" and "8 C.F.R. §287.7" stay
 * whole. Whitespace is trimmed and empty pieces dropped. Linear in the text's length.
 */
QStringList splitSentences(const QString &plainText);

} // namespace ktl
