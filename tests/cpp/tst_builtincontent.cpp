// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstrings.h"
#include "pageaddress.h"

#include <QRegularExpression>
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

    void everyTermCitesASource()
    {
        // A definition states law; the reader can check where it comes from.
        QStringList bare;
        for (const Term &t : std::as_const(result.content.terms)) {
            if (t.sources.isEmpty())
                bare.append(t.id);
        }
        QVERIFY2(bare.isEmpty(), qPrintable(QStringLiteral("terms without a source: ") + bare.join(QStringLiteral(", "))));
    }

    void textThatPointsToTheHelpPageLinksIt()
    {
        // "See this app's help page" is only true if the words take the reader there.
        static const QRegularExpression mention(QStringLiteral(R"(\bhelp page\b|\bFind legal help\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression richField(QStringLiteral(R"(\.(body|detail|summary|definition|explanation)$)"));
        QStringList unlinked;
        for (const ContentString &s : translatableStrings(result.content)) {
            if (richField.match(s.where).hasMatch() && mention.match(s.text).hasMatch()
                && !s.text.contains(QLatin1String("](page:help)")))
                unlinked.append(s.where);
        }
        QVERIFY2(unlinked.isEmpty(), qPrintable(unlinked.join(QLatin1Char('\n'))));
    }

    void whatSomeoneDetainedNeedsEndsAtTheHelpPage()
    {
        const ContentSet &c = result.content;
        const Walkthrough *detained = c.walkthrough(QStringLiteral("someone-i-know-was-detained"));
        QVERIFY(detained);
        QVERIFY(detained->steps.size() >= 5);
        QVERIFY2(detained->steps.constLast().body.contains(QLatin1String("](page:help)")), "the last step links the help page");

        const Flow *bond = c.flow(QStringLiteral("can-they-get-a-bond-hearing"));
        QVERIFY(bond);
        int outcomes = 0;
        for (const FlowNode &n : bond->nodes) {
            if (n.kind != FlowNode::Kind::Outcome)
                continue;
            ++outcomes;
            QVERIFY2(n.detail.contains(QLatin1String("](page:help)")), qPrintable(n.id + QStringLiteral(" does not link the help page")));
        }
        QVERIFY(outcomes >= 3);
        QVERIFY(c.helpPlaces.size() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestBuiltInContent)
#include "tst_builtincontent.moc"
