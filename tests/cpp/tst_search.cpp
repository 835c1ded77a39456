// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "searchindex.h"
#include "searchmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ktl;

/** Full-text search: ranking, accents, snippets, no hits, and what users really type. */
class TestSearch : public QObject
{
    Q_OBJECT

    ContentSet content;
    SearchIndex index;

    QStringList addresses(const QString &query)
    {
        QStringList result;
        for (const SearchIndex::Hit &hit : index.search(query))
            result.append(hit.address);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        content = loadAndValidate(QStringLiteral(":/content")).content;
        QString error;
        QVERIFY2(index.build(content, {}, &error), qPrintable(error));
        QVERIFY(index.documentCount() > 200);
    }

    void titlesRankAboveBodies()
    {
        const auto hits = index.search(QStringLiteral("mandamus"));
        QVERIFY(hits.size() > 5);
        QVERIFY2(hits.first().title.contains(QStringLiteral("<b>"), Qt::CaseInsensitive), qPrintable(hits.first().title));
    }

    void snippetsHighlightTheMatch()
    {
        const auto hits = index.search(QStringLiteral("detainer"));
        QVERIFY(!hits.isEmpty());
        bool highlighted = false;
        for (const auto &hit : hits)
            highlighted = highlighted || hit.snippet.contains(QStringLiteral("<b>")) || hit.title.contains(QStringLiteral("<b>"));
        QVERIFY(highlighted);
        for (const auto &hit : hits)
            QVERIFY2(!hit.snippet.contains(QChar(0xE000)), "match marks must become tags");
    }

    void prefixesMatch()
    {
        QVERIFY(!addresses(QStringLiteral("detain")).isEmpty());
        QCOMPARE(addresses(QStringLiteral("detain")).first(), addresses(QStringLiteral("detain")).first());
    }

    void noHits()
    {
        QVERIFY(addresses(QStringLiteral("xylophonequartz")).isEmpty());
        QVERIFY(addresses(QString()).isEmpty());
        QVERIFY(addresses(QStringLiteral("   ")).isEmpty());
        QVERIFY(addresses(QStringLiteral("!!! ??")).isEmpty());
    }

    void userTypedSyntaxIsHarmless_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("quote") << "\"detainer";
        QTest::newRow("operators") << "detainer OR NOT NEAR(";
        QTest::newRow("star and caret") << "*^detainer-";
        QTest::newRow("column filter") << "title:detainer";
        QTest::newRow("parentheses") << "287(g)";
        QTest::newRow("sql") << "'; DROP TABLE docs; --";
    }
    void userTypedSyntaxIsHarmless()
    {
        QFETCH(QString, typed);
        // Must not throw an FTS5 syntax error (which would return nothing at all for real words).
        const QStringList words = typed.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts);
        const auto hits = addresses(typed);
        if (words.contains(QStringLiteral("detainer")) && words.size() == 1)
            QVERIFY(!hits.isEmpty());
        QVERIFY(index.search(QStringLiteral("mandamus")).size() > 0); // still usable afterwards
    }

    void queryIsQuotedWordByWord()
    {
        QCOMPARE(SearchIndex::toFtsQuery(QStringLiteral("  Detención  \"OR\" 287(g) ")),
                 QStringLiteral("\"Detención\"* \"OR\"* \"287\"* \"g\"*"));
        QCOMPARE(SearchIndex::toFtsQuery(QStringLiteral("*:^")), QString());
    }

    void accentsDoNotMatter()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        SearchIndex spanish;
        QVERIFY(spanish.build(ContentStore::instance()->content()));
        const auto withAccent = spanish.search(QStringLiteral("retención"));
        const auto without = spanish.search(QStringLiteral("retencion"));
        const auto upper = spanish.search(QStringLiteral("RETENCION"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(!withAccent.isEmpty());
        QCOMPARE(without.size(), withAccent.size());
        QCOMPARE(upper.size(), withAccent.size());
        QCOMPARE(without.first().address, withAccent.first().address);
    }

    void modelFollowsQueryAndLanguage()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QStringLiteral("habeas"));
        QTRY_VERIFY(!model.searching());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.index(0).data(SearchModel::AddressRole).toString().isEmpty());
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QVERIFY(model.searching()); // asked again, in the Spanish index
        QTRY_VERIFY(!model.searching());
        QVERIFY(model.rowCount() > 0);
        bool spanishTitle = false; // "hábeas" in the Spanish text, found from "habeas"
        for (int row = 0; row < model.rowCount(); ++row)
            spanishTitle = spanishTitle || model.index(row).data(SearchModel::TitleRole).toString().contains(QStringLiteral("ábeas"));
        QVERIFY(spanishTitle);
        QCOMPARE(model.index(0).data(SearchModel::KindLabelRole).toString().isEmpty(), false);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        model.setQuery(QString());
        QTRY_VERIFY(!model.searching());
        QCOMPARE(model.rowCount(), 0);
    }

    /** A keystroke changes the rows in place: no reset, so the view keeps its delegates; rows
     *  are inserted or removed only for the difference in count. */
    void keystrokesUpdateTheRowsInPlace()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(&model, &ContentListModel::countChanged);
        model.setQuery(QStringLiteral("d"));
        QTRY_VERIFY(!model.searching());
        const int many = model.rowCount();
        QVERIFY(many > 3);
        model.setQuery(QStringLiteral("de"));
        QTRY_VERIFY(!model.searching());
        model.setQuery(QStringLiteral("detainer"));
        QTRY_VERIFY(!model.searching());
        const int fewer = model.rowCount();
        QVERIFY(fewer > 0 && fewer <= many);
        model.setQuery(QStringLiteral("d")); // back: more rows, added after the ones kept
        QTRY_VERIFY(!model.searching());
        QCOMPARE(model.rowCount(), many);
        model.setQuery(QStringLiteral("detainer"));
        QTRY_VERIFY(!model.searching());
        model.setQuery(QStringLiteral("zzzzqq"));
        QTRY_VERIFY(!model.searching());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() >= 1 && removed.count() >= 1 && changed.count() >= 1);
        QVERIFY(counted.count() >= 2);
        // A second search page (a later visit) finds the same rows from the index already made.
        SearchModel again;
        again.setQuery(QStringLiteral("detainer"));
        QTRY_VERIFY(!again.searching());
        QCOMPARE(again.rowCount(), fewer);
    }

    /** Past SearchIndex::rankedMatches matches only the first ones, in reading order, are
     *  ranked: a first letter costs a bounded time however much content there is. */
    void rankingIsBoundedAtManyMatches()
    {
        QList<SearchIndex::Document> docs;
        for (int i = 0; i < SearchIndex::rankedMatches + 500; ++i) {
            const bool late = i >= SearchIndex::rankedMatches;
            // The late ones would rank first (the word in the title); they are past the bound.
            docs.append({ QStringLiteral("doc/%1").arg(i), QStringLiteral("topic"),
                          late ? QStringLiteral("dog") : QStringLiteral("cat"), QStringLiteral("a dog and a cat"), {} });
        }
        SearchIndex index;
        QVERIFY(index.build(docs));
        const QList<SearchIndex::Hit> hits = index.search(QStringLiteral("do"));
        QCOMPARE(hits.size(), 60);
        for (const SearchIndex::Hit &hit : hits)
            QVERIFY2(hit.address.mid(4).toInt() < SearchIndex::rankedMatches, qPrintable(hit.address));
        // Below the bound, ranking is as before: the title match first.
        docs.resize(100);
        docs.append({ QStringLiteral("doc/title"), QStringLiteral("topic"), QStringLiteral("dog"), QStringLiteral("a dog"), {} });
        QVERIFY(index.build(docs));
        QCOMPARE(index.search(QStringLiteral("do")).constFirst().address, QStringLiteral("doc/title"));
    }

    /** Typing faster than the answers come: only the last word is answered, so the rows never
     *  show a word already typed past. */
    void aQueryTypedPastIsNotShown()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        SearchModel model;
        model.setQuery(QStringLiteral("detainer"));
        QTRY_VERIFY(!model.searching());
        const int detainer = model.rowCount();
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (const char *typed : { "d", "de", "det", "deta", "detai", "detain", "detaine", "detainer" })
            model.setQuery(QString::fromLatin1(typed));
        QVERIFY(model.searching());
        QTRY_VERIFY(!model.searching());
        QCOMPARE(model.rowCount(), detainer);
        QCOMPARE(inserted.count(), 1); // one answer shown, not eight
        QCOMPARE(inserted.constFirst().at(2).toInt(), detainer - 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
