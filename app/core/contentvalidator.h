// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contenttypes.h"

namespace ktl {

/**
 * @brief The rules that span objects: ids well-formed and unique, every reference and text
 * link resolves, laws carry sources, questions have one right answer, flows are well-formed
 * (one start, every node reachable, every path ends at an outcome, no unintended cycle).
 */
class ContentValidator
{
public:
    /** @p setName names the set (its directory) in problems that belong to no one file. */
    static ContentErrors validate(const ContentSet &content, const QString &setName = {});
    /** Only the id rules (well-formed, unique per kind): an overlay must pass them on its own,
     *  before laying it over another set merges its duplicates away. */
    static ContentErrors validateIds(const ContentSet &content);
};

/** Whether @p url is a web address content may carry: https, with a host, no user name or
 *  password, no spaces (nothing a browser would run or a file it would open). */
bool isSafeWebAddress(const QString &url);

} // namespace ktl
