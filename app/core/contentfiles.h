// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"

#include <QByteArray>
#include <QStringList>

namespace ktl {

/** The content files of one folder, or why some could not be listed. */
struct ContentFiles
{
    QStringList paths; ///< sorted; each an ordinary file inside the folder
    ContentErrors errors;
};

/**
 * Every `*.json` below @p directory. A content folder comes from outside, so the walk stays
 * inside it and never blocks: a symbolic link that leads out of the folder, a FIFO, socket or
 * device, an unreadable sub-folder, too many files or too deep a tree is an error naming the
 * file, never a silent skip. Links inside the folder are read once, as what they point to.
 * Hidden files (editors' backups) are not content. A `:/` path lists compiled-in resources.
 */
ContentFiles listContentFiles(const QString &directory);

/** Reads one listed file without following a link and without blocking (O_NOFOLLOW,
 *  O_NONBLOCK, then fstat: only an ordinary file within the size limit is read). Returns why
 *  it could not be read, or "" with the bytes in @p bytes. */
QString readContentFile(const QString &path, QByteArray *bytes);

} // namespace ktl
