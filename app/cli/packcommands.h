// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"

#include <QString>

namespace ktl::packcommands {

/**
 * @file
 * The command-line tools for pack authors and for installing: each prints what it did (or every
 * problem) and returns the process's exit code (0 done, 1 not done).
 */

/** Checks a local pack the way the app will read it, for its author. */
int check(const QString &file, const ContentSet &builtIn);
/** Installs a checked pack into the app's data folder; an update says what it changes. */
int install(const QString &file, const ContentSet &builtIn);
/** Writes the commented template into @p directory, never over a file that is there. */
int writeTemplate(const QString &directory);
/** Writes a new secret signing key to @p keyFile (owner-only), never over a file that is there. */
int newSigningKey(const QString &keyFile);
/** Signs @p file in place with the key in @p keyFile; a pack with problems is not signed. */
int sign(const QString &file, const QString &keyFile, const ContentSet &builtIn);

} // namespace ktl::packcommands
