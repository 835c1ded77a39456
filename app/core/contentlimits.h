// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/**
 * @file The bounds on what one content folder may hold. Content comes from outside (a folder
 * given with --content, later an organisation's pack), so every dimension that the app's work
 * grows with is capped here, checked by the loader and validator, and listed in
 * docs/content-schema.md. The built-in content uses a small fraction of each.
 */
namespace ktl::limits {

/** Files read from one folder (the built-in set has about 30). */
inline constexpr int maxFiles = 200;
/** Bytes of one file: content is prose, not data dumps. */
inline constexpr qint64 maxFileBytes = 2 * 1024 * 1024;
/** Bytes of all the files of one folder together. */
inline constexpr qint64 maxTotalBytes = 16 * 1024 * 1024;
/** Folder levels below the content folder. */
inline constexpr int maxFolderDepth = 8;
/** Objects and lists nested in one JSON file (the schema needs 6). */
inline constexpr int maxJsonNesting = 16;
/** Characters in one text field (the longest built-in step is under 2,000). */
inline constexpr int maxTextLength = 20000;
/** Entries in one list: topics of a file, sections of a topic, terms, sources… */
inline constexpr int maxListEntries = 5000;
/** Nodes in one flow: many times the largest built-in flow (under 30), and laid out by Graphviz in
 *  under a second (its time grows faster than the node count: benchmark_validation). */
inline constexpr int maxFlowNodes = 500;
/** Answers of one flow question: more could not be read as a choice. */
inline constexpr int maxAnswers = 8;
/** Steps of one walkthrough. */
inline constexpr int maxSteps = 200;
/// "Say it in English" phrases of one step.
inline constexpr int maxSayPhrases = 4;
/** Problems kept and shown; the rest are counted ("…and 12 more"). */
inline constexpr int maxProblemsReported = 200;

} // namespace ktl::limits
