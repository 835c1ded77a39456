// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contentlimits.h"
#include "contenttypes.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

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
    /** Larger files are refused before parsing (contentlimits.h has every limit). */
    static constexpr qint64 maxFileSize = limits::maxFileBytes;

    struct Result
    {
        ContentSet content;
        ContentErrors errors;
        QStringList files;
        bool ok() const { return errors.isEmpty(); }
    };

    /** How a file's bytes are checked before they are read into content. */
    enum class Check {
        /** Content from outside: size, UTF-8, syntax, a key given twice, nesting. */
        Strict,
        /** The compiled-in set, which tst_builtincontent reads strictly and validates at build
         *  time: only parsed, since the byte checks cost more than the parse at start-up. */
        ParseOnly,
    };

    /** Every `*.json` below @p directory (a path or a `:/` resource path), in path order, read
     *  as contentfiles.h describes: nothing outside the folder, nothing that could block. */
    static Result loadDirectory(const QString &directory, Check check = Check::Strict);
    /** @p paths, as listContentFiles() gave them, read in that order (the total size bounded as
     *  for a folder). */
    static Result loadFiles(const QStringList &paths, Check check = Check::Strict);
    /** One file's bytes; @p fileName is only used in messages. */
    static void loadFile(const QString &fileName, const QByteArray &bytes, ContentSet &into,
                         ContentErrors &errors, Check check = Check::Strict);
    /** The JSON object in @p bytes, checked as strictly as content is (size, UTF-8, syntax, a
     *  key given twice, nesting); nullopt, with the problems in @p errors, otherwise. Shared by
     *  content files and local packs. */
    static std::optional<QJsonObject> parseStrictObject(const QString &fileName, const QByteArray &bytes,
                                                        ContentErrors &errors);
};

/** Reads and validates @p directory; the result carries both kinds of problem. */
ContentLoader::Result loadAndValidate(const QString &directory);

/** A folder laid over other content, as `--content` does and `--check-content` checks. */
struct OverlayResult
{
    ContentSet content; ///< the base with the folder on top; the base alone if there were problems
    ContentErrors errors; ///< the folder's problems: it is used whole or not at all
    QStringList files;
    QList<ContentSet::Replaced> replaced; ///< what of the base the folder replaces
    bool ok() const { return errors.isEmpty(); }
};

/** Reads @p directory, checks its ids on their own (duplicates across its files would merge
 *  away), lays it over @p base and validates the result. */
OverlayResult loadOverlay(const ContentSet &base, const QString &directory);

} // namespace ktl
