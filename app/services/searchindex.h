// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QList>
#include <QString>

namespace ktl {

struct ContentSet;

/**
 * @brief Full-text search over all content: SQLite FTS5 in memory through Qt SQL.
 *
 * The `unicode61 remove_diacritics 2` tokenizer folds case and accents on both sides, so
 * "detencion" finds "detención"; results are ranked by bm25 (titles weigh more than bodies) and
 * come with a highlighted snippet. Text is indexed in the language current at build() time.
 * What a user types is never passed to FTS5 as syntax: it is split into words, each quoted.
 */
class SearchIndex
{
public:
    struct Hit
    {
        QString address; ///< page to open (pageaddress.h)
        QString kind;    ///< "topic", "step", "flow", "term", "source", "event", "local"
        QString title;   ///< HTML, matches in <b>
        QString snippet; ///< HTML, matches in <b>, elided with …
        QString plainTitle; ///< the title as plain text, for a screen reader
        QString from;    ///< a local pack's: who says it and when (packtext::fromLabel); "" otherwise
    };

    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /** (Re)builds the index of @p content and the local @p packs; false with @p error if SQLite
     *  or FTS5 is unavailable. */
    bool build(const ContentSet &content, const QList<Pack> &packs = {}, QString *error = nullptr);
    bool isBuilt() const { return m_built; }
    int documentCount() const { return m_count; }
    QList<Hit> search(const QString &userText, int limit = 60) const;

    /** The FTS5 query for what a user typed: each word quoted, prefix-matched, all required. */
    static QString toFtsQuery(const QString &userText);

private:
    QString m_connection;
    bool m_built = false;
    int m_count = 0;
};

} // namespace ktl
