// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sys/stat.h>

/** The real binary, as a person or a script runs it. */
class TestSmoke : public QObject
{
    Q_OBJECT

    QTemporaryDir out;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                   int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KTL_BINARY), args);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill(); // a hang is a failure, reported as exit code -1
            process.waitForFinished();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    /** Standard deviation of grey levels: 0 for a blank image. */
    static double spread(const QImage &image)
    {
        double sum = 0, sumSq = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const double g = qGray(image.pixel(x, y)) / 255.0;
                sum += g;
                sumSq += g * g;
                ++n;
            }
        }
        const double mean = sum / n;
        return std::sqrt(std::max(0.0, sumSq / n - mean * mean));
    }

    QStringList pages()
    {
        const Run list = run({ QStringLiteral("--list-pages") });
        return list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void listsPages()
    {
        const QStringList all = pages();
        QVERIFY(all.contains(QStringLiteral("home")));
        QVERIFY(all.contains(QStringLiteral("glossary")));
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const QString &p) { return p.count(QLatin1Char('/')) == 2 && p.startsWith(QStringLiteral("flow/")); }));
    }

    void screenshotsOfEachKindOfPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("bilingual");
        QStringList seenKinds;
        for (const QString &page : pages()) {
            // One page of each shape: home, topic/x, walkthrough/x, walkthrough/x/step, flow/x, flow/x/node, …
            const QString shape = page.section(QLatin1Char('/'), 0, 0) + QString::number(page.count(QLatin1Char('/')));
            if (seenKinds.contains(shape))
                continue;
            seenKinds.append(shape);
            for (const char *lang : { "en", "es" })
                QTest::newRow(qPrintable(page + QLatin1Char(' ') + QLatin1String(lang))) << page << QString::fromLatin1(lang) << false;
            // Both languages at once: what the pages show only then (each card's other language).
            QTest::newRow(qPrintable(page + QStringLiteral(" es, bilingual"))) << page << QStringLiteral("es") << true;
        }
    }
    void screenshotsOfEachKindOfPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        QFETCH(bool, bilingual);
        const QString file = out.filePath(QString(page).replace(QLatin1Char('/'), QLatin1Char('_')) + language
                                          + (bilingual ? QStringLiteral("-bilingual") : QString()) + QStringLiteral(".png"));
        QStringList arguments { QStringLiteral("--page"), page, QStringLiteral("--lang"), language,
                                QStringLiteral("--size"), QStringLiteral("1024x600"), QStringLiteral("--screenshot"), file };
        if (bilingual)
            arguments.append(QStringLiteral("--bilingual"));
        const Run shot = run(arguments);
        QCOMPARE(shot.err, QString());
        QCOMPARE(shot.exitCode, 0);
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1024, 600));
        QVERIFY2(spread(image) > 0.05, "the screenshot is blank");
    }

    void presenterScreenshots_data()
    {
        QTest::addColumn<QString>("page");
        const QStringList all = pages();
        const auto firstOf = [&](const QString &prefix) {
            const auto it = std::find_if(all.cbegin(), all.cend(), [&](const QString &p) {
                return p.startsWith(prefix) && p.count(QLatin1Char('/')) == 2;
            });
            return it == all.cend() ? QString() : *it;
        };
        QTest::newRow("walkthrough step") << firstOf(QStringLiteral("walkthrough/"));
        QTest::newRow("flow node") << firstOf(QStringLiteral("flow/"));
    }
    void presenterScreenshots()
    {
        QFETCH(QString, page);
        const QString file = out.filePath(QStringLiteral("present.png"));
        const Run shot = run({ QStringLiteral("--present"), QStringLiteral("--page"), page, QStringLiteral("--lang"),
                               QStringLiteral("es"), QStringLiteral("--size"), QStringLiteral("1280x720"),
                               QStringLiteral("--screenshot"), file });
        QCOMPARE(shot.err, QString());
        QCOMPARE(shot.exitCode, 0);
        QCOMPARE(QImage(file).size(), QSize(1280, 720));
        QVERIFY(spread(QImage(file)) > 0.05);
        QVERIFY2(spread(QImage(out.filePath(QStringLiteral("present-notes.png")))) > 0.05, "the notes window is blank");
    }

    void checkContentNamesTheFileAndPlace()
    {
        const QString dir = ktl::test::dataDir(QStringLiteral("invalid/flow-dangling-next"));
        const Run check = run({ QStringLiteral("--check-content"), dir });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(dir + QStringLiteral("/case.json: $.flows[0].nodes[0].answers[1].next: no node of this flow has the id \"nope\"")),
                 qPrintable(check.err));
        const Run good = run({ QStringLiteral("--check-content"), ktl::test::validContent() });
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.err.isEmpty());
    }

    void brokenContentDirectoryFallsBackToBuiltIn()
    {
        const QString dir = ktl::test::dataDir(QStringLiteral("invalid/flow-dangling-next"));
        const QString file = out.filePath(QStringLiteral("broken.png"));
        const Run shot = run({ QStringLiteral("--content"), dir, QStringLiteral("--screenshot"), file });
        QCOMPARE(shot.exitCode, 0);
        QVERIFY2(shot.err.contains(QStringLiteral("case.json: $.flows[0].nodes[0].answers[1].next")), qPrintable(shot.err));
        QVERIFY(QImage(file).width() > 0);
        // Nothing half-loaded: the page list is the built-in one, without the broken set's flow.
        const Run list = run({ QStringLiteral("--content"), dir, QStringLiteral("--list-pages") });
        QCOMPARE(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), pages());
        QVERIFY(!list.out.contains(QStringLiteral("flow/f1")));
    }

    void goodContentDirectoryAddsPages()
    {
        const Run list = run({ QStringLiteral("--content"), ktl::test::dataDir(QStringLiteral("invalid/valid-minimal")), QStringLiteral("--list-pages") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("flow/f1/o2\n")));
    }

    void anAuthorWritesAndChecksAPack()
    {
        // The template --new-pack writes passes --check-pack; a mistake in it is named by path.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run made = run({ QStringLiteral("--new-pack"), dir.path() });
        QCOMPARE(made.exitCode, 0);
        const QString pack = dir.filePath(QStringLiteral("local-pack.ktlpack"));
        QVERIFY2(made.out.contains(pack), qPrintable(made.out));
        const Run again = run({ QStringLiteral("--new-pack"), dir.path() });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("was not overwritten")), qPrintable(again.err));

        const Run good = run({ QStringLiteral("--check-pack"), pack });
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.err.isEmpty());
        QVERIFY2(good.out.contains(QStringLiteral("pack \"example-river-county\" 1.0.0")) && good.out.contains(QStringLiteral("no problems")),
                 qPrintable(good.out));

        QFile file(pack);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("\"phone\": \"+1 555-0100\"", "\"phone\": \"call us\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const Run bad = run({ QStringLiteral("--check-pack"), pack });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(pack + QStringLiteral(": $.helpPlaces[0].phone: \"call us\" is not a phone number")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("the app would refuse this pack")), qPrintable(bad.err));
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << "Unknown option 'frobnicate'";
        QTest::newRow("language") << QStringList { QStringLiteral("--lang"), QStringLiteral("de") } << "--lang: \"de\"";
        QTest::newRow("unknown page") << QStringList { QStringLiteral("--page"), QStringLiteral("topic/nope"), QStringLiteral("--screenshot"), QStringLiteral("x.png") }
                                      << "--page: no topic \"nope\"";
        QTest::newRow("size") << QStringList { QStringLiteral("--size"), QStringLiteral("9x9") } << "--size";
        QTest::newRow("present the sources") << QStringList { QStringLiteral("--present"), QStringLiteral("--page"), QStringLiteral("sources") }
                                             << "--present: \"sources\" cannot be presented";
        QTest::newRow("present a term that is not there") << QStringList { QStringLiteral("--present"), QStringLiteral("--page"), QStringLiteral("glossary/detainer,nope") }
                                                          << "--present: glossary: no term \"nope\"";
        QTest::newRow("present no such playlist") << QStringList { QStringLiteral("--present"), QStringLiteral("--playlist"), QStringLiteral("Nope") }
                                                  << "--present: no playlist named \"Nope\"";
        QTest::newRow("what-if setting") << QStringList { QStringLiteral("--page"), QStringLiteral("whatif/state=ohio"), QStringLiteral("--screenshot"), QStringLiteral("x.png") }
                                         << "knob \"state\" has no value \"ohio\"";
        QTest::newRow("handout without page") << QStringList { QStringLiteral("--export-handout"), QStringLiteral("x.pdf") }
                                              << "--export-handout needs --page";
        QTest::newRow("two modes") << QStringList { QStringLiteral("--check-pack"), QStringLiteral("x.ktlpack"), QStringLiteral("--list-pages") }
                                   << "cannot be combined";
    }
    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void withoutADisplaySaysHowToRun()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            env.remove(QLatin1String(name));
        const Run r = run({}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen")) && r.err.contains(QStringLiteral("xvfb-run")), qPrintable(r.err));
    }

    void hostileFolderAndSettingsNeverReachTheNetwork()
    {
        // The outside world: a listener on this machine. Content and settings point at it.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const QString bait = QStringLiteral("<img src=\"http://127.0.0.1:%1/x\">").arg(listener.serverPort());
        const QString folder = out.filePath(QStringLiteral("hostile"));
        QDir().mkpath(folder);
        QFile pack(folder + QStringLiteral("/pack.json"));
        QVERIFY(pack.open(QIODevice::WriteOnly));
        pack.write(QStringLiteral(R"({ "meta": { "version": "%1", "reviewedAsOf": "2026-12-01", "disclaimer": "%1", "helpNotice": "%1" },
                                       "terms": [ { "id": "bad", "term": "%1", "definition": "%1" } ] })")
                           .arg(QString(bait).replace(QLatin1Char('"'), QStringLiteral("\\\""))).toUtf8());
        pack.close();
        const QString config = out.filePath(QStringLiteral("hostile-config"));
        QDir().mkpath(config + QStringLiteral("/KnowTheLimits"));
        QFile settings(config + QStringLiteral("/KnowTheLimits/knowthelimits.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QStringLiteral("language=<img src=http://127.0.0.1:%1/s>\n").arg(listener.serverPort()).toUtf8());
        settings.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);

        const Run check = run({ QStringLiteral("--check-content"), folder });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("$.meta.disclaimer: raw HTML is not allowed")), qPrintable(check.err));
        for (const char *page : { "home", "glossary", "sources", "settings" }) {
            const QString png = out.filePath(QStringLiteral("hostile-%1.png").arg(QLatin1String(page)));
            const Run shot = run({ QStringLiteral("--content"), folder, QStringLiteral("--page"), QLatin1String(page),
                                   QStringLiteral("--screenshot"), png }, env);
            QCOMPARE(shot.exitCode, 0);
            // The problems are named (banner and stderr), and nothing asked the network.
            QVERIFY2(shot.err.contains(QStringLiteral("[language]: expected en or es")), qPrintable(shot.err));
            QVERIFY2(!shot.err.contains(QStringLiteral("refused a network request")), qPrintable(shot.err));
            QVERIFY2(!listener.waitForNewConnection(100) && !listener.hasPendingConnections(), page);
        }
    }

    void fifosNeverHangTheApp()
    {
        const QString folder = out.filePath(QStringLiteral("fifo"));
        QDir().mkpath(folder);
        const QString pipe = out.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QVERIFY(QFile::link(pipe, folder + QStringLiteral("/content.json")));
        // Each would block for good on an open or read of the pipe; 20 s is far more than enough.
        const Run check = run({ QStringLiteral("--check-content"), folder }, QProcessEnvironment::systemEnvironment(), 20000);
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("leads outside the content folder")), qPrintable(check.err));
        const Run list = run({ QStringLiteral("--content"), folder, QStringLiteral("--list-pages") },
                             QProcessEnvironment::systemEnvironment(), 20000);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("glossary")));

        // A settings file that is a FIFO: moved aside, said once, and the app starts.
        const QString config = out.filePath(QStringLiteral("fifo-config"));
        QDir().mkpath(config + QStringLiteral("/KnowTheLimits"));
        const QString conf = config + QStringLiteral("/KnowTheLimits/knowthelimits.conf");
        QCOMPARE(::mkfifo(QFile::encodeName(conf).constData(), 0600), 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        const Run start = run({ QStringLiteral("--screenshot"), out.filePath(QStringLiteral("fifo-settings.png")) }, env, 20000);
        QCOMPARE(start.exitCode, 0);
        QVERIFY2(start.err.contains(QStringLiteral("not a usable settings file: it is not an ordinary file")), qPrintable(start.err));
        QVERIFY(QFileInfo::exists(conf + QStringLiteral(".corrupt")));
        const Run again = run({ QStringLiteral("--screenshot"), out.filePath(QStringLiteral("fifo-settings-2.png")) }, env, 20000);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(QStringLiteral("settings file")), qPrintable(again.err)); // said once
    }

    void checkContentPrintsNoTerminalControls()
    {
        const QString folder = out.filePath(QStringLiteral("escapes"));
        QDir().mkpath(folder);
        QFile f(folder + QStringLiteral("/x.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"terms\": [ { \"id\": \"t\", \"term\": \"t\", \"definition\": \"d\", \"\x1b[2J\x07\": 1 } ] }");
        f.close();
        const Run check = run({ QStringLiteral("--check-content"), folder });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("\\x1b[2J\\x07")), qPrintable(check.err));
        QVERIFY(!check.err.contains(QChar(0x1b)) && !check.err.contains(QChar(0x07)));
    }

    void checkContentAcceptsWhatContentWould()
    {
        // An overlay has no meta of its own: --check-content checks it laid over the built-in set.
        const QString folder = out.filePath(QStringLiteral("overlay"));
        QDir().mkpath(folder);
        QFile f(folder + QStringLiteral("/terms.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({ "terms": [ { "id": "detainer", "term": "detainer", "definition": "A local definition." } ] })");
        f.close();
        const Run check = run({ QStringLiteral("--check-content"), folder });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY2(check.out.contains(QStringLiteral("replaces the built-in term \"detainer\"")), qPrintable(check.out));
    }

    void helpVersionAndOutline()
    {
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--export-outline")));
        const Run version = run({ QStringLiteral("--version") });
        QVERIFY(version.out.startsWith(QStringLiteral("knowthelimits ")));
        const QString md = out.filePath(QStringLiteral("outline.es.md"));
        const Run outline = run({ QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--export-outline"), md });
        QCOMPARE(outline.exitCode, 0);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("## Glosario")));
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
