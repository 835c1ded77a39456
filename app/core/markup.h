// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ktl {

/**
 * @brief The restricted Markdown of content text (docs/content-schema.md):
 * paragraphs, `*emphasis*`, `**strong**`, `- ` bullet lists and `[text](term:id)` /
 * `[text](source:id)` links. Nothing else: no raw HTML, no images, no web links, so content
 * can never load a remote resource.
 */
namespace markup {

struct Link
{
    QString text;
    QString scheme; ///< "term" or "source" (anything else is a problem)
    QString target;
};

QList<Link> links(const QString &text);
/** What breaks the subset: raw HTML, images, web or unknown links. Empty when fine. */
QStringList problems(const QString &text);
/** What a plain-text field (a title, a label, a citation) must not hold: markup of any kind.
 *  Such fields are shown as plain text, so markup would only show as stray symbols; it is
 *  refused so that a mistake in a pack is caught where it is made. Empty when fine. */
QStringList plainTextProblems(const QString &text);
/** HTML for a QML Text (StyledText or RichText); links keep their `term:`/`source:` href. */
QString toHtml(const QString &text);
/** The words only: for search, speech and plain exports. */
QString toPlainText(const QString &text);

} // namespace markup
} // namespace ktl
