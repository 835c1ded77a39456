// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QStringList>

namespace ktl {

struct ContentSet;

/**
 * @brief Printable handouts made from the same content: a walkthrough, a flow (the diagram on
 * one page, then its outcomes), the glossary, or a "what I explored" list of pages.
 *
 * PDF through QPdfWriter, Letter or A4, in the current language or both, black on white so it
 * photocopies, with sources, the "reviewed as of" date and the not-legal-advice notice on every
 * page. Nothing personal goes in: "what I explored" lists pages, never answers.
 */
class HandoutExporter
{
public:
    enum class Paper { Letter, A4 };

    struct Options
    {
        QString address;        ///< walkthrough/<id>, flow/<id>, glossary, or explored
        Paper paper = Paper::Letter;
        bool bilingual = false; ///< add the other language under each part
        QStringList explored;   ///< page addresses, for "explored"
        QList<Pack> packs;      ///< installed local packs: their help places and notes, labelled
    };

    /** How write() ended: the command line turns this into its exit code. */
    enum class Status { Written, BadAddress, CannotWrite };

    /** Writes the handout; on failure @p error names the file or the page. */
    static Status write(const ContentSet &content, const Options &options, const QString &fileName,
                        QString *error);
    /** The handout's body as HTML (what is printed after any diagram page); for tests. */
    static QString bodyHtml(const ContentSet &content, const Options &options, QString *error);
};

} // namespace ktl
