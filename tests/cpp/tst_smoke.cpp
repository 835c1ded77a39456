// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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

    static Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KTL_BINARY), args);
        if (!process.waitForFinished(60000))
            return {};
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
        QStringList seenKinds;
        for (const QString &page : pages()) {
            // One page of each shape: home, topic/x, walkthrough/x, walkthrough/x/step, flow/x, flow/x/node, …
            const QString shape = page.section(QLatin1Char('/'), 0, 0) + QString::number(page.count(QLatin1Char('/')));
            if (seenKinds.contains(shape))
                continue;
            seenKinds.append(shape);
            for (const char *lang : { "en", "es" })
                QTest::newRow(qPrintable(page + QLatin1Char(' ') + QLatin1String(lang))) << page << QString::fromLatin1(lang);
        }
    }
    void screenshotsOfEachKindOfPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        const QString file = out.filePath(QString(page).replace(QLatin1Char('/'), QLatin1Char('_')) + language + QStringLiteral(".png"));
        const Run shot = run({ QStringLiteral("--page"), page, QStringLiteral("--lang"), language,
                               QStringLiteral("--size"), QStringLiteral("1024x600"), QStringLiteral("--screenshot"), file });
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

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << "Unknown option 'frobnicate'";
        QTest::newRow("language") << QStringList { QStringLiteral("--lang"), QStringLiteral("de") } << "--lang: \"de\"";
        QTest::newRow("unknown page") << QStringList { QStringLiteral("--page"), QStringLiteral("topic/nope"), QStringLiteral("--screenshot"), QStringLiteral("x.png") }
                                      << "--page: no topic \"nope\"";
        QTest::newRow("size") << QStringList { QStringLiteral("--size"), QStringLiteral("9x9") } << "--size";
        QTest::newRow("present glossary") << QStringList { QStringLiteral("--present"), QStringLiteral("--page"), QStringLiteral("glossary") }
                                          << "cannot be presented";
        QTest::newRow("handout without page") << QStringList { QStringLiteral("--export-handout"), QStringLiteral("x.pdf") }
                                              << "--export-handout needs --page";
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
