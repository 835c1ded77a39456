// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ktl {

/**
 * @brief Makes the settings file safe to hand to QSettings, before QSettings touches it.
 *
 * QSettings reads whatever is at its path, blocks for good on a FIFO, and ignores a file it
 * cannot parse without a word. So, first: a path that is not an ordinary file, cannot be read,
 * is larger than any settings file could be, or does not parse as an INI file of plain UTF-8 is
 * moved aside to "<file>.corrupt" (nothing is lost, and the next start is clean), and the
 * reason is returned for the app to report once. A missing file is created empty, readable and
 * writable by its owner only (0600: it holds the last page opened), and an existing one is
 * tightened to 0600.
 */
namespace settingsfile {

/** Bigger than any settings file the app writes (a few hundred bytes). */
inline constexpr qint64 maxBytes = 64 * 1024;

/** The settings file's path: $XDG_CONFIG_HOME/KnowTheLimits/knowthelimits.conf. */
QString defaultPath();
struct Check
{
    QString problem; ///< "" when the file was fine; else what was wrong and what was done
    bool usable = true; ///< false: it is still there and must not be read (it could not be moved)
};

/** Checks @p path as above. */
Check prepare(const QString &path);
/** Tightens @p path to 0600 after QSettings wrote it (QSettings writes a new file). */
void restrictPermissions(const QString &path);

} // namespace settingsfile
} // namespace ktl
