// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "whatif.h"

namespace ktl {

/** One explorer object of a content file (`"explorers": [...]`), read as strictly as flows:
 *  unknown fields, wrong types and lists past whatif.h's bounds are errors with their path.
 *  The story's shape over every combination is whatif::check()'s. */
Explorer readExplorer(const JsonObjectReader &r);

} // namespace ktl
