// SPDX-License-Identifier: GPL-3.0-or-later
#include "markup.h"

#include <QTest>

using namespace ktl;

/** The restricted Markdown of content text. */
class TestMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraphs") << "One.\n\nTwo." << "<p>One.</p><p>Two.</p>";
        QTest::newRow("emphasis") << "A *b* **c**" << "<p>A <i>b</i> <b>c</b></p>";
        QTest::newRow("term link") << "A [detainer](term:detainer)." << "<p>A <a href=\"term:detainer\">detainer</a>.</p>";
        QTest::newRow("list") << "Before:\n- one\n- two" << "<ul><li>one</li><li>two</li></ul>";
        QTest::newRow("html is escaped") << "x < y & z" << "<p>x &lt; y &amp; z</p>";
        QTest::newRow("web link stays text") << "[x](https://a.b)" << "<p>[x](https://a.b)</p>";
        QTest::newRow("page link") << "See [help](page:help) and [a flow](page:flow/jail/held)."
                                   << "<p>See <a href=\"page:help\">help</a> and <a href=\"page:flow/jail/held\">a flow</a>.</p>";
    }
    void toHtml()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        if (QByteArray(QTest::currentDataTag()) == "list")
            QVERIFY2(markup::toHtml(text).endsWith(html), qPrintable(markup::toHtml(text)));
        else
            QCOMPARE(markup::toHtml(text), html);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("clean") << "A [t](term:t) and [s](source:s)." << "";
        QTest::newRow("html tag") << "<script>x</script>" << "raw HTML";
        QTest::newRow("closing tag") << "a </b>" << "raw HTML";
        QTest::newRow("image") << "![x](term:x)" << "images";
        QTest::newRow("web link") << "[x](http://a.b)" << "web link";
        QTest::newRow("unknown scheme") << "[x](file:/etc)" << "must start with term:, source: or page:";
        QTest::newRow("page link") << "[x](page:help)" << "";
        QTest::newRow("less-than in prose") << "5 < 6" << "";
    }
    void problems()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const QStringList found = markup::problems(text);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('|'))));
        else
            QVERIFY2(found.join(QLatin1Char('|')).contains(problem), qPrintable(found.join(QLatin1Char('|'))));
    }

    void links()
    {
        const auto links = markup::links(QStringLiteral("[a](term:x) then [b c](source:y-z)"));
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).scheme, QStringLiteral("term"));
        QCOMPARE(links.at(0).target, QStringLiteral("x"));
        QCOMPARE(links.at(1).text, QStringLiteral("b c"));
        QCOMPARE(links.at(1).target, QStringLiteral("y-z"));
    }

    void plainText()
    {
        QCOMPARE(markup::toPlainText(QStringLiteral("A **[detainer](term:d)** is *a request*.\n- one")),
                 QStringLiteral("A detainer is a request. one"));
    }
};

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
