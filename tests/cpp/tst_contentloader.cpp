// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentvalidator.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/** The loader and validator: every malformed input is reported with its file and JSON path. */
class TestContentLoader : public QObject
{
    Q_OBJECT

private:
    static QString describe(const ContentErrors &errors)
    {
        QStringList lines;
        for (const ContentError &e : errors)
            lines.append(e.toString());
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void validSetLoadsCompletely()
    {
        const auto result = loadAndValidate(test::validContent());
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.files.size(), 2);
        QCOMPARE(result.content.meta.reviewedAsOf, QStringLiteral("2026-11-28"));
        QCOMPARE(result.content.topics.size(), 2);
        QCOMPARE(result.content.walkthroughs.first().steps.size(), 3);
        QCOMPARE(result.content.walkthroughs.first().steps.first().question.choices.size(), 2);
        const Flow &flow = result.content.flows.first();
        QCOMPARE(flow.start, QStringLiteral("law"));
        QCOMPARE(flow.node(QStringLiteral("law"))->edges.size(), 2);
        QCOMPARE(flow.node(QStringLiteral("info"))->edges.first().target, QStringLiteral("released"));
        QCOMPARE(flow.node(QStringLiteral("held"))->kind, FlowNode::Kind::Outcome);
        QCOMPARE(result.content.terms.size(), 3);
        QCOMPARE(result.content.sources.size(), 3);
        QCOMPARE(result.content.events.size(), 2);
        QCOMPARE(result.content.helpPlaces.size(), 1);
        QCOMPARE(result.content.topics.first().sections.at(1).statesLaw, false);
    }

    void malformedInputIsReportedWithFileAndPath_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        const QString c = QStringLiteral("case.json"), b = QStringLiteral("base.json");
        auto row = [](const char *name, const QString &file, const char *path, const char *message) {
            QTest::newRow(name) << QString::fromLatin1(name) << file << QString::fromUtf8(path)
                                << QString::fromUtf8(message);
        };
        row("broken-json", c, "", "not valid JSON at line 3, column 19");
        row("invalid-utf8", c, "", "not valid UTF-8 at byte 38");
        row("not-an-object", c, "$", "expected an object");
        row("unknown-top-level-key", c, "$.topicz", "unknown field");
        row("unknown-field", c, "$.topics[0].titel", "unknown field");
        row("wrong-type-string", c, "$.topics[0].title", "expected a string, found a number");
        row("missing-field", c, "$.topics[0].summary", "missing field");
        row("empty-string", b, "$.terms[0].definition", "empty; expected a non-empty string");
        row("empty-required-list", c, "$.topics[0].takeaways", "empty list");
        row("wrong-type-list", c, "$.topics[0].related", "expected a list of strings, found a string");
        row("wrong-type-bool", c, "$.topics[0].concept", "expected true or false");
        row("non-integer", c, "$.topics[0].order", "expected a whole number, found 1.5");
        row("list-item-not-object", c, "$.topics[1]", "expected an object, found a string");
        row("duplicate-id", b, "$.terms[1].id", "duplicate term id \"t1\"");
        row("bad-id", c, "$.events[0].id", "must use only a-z, 0-9 and -");
        row("dangling-topic-reference", c, "$.topics[0].related[0]", "no topic has the id \"nope\"");
        row("dangling-source-reference", c, "$.walkthroughs[0].steps[0].sources[1]", "no source has the id \"nope\"");
        row("dangling-term-link", c, "$.topics[0].sections[0].body", "link to unknown term \"nope\"");
        row("dangling-walkthrough-topic", c, "$.walkthroughs[0].topic", "no topic has the id \"nope\"");
        row("raw-html", c, "$.topics[0].summary", "raw HTML is not allowed");
        row("web-link-in-text", c, "$.topics[0].summary", "web link");
        row("law-without-source", c, "$.walkthroughs[0].steps[0].sources", "states law but cites no source");
        row("two-correct-choices", c, "$.walkthroughs[0].steps[0].question.choices", "expected exactly one");
        row("duplicate-step-id", c, "$.walkthroughs[0].steps[1].id", "duplicate step id \"one\"");
        row("flow-missing-start", c, "$.flows[0].start", "start node \"nope\"");
        row("flow-dangling-next", c, "$.flows[0].nodes[0].answers[1].next", "no node of this flow has the id \"nope\"");
        row("flow-one-answer", c, "$.flows[0].nodes[0].answers", "at least 2 answers");
        row("flow-unreachable-node", c, "$.flows[0].nodes[3]", "node \"lost\" cannot be reached");
        row("flow-path-without-outcome", c, "$.flows[0].nodes[2]", "no path from node \"wait\" ends at an outcome");
        row("flow-unintended-cycle", c, "$.flows[0].nodes[0]", "unintended cycle q → more → q");
        row("flow-outcome-without-sources", c, "$.flows[0].nodes[1].sources", "missing field");
        row("step-bad-speaker", c, "$.walkthroughs[0].steps[0].line.speaker", "\"judge\" is not one of");
        row("step-too-many-phrases", c, "$.walkthroughs[0].steps[0].say", "at most 4 phrases");
        row("step-phrase-markup", c, "$.walkthroughs[0].steps[0].say[0]", "plain text");
        row("flow-bad-node-kind", c, "$.flows[0].nodes[1].kind", "\"maybe\" is not one of");
        row("flow-outcome-with-next", c, "$.flows[0].nodes[1].next", "an outcome ends the flow");
        row("bad-date", c, "$.events[0].date", "is not a date");
        row("bad-url", b, "$.sources[0].url", "is not an https web address");
        row("case-without-court", b, "$.sources[0].court", "a case needs its court");
        row("meta-twice", c, "$.meta", "meta is already defined in");
        row("no-meta", QString(), "", "no file defines \"meta\"");
        row("unknown-illustration", c, "$.walkthroughs[0].steps[0].illustration", "no illustration \"nope\"");
        // Hostile input: what a pack from outside could carry.
        const char *plain = "raw HTML is not allowed; this field is plain text";
        row("duplicate-key", c, "$.terms[0].term", "the key \"term\" is given twice");
        row("duplicate-key-escaped", c, "$.terms[0].term", "the key \"term\" is given twice");
        row("duplicate-key-nested", c, "$.flows[0].nodes[0].answers[0].label", "the key \"label\" is given twice");
        row("nul-in-string", c, "$.terms[0].term", "contains a NUL character");
        row("terminal-escape", c, "$.terms[0].term", "control character U+001B at character 4");
        row("bidi-override", c, "$.terms[0].term", "control character U+202E");
        row("c1-control", c, "$.terms[0].term", "control character U+0085");
        row("text-too-long", b, "$.terms[0].definition", "20001 characters; the limit is 20000");
        row("number-too-large", c, "$.topics[0].order", "expected a whole number, found 1e+300");
        row("number-past-int", c, "$.topics[0].order", "expected a whole number, found 3e+09");
        row("number-below-int", c, "$.topics[0].order", "expected a whole number, found -1e+20");
        row("nesting-too-deep", c, "$.topics[0].deep[0][0][0][0][0][0][0][0][0][0][0][0][0]", "nested more than 16 levels deep");
        row("too-many-answers", c, "$.flows[0].nodes[0].answers", "9 entries; the limit is 8");
        row("too-many-steps", c, "$.walkthroughs[0].steps", "201 entries; the limit is 200");
        row("too-many-list-entries", c, "$.topics[0].takeaways", "5001 entries; the limit is 5000");
        row("many-unknown-keys", c, "$.topics[0]", "100 more unknown fields");
        row("html-in-title", c, "$.topics[0].title", plain);
        row("html-in-heading", c, "$.topics[0].sections[0].heading", plain);
        row("html-in-takeaway", c, "$.topics[0].takeaways[0]", plain);
        row("html-in-step-title", c, "$.walkthroughs[0].steps[0].title", plain);
        row("html-in-notes", c, "$.walkthroughs[0].steps[0].notes", plain);
        row("html-in-prompt", c, "$.walkthroughs[0].steps[0].question.prompt", plain);
        row("html-in-choice", c, "$.walkthroughs[0].steps[0].question.choices[0].text", plain);
        row("html-in-node-text", c, "$.flows[0].nodes[0].text", plain);
        row("html-in-answer-label", c, "$.flows[0].nodes[0].answers[0].label", plain);
        row("html-in-flow-title", c, "$.flows[0].title", plain);
        row("html-in-event-title", c, "$.events[0].title", plain);
        row("html-in-term", b, "$.terms[0].term", plain);
        row("html-in-citation", b, "$.sources[0].citation", plain);
        row("html-in-supports", b, "$.sources[0].supports", plain);
        row("html-in-disclaimer", b, "$.meta.disclaimer", plain);
        row("html-in-help-notice", b, "$.meta.helpNotice", plain);
        row("html-in-help-place", c, "$.helpPlaces[0].name", plain);
        row("http-source-url", b, "$.sources[0].url", "is not an https web address");
        row("file-source-url", b, "$.sources[0].url", "is not an https web address");
        row("userinfo-source-url", b, "$.sources[0].url", "is not an https web address");
        row("javascript-help-url", c, "$.helpPlaces[0].url", "is not an https web address");
        row("translated-url-bad-language", c, "$.helpPlaces[0].translatedUrls.ES-mx", "is not a language code");
        row("translated-url-http", c, "$.helpPlaces[0].translatedUrls.es", "is not an https web address");
        row("translated-url-without-url", c, "$.helpPlaces[0].translatedUrls", "translated pages need the page itself");
        row("page-link-unknown", c, "$.topics[0].sections[0].body", "link \"page:flow/nope\": no flow \"nope\"");
        row("page-link-to-search", c, "$.topics[0].sections[0].body", "content may not link to search");
    }

    void malformedInputIsReportedWithFileAndPath()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, message);

        const QString dir = test::dataDir(QStringLiteral("invalid/") + fixture);
        const auto result = loadAndValidate(dir);
        QVERIFY2(!result.ok(), "a malformed set must not load cleanly");
        // The problem that names this fixture's mistake: right file, right place, right words.
        const QString expectedFile = file.isEmpty() ? dir : dir + QLatin1Char('/') + file;
        const bool found = std::any_of(result.errors.cbegin(), result.errors.cend(), [&](const ContentError &e) {
            return e.file == expectedFile && e.path == path && e.message.contains(message);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: %2: …%3…\ngot:\n%4")
                                           .arg(expectedFile, path, message, describe(result.errors))));
    }

    void positiveControlOfTheFixtures()
    {
        const auto result = loadAndValidate(test::dataDir(QStringLiteral("invalid/valid-minimal")));
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    }

    void oversizedFileIsRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile::copy(test::dataDir(QStringLiteral("invalid/valid-minimal/base.json")), dir.filePath(QStringLiteral("base.json")));
        QFile huge(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QByteArray filler = "{ \"terms\": [ { \"id\": \"big\", \"term\": \"big\", \"definition\": \"";
        filler += QByteArray(int(ContentLoader::maxFileSize), 'a');
        filler += "\" } ] }";
        huge.write(filler);
        huge.close();

        const auto result = loadAndValidate(dir.path());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().file, huge.fileName());
        QVERIFY(result.errors.first().message.contains(QStringLiteral("the limit is")));
        QVERIFY(!result.content.term(QStringLiteral("big")));
    }

    void everyProblemOfAFileIsReported()
    {
        ContentSet set;
        ContentErrors errors;
        ContentLoader::loadFile(QStringLiteral("many.json"),
                                R"({ "terms": [ { "id": 1, "definition": [] }, { "id": "ok", "term": "t", "definition": "d", "extra": 0 } ] })",
                                set, errors);
        QStringList paths;
        for (const ContentError &e : std::as_const(errors))
            paths.append(e.path);
        QCOMPARE(paths, QStringList({ QStringLiteral("$.terms[0].id"), QStringLiteral("$.terms[0].term"),
                                      QStringLiteral("$.terms[0].definition"), QStringLiteral("$.terms[1].extra") }));
    }

    void missingDirectoryIsAProblemNotACrash()
    {
        const auto result = loadAndValidate(QStringLiteral("/nonexistent/content"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().message, QStringLiteral("not a directory"));
    }

    void intendedLoopIsAllowed()
    {
        ContentSet set;
        ContentErrors errors;
        ContentLoader::loadFile(QStringLiteral("loop.json"), R"({ "flows": [ { "id": "f", "title": "F", "topic": "t",
            "summary": "S", "start": "q", "nodes": [
              { "id": "q", "kind": "question", "text": "Q?", "answers": [
                  { "id": "a", "label": "Again", "next": "i" }, { "id": "b", "label": "Done", "next": "o" } ] },
              { "id": "i", "kind": "info", "text": "Think.", "next": "q", "loop": true },
              { "id": "o", "kind": "outcome", "text": "O", "detail": "D", "sources": ["s"] } ] } ] })",
                                set, errors);
        QVERIFY(errors.isEmpty());
        const ContentErrors problems = ContentValidator::validate(set);
        for (const ContentError &e : problems)
            QVERIFY2(!e.message.contains(QStringLiteral("cycle")), qPrintable(e.toString()));
    }

    void overlayReplacesById()
    {
        ContentSet base = loadAndValidate(test::validContent()).content;
        ContentSet extra;
        Term changed = *base.term(QStringLiteral("detainer"));
        changed.definition = QStringLiteral("Changed.");
        extra.terms = { changed, Term { QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("d"), {}, {}, {}, {} } };
        base.overlay(extra);
        QCOMPARE(base.terms.size(), 4);
        QCOMPARE(base.term(QStringLiteral("detainer"))->definition, QStringLiteral("Changed."));
    }
};

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
