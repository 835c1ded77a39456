// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourceref.h"

#include <QStringList>
#include <QVariantList>

namespace ktl {

struct ContentSet;

/** Small helpers that turn content into what QML shows, in the current language. */
namespace contentformat {

/** Translated restricted Markdown as HTML. */
QString html(const QString &context, const QString &text);
/** @p text of @p context in the language shown beside the current one (bilingual mode). */
QString other(const QString &context, const QString &text);
/** The same, as HTML. */
QString otherHtml(const QString &context, const QString &text);
/** Each source as { sourceId, title, citation, url }, skipping unknown ids. */
SourceRefs sourceRefs(const ContentSet &content, const QStringList &ids);

} // namespace contentformat
} // namespace ktl
