// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QList>
#include <QString>

#include <functional>

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

    /** One thing a result can point at, with its words as they are indexed. */
    struct Document
    {
        QString address;
        QString kind;
        QString title;
        QString body;
        QString origin; ///< a local pack's "from" label; "" for the app's own
    };
    /** Content text in one language: (translation context, English text) to what is indexed. */
    using Translate = std::function<QString(const QString &context, const QString &text)>;

    /** The documents of @p content, its words as @p translate gives them. Reads nothing else,
     *  so it can run on any thread with a translation of its own. */
    static QList<Document> contentDocuments(const ContentSet &content, const Translate &translate);
    /** The local @p packs' documents, in the reader's language now (packtext.h). */
    static QList<Document> packDocuments(const QList<Pack> &packs);

    /** At most this many matches are ranked (search()): a query's time stays bounded however
     *  much content there is. More than the app's content gives any query. */
    static constexpr int rankedMatches = 1000;

    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /** (Re)builds the index of @p documents; false with @p error if SQLite or FTS5 is
     *  unavailable. On the thread that searches it: a Qt SQL connection belongs to one thread. */
    bool build(const QList<Document> &documents, QString *error = nullptr);
    /** The same for @p content in the current language and the local @p packs. */
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
