// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QString>

namespace ktl {

struct ContentSet;

/**
 * @brief All content as one Markdown document, in the current language: every topic, every
 * walkthrough step with its question and presenter notes, every flow node with its answers and
 * where each leads, every term, source, event and place to find help. What a lawyer or a
 * translator reads to review everything without clicking through the app.
 */
class OutlineExporter
{
public:
    /** The outline; installed local @p packs follow in a part of their own, each labelled. */
    static QString toMarkdown(const ContentSet &content, const QList<Pack> &packs = {});
    /** Writes the outline; on failure returns false and sets @p error. */
    static bool write(const ContentSet &content, const QString &fileName, QString *error, const QList<Pack> &packs = {});
};

} // namespace ktl
