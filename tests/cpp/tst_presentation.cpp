// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"
#include "presentationmodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ktl;

/** Slides made from a walkthrough or a flow, moving through them, and the black screen. */
class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { ContentStore::instance()->load({}, test::validContent()); }

    void aQuestionIsARoomExercise()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("walkthrough/detainers-101"));
        // First the step as always: its text, no question yet (the presenter knows it is coming).
        QVERIFY(!p.isQuestion());
        QVERIFY(p.slideQuestion().isEmpty() && p.slideChoices().isEmpty());
        QVERIFY(p.presenterAnswer().startsWith(QLatin1String("Question next")));
        QVERIFY(p.next()); // asks the room
        QVERIFY(p.previous()); // and back: the step itself again, not the slide before
        QCOMPARE(p.slideId(), QStringLiteral("what"));
        QVERIFY(!p.isQuestion());
        QVERIFY(p.next());
        QCOMPARE(p.nextTitle(), QStringLiteral("the answer"));
        QCOMPARE(p.slideId(), QStringLiteral("what"));
        QVERIFY(p.isQuestion());
        QCOMPARE(p.slideQuestion(), QStringLiteral("Is a detainer a command?"));
        const QList<SlideChoice> asked = p.slideChoices();
        QVERIFY(asked.size() >= 2);
        QVERIFY(asked.constFirst().text.startsWith(QLatin1String("A. ")));
        for (const SlideChoice &c : asked)
            QVERIFY2(!c.shownAsAnswer, qPrintable(c.text)); // the room answers first
        QVERIFY(p.slideAnswer().isEmpty() && p.slideAnswerExplanation().isEmpty());
        QVERIFY(p.presenterAnswer().startsWith(QLatin1String("Answer: "))); // the presenter knows

        QVERIFY(p.next()); // shows the answer, stays on the slide
        QCOMPARE(p.slideId(), QStringLiteral("what"));
        QVERIFY(p.answerShown());
        QVERIFY(!p.slideAnswer().isEmpty());
        QVERIFY(!p.slideAnswerExplanation().isEmpty());
        int marked = 0;
        for (const SlideChoice &c : p.slideChoices())
            marked += c.shownAsAnswer ? 1 : 0;
        QCOMPARE(marked, 1);
        QVERIFY(p.slideChoices().at(p.slideAnswer().at(0).unicode() - 'A').shownAsAnswer);

        QVERIFY(p.next()); // then on to the next step
        QCOMPARE(p.slideId(), QStringLiteral("hours"));
        // A step without a question has none of it.
        QVERIFY(!p.isQuestion());
        QVERIFY(p.slideChoices().isEmpty() && p.presenterAnswer().isEmpty());
        p.revealAnswer(); // nothing to reveal
        QVERIFY(!p.answerShown());
        QVERIFY(p.previous()); // back: the step is taught and asked afresh
        QVERIFY(!p.isQuestion());
        QVERIFY(!p.answerShown());
        p.revealAnswer();
        QVERIFY(p.answerShown());
        // After quick hide: from the start, as new.
        p.setBlackout(true);
        p.restart();
        QCOMPARE(p.currentIndex(), 0);
        QVERIFY(!p.answerShown() && !p.isQuestion() && !p.blackout());
    }

    void walkthroughSlidesAreItsSteps()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("walkthrough/detainers-101"));
        QVERIFY(p.valid());
        QVERIFY(!p.isFlow());
        QCOMPARE(p.count(), 3);
        QCOMPARE(p.title(), QStringLiteral("Detainers 101"));
        QCOMPARE(p.slideTitle(), QStringLiteral("What is a detainer?"));
        QCOMPARE(p.notes(), QStringLiteral("Ask the room what they think."));
        QCOMPARE(p.nextTitle(), QStringLiteral("the question for the room")); // Next asks it first
        QSignalSpy changed(&p, &PresentationModel::slideChanged);
        QVERIFY(p.next()); // the first step has a question: Next asks the room,
        QVERIFY(p.next()); // then shows the answer,
        QVERIFY(p.next()); // then moves on
        QVERIFY(p.next());
        QVERIFY(!p.next());
        QCOMPARE(p.slideId(), QStringLiteral("end"));
        QCOMPARE(p.nextTitle(), QString());
        QCOMPARE(changed.count(), 4);
        p.first();
        QCOMPARE(p.currentIndex(), 0);
        QVERIFY(!p.previous());
        p.last();
        QCOMPARE(p.currentIndex(), 2);
        QVERIFY(p.goTo(QStringLiteral("hours")));
        QCOMPARE(p.currentIndex(), 1);
        QCOMPARE(p.slides().size(), 3);
    }

    void aStepInTheAddressPicksTheFirstSlide()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("walkthrough/detainers-101/hours"));
        QCOMPARE(p.slideId(), QStringLiteral("hours"));
    }

    void flowSlidesRevealTheDiagramNodeByNode()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("flow/jail"));
        QVERIFY(p.isFlow());
        QCOMPARE(p.flowId(), QStringLiteral("jail"));
        // The outline's order: each answer followed to its end before the next.
        QStringList order;
        for (const SlideEntry &slide : p.slides())
            order.append(slide.slideId);
        QCOMPARE(p.slides().at(1).label.left(3), QStringLiteral("2. "));
        QCOMPARE(order, QStringList({ QStringLiteral("law"), QStringLiteral("held"), QStringLiteral("info"), QStringLiteral("released") }));
        QCOMPARE(p.revealed(), QStringList({ QStringLiteral("law") }));
        QVERIFY(p.notes().contains(QStringLiteral("Yes → Held up to 48 hours")));
        p.next();
        QCOMPARE(p.revealed(), QStringList({ QStringLiteral("law"), QStringLiteral("held") }));
        // An outcome's notes say what it means, not only that the path ends (its detail).
        QCOMPARE(p.notes(), QStringLiteral("This is where the path ends. The jail may hold the person."));
        QVERIFY(p.goTo(QStringLiteral("released"))); // "what if…": straight to any node
        QCOMPARE(p.revealed().size(), 4);
    }

    void blackScreenToggles()
    {
        PresentationModel p;
        QSignalSpy spy(&p, &PresentationModel::blackoutChanged);
        p.toggleBlackout();
        QVERIFY(p.blackout());
        p.toggleBlackout();
        QVERIFY(!p.blackout());
        QCOMPARE(spy.count(), 2);
    }

    void clockRuns()
    {
        PresentationModel p;
        QCOMPARE(p.elapsed(), QStringLiteral("0:00"));
        QVERIFY(!p.clock().isEmpty());
        QSignalSpy tick(&p, &PresentationModel::tick);
        QVERIFY(tick.wait(2500));
    }

    void followsAContentReload()
    {
        // Presenting after new content arrives used to read through stale lookups and crash.
        PresentationModel p;
        p.setAddress(QStringLiteral("walkthrough/detainers-101"));
        QVERIFY(p.valid());
        p.last();
        const QString lastSlide = p.slideId();
        QSignalSpy changed(&p, &PresentationModel::slideChanged);
        ContentStore::instance()->load({}, test::dataDir(QStringLiteral("invalid/valid-minimal"))); // no such walkthrough
        QVERIFY(changed.count() > 0);
        QVERIFY(!p.valid());
        QCOMPARE(p.slideTitle(), QString());
        QCOMPARE(p.notes(), QString());
        QCOMPARE(p.nextTitle(), QString());
        QVERIFY(p.slides().isEmpty());
        QVERIFY(!p.next());
        // And back: the address still stands; a reload that keeps the slide stays on it.
        ContentStore::instance()->load({}, test::validContent());
        QVERIFY(p.valid());
        QCOMPARE(p.currentIndex(), 0);
        p.last();
        ContentStore::instance()->load({}, test::validContent());
        QCOMPARE(p.slideId(), lastSlide);
        QVERIFY(!p.slideTitle().isEmpty());
    }

    void nothingToPresent()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("glossary"));
        QVERIFY(!p.valid());
        QCOMPARE(p.count(), 0);
        QCOMPARE(p.slideTitle(), QString());
        QVERIFY(!p.next());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
