// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "pageaddress.h"
#include "whatif.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace ktl;

/**
 * The what-if page as its readers get it: every combination of knobs, in English and Spanish,
 * on a 1024×600 laptop and a 1920×1080 projector, in the real window. Each story shows all
 * its stages, in order, with nothing cut short, nothing past the window's edge and no two rows
 * of a column on top of each other; comparing two stories and the presenter's knobs are checked
 * the same way. Any QML warning fails the run (QT_FATAL_WARNINGS in the test environment).
 */
class TestWhatIfPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    static bool shown(const QQuickItem *item)
    {
        for (const QQuickItem *i = item; i; i = i->parentItem()) {
            if (!i->isVisible() || i->opacity() <= 0)
                return false;
        }
        return true;
    }

    /** Text cut short or wider than its box, controls past the edge, and rows of a column
     *  layout that overlap (a layout that missed a wrapped row's new height). */
    static void check(const QQuickItem *item, const QQuickWindow *in, const QString &page, QStringList &problems)
    {
        if (!shown(item) || problems.size() > 10)
            return;
        const QList<QQuickItem *> children = item->childItems();
        for (const QQuickItem *child : children)
            check(child, in, page, problems);
        const bool isText = item->inherits("QQuickText");
        const QString what = isText ? QStringLiteral("\"%1\"").arg(item->property("text").toString().left(50))
                                    : QString::fromLatin1(item->metaObject()->className()) + QLatin1Char(' ') + item->objectName();
        if (isText && item->property("elide").toInt() == 0) {
            if (item->property("wrapMode").toInt() == 0 && item->property("contentWidth").toReal() > item->width() + 1)
                problems.append(QStringLiteral("%1: %2 is wider than its box").arg(page, what));
            if (item->property("truncated").toBool())
                problems.append(QStringLiteral("%1: %2 is cut short").arg(page, what));
            // Wrapped text taller than the box its layout gave it runs over what comes next.
            if (item->property("wrapMode").toInt() != 0 && item->property("contentHeight").toReal() > item->height() + 1)
                problems.append(QStringLiteral("%1: %2 is %3 px taller than its box").arg(page, what)
                                        .arg(item->property("contentHeight").toReal() - item->height()));
        }
        const QRectF inScene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        // Text that runs out of the bottom of its button (a button that kept a shorter height).
        if (isText) {
            for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
                if (!up->inherits("QQuickControl"))
                    continue;
                const QRectF box = up->mapRectToScene(QRectF(0, 0, up->width(), up->height()));
                if (inScene.bottom() > box.bottom() + 1)
                    problems.append(QStringLiteral("%1: %2 runs %3 px out of the bottom of its %4")
                                            .arg(page, what).arg(inScene.bottom() - box.bottom())
                                            .arg(QString::fromLatin1(up->metaObject()->className())));
                break;
            }
        }
        if (inScene.right() > in->width() + 1 && (isText || item->inherits("QQuickControl")))
            problems.append(QStringLiteral("%1: %2 runs past the window's right edge").arg(page, what));
        if (QByteArray(item->metaObject()->className()).contains("ColumnLayout")) {
            const QQuickItem *above = nullptr;
            for (const QQuickItem *child : children) {
                if (!child->isVisible() || child->height() <= 0)
                    continue;
                if (above && child->y() + 0.5 < above->y() + above->height())
                    problems.append(QStringLiteral("%1: in a column, %2 overlaps the row above it by %3 px")
                                            .arg(page, QString::fromLatin1(child->metaObject()->className()) + QLatin1Char(' ') + child->objectName())
                                            .arg(above->y() + above->height() - child->y()));
                above = child;
            }
        }
    }

    template<typename Pred>
    static QList<QQuickItem *> find(QQuickItem *root, Pred pred)
    {
        QList<QQuickItem *> found;
        const QList<QQuickItem *> children = root->childItems();
        for (QQuickItem *child : children) {
            if (pred(child))
                found.append(child);
            found.append(find(child, pred));
        }
        return found;
    }

    static QStringList stageNames(QQuickItem *root, const char *column)
    {
        const QList<QQuickItem *> columns = find(root, [&](QQuickItem *i) { return i->objectName() == QLatin1String(column); });
        if (columns.size() != 1)
            return { QStringLiteral("%1 columns named %2").arg(columns.size()).arg(QLatin1String(column)) };
        QList<QQuickItem *> cards = find(columns.first(), [](QQuickItem *i) {
            return i->objectName().startsWith(QLatin1String("stage-")) && i->isVisible();
        });
        std::sort(cards.begin(), cards.end(), [](QQuickItem *a, QQuickItem *b) { return a->y() < b->y(); });
        QStringList names;
        for (QQuickItem *card : std::as_const(cards))
            names.append(card->objectName().mid(6));
        return names;
    }

    static QStringList storyStages(const Explorer &e, const Scenario &s)
    {
        QStringList ids;
        for (const whatif::ShownStage &shown : whatif::resolve(e, s))
            ids.append(e.stages.at(shown.stage).id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppSettings::instance()->setLanguage(QStringLiteral("en"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        LanguageManager::instance()->setEngine(engine.get());
        engine->setInitialProperties({ { QStringLiteral("width"), 1024 }, { QStringLiteral("height"), 600 } });
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/KnowTheLimits/Main.qml")));
        QVERIFY(!engine->rootObjects().isEmpty());
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(ContentStore::instance()->content().explorer());
    }

    void cleanupTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        engine.reset();
    }

    void everyCombinationRenders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : { "en", "es" }) {
            QTest::addRow("%s 1024x600", language) << QString::fromLatin1(language) << QSize(1024, 600);
            QTest::addRow("%s 1920x1080", language) << QString::fromLatin1(language) << QSize(1920, 1080);
        }
    }

    void everyCombinationRenders()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        LanguageManager::instance()->setLanguage(language);
        window->resize(size);
        const Explorer &e = *ContentStore::instance()->content().explorer();
        QStringList problems;
        int rendered = 0, seen = 0;
        // Every story unless told otherwise (scripts/test-sanitizers.sh takes every 16th).
        const int stride = std::max(1, qEnvironmentVariableIntValue("KTL_WHATIF_STRIDE"));
        whatif::forEachScenario(e, [&](const Scenario &s) {
            if (problems.size() > 10 || seen++ % stride != 0)
                return;
            const QString address = page::whatIf(whatif::toText(e, s));
            QVERIFY2(Navigation::instance()->go(address), qPrintable(address));
            window->grabWindow(); // polished, laid out and drawn, as on screen
            ++rendered;
            const QStringList expected = storyStages(e, s);
            const QStringList onScreen = stageNames(window->contentItem(), "liveStory");
            if (onScreen != expected)
                problems.append(QStringLiteral("%1: shows %2, not %3").arg(address, onScreen.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
            check(window->contentItem(), window, address, problems);
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(rendered, (512 + stride - 1) / stride);
    }

    /** Two stories side by side, and the knob panel, at both sizes and 200 % text. */
    void comparingAndAllTheKnobsFit_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::newRow("1024x600") << QSize(1024, 600) << 1.0;
        QTest::newRow("1024x600, 200 % text") << QSize(1024, 600) << 2.0;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 1.0;
    }

    void comparingAndAllTheKnobsFit()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        AppSettings::instance()->setTextScale(textScale);
        window->resize(size);
        QVERIFY(Navigation::instance()->go(QStringLiteral("whatif")));
        window->grabWindow();
        QObject *model = window->findChild<QObject *>(QStringLiteral("whatIfModel"));
        QVERIFY(model);
        QMetaObject::invokeMethod(model, "startComparing");
        QVERIFY(QMetaObject::invokeMethod(model, "choose", Q_ARG(QString, QStringLiteral("state")), Q_ARG(QString, QStringLiteral("limits"))));
        QQuickItem *page = window->findChild<QQuickItem *>(QStringLiteral("whatIfPage"));
        QVERIFY(page);
        page->setProperty("showKnobs", true);
        window->grabWindow();
        QCOMPARE(find(window->contentItem(), [](QQuickItem *i) { return i->objectName() == QLatin1String("knobPanel"); }).size(), 1);
        QTest::qWait(50); // the header folds "later" (Qt.callLater), after the pass that measured it
        const QImage shot = window->grabWindow();
        // For a person to look at: set KTL_WHATIF_SHOTS to a folder.
        if (const QString shots = qEnvironmentVariable("KTL_WHATIF_SHOTS"); !shots.isEmpty())
            shot.save(QStringLiteral("%1/comparing-%2x%3-%4.png").arg(shots).arg(size.width()).arg(size.height()).arg(int(textScale * 100)));
        QStringList problems;
        check(window->contentItem(), window, QStringLiteral("comparing"), problems);
        AppSettings::instance()->setTextScale(1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const Explorer &e = *ContentStore::instance()->content().explorer();
        QCOMPARE(stageNames(window->contentItem(), "comparedStory"), storyStages(e, whatif::typical(e)));
        QString error;
        QCOMPARE(stageNames(window->contentItem(), "liveStory"), storyStages(e, *whatif::fromText(e, QStringLiteral("state=limits"), &error)));
        QCOMPARE(Navigation::instance()->address(), QStringLiteral("whatif/state=limits"));
    }

    /** A window made narrower (a laptop's window un-maximised) lays the story out again. */
    void narrowingTheWindowLaysItOutAgain()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        AppSettings::instance()->setTextScale(2);
        window->resize(QSize(1920, 1080));
        QVERIFY(Navigation::instance()->go(QStringLiteral("whatif/state=mass,agreement=task-force")));
        window->grabWindow();
        window->resize(QSize(1024, 600));
        window->grabWindow();
        QTRY_COMPARE(window->property("header").value<QQuickItem *>()->width(), 1024.0);
        QTest::qWait(50); // the header folds "later" (Qt.callLater), after the pass that measured it
        window->grabWindow();
        QStringList problems;
        check(window->contentItem(), window, QStringLiteral("narrowed"), problems);
        AppSettings::instance()->setTextScale(1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /** Presenting the story: the room sees the stage, the notes window holds every knob, and
     *  turning one there changes the slides. */
    void presentingTheStory()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        AppSettings::instance()->setTextScale(1);
        window->resize(QSize(1280, 720));
        QVERIFY(Navigation::instance()->go(QStringLiteral("whatif")));
        Navigation::instance()->present(QStringLiteral("whatif/state=requires"));
        QObject *presentation = window->property("presentation").value<QObject *>();
        QVERIFY(presentation);
        auto *notes = presentation->property("notes").value<QQuickWindow *>();
        auto *audience = presentation->property("audience").value<QQuickWindow *>();
        QVERIFY(notes && audience);
        QVERIFY(QTest::qWaitForWindowExposed(notes));
        notes->grabWindow();
        QTest::qWait(50);
        const QImage shot = notes->grabWindow();
        // For a person to look at: set KTL_WHATIF_SHOTS to a folder.
        if (const QString shots = qEnvironmentVariable("KTL_WHATIF_SHOTS"); !shots.isEmpty())
            shot.save(shots + QStringLiteral("/presenter-notes.png"));
        QStringList problems;
        check(notes->contentItem(), notes, QStringLiteral("presenter notes"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QObject *model = presentation->property("presentation").value<QObject *>();
        QVERIFY(model);
        QCOMPARE(model->property("count").toInt(), 7);
        // The room asks "what if the state limited it?": the presenter turns the knob in the notes.
        QList<QQuickItem *> knobs = find(notes->contentItem(), [](QQuickItem *i) { return i->objectName() == QLatin1String("presenterKnob-state"); });
        QCOMPARE(knobs.size(), 1);
        QCOMPARE(knobs.first()->property("currentIndex").toInt(), 0); // "requires", from the address
        knobs.first()->setProperty("currentIndex", 1); // as a click in its list does, then activated
        QVERIFY(QMetaObject::invokeMethod(knobs.first(), "activated", Q_ARG(int, 1)));
        QCOMPARE(model->property("count").toInt(), 6);
        QVERIFY(QMetaObject::invokeMethod(model, "last"));
        audience->grabWindow();
        QQuickItem *title = audience->findChild<QQuickItem *>(QStringLiteral("slideTitle"));
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(), QStringLiteral("State law limits what the jail may do"));
        QQuickItem *change = audience->findChild<QQuickItem *>(QStringLiteral("slideChange"));
        QVERIFY(change && change->isVisible());
        QVERIFY2(change->property("text").toString().contains(QStringLiteral("State law on detainers is now")),
                 qPrintable(change->property("text").toString()));
        QVERIFY(QMetaObject::invokeMethod(presentation, "finished"));
        QTRY_VERIFY(!window->property("presentation").value<QObject *>());
    }
};

QTEST_MAIN(TestWhatIfPages)
#include "tst_whatifpages.moc"
