// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QString>
#include <QStringList>

namespace ktl::packtext {

/**
 * @file
 * How a local pack's words reach the reader, the same on every page, handout and slide: in the
 * reader's language when the pack has it (else in its first, marked), and always labelled with
 * who says it and when they checked it.
 */

/** @p text in the reader's language, or in the pack's first language with "(not translated)". */
QString text(const PackText &text, const PackManifest &manifest);
/** The publisher in the reader's language (or the pack's first). */
QString publisher(const PackManifest &manifest);
/** "From <publisher>, checked <date> (local information, not part of this app)". */
QString fromLabel(const PackManifest &manifest);
/** A warning once the "review again by" date has passed; "" before it. */
QString overdueWarning(const PackManifest &manifest);
/** "Signed by key 3F2A-…" or "Not signed". */
QString signatureLabel(const Pack &pack);
/** "Harris County, Fort Bend County, TX" (or the state alone). */
QString region(const PackManifest &manifest);
/** The pack's languages: "English, Español" (the app's own by their own names). */
QString languages(const PackManifest &manifest);
/** "Area: River County, TX". */
QString areaLine(const PackManifest &manifest);
/** "Checked <date>; to be checked again by <date>". */
QString datesLine(const PackManifest &manifest);
/** "Languages: English, Español". */
QString languagesLine(const PackManifest &manifest);
/** How many help places, status entries and notes @p pack holds. */
QString holds(const Pack &pack);
/** One line per source: the citation, then its address. */
QStringList sources(const QList<PackSource> &sources, const PackManifest &manifest);
/** "287(g) agreement", "Detainer policy", "State law" in the reader's language. */
QString statusKind(const QString &kind);
/** "Jail enforcement model" and the other 287(g) models, in the reader's language. */
QString agreementModel(const QString &model);

} // namespace ktl::packtext
