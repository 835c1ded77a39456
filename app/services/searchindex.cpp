// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "contenttext.h"
#include "contenttypes.h"
#include "markup.h"
#include "packtext.h"
#include "pageaddress.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace ktl {

namespace {

// Private-use characters mark matches inside FTS5's output, so the text can be HTML-escaped
// before the marks become <b> tags.
const QString openMark = QStringLiteral("\uE000");
const QString closeMark = QStringLiteral("\uE001");

QString marksToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(openMark, QStringLiteral("<b>"));
    html.replace(closeMark, QStringLiteral("</b>"));
    return html;
}

} // namespace

SearchIndex::SearchIndex()
    : m_connection(QStringLiteral("ktl-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SearchIndex::~SearchIndex()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QList<SearchIndex::Document> SearchIndex::contentDocuments(const ContentSet &content, const Translate &translate)
{
    QList<Document> docs;
    auto plain = [&](const QString &context, const QString &text) {
        return markup::toPlainText(text.isEmpty() ? text : translate(context, text));
    };
    auto add = [&](const QString &address, const char *kind, const QString &title, const QString &body) {
        docs.append({ address, QString::fromLatin1(kind), title, body, {} });
    };
    for (const Topic &t : content.topics) {
        const QString ctx = contentContext::topic(t.id), address = page::topic(t.id);
        QStringList takeaways;
        for (const QString &k : t.takeaways)
            takeaways.append(plain(ctx, k));
        add(address, "topic", plain(ctx, t.title), plain(ctx, t.summary) + QLatin1Char(' ') + takeaways.join(QLatin1Char(' ')));
        for (const Section &s : t.sections)
            add(address, "topic", plain(ctx, s.heading), plain(ctx, s.body));
    }
    for (const Walkthrough &w : content.walkthroughs) {
        const QString ctx = contentContext::walkthrough(w.id);
        for (const Step &s : w.steps)
            add(page::walkthrough(w.id, s.id), "step", plain(ctx, s.title),
                plain(ctx, s.body) + QLatin1Char(' ') + plain(ctx, s.question.prompt));
    }
    for (const Flow &f : content.flows) {
        const QString ctx = contentContext::flow(f.id);
        for (const FlowNode &n : f.nodes)
            add(page::flow(f.id, n.id), "flow", plain(ctx, n.text), plain(ctx, n.detail));
    }
    for (const Term &t : content.terms)
        add(QStringLiteral("glossary/") + t.id, "term", plain(contentContext::glossary(), t.term),
            plain(contentContext::glossary(), t.definition));
    for (const Source &s : content.sources)
        add(QStringLiteral("sources"), "source", s.citation,
            plain(contentContext::sources(), s.title) + QLatin1Char(' ') + plain(contentContext::sources(), s.supports));
    for (const Event &e : content.events)
        add(QStringLiteral("timeline"), "event", e.date + QStringLiteral(" — ") + plain(contentContext::timeline(), e.title),
            plain(contentContext::timeline(), e.body));
    return docs;
}

QList<SearchIndex::Document> SearchIndex::packDocuments(const QList<Pack> &packs)
{
    // Local packs' words are plain text already; each result says whose they are.
    QList<Document> docs;
    for (const Pack &pack : packs) {
        const PackManifest &m = pack.manifest;
        const QString from = packtext::fromLabel(m);
        for (const PackHelpPlace &h : pack.helpPlaces)
            docs.append({ QStringLiteral("help"), QStringLiteral("local"), packtext::text(h.name, m),
                          QStringList { packtext::text(h.offers, m), h.hours.isEmpty() ? QString() : packtext::text(h.hours, m), h.phone }
                                  .join(QLatin1Char(' ')),
                          from });
        for (const PackStatus &st : pack.status)
            docs.append({ QStringLiteral("local"), QStringLiteral("local"), packtext::statusKind(st.kind) + QLatin1Char(' ') + st.agency,
                          packtext::text(st.summary, m), from });
        for (const PackNote &n : pack.notes)
            docs.append({ n.on, QStringLiteral("local"), packtext::publisher(m), packtext::text(n.text, m), from });
    }
    return docs;
}

bool SearchIndex::build(const ContentSet &content, const QList<Pack> &packs, QString *error)
{
    return build(packDocuments(packs) + contentDocuments(content, contentTr), error);
}

bool SearchIndex::build(const QList<Document> &documents, QString *error)
{
    m_built = false;
    m_count = 0;
    if (!QSqlDatabase::contains(m_connection) && !QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error = QStringLiteral("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!db.isOpen() && !db.open())
        return fail(QStringLiteral("cannot open the search database: %1").arg(db.lastError().text()));

    QSqlQuery q(db);
    q.exec(QStringLiteral("DROP TABLE IF EXISTS docs"));
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(address UNINDEXED, kind UNINDEXED, "
                               "origin UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2', "
                               // Prefix indexes for the first letters typed, which match most words.
                               "prefix = '1 2 3')")))
        return fail(QStringLiteral("SQLite has no FTS5: %1").arg(q.lastError().text()));

    QVariantList addresses, kinds, origins, titles, bodies;
    for (const Document &d : documents) {
        addresses.append(d.address);
        kinds.append(d.kind);
        origins.append(d.origin);
        titles.append(d.title);
        bodies.append(d.body);
    }
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO docs (address, kind, origin, title, body) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(addresses);
    q.addBindValue(kinds);
    q.addBindValue(origins);
    q.addBindValue(titles);
    q.addBindValue(bodies);
    if (!q.execBatch()) {
        db.rollback();
        return fail(QStringLiteral("cannot fill the search index: %1").arg(q.lastError().text()));
    }
    db.commit();
    m_count = int(addresses.size());
    m_built = true;
    return true;
}

QString SearchIndex::toFtsQuery(const QString &userText)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList terms;
    auto it = word.globalMatch(userText);
    while (it.hasNext())
        terms.append(QLatin1Char('"') + it.next().captured() + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QList<SearchIndex::Hit> SearchIndex::search(const QString &userText, int limit) const
{
    QList<Hit> hits;
    const QString query = toFtsQuery(userText);
    if (!m_built || query.isEmpty())
        return hits;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // bm25 weights follow the columns: address, kind, origin (not indexed), title, body. Ranking
    // costs about a microsecond a match, so only the first rankedMatches matches in the order
    // they were indexed (local packs', then topics, steps, flows, terms, sources, events) are
    // ranked: all of them at the app's size, and a bounded time for a first letter at a hundred
    // times that.
    q.prepare(QStringLiteral("SELECT address, kind, highlight(docs, 3, :open, :close), snippet(docs, 4, :open, :close, '…', 16), origin "
                             "FROM docs WHERE docs MATCH :query AND rowid <= coalesce("
                             "(SELECT rowid FROM docs WHERE docs MATCH :query ORDER BY rowid LIMIT 1 OFFSET :last), 9223372036854775807) "
                             "ORDER BY bm25(docs, 0.0, 0.0, 0.0, 6.0, 1.0) LIMIT :limit"));
    q.bindValue(QStringLiteral(":open"), openMark);
    q.bindValue(QStringLiteral(":close"), closeMark);
    q.bindValue(QStringLiteral(":query"), query);
    q.bindValue(QStringLiteral(":last"), rankedMatches - 1);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return hits;
    while (q.next()) {
        QString plainTitle = q.value(2).toString();
        plainTitle.remove(openMark).remove(closeMark);
        hits.append({ q.value(0).toString(), q.value(1).toString(), marksToHtml(q.value(2).toString()),
                      marksToHtml(q.value(3).toString()), plainTitle, q.value(4).toString() });
    }
    return hits;
}

} // namespace ktl
