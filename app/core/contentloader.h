// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contenttypes.h"

#include <QByteArray>

namespace ktl {

/**
 * @brief Reads content JSON files into a ContentSet, collecting every problem.
 *
 * Reading checks each file on its own (syntax, encoding, size, field types, required fields,
 * unknown fields). Rules that span objects — unique ids, references, flow shape — are
 * ContentValidator's.
 */
class ContentLoader
{
public:
    /** Larger files are refused before parsing: content is prose, not data dumps. */
    static constexpr qint64 maxFileSize = 2 * 1024 * 1024;

    struct Result
    {
        ContentSet content;
        ContentErrors errors;
        QStringList files;
        bool ok() const { return errors.isEmpty(); }
    };

    /** Every `*.json` below @p directory (a path or a `:/` resource path), in path order. */
    static Result loadDirectory(const QString &directory);
    /** One file's bytes; @p fileName is only used in messages. */
    static void loadFile(const QString &fileName, const QByteArray &bytes, ContentSet &into,
                         ContentErrors &errors);
};

/** Reads and validates @p directory; the result carries both kinds of problem. */
ContentLoader::Result loadAndValidate(const QString &directory);

} // namespace ktl
