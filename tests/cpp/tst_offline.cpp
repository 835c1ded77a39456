// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "offlinenetwork.h"
#include "pageaddress.h"
#include "testsupport.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(KnowTheLimitsPlugin)

using namespace ktl;

namespace {

/** Every message Qt prints; any warning the test did not expect fails it (the suite's rule
 *  that a warning is a bug, kept here by hand because one warning below is expected). */
QStringList &messages()
{
    static QStringList list;
    return list;
}

void record(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        messages().append(text);
}

/** The fields that name things (ids and references) stay as they are, so every page resolves;
 *  every other string gets a remote image, a web link and a control character appended. */
bool isReference(const QString &key)
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("topic"), QStringLiteral("walkthrough"),
                                    QStringLiteral("flows"), QStringLiteral("related"), QStringLiteral("sources"),
                                    QStringLiteral("seeAlso"), QStringLiteral("start"), QStringLiteral("next"),
                                    QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("illustration"),
                                    QStringLiteral("reviewedAsOf"), QStringLiteral("topics") };
    return keys.contains(key);
}

QJsonValue poison(const QJsonValue &value, const QString &key, const QString &bait)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = poison(it.value(), it.key(), bait);
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = poison(a.at(i), key, bait);
        return a;
    }
    if (value.isString() && !isReference(key))
        return QJsonValue(QString(value.toString() + bait));
    return value;
}

} // namespace

/**
 * The app opens no network connection, whatever the content or the settings file says. A local
 * listener stands in for the outside world; content whose every text field asks for a remote
 * image is loaded *unvalidated* (as if the validator had a hole), every page is shown in the real
 * main window, and the listener must see nothing — the labels show such text as plain text. Then
 * the second wall alone: the engine's network factory refuses a request made on purpose.
 */
class TestOffline : public QObject
{
    Q_OBJECT

    QTcpServer m_listener;
    QTemporaryDir m_dir;
    QString m_bait;

    bool listenerWasReached()
    {
        QCoreApplication::processEvents();
        return m_listener.waitForNewConnection(50) || m_listener.hasPendingConnections();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        QVERIFY(m_dir.isValid());
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(m_listener.serverPort());
        m_bait = QStringLiteral(" <img src=\"%1img\"> <a href=\"%1a\">x</a> [web](%1md) ![i](%1md-img) ")
                         .arg(url);
        // Hostile content, built from the small valid set.
        for (const QFileInfo &file : QDir(test::validContent()).entryInfoList({ QStringLiteral("*.json") })) {
            QFile in(file.filePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QJsonValue poisoned = poison(QJsonDocument::fromJson(in.readAll()).object(), {}, m_bait);
            QFile out(m_dir.filePath(file.fileName()));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(poisoned.toObject()).toJson());
        }
        messages().clear();
        qInstallMessageHandler(record);
    }

    void everyPageShowsHostileTextWithoutAskingTheNetwork()
    {
        // load() with a base other than the built-in set keeps what it read even when the
        // validator objects: exactly the hole this test pretends the validator has.
        ContentStore *store = ContentStore::instance();
        store->load({}, m_dir.path());
        QVERIFY(store->problemCount() > 0); // the validator did object (and the banner shows it)
        const ContentSet &content = store->content();
        QVERIFY(content.topics.first().title.contains(QStringLiteral("<img")));

        QQmlApplicationEngine engine;
        OfflineNetworkFactory::install(&engine);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        LanguageManager::instance()->setEngine(&engine);
        AppSettings::instance()->setLanguageGivenForRun(true); // no first-run question over the pages
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KnowTheLimits/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        const int refusedBefore = OfflineNetworkFactory::refusedCount();
        const QStringList pages = allPageAddresses(content);
        QVERIFY(pages.size() > 10);
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("es") }) {
            LanguageManager::instance()->setLanguage(language);
            for (const QString &page : pages) {
                QVERIFY2(Navigation::instance()->go(page), qPrintable(page));
                QTest::qWait(5);
                window->grabWindow(); // a real frame of the page, with every label laid out
                QVERIFY2(!listenerWasReached(), qPrintable(QStringLiteral("%1 (%2) reached the network").arg(page, language)));
            }
        }
        QCOMPARE(OfflineNetworkFactory::refusedCount(), refusedBefore); // nothing even asked
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(QLatin1Char('\n'))));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void presenterModeShowsHostileTextWithoutAskingTheNetwork()
    {
        const ContentSet &content = ContentStore::instance()->content();
        QVERIFY(content.topics.first().title.contains(QStringLiteral("<img"))); // still the hostile set
        const int refusedBefore = OfflineNetworkFactory::refusedCount();
        QStringList addresses;
        for (const Walkthrough &w : content.walkthroughs)
            addresses.append(QStringLiteral("walkthrough/") + w.id);
        for (const Flow &f : content.flows)
            addresses.append(QStringLiteral("flow/") + f.id);
        AppSettings::instance()->overrideBilingual(true); // both languages on the slides too
        for (const QString &address : std::as_const(addresses)) {
            QQmlApplicationEngine engine;
            OfflineNetworkFactory::install(&engine);
            engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
            engine.setInitialProperties({ { QStringLiteral("address"), address }, { QStringLiteral("windowed"), true },
                                          { QStringLiteral("audienceWidth"), 1024 }, { QStringLiteral("audienceHeight"), 600 } });
            engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KnowTheLimits/presenter/Presentation.qml")));
            QCOMPARE(engine.rootObjects().size(), 1);
            QObject *root = engine.rootObjects().first();
            auto *audience = root->property("audience").value<QQuickWindow *>();
            QVERIFY(audience);
            QVERIFY(QTest::qWaitForWindowExposed(audience));
            for (int slide = 0; slide < 40; ++slide) {
                audience->grabWindow();
                QVERIFY2(!listenerWasReached(), qPrintable(address));
                QTest::keyClick(audience, Qt::Key_PageDown);
            }
        }
        AppSettings::instance()->overrideBilingual(false);
        QCOMPARE(OfflineNetworkFactory::refusedCount(), refusedBefore);
        QVERIFY2(messages().isEmpty(), qPrintable(messages().join(QLatin1Char('\n'))));
    }

    void theEngineRefusesEveryRequest()
    {
        QQmlEngine engine;
        OfflineNetworkFactory::install(&engine);
        QQmlComponent component(&engine);
        const QString url = QStringLiteral("http://127.0.0.1:%1/on-purpose.png").arg(m_listener.serverPort());
        component.setData(QStringLiteral("import QtQuick\nImage { source: \"%1\" }").arg(url).toUtf8(), QUrl());
        const int before = OfflineNetworkFactory::refusedCount();
        std::unique_ptr<QObject> image(component.create());
        QVERIFY2(image, qPrintable(component.errorString()));
        QTRY_COMPARE(image->property("status").toInt(), 3); // Image.Error
        QCOMPARE(OfflineNetworkFactory::refusedCount(), before + 1);
        QCOMPARE(OfflineNetworkFactory::lastRefused(), QUrl(url));
        QVERIFY(!listenerWasReached());
        // The image's own complaint is the one message expected here.
        QCOMPARE(messages().size(), 1);
        QVERIFY2(messages().first().contains(QStringLiteral("opens no network connections")), qPrintable(messages().first()));
        messages().clear();
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }
};

int main(int argc, char *argv[])
{
    // This test keeps the warning rule itself (record() above), so that the one expected
    // warning does not abort it.
    qunsetenv("QT_FATAL_WARNINGS");
    QGuiApplication app(argc, argv);
    TestOffline test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_offline.moc"
