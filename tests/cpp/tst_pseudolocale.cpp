// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "pack.h"
#include "packinstaller.h"
#include "packstore.h"
#include "pageaddress.h"
#include "pseudotranslator.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/**
 * Every kind of page in a pseudo-locale (accented, 40 % longer, PseudoTranslator), in the real
 * window, at a laptop's 1280×720 and a small 1024×600 screen: no line of text is wider than its
 * box, and nothing runs off the window's right edge (a diagram that scrolls sideways aside).
 * The template pack is installed, so its screens are checked too. What a longer language would
 * clip is found here, before a translator finds it.
 */
class TestPseudoLocale : public QObject
{
    Q_OBJECT

    test::PseudoTranslator pseudo;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    /** Visible in fact: itself and every ancestor visible and not transparent. */
    static bool shown(const QQuickItem *item)
    {
        for (const QQuickItem *i = item; i; i = i->parentItem()) {
            if (!i->isVisible() || i->opacity() <= 0)
                return false;
        }
        return true;
    }

    /** Inside something that scrolls sideways (the diagram): running past the window is meant. */
    static bool scrollsSideways(const QQuickItem *item)
    {
        for (const QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
            if (i->inherits("QQuickFlickable") && i->property("contentWidth").toReal() > i->width() + 1)
                return true;
        }
        return false;
    }

    void check(const QQuickItem *item, const QString &page, QStringList &problems, int &texts) const
    {
        const QList<QQuickItem *> children = item->childItems();
        for (const QQuickItem *child : children)
            check(child, page, problems, texts);
        if (!shown(item) || item->width() <= 0 || problems.size() > 20)
            return;
        const bool isText = item->inherits("QQuickText");
        texts += isText ? 1 : 0;
        const QString what = isText ? QStringLiteral("\"%1\"").arg(item->property("text").toString().left(50))
                                    : QString::fromLatin1(item->metaObject()->className()) + QLatin1Char(' ') + item->objectName();
        if (isText && item->property("elide").toInt() == 0) {
            const bool noWrap = item->property("wrapMode").toInt() == 0;
            if (noWrap && item->property("contentWidth").toReal() > item->width() + 1)
                problems.append(QStringLiteral("%1: %2 is %3 px wide in a box of %4")
                                        .arg(page, what).arg(item->property("contentWidth").toReal()).arg(item->width()));
            if (item->property("truncated").toBool())
                problems.append(QStringLiteral("%1: %2 is cut short").arg(page, what));
        }
        const QRectF inScene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (inScene.right() > window->width() + 1 && !scrollsSideways(item) && (isText || item->inherits("QQuickControl")))
            problems.append(QStringLiteral("%1: %2 runs %3 px past the window's right edge")
                                    .arg(page, what).arg(inScene.right() - window->width()));
    }

    /** One page of each kind, and each page of one walkthrough and one flow's outcomes. */
    static QStringList pages()
    {
        const ContentSet &content = ContentStore::instance()->content();
        QStringList result { QStringLiteral("home"), QStringLiteral("glossary"), QStringLiteral("sources"),
                             QStringLiteral("timeline"), QStringLiteral("help"), QStringLiteral("local"),
                             QStringLiteral("search"), QStringLiteral("settings"), QStringLiteral("whatif") };
        for (const Topic &t : content.topics)
            result.append(QStringLiteral("topic/") + t.id);
        for (const Walkthrough &w : content.walkthroughs) {
            for (const Step &s : w.steps)
                result.append(QStringLiteral("walkthrough/%1/%2").arg(w.id, s.id));
        }
        for (const Flow &f : content.flows) {
            for (const FlowNode &n : f.nodes)
                result.append(QStringLiteral("flow/%1/%2").arg(f.id, n.id));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(test::PseudoTranslator::pseudo(QStringLiteral("See [the term](term:detainer), %1.")),
                 QStringLiteral("Šéé [ŧĥé ŧérm](term:detainer), %1. ····")); // 10 letters, 4 more
        // The template pack installed, so its note, its places and its status table are on the pages too.
        QTemporaryDir packDir;
        QFile pack(packDir.filePath(QStringLiteral("template.ktlpack")));
        QVERIFY(pack.open(QIODevice::WriteOnly) && pack.write(packTemplate()) > 0);
        pack.close();
        PackStore().remove(QStringLiteral("example-river-county"));
        QVERIFY(PackStore().install(pack.fileName(), ContentStore::instance()->builtIn()).wouldInstall());
        ContentStore::instance()->reloadPacks();
        QCOMPARE(ContentStore::instance()->packs().size(), 1);
        AppSettings::instance()->setLanguage(QStringLiteral("en")); // past the first-run choice
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::installTranslator(&pseudo);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        LanguageManager::instance()->setEngine(engine.get());
        engine->setInitialProperties({ { QStringLiteral("width"), 1280 }, { QStringLiteral("height"), 720 } });
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/KnowTheLimits/Main.qml")));
        QVERIFY(!engine->rootObjects().isEmpty());
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // QML's Content is the app's store, not an empty one QML made for itself (it did, once,
        // when the store gained a default constructor: every date and problem went blank).
        QCOMPARE(engine->singletonInstance<ContentStore *>(qmlTypeId("KnowTheLimits", 1, 0, "Content")),
                 ContentStore::instance());
        QCOMPARE(engine->singletonInstance<PackInstaller *>(qmlTypeId("KnowTheLimits", 1, 0, "LocalPacks")),
                 PackInstaller::instance());
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&pseudo);
        PackStore().remove(QStringLiteral("example-river-county"));
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::newRow("1280x720") << QSize(1280, 720) << 1.0;
        QTest::newRow("1024x600") << QSize(1024, 600) << 1.0;
        QTest::newRow("1024x600, 200 % text") << QSize(1024, 600) << 2.0;
    }

    void everyPageFits()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        AppSettings::instance()->setTextScale(textScale);
        window->resize(size);
        window->grabWindow();
        QTRY_COMPARE(window->property("header").value<QQuickItem *>()->width(), qreal(size.width()));
        QTest::qWait(50); // the header folds "later" (Qt.callLater), after the pass that measured it
        QStringList problems;
        int texts = 0;
        const QStringList all = pages();
        for (const QString &page : all) {
            QVERIFY2(Navigation::instance()->go(page), qPrintable(page));
            const QImage shot = window->grabWindow(); // polished, laid out and drawn, as on screen
            // For a person to look at: set KTL_PSEUDO_SHOTS to a folder.
            if (const QString shots = qEnvironmentVariable("KTL_PSEUDO_SHOTS"); !shots.isEmpty())
                shot.save(QStringLiteral("%1/%2-%3x%4-%5.png").arg(shots, QString(page).replace(QLatin1Char('/'), QLatin1Char('_')))
                                  .arg(size.width()).arg(size.height()).arg(int(textScale * 100)));
            check(window->contentItem(), page, problems, texts);
            if (problems.size() > 20)
                break;
        }
        AppSettings::instance()->setTextScale(1);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 pages in the pseudo-locale:\n  ")
                                                        .arg(problems.size()).arg(all.size())
                                                + problems.join(QStringLiteral("\n  "))));
        QVERIFY2(texts > 20 * all.size(), qPrintable(QStringLiteral("only %1 texts checked").arg(texts)));
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
