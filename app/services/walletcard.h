// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handoutexporter.h"
#include "pack.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace ktl {

struct ContentSet;

/**
 * @brief A wallet card: the core rights and their limits in a few short sentences, on ID-1
 * cards (85.6 × 54 mm), several to a Letter or A4 sheet, two-sided.
 *
 * Page 1 holds the fronts, page 2 the backs, each back mirrored left to right so that a
 * long-edge duplex print (or page 2 fed through on the back of page 1) puts it behind its
 * front. Cut marks sit outside the cards, in the margins and gutters.
 *
 * One language per card, so every side stays at 8 pt or more: English, Spanish, or a sheet of
 * both (the first language in the left column, the other in the right), so a workshop prints
 * one sheet for a mixed room. The front: the right to remain silent and its limits (the
 * content review's D-03 obligations) with the sources and the review date; the back: warrants,
 * where to find a lawyer, the local hotline from an installed pack with a QR code that adds it
 * to a phone's contacts (a vCard, never a web address), or a blank line to write a number on,
 * and the notice. Black on white, DejaVu Sans only.
 */
class WalletCard
{
public:
    struct Options
    {
        HandoutExporter::Paper paper = HandoutExporter::Paper::Letter;
        /** The cards' languages: one ("en" or "es"), or two for a sheet of both. */
        QStringList languages { QStringLiteral("en") };
        QList<Pack> packs; ///< installed local packs: their help places with a phone
    };

    enum class Status { Written, CannotWrite };

    /** Writes the two-page PDF; on failure @p error names the file. */
    static Status write(const ContentSet &content, const Options &options, const QString &fileName, QString *error);

    /** A hotline as the card prints it: from outside, so cleaned and cut to length. */
    struct Hotline
    {
        QString name;      ///< one line of plain text, at most maxNameLength characters
        QString phone;     ///< digits, spaces, "+", "-", ".", brackets only
        QString publisher; ///< plain text, at most maxNameLength characters
    };
    static constexpr int maxNameLength = 60;
    static constexpr int maxHotlines = 2;

    /** The installed packs' help places that have a phone, in @p language where the pack has
     *  it: at most maxHotlines. A phone that is not a phone number leaves its place out. */
    static QList<Hotline> hotlines(const QList<Pack> &packs, const QString &language);
    /** The vCard 3.0 the QR code holds: BEGIN, VERSION, FN, TEL;TYPE=VOICE, END, CRLF line
     *  ends, FN escaped (RFC 2426 §4 / RFC 6350 §3.4) and folded at 75 octets. */
    static QByteArray vCard(const QString &name, const QString &phone);
    /** @p text as one line of plain text: control and format characters (bidi overrides,
     *  newlines) become spaces, whitespace is folded, and it is cut at a word to @p max. */
    static QString plainLine(const QString &text, int max);

    /** Where the cards go on a sheet, in millimetres from the page's top left. */
    struct Sheet
    {
        QSizeF page;
        QList<QRectF> fronts; ///< in reading order
        QList<QRectF> backs;  ///< backs[i] is behind fronts[i] after a long-edge flip
        int columns = 0;
    };
    static Sheet sheet(HandoutExporter::Paper paper);
    static constexpr qreal cardWidthMm = 85.6;
    static constexpr qreal cardHeightMm = 54.0;

    /** Every type size the card prints, in points (none is under 8). */
    static QList<qreal> pointSizes();
    /** What does not fit: one line per card side whose text would run past its space, for
     *  each of the options' languages; empty when every side fits. */
    static QStringList problems(const ContentSet &content, const Options &options);
};

} // namespace ktl
