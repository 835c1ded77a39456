// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ktl {

/** One problem in content: the file, the JSON path inside it (`$.flows[0].start`) and what
 *  was expected. Loaders collect every problem rather than stopping at the first. */
struct ContentError
{
    QString file;
    QString path;
    QString message;

    /** "file: $.path: message" — the form printed by --check-content and shown in the app,
     *  with control characters escaped (escapeControls), since each part may come from outside. */
    QString toString() const;
    bool operator==(const ContentError &other) const
    {
        return file == other.file && path == other.path && message == other.message;
    }
};

using ContentErrors = QList<ContentError>;

/** @p text with control characters (and bidirectional overrides) written as \\x1b or \\u202e,
 *  so text from a content file cannot drive the terminal or reorder a line when printed. */
QString escapeControls(const QString &text);

} // namespace ktl
