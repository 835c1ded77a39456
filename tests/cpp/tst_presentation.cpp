// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "playlist.h"
#include "presentationmodel.h"
#include "slidedeck.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ktl;

/** Slides made from anything presentable, a session playlist of them, moving through them, and
 *  the presenter's conventions: the timer and budgets, go-to-number, black and white screens,
 *  the close-up, and the room's show of hands. */
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
        p.setAddress(QStringLiteral("sources"));
        QVERIFY(!p.valid());
        QCOMPARE(p.count(), 0);
        QCOMPARE(p.slideTitle(), QString());
        QVERIFY(!p.next());
    }

    void deckSections_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QStringList>("slides"); // "" : any slides; else the exact ids
        QTest::addColumn<QString>("error");      // part of the error, "" for none
        QTest::newRow("topic") << "topic/partnerships" << QStringList { "1", "2" } << "";
        QTest::newRow("glossary subset, in its order") << "glossary/judicial-warrant,detainer"
                                                       << QStringList { "judicial-warrant", "detainer" } << "";
        QTest::newRow("glossary, a term twice") << "glossary/detainer,detainer" << QStringList { "detainer" } << "";
        QTest::newRow("glossary, no such term") << "glossary/detainer,nope" << QStringList() << "no term \"nope\"";
        QTest::newRow("timeline range by years") << "timeline/2012..2012"
                                                 << QStringList { "arizona-2012", "nfib-2012", "task-force-end-2012" } << "";
        QTest::newRow("timeline range by months") << "timeline/2008-10..2011-12"
                                                  << QStringList { "secure-communities-2008", "maricopa-finding-2011" } << "";
        QTest::newRow("timeline, not a range") << "timeline/2012" << QStringList() << "not a range";
        QTest::newRow("timeline, not dates") << "timeline/20x2..2013" << QStringList() << "not a range";
        QTest::newRow("timeline, nothing in range") << "timeline/1900..1901" << QStringList() << "no events";
        QTest::newRow("a page that is no talk") << "sources" << QStringList() << "cannot be presented";
        QTest::newRow("no such walkthrough") << "walkthrough/nope" << QStringList() << "nope";
    }

    void deckSections()
    {
        QFETCH(QString, address);
        QFETCH(QStringList, slides);
        QFETCH(QString, error);
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        DeckSection section;
        QString why;
        const bool ok = deck::section(address, ContentStore::instance()->content(), &section, &why);
        QCOMPARE(ok, error.isEmpty());
        if (!ok) {
            QVERIFY2(why.contains(error), qPrintable(why));
            return;
        }
        if (address.startsWith(QLatin1String("topic/"))) // the built-in topic's sections, numbered
            QVERIFY(section.slideIds.size() >= 2 && section.slideIds.first() == QLatin1String("1"));
        else
            QCOMPARE(section.slideIds, slides);
    }

    void aGlossaryAndATimelineAsSlides()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        PresentationModel p;
        p.setAddress(QStringLiteral("glossary/detainer,judicial-warrant"));
        QCOMPARE(p.count(), 2);
        QCOMPARE(p.slideTitle(), QStringLiteral("Detainer (ICE detainer)"));
        QVERIFY(p.slideBody().contains(QLatin1String("hold")));
        QVERIFY2(p.notes().startsWith(QLatin1String("Sources:\n")), qPrintable(p.notes()));
        QCOMPARE(p.sectionPlace(), QString()); // one part
        p.setAddress(QStringLiteral("timeline/2012..2012"));
        QCOMPARE(p.count(), 3);
        QVERIFY2(p.slideTitle().startsWith(QLatin1String("June 25, 2012: ")), qPrintable(p.slideTitle()));
        QCOMPARE(p.title(), QStringLiteral("Timeline"));
    }

    void aPlaylistIsItsPartsInOrder()
    {
        AppSettings *settings = AppSettings::instance();
        const QList<Playlist> before = settings->playlists();
        QVERIFY(settings->setPlaylists({ { QStringLiteral("Evening"),
                                           { { QStringLiteral("topic/partnerships"), 10 },
                                             { QStringLiteral("walkthrough/gone"), 5 },
                                             { QStringLiteral("flow/jail"), 15 } } } }));
        PresentationModel p;
        p.setAddress(QStringLiteral("playlist/Evening"));
        QCOMPARE(p.title(), QStringLiteral("Evening"));
        QCOMPARE(p.count(), 2 + 4); // two sections, four nodes; the missing walkthrough left out
        QCOMPARE(p.problems().size(), 1);
        QVERIFY2(p.problems().first().contains(QLatin1String("walkthrough/gone")), qPrintable(p.problems().first()));
        QCOMPARE(p.totalMinutes(), 10 + 15); // the budgets that are there
        QCOMPARE(p.sectionPlace(), QStringLiteral("Part 1 of 2"));
        QVERIFY(!p.isFlow());
        QVERIFY2(p.sectionTime().startsWith(QLatin1String("This part 0:0")), qPrintable(p.sectionTime()));
        QVERIFY(p.sectionTime().endsWith(QLatin1String(" of 10:00")));
        const QList<SlideEntry> slides = p.slides();
        QVERIFY(slides.at(0).startsSection && !slides.at(1).startsSection && slides.at(2).startsSection);
        QCOMPARE(slides.at(2).section, QStringLiteral("A jail gets a detainer"));
        QVERIFY(!slides.at(0).preview.isEmpty());
        // Into the flow: it reveals from its own first node, not from the playlist's first slide.
        p.setCurrentIndex(3);
        QVERIFY(p.isFlow());
        QCOMPARE(p.flowId(), QStringLiteral("jail"));
        QCOMPARE(p.revealed().size(), 2);
        QCOMPARE(p.sectionPlace(), QStringLiteral("Part 2 of 2"));
        QCOMPARE(p.sectionTitle(), QStringLiteral("A jail gets a detainer"));
        // No such playlist: nothing to show, and the reason.
        p.setAddress(QStringLiteral("playlist/Nope"));
        QVERIFY(!p.valid());
        QCOMPARE(p.problems(), QStringList { QStringLiteral("There is no playlist named “Nope”.") });
        QVERIFY(settings->setPlaylists(before));
    }

    void aPlaylistOpensOnTheStepItNamesAndShowsTheStoryOnce()
    {
        AppSettings *settings = AppSettings::instance();
        const QList<Playlist> before = settings->playlists();
        QVERIFY(settings->setPlaylists({ { QStringLiteral("Steps"),
                                           { { QStringLiteral("topic/partnerships"), 0 },
                                             { QStringLiteral("walkthrough/detainers-101/hours"), 0 } } } }));
        PresentationModel p;
        p.setAddress(QStringLiteral("playlist/Steps"));
        QCOMPARE(p.slideId(), QStringLiteral("hours")); // after the topic's two sections, not its second one
        QCOMPARE(p.currentIndex(), 2 + 1);
        QVERIFY(settings->setPlaylists(before));
    }

    void aReloadKeepsThePartsTime()
    {
        AppSettings *settings = AppSettings::instance();
        const QList<Playlist> before = settings->playlists();
        QVERIFY(settings->setPlaylists({ { QStringLiteral("Two"),
                                           { { QStringLiteral("topic/partnerships"), 1 }, { QStringLiteral("flow/jail"), 1 } } } }));
        PresentationModel p;
        p.setAddress(QStringLiteral("playlist/Two"));
        p.setCurrentIndex(1);
        QTest::qWait(1100);
        const QString spent = p.sectionTime();
        QVERIFY2(spent.startsWith(QLatin1String("This part 0:01")), qPrintable(spent));
        ContentStore::instance()->load({}, test::validContent()); // a pack added, say
        QCOMPARE(p.currentIndex(), 1);
        QVERIFY2(p.sectionTime().startsWith(QLatin1String("This part 0:01")), qPrintable(p.sectionTime()));
        QVERIFY(settings->setPlaylists(before));
    }

    void theCountdownAndThePartsBudgets()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("walkthrough/detainers-101"));
        QCOMPARE(p.remaining(), QString()); // no total: no countdown
        QCOMPARE(p.sectionTime(), QString()); // one part: the talk's clock is enough
        p.addMinutes(PresentationModel::minuteStep);
        QCOMPARE(p.totalMinutes(), 5);
        QVERIFY2(p.remaining() == QStringLiteral("Left 5:00") || p.remaining() == QStringLiteral("Left 4:59"),
                 qPrintable(p.remaining()));
        QVERIFY(!p.overTime());
        p.addMinutes(-100);
        QCOMPARE(p.totalMinutes(), 0);
        p.setTotalMinutes(100000);
        QCOMPARE(p.totalMinutes(), PresentationModel::maxTotalMinutes);
    }

    void goToASlideByItsNumber()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("flow/jail"));
        QSignalSpy typed(&p, &PresentationModel::typedNumberChanged);
        p.typeDigit(0); // no slide 0: a leading zero is not taken
        QCOMPARE(p.typedNumber(), QString());
        p.typeDigit(3);
        QCOMPARE(p.typedNumber(), QStringLiteral("3"));
        QVERIFY(p.goToTyped());
        QCOMPARE(p.currentIndex(), 2);
        QCOMPARE(p.typedNumber(), QString());
        p.typeDigit(9);
        p.typeDigit(9);
        QVERIFY(!p.goToTyped()); // there is no slide 99: stays, digits cleared
        QCOMPARE(p.currentIndex(), 2);
        QCOMPARE(p.typedNumber(), QString());
        for (int i = 0; i < 20; ++i)
            p.typeDigit(1);
        QCOMPARE(p.typedNumber().size(), 5); // a held key stops
        p.eraseDigit();
        QCOMPARE(p.typedNumber(), QStringLiteral("1111"));
        p.clearTyped();
        QVERIFY(typed.count() >= 5);
    }

    void blackOrWhiteOneAtATimeAndTheCloseUpResets()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("flow/jail"));
        p.toggleWhiteScreen();
        QVERIFY(p.whiteScreen() && !p.blackout());
        p.toggleBlackout(); // black replaces white
        QVERIFY(p.blackout() && !p.whiteScreen());
        p.toggleBlackout();
        QVERIFY(!p.blackout() && !p.whiteScreen());
        p.toggleZoom();
        QVERIFY(p.zoomed());
        p.next();
        QVERIFY(!p.zoomed()); // a new slide starts whole
        p.toggleWhiteScreen();
        p.restart();
        QVERIFY(!p.whiteScreen());
    }

    void aShowOfHandsIsCountedInMemoryOnly()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("walkthrough/detainers-101"));
        p.setHands(0, 5); // not asked yet: nothing to count
        QVERIFY(!p.hasHands());
        p.next(); // the room is asked
        QVERIFY(p.isQuestion());
        QSignalSpy hands(&p, &PresentationModel::handsChanged);
        p.setHands(0, 4);
        p.setHands(1, 12);
        p.setHands(7, 3); // no such choice
        p.setHands(2, 3); // the fixture has two choices
        QVERIFY(p.hasHands());
        QCOMPARE(hands.count(), 2);
        QList<HandBar> bars = p.handBars();
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars.at(1).letter, QStringLiteral("B"));
        QCOMPARE(bars.at(1).count, 12);
        QCOMPARE(bars.at(1).share, 1.0);
        QCOMPARE(bars.at(0).share, 4.0 / 12);
        QCOMPARE(bars.at(0).label, QStringLiteral("A: 4 hands"));
        QVERIFY(!bars.at(1).isAnswer); // not until the answer is shown
        p.revealAnswer();
        bars = p.handBars();
        QVERIFY(bars.at(1).isAnswer && !bars.at(0).isAnswer);
        p.setHands(0, 1000000);
        QCOMPARE(p.hands(0), PresentationModel::maxHands);
        p.next(); // the next step: the count is gone
        QVERIFY(!p.hasHands());
        QCOMPARE(p.hands(1), 0);
        QVERIFY(p.handBars().isEmpty());
    }

    void theStepsIllustrationIsOnItsSlide()
    {
        PresentationModel p;
        p.setAddress(QStringLiteral("walkthrough/detainers-101"));
        QCOMPARE(p.slideIllustration(), QStringLiteral("qrc:/illustrations/courthouse.svg"));
        p.next(); // the question: no picture that could give it away
        QCOMPARE(p.slideIllustration(), QString());
        p.next();
        p.next();
        QCOMPARE(p.slideIllustration(), QString()); // a step without one
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
