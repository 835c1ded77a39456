// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "pageaddress.h"

#include <QTest>

using namespace ktl;

/** The content compiled into the app is complete and well-formed. */
class TestBuiltInContent : public QObject
{
    Q_OBJECT

    ContentLoader::Result result;

private Q_SLOTS:
    void initTestCase() { result = loadAndValidate(QStringLiteral(":/content")); }

    void hasNoProblems()
    {
        QStringList problems;
        for (const ContentError &e : std::as_const(result.errors))
            problems.append(e.toString());
        QVERIFY2(result.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void coversEveryType()
    {
        const ContentSet &c = result.content;
        QVERIFY(!c.meta.reviewedAsOf.isEmpty());
        QVERIFY(c.topics.size() >= 4);
        QVERIFY(std::count_if(c.topics.cbegin(), c.topics.cend(), [](const Topic &t) { return t.concept; }) == 4);
        QVERIFY(!c.walkthroughs.isEmpty());
        QVERIFY(!c.flows.isEmpty());
        QVERIFY(!c.terms.isEmpty());
        QVERIFY(!c.sources.isEmpty());
        QVERIFY(!c.events.isEmpty());
    }

    void everyStepHasPresenterNotes()
    {
        for (const Walkthrough &w : std::as_const(result.content.walkthroughs)) {
            for (const Step &s : w.steps)
                QVERIFY2(!s.notes.trimmed().isEmpty(), qPrintable(w.id + QLatin1Char('/') + s.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltInContent)
#include "tst_builtincontent.moc"
