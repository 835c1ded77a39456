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

    /** "file: $.path: message" — the form printed by --check-content and shown in the app. */
    QString toString() const;
    bool operator==(const ContentError &other) const
    {
        return file == other.file && path == other.path && message == other.message;
    }
};

using ContentErrors = QList<ContentError>;

} // namespace ktl
