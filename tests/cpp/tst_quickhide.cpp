// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "pack.h"
#include "packinstaller.h"
#include "quickhide.h"
#include "readaloud.h"
#include "speechtext.h"

#include <QFile>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QPointer>
#include <QTest>

using namespace ktl;

/**
 * Quick hide in the real window: Esc twice and the Hide button, from every kind of page, the
 * first-run choice, the pack dialog and presenter mode. Afterwards the window shows only the
 * neutral page under a neutral title, and nothing of the session is left: not the way back, not
 * the pages visited, not the page (its answers and search text went with it), not a word of it
 * in the settings file. Coming back gives a fresh Home page.
 */
class TestQuickHide : public QObject
{
    Q_OBJECT

    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    /** By object name, through the visual tree (a Loader's page is not its QObject child). */
    static QQuickItem *findIn(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name)
            return item;
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            if (QQuickItem *found = findIn(child, name))
                return found;
        return nullptr;
    }
    QQuickItem *find(const QString &name) const { return findIn(window->contentItem(), name); }

    static bool shown(const QQuickItem *item)
    {
        for (const QQuickItem *i = item; i; i = i->parentItem())
            if (!i->isVisible() || i->opacity() <= 0)
                return false;
        return true;
    }

    /** Every visible text of the window, for "nothing of the app is left on screen". */
    static QStringList visibleTexts(const QQuickItem *item)
    {
        QStringList texts;
        if (shown(item) && item->inherits("QQuickText"))
            texts.append(item->property("text").toString());
        const QList<QQuickItem *> children = item->childItems();
        for (const QQuickItem *child : children)
            texts += visibleTexts(child);
        return texts;
    }

    /** A press of Esc stamped 100 ms after the last one, as X would stamp it, however long
     *  the last took to handle (a heavy page under the sanitizers takes over 500 ms). */
    ulong clock = 1000000;
    void pressEscape(QWindow *target)
    {
        clock += 100;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        press.setTimestamp(clock);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Escape, Qt::NoModifier);
        release.setTimestamp(clock + 10);
        QCoreApplication::sendEvent(target, &release);
    }
    void pressEscapeTwice(QWindow *target)
    {
        pressEscape(target);
        pressEscape(target);
        clock += 1000; // the next pair is not taken for the second half of this one
    }

    void click(QQuickItem *item)
    {
        QVERIFY(item);
        QVERIFY(shown(item));
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(item->window(), Qt::LeftButton, {}, centre.toPoint());
    }

    static QString settingsFileText()
    {
        QFile file(AppSettings::instance()->fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /** What must hold once hidden, whatever was on screen before. */
    void verifyHidden(const QString &shownAddress)
    {
        QVERIFY(QuickHide::instance()->hidden());
        QCOMPARE(window->title(), QStringLiteral("Notes"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Notes"));
        QTRY_VERIFY(find(QStringLiteral("neutralPage")) && shown(find(QStringLiteral("neutralPage"))));
        const QStringList texts = visibleTexts(window->contentItem());
        QCOMPARE(texts, (QStringList { QStringLiteral("Notes"), QStringLiteral("No notes yet."), QStringLiteral("Return") }));
        // The session is gone once the neutral page's first frame is out: nothing to go back
        // to, nothing visited, the page destroyed.
        QTRY_VERIFY(QuickHide::instance()->released());
        QVERIFY(!Navigation::instance()->canGoBack());
        QVERIFY(Navigation::instance()->visited().isEmpty());
        QCOMPARE(Navigation::instance()->address(), QStringLiteral("home"));
        for (const char *page : { "flowPage", "glossaryPage", "searchPage", "settingsPage", "helpPage",
                                  "localPage", "homePage", "languageChoice", "packDialogHeading" })
            QTRY_VERIFY2(!find(QString::fromLatin1(page)), page);
        QCOMPARE(AppSettings::instance()->lastPage(), QStringLiteral("home"));
        QVERIFY(AppSettings::instance()->resumePage().isEmpty());
        QVERIFY(!PackInstaller::instance()->showing());
        QVERIFY(!ReadAloud::instance()->reading());
        if (shownAddress != QLatin1String("home"))
            QVERIFY2(!settingsFileText().contains(shownAddress.section(QLatin1Char('/'), 0, 1)),
                     qPrintable(settingsFileText()));
    }

    void verifyFreshHome()
    {
        QVERIFY(!QuickHide::instance()->hidden());
        QCOMPARE(window->title(), QStringLiteral("Know the Limits"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Know the Limits"));
        QTRY_VERIFY(find(QStringLiteral("homePage")));
        QVERIFY(!find(QStringLiteral("neutralPage")));
        QVERIFY(!find(QStringLiteral("continueCard")) || !shown(find(QStringLiteral("continueCard"))));
        QVERIFY(!Navigation::instance()->canGoBack());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Know the Limits"));
        QuickHide::instance()->watchEscape(QCoreApplication::instance());
        AppSettings::instance()->setLanguage(QStringLiteral("en")); // past the first-run choice
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
    }

    void fromEveryPage_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("byButton");
        const ContentSet &content = ContentStore::instance()->content();
        const QStringList pages { QStringLiteral("home"), QStringLiteral("topic/") + content.topics.constFirst().id,
                                  QStringLiteral("walkthrough/%1/%2").arg(content.walkthroughs.constFirst().id,
                                                                          content.walkthroughs.constFirst().steps.at(1).id),
                                  QStringLiteral("flow/") + content.flows.constFirst().id,
                                  QStringLiteral("whatif/release=later"), QStringLiteral("glossary/detainer"),
                                  QStringLiteral("sources"), QStringLiteral("timeline"), QStringLiteral("help"),
                                  QStringLiteral("local"), QStringLiteral("search"), QStringLiteral("settings") };
        for (const QString &page : pages) {
            QTest::addRow("%s, Esc twice", qPrintable(page)) << page << false;
            QTest::addRow("%s, Hide", qPrintable(page)) << page << true;
        }
    }

    void fromEveryPage()
    {
        QFETCH(QString, address);
        QFETCH(bool, byButton);
        Navigation::instance()->go(QStringLiteral("glossary")); // something to go back to
        QVERIFY(Navigation::instance()->go(address));
        QTRY_VERIFY(!find(QStringLiteral("neutralPage")));
        if (address == QLatin1String("search")) { // typed words must go with the page
            QQuickItem *field = find(QStringLiteral("searchField"));
            QVERIFY(field);
            field->forceActiveFocus();
            for (char c : QByteArrayLiteral("detainer"))
                QTest::keyClick(window, c);
            QTRY_COMPARE(field->property("text").toString(), QStringLiteral("detainer"));
        }
        if (address.startsWith(QLatin1String("flow/"))) { // an answer given
            QQuickItem *flow = find(QStringLiteral("flowPage"));
            QVERIFY(flow);
            const ContentSet &content = ContentStore::instance()->content();
            const FlowNode *start = content.flows.constFirst().node(content.flows.constFirst().start);
            QVERIFY(start && !start->edges.isEmpty() && !start->edges.constFirst().id.isEmpty());
            QQuickItem *answer = find(QStringLiteral("answer-") + start->edges.constFirst().id);
            QVERIFY(answer); // (it may be below the fold at 1024×600: clicked as a key would)
            QVERIFY(QMetaObject::invokeMethod(answer, "clicked"));
            QTRY_VERIFY(!Navigation::instance()->subId().isEmpty());
        }
        if (byButton)
            click(find(QStringLiteral("hideButton")));
        else
            pressEscapeTwice(window);
        verifyHidden(address);

        // Back: a fresh Home page, by the same way or by Return.
        if (byButton)
            click(find(QStringLiteral("returnButton")));
        else
            pressEscapeTwice(window);
        verifyFreshHome();
    }

    /** What people see changes in one frame: the page is hidden at once and destroyed only after
     *  the neutral page's first frame, with the way back and the last page forgotten then. */
    void theNeutralFrameComesBeforeThePageGoes()
    {
        Navigation::instance()->go(QStringLiteral("glossary"));
        QVERIFY(Navigation::instance()->go(QStringLiteral("whatif")));
        QTRY_VERIFY(find(QStringLiteral("whatIfPage")));
        QPointer<QQuickItem> page = find(QStringLiteral("whatIfPage"));
        QSignalSpy frames(window, &QQuickWindow::frameSwapped);
        QuickHide::instance()->hide();
        QVERIFY(QuickHide::instance()->hidden());
        QVERIFY(!QuickHide::instance()->released());
        QVERIFY(page && !shown(page)); // hidden from sight and from screen readers at once
        QVERIFY(find(QStringLiteral("neutralPage")));
        QTRY_VERIFY(QuickHide::instance()->released());
        QVERIFY(frames.count() >= 1); // released after a frame of the neutral page
        QTRY_VERIFY(!page);
        verifyHidden(QStringLiteral("whatif"));
        QuickHide::instance()->reveal();
        verifyFreshHome();
    }

    void escapeOnceOrSlowlyDoesNotHide()
    {
        Navigation::instance()->go(QStringLiteral("glossary"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTest::qWait(QuickHide::doublePressMs + 100);
        QTest::keyClick(window, Qt::Key_Escape);
        QVERIFY(!QuickHide::instance()->hidden());
        QTRY_VERIFY(find(QStringLiteral("glossaryPage")));
        QTest::qWait(QuickHide::doublePressMs + 100);
    }

    void fromTheFirstRunChoice()
    {
        AppSettings::instance()->forgetAll();
        QVERIFY(AppSettings::instance()->needsLanguageChoice());
        QTRY_VERIFY(find(QStringLiteral("languageChoice")));
        pressEscapeTwice(window);
        verifyHidden(QStringLiteral("home"));
        pressEscapeTwice(window);
        QVERIFY(!QuickHide::instance()->hidden());
        QTRY_VERIFY(find(QStringLiteral("languageChoice"))); // still to be chosen, from the start
        AppSettings::instance()->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(!find(QStringLiteral("languageChoice")));
    }

    void fromThePackDialog()
    {
        QTemporaryDir dir;
        QFile pack(dir.filePath(QStringLiteral("template.ktlpack")));
        QVERIFY(pack.open(QIODevice::WriteOnly) && pack.write(packTemplate()) > 0);
        pack.close();
        PackInstaller::instance()->openPath(pack.fileName());
        QVERIFY(PackInstaller::instance()->showing());
        QTRY_VERIFY(find(QStringLiteral("packDialogHeading"))); // (in the window's overlay)
        pressEscapeTwice(window); // the first closes the dialog, the second hides
        verifyHidden(QStringLiteral("home"));
        pressEscapeTwice(window);
        verifyFreshHome();
    }

    void stopsReadingAloud()
    {
        AppSettings::instance()->setReadAloud(true);
        ReadAloud::instance()->read(this, speechtext::plain({ QStringLiteral("One. Two. Three. Four.") }));
        QVERIFY(ReadAloud::instance()->reading());
        pressEscapeTwice(window);
        verifyHidden(QStringLiteral("home"));
        pressEscapeTwice(window);
        verifyFreshHome();
        AppSettings::instance()->setReadAloud(false);
    }

    void fromPresenterMode_data()
    {
        QTest::addColumn<bool>("byButton");
        QTest::newRow("Esc twice on the slides") << false;
        QTest::newRow("Hide in the notes") << true;
    }

    void fromPresenterMode()
    {
        QFETCH(bool, byButton);
        const QString address = QStringLiteral("walkthrough/") + ContentStore::instance()->content().walkthroughs.constFirst().id;
        Navigation::instance()->go(address);
        Navigation::instance()->present(address);
        QObject *presentation = nullptr;
        QTRY_VERIFY((presentation = window->property("presentation").value<QObject *>()));
        auto *audience = presentation->property("audience").value<QQuickWindow *>();
        auto *notes = presentation->property("notes").value<QQuickWindow *>();
        QVERIFY(audience && notes);
        QVERIFY(QTest::qWaitForWindowExposed(audience));
        if (byButton)
            click(findIn(notes->contentItem(), QStringLiteral("hideButton")));
        else { // the first ends the presentation; the second reaches the window left in front
            pressEscape(audience);
            pressEscape(window);
            clock += 1000;
        }
        verifyHidden(address);
        // The presentation closed with its slides: only the neutral page is left.
        QTRY_VERIFY(!window->property("presentation").value<QObject *>());
        pressEscapeTwice(window);
        verifyFreshHome();
    }
};

QTEST_MAIN(TestQuickHide)
#include "tst_quickhide.moc"
