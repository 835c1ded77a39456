// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenterror.h"

namespace ktl {

QString ContentError::toString() const
{
    if (path.isEmpty())
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1: %2: %3").arg(file, path, message);
}

} // namespace ktl
