// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ktl::test {

inline QString dataDir(const QString &name = {})
{
    const QString base = QStringLiteral(KTL_TEST_DATA_DIR);
    return name.isEmpty() ? base : base + QLatin1Char('/') + name;
}

/** The small content set every model test runs on (tests/data/valid). */
inline QString validContent() { return dataDir(QStringLiteral("valid")); }

} // namespace ktl::test
