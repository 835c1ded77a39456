// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QStringList>

namespace ktl {

struct ContentSet;

/**
 * @brief A handout for phones: ONE self-contained HTML file of a walkthrough, a flow, a topic,
 * the glossary, the help page, or a playlist of such pages, to open straight from a phone's files
 * or a messaging app.
 *
 * It loads nothing: no fonts, images, style sheets or scripts from anywhere, and a
 * Content-Security-Policy that forbids every load (only its own inline style and script, by
 * hash). Both languages are in the file with a switch that works without script (radio inputs
 * and CSS); it opens in @ref Options::language. A small inline script steps through a flow one
 * question at a time; without it the flow reads as a nested outline, every step visible. The
 * not-legal-advice notice, the "sources checked through" date and the sources of every part are
 * on the page. Content is hostile input: every text is escaped, web links are https/http only.
 */
class PhoneHandout
{
public:
    struct Options
    {
        QString address;       ///< walkthrough/<id>, flow/<id>, topic/<id>, glossary or help
        QStringList addresses; ///< a playlist: these pages in order (then @ref address is unused)
        QString title;         ///< the playlist's name, shown as the page's title
        QString language;      ///< the language the page opens in; "" for the app's current one
        QList<Pack> packs;     ///< installed local packs: their help places and notes, labelled
    };

    /** How write() ended: the command line turns this into its exit code. */
    enum class Status { Written, BadAddress, CannotWrite };

    /** The whole page; "" and @p error set when an address has no phone handout. */
    static QString html(const ContentSet &content, const Options &options, QString *error);
    /** Writes html() to @p fileName (UTF-8); on failure @p error names the file or the page. */
    static Status write(const ContentSet &content, const Options &options, const QString &fileName, QString *error);
};

} // namespace ktl
