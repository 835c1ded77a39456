// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"

#include <QByteArray>

namespace ktl {

/**
 * @brief What QJsonDocument accepts without a word: a key given twice in one object (the last
 * silently wins and can hide an invalid earlier value) and nesting deeper than the content
 * schema has any use for.
 *
 * Scans @p json, which must already have parsed as valid JSON, in one pass without recursion,
 * and returns each problem with its JSON path.
 */
ContentErrors scanJsonStructure(const QString &fileName, const QByteArray &json, int maxNesting);

} // namespace ktl
