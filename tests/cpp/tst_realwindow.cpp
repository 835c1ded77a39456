// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentloader.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "topiclistmodel.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace ktl;

/**
 * The real window, opened as the app opens it, on the built-in content. Start-up reads only what
 * the home page needs before the first frame (ContentStore::preloadBuiltIn), checked once its
 * first frame is out; the rest, read afterwards, must leave the content exactly as one read of
 * the whole folder gives it. Then every page is opened straight from the one before, as a
 * reader goes: any warning on the way fails the test (QT_FATAL_WARNINGS).
 */
class TestRealWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    const ContentLoader::Result whole = ContentLoader::loadDirectory(QString::fromLatin1(ContentStore::builtInDirectory));

    static QQuickItem *findIn(QQuickItem *item, const QString &name)
    {
        if (!item || item->objectName() == name)
            return item;
        for (QQuickItem *child : item->childItems()) {
            if (QQuickItem *found = findIn(child, name))
                return found;
        }
        return nullptr;
    }

    template<typename T>
    static QStringList ids(const QList<T> &list)
    {
        QStringList result;
        for (const T &item : list)
            result.append(item.id);
        return result;
    }

    /** The same content, in the same order, as @p b. */
    static void compareContent(const ContentSet &a, const ContentSet &b)
    {
        QCOMPARE(a.meta.version, b.meta.version);
        QCOMPARE(a.meta.reviewedAsOf, b.meta.reviewedAsOf);
        QCOMPARE(ids(a.topics), ids(b.topics));
        QCOMPARE(ids(a.walkthroughs), ids(b.walkthroughs));
        QCOMPARE(ids(a.flows), ids(b.flows));
        QCOMPARE(ids(a.terms), ids(b.terms));
        QCOMPARE(ids(a.sources), ids(b.sources));
        QCOMPARE(a.events.size(), b.events.size());
        QCOMPARE(a.helpPlaces.size(), b.helpPlaces.size());
        QCOMPARE(ids(a.explorers), ids(b.explorers));
        // The indexes are rebuilt over the joined lists.
        for (const Walkthrough &w : b.walkthroughs)
            QVERIFY(a.walkthrough(w.id));
        for (const Term &t : b.terms)
            QCOMPARE(a.term(t.id)->term, t.term);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(whole.ok(), qPrintable(whole.errors.isEmpty() ? QString() : whole.errors.constFirst().toString()));
        AppSettings::instance()->forgetSession(); // a first start: no page to continue from
        AppSettings::instance()->setLanguage(QStringLiteral("en")); // past the first-run choice
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        ContentStore::preloadBuiltIn(); // as main.cpp does, before the engine starts
    }

    void firstPageFilesAndTheRestMakeTheWhole()
    {
        QStringList first, rest;
        for (const QString &file : whole.files)
            (ContentStore::isFirstPageFile(file) ? first : rest).append(file);
        QVERIFY(first.contains(QStringLiteral(":/content/meta.json")));
        QVERIFY(!rest.isEmpty());
        QVERIFY(!ContentStore::isFirstPageFile(QStringLiteral("/elsewhere/content/topics/x.json")));

        ContentLoader::Result joined = ContentLoader::loadFiles(first, ContentLoader::Check::ParseOnly);
        ContentLoader::Result later = ContentLoader::loadFiles(rest, ContentLoader::Check::ParseOnly);
        QVERIFY(joined.ok());
        QVERIFY(later.ok());
        QCOMPARE(joined.content.topics.size(), whole.content.topics.size()); // the home page lists them all
        QVERIFY(joined.content.explorer());                                 // and offers the what-if story
        QVERIFY(joined.content.walkthroughs.isEmpty());
        joined.content.absorb(std::move(later.content));
        joined.content.sortByFiles(whole.files);
        compareContent(joined.content, whole.content);
    }

    /** A returning reader's start reads the walkthrough they left first; joined with the rest,
     *  the lists are still in the folder's order (the topic page's "more walkthroughs" and the
     *  workshop's choices follow it). */
    void aResumedWalkthroughReadFirstKeepsTheOrder()
    {
        const Walkthrough &last = whole.content.walkthroughs.constLast(); // not the first in the folder
        const QStringList first = ContentStore::firstPageFiles(whole.files, QStringLiteral("walkthrough/") + last.id);
        QStringList rest = whole.files;
        for (const QString &file : first)
            rest.removeOne(file);
        ContentLoader::Result joined = ContentLoader::loadFiles(first, ContentLoader::Check::ParseOnly);
        QCOMPARE(joined.content.walkthroughs.size(), 1);
        joined.content.absorb(std::move(ContentLoader::loadFiles(rest, ContentLoader::Check::ParseOnly).content));
        QCOMPARE(joined.content.walkthroughs.constFirst().id, last.id); // read first, so first until sorted
        joined.content.sortByFiles(whole.files);
        compareContent(joined.content, whole.content);
    }

    void theContinueCardsPageIsReadFirstToo()
    {
        const QStringList home = ContentStore::firstPageFiles(whole.files, {});
        // The built-in set keeps each walkthrough and flow in a file named after it, which is
        // how the page a returning reader left is found before the first frame.
        for (const Walkthrough &w : whole.content.walkthroughs) {
            const QStringList first = ContentStore::firstPageFiles(whole.files, QStringLiteral("walkthrough/%1/%2").arg(w.id, w.steps.constLast().id));
            QCOMPARE(first.size(), home.size() + 1);
            QVERIFY(first.contains(w.file));
        }
        for (const Flow &f : whole.content.flows)
            QVERIFY(ContentStore::firstPageFiles(whole.files, QStringLiteral("flow/") + f.id).contains(f.file));
        const Term &term = whole.content.terms.constFirst();
        QVERIFY(ContentStore::firstPageFiles(whole.files, QStringLiteral("glossary/") + term.id).contains(term.file));
        // Anything else, or a settings file's mischief, adds nothing.
        for (const char *page : { "glossary", "walkthrough/../meta", "walkthrough/", "flow/nope", "sources" })
            QCOMPARE(ContentStore::firstPageFiles(whole.files, QString::fromLatin1(page)), home);
    }

    void homePageReadsOnlyItsFiles()
    {
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        LanguageManager::instance()->setEngine(engine.get());
        engine->setInitialProperties({ { QStringLiteral("width"), 1024 }, { QStringLiteral("height"), 600 } });
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/KnowTheLimits/Main.qml")));
        QVERIFY(!engine->rootObjects().isEmpty());
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        QVERIFY(window);
        QSignalSpy frames(window, &QQuickWindow::frameSwapped);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(frames.wait(5000) || !frames.isEmpty());
        QTest::qWait(50); // what the page does "later" (Qt.callLater) has run too

        ContentStore *store = ContentStore::instance();
        const QStringList read = store->builtInFilesRead();
        QVERIFY(!read.isEmpty());
        for (const QString &file : read)
            QVERIFY2(ContentStore::isFirstPageFile(file), qPrintable(file + QStringLiteral(" was read for the home page")));
        QVERIFY(read.size() < whole.files.size());

        // And the home page shows what it is meant to from that part alone.
        QQuickItem *home = findIn(window->contentItem(), QStringLiteral("homePage"));
        QVERIFY(home);
        QCOMPARE(home->property("topicCount").toInt(), int(whole.content.topics.size()));
        QQuickItem *whatIf = findIn(window->contentItem(), QStringLiteral("whatIfCard"));
        QVERIFY(whatIf);
        QVERIFY(whatIf->isVisible());
        QCOMPARE(store->builtInFilesRead(), read);
    }

    void restReadAfterTheFirstFrameGivesTheWhole()
    {
        ContentStore *store = ContentStore::instance();
        store->readRestInBackground(); // as main.cpp does once the first frame is out
        const ContentSet &content = store->content();
        QStringList read = store->builtInFilesRead();
        read.sort();
        QStringList all = whole.files;
        all.sort();
        QCOMPARE(read, all);
        compareContent(content, whole.content);
        compareContent(store->builtIn(), whole.content);
        QCOMPARE(store->problemCount(), 0);
    }

    void everyPageStraightFromTheOneBefore()
    {
        const ContentSet &content = ContentStore::instance()->content();
        QStringList pages { QStringLiteral("whatif"), QStringLiteral("glossary"), QStringLiteral("sources"),
                            QStringLiteral("timeline"), QStringLiteral("help"), QStringLiteral("local"),
                            QStringLiteral("search"), QStringLiteral("settings"), QStringLiteral("workshop") };
        // Each topic, walkthrough step and flow after one of its own kind: a page whose model
        // changes under it, not one made afresh.
        for (const Topic &t : content.topics)
            pages.append(QStringLiteral("topic/") + t.id);
        for (const Walkthrough &w : content.walkthroughs)
            for (const Step &s : w.steps)
                pages.append(QStringLiteral("walkthrough/%1/%2").arg(w.id, s.id));
        for (const Flow &f : content.flows)
            for (const FlowNode &n : f.nodes.mid(0, 3))
                pages.append(QStringLiteral("flow/%1/%2").arg(f.id, n.id));
        pages.append(QStringLiteral("home"));
        for (const QString &page : std::as_const(pages)) {
            QVERIFY2(Navigation::instance()->go(page), qPrintable(page));
            QSignalSpy frame(window, &QQuickWindow::frameSwapped);
            window->update();
            QVERIFY2(frame.wait(5000), qPrintable(page + QStringLiteral(": no frame")));
            QCOMPARE(Navigation::instance()->address(), page);
        }
    }

    void cleanupTestCase()
    {
        engine.reset();
    }
};

QTEST_MAIN(TestRealWindow)
#include "tst_realwindow.moc"
