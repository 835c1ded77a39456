// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "navigation.h"
#include "pageaddress.h"
#include "whatif.h"

#include <QSet>
#include <QTest>

using namespace ktl;

namespace {

QString idsOf(const Explorer &e, const QList<whatif::ShownStage> &story)
{
    QStringList parts;
    for (const whatif::ShownStage &s : story)
        parts.append(e.stages.at(s.stage).id + QLatin1Char('/') + (s.variant < 0 ? QStringLiteral("?") : e.stages.at(s.stage).variants.at(s.variant).id));
    return parts.join(QLatin1Char(' '));
}

Scenario scenario(const Explorer &e, const QString &text)
{
    QString error;
    const std::optional<Scenario> s = whatif::fromText(e, text, &error);
    if (!s)
        qFatal("bad scenario %s: %s", qPrintable(text), qPrintable(error));
    return *s;
}

/** A small story written in code, for the checker's refusals. */
Explorer smallStory()
{
    Explorer e;
    e.id = QStringLiteral("small");
    e.path = QStringLiteral("$.explorers[0]");
    WhatIfKnob state { QStringLiteral("state"), {}, {}, {}, {}, QStringLiteral("open"), {}, QStringLiteral("$.k0"), };
    state.values = { { QStringLiteral("open"), {}, {}, QStringLiteral("$.k0.v0") },
                     { QStringLiteral("closed"), {}, { QStringLiteral("hold") }, QStringLiteral("$.k0.v1") } };
    e.knobs = { state };
    WhatIfVariant closed;
    closed.id = QStringLiteral("closed");
    closed.when.insert(QStringLiteral("state"), { QStringLiteral("closed") });
    closed.effect = QStringLiteral("no-hold");
    closed.ends = true;
    closed.path = QStringLiteral("$.s0.v0");
    WhatIfVariant open;
    open.id = QStringLiteral("open");
    open.effect = QStringLiteral("hold");
    open.ends = true;
    open.path = QStringLiteral("$.s0.v1");
    e.stages = { { QStringLiteral("jail"), {}, QStringLiteral("state"), { closed, open }, QStringLiteral("$.s0") } };
    return e;
}

QString messages(const QList<whatif::Problem> &problems)
{
    QStringList lines;
    for (const whatif::Problem &p : problems)
        lines.append(p.path + QStringLiteral(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/** The engine behind "What changes if…": every combination of the built-in story, its
 *  changes and their reasons, its addresses, its agreement with the detainer flow, and the
 *  checks that refuse a broken story. */
class TestWhatIf : public QObject
{
    Q_OBJECT

    ContentLoader::Result result;
    const Explorer *e = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        result = loadAndValidate(QStringLiteral(":/content"));
        QVERIFY(result.ok());
        e = result.content.explorer();
        QVERIFY(e);
    }

    void theBuiltInStoryPassesItsChecks()
    {
        QCOMPARE(whatif::combinationCount(*e), 4 * 4 * 4 * 2 * 2 * 2);
        QVERIFY2(whatif::check(*e).isEmpty(), qPrintable(messages(whatif::check(*e))));
    }

    // Stated again here, apart from the checker: a test of the checker could pass with both wrong.
    void everyCombinationEndsWithSourcesAndNothingForbidden()
    {
        int seen = 0;
        QSet<QString> endings;
        whatif::forEachScenario(*e, [&](const Scenario &s) {
            ++seen;
            const QList<whatif::ShownStage> story = whatif::resolve(*e, s);
            QVERIFY(!story.isEmpty());
            QStringList forbidden;
            for (int k = 0; k < s.size(); ++k)
                forbidden += e->knobs.at(k).values.at(s.at(k)).forbids;
            for (const whatif::ShownStage &shown : story) {
                QVERIFY2(shown.variant >= 0, qPrintable(whatif::toText(*e, s)));
                const WhatIfVariant &v = e->stages.at(shown.stage).variants.at(shown.variant);
                QVERIFY2(!v.sources.isEmpty(), qPrintable(v.path));
                QVERIFY2(!forbidden.contains(v.effect), qPrintable(whatif::toText(*e, s) + QLatin1Char(' ') + v.path));
            }
            const whatif::ShownStage &last = story.last();
            QVERIFY2(e->stages.at(last.stage).variants.at(last.variant).ends, qPrintable(idsOf(*e, story)));
            endings.insert(e->stages.at(last.stage).id + QLatin1Char('/') + e->stages.at(last.stage).variants.at(last.variant).id);
        });
        QCOMPARE(seen, 512);
        // The story has many ends, not one: release, the court's warrant, every flow outcome, custody.
        QVERIFY2(endings.size() >= 9, qPrintable(QStringList(endings.cbegin(), endings.cend()).join(QLatin1Char(' '))));
    }

    void theTypicalStoryGoesToIceCustody()
    {
        QCOMPARE(idsOf(*e, whatif::resolve(*e, whatif::typical(*e))),
                 QStringLiteral("arrest/local booking/noncitizen ice/warrant jail/silent release/now result/transfer "
                                "custody/noncitizen"));
    }

    void contrastingStories_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("story");
        QTest::newRow("limits state") << "state=limits"
                                      << "arrest/local booking/noncitizen ice/warrant jail/limits release/now result/limits";
        QTest::newRow("Massachusetts jail model")
                << "state=mass,agreement=jail"
                << "arrest/local booking/noncitizen ice/warrant jail/mass-287g release/now result/mass-287g";
        QTest::newRow("jail model, required") << "state=requires,agreement=jail"
                                              << "arrest/local booking/noncitizen ice/warrant jail/jail-model release/now "
                                                 "result/transfer custody/noncitizen";
        QTest::newRow("nothing from ICE") << "ice=nothing"
                                          << "arrest/local booking/noncitizen ice/nothing jail/nothing release/now-nothing";
        QTest::newRow("citizen") << "person=citizen,agreement=task-force"
                                 << "arrest/task-force booking/citizen ice/warrant jail/silent release/now result/transfer "
                                    "custody/citizen";
        QTest::newRow("not yet") << "release=later" << "arrest/local booking/noncitizen ice/warrant jail/silent release/later-with-warrant";
        QTest::newRow("late") << "arrival=late"
                              << "arrest/local booking/noncitizen ice/warrant jail/silent release/now result/time-up";
        QTest::newRow("judge") << "ice=judge,state=limits"
                               << "arrest/local booking/noncitizen ice/judge jail/judge release/now-judge result/judge";
    }

    void contrastingStories()
    {
        QFETCH(QString, setting);
        QFETCH(QString, story);
        QCOMPARE(idsOf(*e, whatif::resolve(*e, scenario(*e, setting))), story);
    }

    void aChangeNamesTheKnobThatMadeIt()
    {
        const Scenario before = whatif::typical(*e);
        const Scenario after = scenario(*e, QStringLiteral("agreement=jail"));
        const int agreement = e->knobIndex(QStringLiteral("agreement"));
        auto stage = [&](const char *id) {
            for (int i = 0; i < e->stages.size(); ++i)
                if (e->stages.at(i).id == QLatin1String(id))
                    return i;
            return -1;
        };
        QVERIFY(!whatif::change(*e, stage("arrest"), before, after).changed);
        QVERIFY(!whatif::change(*e, stage("custody"), before, after).changed);
        const whatif::StageChange jail = whatif::change(*e, stage("jail"), before, after);
        QVERIFY(jail.changed);
        QCOMPARE(jail.because, QList<int> { agreement });

        // A stage that disappears is explained by the stage where the new story now ends.
        const Scenario limits = scenario(*e, QStringLiteral("state=limits,person=citizen"));
        const whatif::StageChange custody = whatif::change(*e, stage("custody"), before, limits);
        QVERIFY(custody.changed);
        QCOMPARE(custody.because, QList<int> { e->knobIndex(QStringLiteral("state")) });
        // The booking stage changed because of who the person is, not because of the state.
        QCOMPARE(whatif::change(*e, stage("booking"), before, limits).because,
                 QList<int> { e->knobIndex(QStringLiteral("person")) });
        // Two knobs changed, one decides: with nothing from ICE, the state's law does not matter
        // at the jail, though the jail's rules name it.
        const Scenario nothing = scenario(*e, QStringLiteral("state=requires,ice=nothing"));
        QCOMPARE(whatif::change(*e, stage("jail"), before, nothing).because, QList<int> { e->knobIndex(QStringLiteral("ice")) });
    }

    void addressesNameAScenario()
    {
        const Scenario s = scenario(*e, QStringLiteral("agreement=jail,state=requires"));
        QCOMPARE(whatif::toText(*e, s), QStringLiteral("state=requires,agreement=jail"));
        QCOMPARE(whatif::toText(*e, whatif::typical(*e)), QString());
        QCOMPARE(*whatif::fromText(*e, whatif::toText(*e, s), nullptr), s);

        PageAddress address;
        QString error;
        QVERIFY(PageAddress::resolve(QStringLiteral("whatif/state=mass"), result.content, &address, &error));
        QCOMPARE(address.kind, PageAddress::Kind::WhatIf);
        QCOMPARE(address.sub, QStringLiteral("state=mass"));
        QCOMPARE(address.toString(), QStringLiteral("whatif/state=mass"));
        // One way to write each story: knob order, and no knob at its start value.
        QVERIFY(PageAddress::resolve(QStringLiteral("whatif/agreement=jail,state=requires"), result.content, &address, &error));
        QCOMPARE(address.toString(), QStringLiteral("whatif/state=requires,agreement=jail"));
        QVERIFY(PageAddress::resolve(QStringLiteral("whatif/state=silent"), result.content, &address, &error));
        QCOMPARE(address.toString(), QStringLiteral("whatif"));
        QCOMPARE(page::whatIf(), QStringLiteral("whatif"));
        QVERIFY(result.content.explorer());
        QVERIFY(allPageAddresses(result.content).contains(QStringLiteral("whatif")));
    }

    /** What a reader set (a citizen? not yet released?) is not kept for the next start. */
    void theSettingIsNotStored()
    {
        PageAddress address;
        QString error;
        QVERIFY(PageAddress::resolve(QStringLiteral("whatif/person=citizen,release=later"), result.content, &address, &error));
        QCOMPARE(Navigation::storable(address), QStringLiteral("whatif"));
    }

    void badAddressesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown knob") << "whatif/color=red" << "no what-if knob \"color\"; expected one of: state, agreement";
        QTest::newRow("unknown value") << "whatif/state=ohio" << "knob \"state\" has no value \"ohio\"; expected one of: requires";
        QTest::newRow("twice") << "whatif/state=mass,state=limits" << "knob \"state\" is given twice";
        QTest::newRow("not a pair") << "whatif/state" << "\"state\" is not knob=value";
        QTest::newRow("empty part") << "whatif/state=mass,,ice=nothing" << "\"\" is not knob=value";
        QTest::newRow("too long") << QStringLiteral("whatif/") + QString(2000, QLatin1Char('a')) << "too long";
        QTest::newRow("three parts") << "whatif/state=mass/more" << "malformed page";
    }

    void badAddressesAreRefusedWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        PageAddress address;
        QString error;
        QVERIFY(!PageAddress::resolve(text, result.content, &address, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    /** Each outcome of flow/detainer-at-the-jail, reached by answering its questions, is the
     *  explorer's story for the matching knobs, whatever the knobs the flow does not ask. */
    void agreesWithTheDetainerFlow()
    {
        const Flow *flow = result.content.flow(e->flow);
        QVERIFY(flow);
        // Each answer of the flow as a knob setting; "not sure" has no knob: the explorer shows
        // what the papers say, so that one outcome is the flow's alone.
        const QHash<QString, QString> answerToKnob {
            { QStringLiteral("state-law/requires"), QStringLiteral("state=requires") },
            { QStringLiteral("state-law/limits"), QStringLiteral("state=limits") },
            { QStringLiteral("state-law/mass"), QStringLiteral("state=mass") },
            { QStringLiteral("state-law/silent"), QStringLiteral("state=silent") },
            { QStringLiteral("warrant-attached/yes"), QStringLiteral("ice=warrant") },
            { QStringLiteral("warrant-attached/no"), QStringLiteral("ice=detainer") },
            { QStringLiteral("release-due/yes"), QStringLiteral("release=now") },
            { QStringLiteral("release-due/no"), QStringLiteral("release=later") },
            { QStringLiteral("ice-came/yes"), QStringLiteral("arrival=in-time") },
            { QStringLiteral("ice-came/no"), QStringLiteral("arrival=late") },
        };
        // What the flow does not ask ranges over what a jail that got a detainer can see.
        const QHash<QString, QStringList> unasked {
            { QStringLiteral("ice"), { QStringLiteral("detainer"), QStringLiteral("warrant") } },
            { QStringLiteral("release"), { QStringLiteral("now"), QStringLiteral("later") } },
            { QStringLiteral("arrival"), { QStringLiteral("in-time"), QStringLiteral("late") } },
        };

        struct Path
        {
            QStringList answers;
            QString outcome;
        };
        QList<Path> paths;
        std::function<void(const QString &, QStringList)> walk = [&](const QString &nodeId, QStringList answers) {
            const FlowNode *node = flow->node(nodeId);
            QVERIFY(node);
            if (node->kind == FlowNode::Kind::Outcome) {
                paths.append({ answers, node->id });
                return;
            }
            for (const FlowEdge &edge : node->edges) {
                QStringList next = answers;
                if (!edge.id.isEmpty())
                    next.append(node->id + QLatin1Char('/') + edge.id);
                walk(edge.target, next);
            }
        };
        walk(flow->start, {});

        QSet<QString> unmapped, checked;
        for (const Path &path : std::as_const(paths)) {
            QHash<QString, QString> fixed { { QStringLiteral("agreement"), QStringLiteral("none") },
                                            { QStringLiteral("person"), QStringLiteral("noncitizen") } };
            bool mappable = true;
            for (const QString &answer : path.answers) {
                if (!answerToKnob.contains(answer)) {
                    mappable = false;
                    break;
                }
                const QStringList pair = answerToKnob.value(answer).split(QLatin1Char('='));
                fixed.insert(pair.at(0), pair.at(1));
            }
            if (!mappable) {
                unmapped.insert(path.outcome);
                continue;
            }
            QList<QHash<QString, QString>> settings { fixed };
            for (auto it = unasked.cbegin(); it != unasked.cend(); ++it) {
                if (fixed.contains(it.key()))
                    continue;
                QList<QHash<QString, QString>> wider;
                for (const auto &s : std::as_const(settings)) {
                    for (const QString &value : it.value()) {
                        QHash<QString, QString> one = s;
                        one.insert(it.key(), value);
                        wider.append(one);
                    }
                }
                settings = wider;
            }
            const FlowNode *outcome = flow->node(path.outcome);
            for (const auto &setting : std::as_const(settings)) {
                QStringList parts;
                for (auto it = setting.cbegin(); it != setting.cend(); ++it)
                    parts.append(it.key() + QLatin1Char('=') + it.value());
                const Scenario s = scenario(*e, parts.join(QLatin1Char(',')));
                const QList<whatif::ShownStage> story = whatif::resolve(*e, s);
                bool said = false;
                QSet<QString> cited;
                for (const whatif::ShownStage &shown : story) {
                    QVERIFY(shown.variant >= 0);
                    const WhatIfVariant &v = e->stages.at(shown.stage).variants.at(shown.variant);
                    said = said || v.sameAs == path.outcome;
                    for (const QString &source : v.sources)
                        cited.insert(source);
                }
                const QString where = path.answers.join(QLatin1Char(' ')) + QStringLiteral(" → ") + path.outcome
                        + QStringLiteral(" vs ") + idsOf(*e, story);
                QVERIFY2(said, qPrintable(where));
                for (const QString &source : outcome->sources)
                    QVERIFY2(cited.contains(source), qPrintable(where + QStringLiteral(": does not cite ") + source));
            }
            checked.insert(path.outcome);
        }
        QCOMPARE(unmapped, QSet<QString> { QStringLiteral("o-warrant-unsure") });
        QCOMPARE(checked.size(), 6);
    }

    void aBrokenStoryIsRefused()
    {
        QVERIFY2(whatif::check(smallStory()).isEmpty(), qPrintable(messages(whatif::check(smallStory()))));

        Explorer forbidden = smallStory();
        std::swap(forbidden.stages[0].variants[0], forbidden.stages[0].variants[1]);
        QString found = messages(whatif::check(forbidden));
        QVERIFY2(found.contains(QStringLiteral("$.s0.v1.effect: shows \"hold\" for state=closed")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("no combination of knobs shows variant \"closed\"")), qPrintable(found));

        Explorer gap = smallStory();
        gap.stages[0].variants.removeLast();
        found = messages(whatif::check(gap));
        QVERIFY2(found.contains(QStringLiteral("no variant of stage \"jail\" applies for the typical settings")), qPrintable(found));

        Explorer endless = smallStory();
        endless.stages[0].variants[1].ends = false;
        found = messages(whatif::check(endless));
        QVERIFY2(found.contains(QStringLiteral("the story for the typical settings runs past the last stage")), qPrintable(found));

        Explorer unknown = smallStory();
        unknown.stages[0].variants[0].when.insert(QStringLiteral("county"), { QStringLiteral("x") });
        unknown.knobs[0].typical = QStringLiteral("ajar");
        unknown.stages[0].whatIf = QStringLiteral("weather");
        found = messages(whatif::check(unknown));
        QVERIFY2(found.contains(QStringLiteral("$.s0.v0.when.county: no knob \"county\"")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("$.k0.typical: \"ajar\" is not one of this knob's values")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("$.s0.whatIf: no knob \"weather\"")), qPrintable(found));
    }

    void tooManyCombinationsAreRefusedBeforeAnyIsTried()
    {
        Explorer big = smallStory();
        WhatIfKnob wide = big.knobs.first();
        wide.values.clear();
        for (int i = 0; i < whatif::maxValues; ++i)
            wide.values.append({ QStringLiteral("v%1").arg(i), {}, {}, {} });
        wide.typical = QStringLiteral("v0");
        for (int i = 0; i < 4; ++i) {
            wide.id = QStringLiteral("k%1").arg(i);
            big.knobs.append(wide);
        }
        QCOMPARE(whatif::combinationCount(big), 2 * 8 * 8 * 8 * 8);
        QVERIFY(messages(whatif::check(big)).contains(QStringLiteral("combinations; the limit is 4096")));
    }

    void theLoaderNamesFileAndPlace()
    {
        const QByteArray bytes = R"({"explorers": [{"id": "x", "title": "T", "summary": "S", "topic": "partnerships",
            "knobs": [{"id": "k", "label": "L", "question": "Q", "explain": "E", "sources": ["cfr-287-7"],
                       "typical": "a", "values": [{"id": "a", "label": "A", "colour": "red"}]}],
            "stages": [{"id": "s", "label": "S", "variants": [{"id": "v", "title": "T", "text": "T", "rule": "R",
                        "effect": "vanish", "ends": true, "when": {"k": ["a", "a"]}}]}]}]})";
        ContentSet set;
        ContentErrors errors;
        ContentLoader::loadFile(QStringLiteral("story.json"), bytes, set, errors);
        QStringList lines;
        for (const ContentError &error : std::as_const(errors))
            lines.append(error.toString());
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("story.json")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("$.explorers[0].knobs[0].values[0].colour")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("$.explorers[0].stages[0].variants[0].sources")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("\"vanish\" is not one of")), qPrintable(all));
        // A value named twice in `when` is refused: every combination is tried against these lists.
        QVERIFY2(all.contains(QStringLiteral("$.explorers[0].stages[0].variants[0].when.k: a knob has at most 8 values, each named once")),
                 qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
