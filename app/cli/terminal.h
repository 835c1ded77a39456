// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"

#include <QString>

namespace ktl::terminal {

/** "knowthelimits: @p text" on stderr: stderr is only for problems. */
void printErr(const QString &text);
/** @p text on its own line on stdout. */
void printOut(const QString &text);
/** Each problem on its own line on stderr, up to the reporting limit, then how many more. */
void printProblems(const ContentErrors &errors);

} // namespace ktl::terminal
