// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "flowmodel.h"
#include "glossarymodel.h"
#include "navigation.h"
#include "sourcelistmodel.h"
#include "testsupport.h"
#include "timelinemodel.h"
#include "topiclistmodel.h"
#include "walkthroughmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include "topicmodel.h"
#include <QTest>

using namespace ktl;

/** The QML-facing models, over the small fixture set, checked by QAbstractItemModelTester. */
class TestModels : public QObject
{
    Q_OBJECT

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, 0).data(role).toString());
        return values;
    }

private Q_SLOTS:
    void init() { ContentStore::instance()->load({}, test::validContent()); }

    void modelsReadTheStoreTheyAreGiven()
    {
        // The app's store holds the small test set; this one the built-in content.
        ContentStore builtIn(nullptr);
        builtIn.load();
        QVERIFY(builtIn.content().topics.size() > ContentStore::instance()->content().topics.size());
        TopicListModel topics;
        QAbstractItemModelTester tester(&topics, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(topics.rowCount(), int(ContentStore::instance()->content().topics.size()));
        QSignalSpy reset(&topics, &QAbstractItemModel::modelReset);
        topics.setStore(&builtIn);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(topics.rowCount(), int(builtIn.content().topics.size()));

        TopicModel topic;
        topic.setStore(&builtIn);
        topic.setTopicId(builtIn.content().topics.constLast().id);
        QVERIFY(topic.valid());
        QVERIFY(!ContentStore::instance()->content().topic(topic.topicId()));

        // It follows the store it was given, not the app's: a reload of the app's store leaves it be.
        ContentStore::instance()->load({}, test::validContent());
        QCOMPARE(topics.rowCount(), int(builtIn.content().topics.size()));
        builtIn.load({}, test::validContent());
        QCOMPARE(topics.rowCount(), int(ContentStore::instance()->content().topics.size()));
    }

    void storeLoadsTheFixture()
    {
        QVERIFY2(ContentStore::instance()->problems().isEmpty(),
                 qPrintable(ContentStore::instance()->problems().join(QLatin1Char('\n'))));
        QCOMPARE(ContentStore::instance()->version(), QStringLiteral("0.0.1-test"));
        QCOMPARE(ContentStore::instance()->reviewedAsOf(), QStringLiteral("November 28, 2026"));
        QCOMPARE(ContentStore::instance()->term(QStringLiteral("mandamus")).value(QStringLiteral("definition")).toString(),
                 QStringLiteral("<p>A court order to do a <i>clear</i> duty.</p>"));
        QVERIFY(ContentStore::instance()->term(QStringLiteral("nope")).isEmpty());
    }

    void brokenOverlayKeepsTheBaseAndListsEveryProblem()
    {
        QSignalSpy changed(ContentStore::instance(), &ContentStore::contentChanged);
        ContentStore::instance()->load(test::dataDir(QStringLiteral("invalid/flow-unintended-cycle")), test::validContent());
        QCOMPARE(changed.count(), 1);
        // Nothing of the broken directory is loaded, not even its valid parts.
        QVERIFY(!ContentStore::instance()->content().topic(QStringLiteral("a")));
        QCOMPARE(ContentStore::instance()->content().topics.size(), 2);
        const QStringList problems = ContentStore::instance()->problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("flow-unintended-cycle/case.json: $.flows[0].nodes[0]: unintended cycle")),
                 qPrintable(problems.first()));
    }

    void validOverlayAddsToTheBase()
    {
        ContentStore::instance()->load(test::dataDir(QStringLiteral("invalid/valid-minimal")), test::validContent());
        QVERIFY(ContentStore::instance()->problems().isEmpty());
        QVERIFY(ContentStore::instance()->content().topic(QStringLiteral("a")));
        QVERIFY(ContentStore::instance()->content().topic(QStringLiteral("partnerships")));
        QCOMPARE(ContentStore::instance()->version(), QStringLiteral("1"));
    }

    void topicList()
    {
        TopicListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(column(model, TopicListModel::IdRole), QStringList({ QStringLiteral("partnerships"), QStringLiteral("mandamus") }));
        QCOMPARE(model.index(0).data(TopicListModel::SummaryRole).toString(), QStringLiteral("<p>How <b>police</b> and ICE work together.</p>"));
        QCOMPARE(model.index(0).data(TopicListModel::WalkthroughRole).toString(), QStringLiteral("detainers-101"));
        QCOMPARE(model.index(0).data(TopicListModel::SummaryShortRole).toString(), QStringLiteral("How police and ICE work together."));
        QCOMPARE(model.roleNames().value(TopicListModel::TitleRole), QByteArray("title"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ContentStore::instance()->load(test::dataDir(QStringLiteral("invalid/valid-minimal")), test::validContent());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    void glossaryFiltersWithoutAccentsOrCase()
    {
        GlossaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, GlossaryModel::TermRole),
                 QStringList({ QStringLiteral("detainer"), QStringLiteral("mandamus"), QStringLiteral("ñandú") }));
        QSignalSpy count(&model, &ContentListModel::countChanged);
        model.setFilter(QStringLiteral("NANDU"));
        QCOMPARE(column(model, GlossaryModel::IdRole), QStringList({ QStringLiteral("nino") }));
        QCOMPARE(count.count(), 1);
        model.setFilter(QStringLiteral("request")); // matches a definition
        QCOMPARE(column(model, GlossaryModel::IdRole), QStringList({ QStringLiteral("detainer") }));
        model.setFilter(QStringLiteral("zzz"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 3);
        const QVariantList seeAlso = model.index(model.rowOf(QStringLiteral("detainer"))).data(GlossaryModel::SeeAlsoRole).toList();
        QCOMPARE(seeAlso.size(), 1);
        QCOMPARE(seeAlso.first().toMap().value(QStringLiteral("term")).toString(), QStringLiteral("mandamus"));
    }

    void sourcesAreGroupedByKind()
    {
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, SourceListModel::KindRole),
                 QStringList({ QStringLiteral("statute"), QStringLiteral("regulation"), QStringLiteral("case") }));
        QCOMPARE(model.index(2).data(SourceListModel::KindLabelRole).toString(), QStringLiteral("Court cases"));
        QCOMPARE(model.rowOf(QStringLiteral("galarza-2014")), 2);
        QCOMPARE(model.index(0).data(SourceListModel::FirstOfKindRole).toBool(), true);
        QCOMPARE(model.index(1).data(SourceListModel::FirstOfKindRole).toBool(), true);
    }

    void timelineSortsAndFilters()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, TimelineModel::DateRole), QStringList({ QStringLiteral("2002"), QStringLiteral("March 4, 2014") }));
        QCOMPARE(model.index(1).data(TimelineModel::YearRole).toInt(), 2014);
        model.setKindFilter(QStringLiteral("case"));
        QCOMPARE(column(model, TimelineModel::IdRole), QStringList({ QStringLiteral("galarza") }));
    }

    void walkthroughStepsAndQuestions()
    {
        WalkthroughModel model;
        QSignalSpy stepChanged(&model, &WalkthroughModel::stepChanged);
        model.setWalkthroughId(QStringLiteral("detainers-101"));
        QVERIFY(model.valid());
        QCOMPARE(model.stepCount(), 3);
        QCOMPARE(model.stepId(), QStringLiteral("what"));
        QVERIFY(model.atStart());
        QCOMPARE(model.stepIllustration(), QStringLiteral("qrc:/illustrations/courthouse.svg"));
        QVERIFY(model.hasQuestion());
        QCOMPARE(model.choices().size(), 2);
        QVERIFY(model.chosenChoice().isEmpty());

        QVERIFY(!model.choose(QStringLiteral("maybe")));
        QVERIFY(model.choose(QStringLiteral("yes")));
        QVERIFY(!model.answeredCorrectly());
        QCOMPARE(model.feedback(), QStringLiteral("<p>No: it is a request.</p>"));
        QVERIFY(model.choose(QStringLiteral("no")));
        QVERIFY(model.answeredCorrectly());
        QVERIFY(model.feedback().contains(QStringLiteral("href=\"source:cfr-287-7\"")));

        stepChanged.clear();
        QVERIFY(model.next());
        QCOMPARE(stepChanged.count(), 1);
        QCOMPARE(model.stepTitle(), QStringLiteral("48 hours"));
        QCOMPARE(model.stepNotes(), QStringLiteral("Weekends do not count."));
        QVERIFY(!model.hasQuestion());
        QVERIFY(model.next());
        QVERIFY(model.atEnd());
        QVERIFY(!model.next());
        QVERIFY(model.goToStep(QStringLiteral("what")));
        QCOMPARE(model.chosenChoice(), QStringLiteral("no")); // kept for the session
        QVERIFY(!model.goToStep(QStringLiteral("nope")));
        QVERIFY(!model.previous());

        model.setWalkthroughId(QStringLiteral("nope"));
        QVERIFY(!model.valid());
        QCOMPARE(model.stepCount(), 0);
        model.setWalkthroughId(QStringLiteral("detainers-101"));
        QVERIFY(model.chosenChoice().isEmpty()); // answers are gone once you leave
    }

    /** What a screen reader hears of a diagram node beyond its words: kind, state, where each
     *  answer leads (the arrows cannot be read). */
    void diagramNodesDescribeThemselves()
    {
        FlowModel model;
        model.setFlowId(QStringLiteral("jail"));
        const QString law = model.describeNode(QStringLiteral("law"), true, true);
        QVERIFY2(law.startsWith(QStringLiteral("Question. You are here.")), qPrintable(law));
        QVERIFY2(law.contains(QStringLiteral("Yes leads to: Held up to 48 hours.")), qPrintable(law));
        const QString released = model.describeNode(QStringLiteral("released"), false, true);
        QVERIFY2(released.contains(QStringLiteral("Outcome: the path ends here.")), qPrintable(released));
        QVERIFY(released.contains(QStringLiteral("On the path you took.")));
        QVERIFY(!released.contains(QStringLiteral("leads to")));
        QCOMPARE(model.describeNode(QStringLiteral("nowhere"), false, false), QString());
    }

    void flowTraversal()
    {
        FlowModel model;
        model.setFlowId(QStringLiteral("jail"));
        QVERIFY(model.valid());
        QCOMPARE(model.nodeCount(), 4);
        QCOMPARE(model.currentNodeId(), QStringLiteral("law"));
        QCOMPARE(model.nodeKind(), QStringLiteral("question"));
        QCOMPARE(model.answers().size(), 2);
        QVERIFY(!model.canGoBack());

        QVERIFY(!model.choose(QStringLiteral("maybe")));
        QVERIFY(model.choose(QStringLiteral("no")));
        QCOMPARE(model.nodeKind(), QStringLiteral("info"));
        QVERIFY(model.choose(QString())); // an info node's single way on
        QCOMPARE(model.currentNodeId(), QStringLiteral("released"));
        QVERIFY(model.atOutcome());
        QCOMPARE(model.nodeSources().first().sourceId, QStringLiteral("galarza-2014"));
        QCOMPARE(model.path(), QStringList({ QStringLiteral("law"), QStringLiteral("info"), QStringLiteral("released") }));
        QVERIFY(model.answers().isEmpty());

        QVERIFY(model.back());
        QCOMPARE(model.currentNodeId(), QStringLiteral("info"));
        QVERIFY(model.jumpTo(QStringLiteral("law"))); // back along the path
        QCOMPARE(model.path(), QStringList({ QStringLiteral("law") }));
        QVERIFY(model.jumpTo(QStringLiteral("held")));
        QCOMPARE(model.path(), QStringList({ QStringLiteral("law"), QStringLiteral("held") }));
        QVERIFY(!model.jumpTo(QStringLiteral("nope")));
        model.restart();
        QCOMPARE(model.path(), QStringList({ QStringLiteral("law") }));

        model.choose(QStringLiteral("no"));
        QVERIFY(model.isOnPath(QStringLiteral("info")));
        QVERIFY(model.isEdgeTaken(QStringLiteral("law"), QStringLiteral("info")));
        QVERIFY(!model.isEdgeTaken(QStringLiteral("law"), QStringLiteral("held")));
    }

    void flowOutlineIsATree()
    {
        FlowModel model;
        model.setFlowId(QStringLiteral("jail"));
        QStringList lines;
        for (const OutlineLine &line : model.outline())
            lines.append(QString(line.depth * 2, QLatin1Char(' ')) + line.nodeId);
        QCOMPARE(lines, QStringList({ QStringLiteral("law"), QStringLiteral("  held"), QStringLiteral("  info"),
                                      QStringLiteral("    released") }));
        // Each line says the answer that leads to it, made in C++ for QML to show as it is.
        QVERIFY(model.outline().at(1).text.startsWith(QStringLiteral("Yes → ")));
        QVERIFY(model.outline().at(2).text.startsWith(QStringLiteral("No → ")));
        QVERIFY(!model.outline().at(0).text.contains(QStringLiteral("→")));
    }

    void navigation()
    {
        Navigation *nav = Navigation::instance();
        nav->clearHistory();
        QCOMPARE(nav->address(), QStringLiteral("home"));
        QSignalSpy invalid(nav, &Navigation::invalidAddress);
        QSignalSpy page(nav, &Navigation::pageChanged);
        QVERIFY(nav->go(QStringLiteral("walkthrough/detainers-101/hours")));
        QCOMPARE(nav->kind(), QStringLiteral("walkthrough"));
        QCOMPARE(nav->pageId(), QStringLiteral("detainers-101"));
        QCOMPARE(nav->subId(), QStringLiteral("hours"));
        QCOMPARE(page.count(), 1);
        nav->setSubId(QStringLiteral("end"));
        QCOMPARE(nav->address(), QStringLiteral("walkthrough/detainers-101/end"));
        QCOMPARE(page.count(), 1); // the same page; only the step moved
        QVERIFY(!nav->go(QStringLiteral("topic/nope")));
        QCOMPARE(invalid.count(), 1);
        QCOMPARE(nav->address(), QStringLiteral("walkthrough/detainers-101/end"));
        QVERIFY(nav->canGoBack());
        QVERIFY(nav->back());
        QCOMPARE(nav->address(), QStringLiteral("home"));
        QVERIFY(!nav->back());

        QCOMPARE(nav->describe(QStringLiteral("walkthrough/detainers-101/hours")), QStringLiteral("Step 2 of 3 · Detainers 101"));
        QCOMPARE(nav->describe(QStringLiteral("topic/mandamus")), QStringLiteral("Mandamus"));
        QCOMPARE(nav->describe(QStringLiteral("topic/nope")), QString());
    }

    void aFlowPositionIsNeverStored()
    {
        // The node reached tells what the user answered: only the flow itself is kept.
        Navigation::instance()->go(QStringLiteral("flow/jail/released"));
        QCOMPARE(Navigation::instance()->address(), QStringLiteral("flow/jail/released"));
        QCOMPARE(AppSettings::instance()->lastPage(), QStringLiteral("flow/jail"));
        Navigation::instance()->go(QStringLiteral("walkthrough/detainers-101/hours"));
        QCOMPARE(AppSettings::instance()->lastPage(), QStringLiteral("walkthrough/detainers-101/hours"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
