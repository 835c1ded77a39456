// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

using namespace ktl;
using Mode = CommandLine::Mode;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLine parse(const QString &args)
    {
        QStringList list { QStringLiteral("knowthelimits") };
        if (!args.isEmpty())
            list += args.split(QLatin1Char(' '));
        return CommandLine::parse(list);
    }

private Q_SLOTS:
    void good_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("mode");
        QTest::newRow("nothing") << "" << int(Mode::Run);
        QTest::newRow("help") << "--help" << int(Mode::Help);
        QTest::newRow("version") << "--version" << int(Mode::Version);
        QTest::newRow("list") << "--list-pages" << int(Mode::ListPages);
        QTest::newRow("check") << "--check-content /tmp" << int(Mode::CheckContent);
        QTest::newRow("outline") << "--export-outline out.md --lang es" << int(Mode::ExportOutline);
        QTest::newRow("shot") << "--page flow/x/y --screenshot a.png --size 1024x600" << int(Mode::Screenshot);
    }
    void good()
    {
        QFETCH(QString, args);
        QFETCH(int, mode);
        const CommandLine cli = parse(args);
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(int(cli.mode), mode);
    }

    void values()
    {
        const CommandLine cli = parse(QStringLiteral("--lang es --page walkthrough/w/s --screenshot a.png --size 1024x600 --content /c"));
        QCOMPARE(cli.language, QStringLiteral("es"));
        QCOMPARE(cli.page, QStringLiteral("walkthrough/w/s"));
        QCOMPARE(cli.screenshotFile, QStringLiteral("a.png"));
        QCOMPARE(cli.size, QSize(1024, 600));
        QCOMPARE(cli.contentDirectory, QStringLiteral("/c"));
        QVERIFY(cli.isHeadless());
        QCOMPARE(parse(QString()).size, QSize(1280, 720));
        QCOMPARE(parse(QStringLiteral("--theme dark")).theme, QStringLiteral("dark"));
    }

    void bad_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown option") << "--bogus" << "Unknown option 'bogus'";
        QTest::newRow("bad language") << "--lang fr" << "--lang: \"fr\"";
        QTest::newRow("missing value") << "--lang" << "Missing value after '--lang'";
        QTest::newRow("bad page") << "--page nowhere" << "--page: unknown page \"nowhere\"";
        QTest::newRow("bad size") << "--size big" << "--size: \"big\" is not a size";
        QTest::newRow("tiny size") << "--size 10x10" << "--size: \"10x10\"";
        QTest::newRow("positional") << "stray" << "unexpected argument \"stray\"";
        QTest::newRow("bad theme") << "--theme blue" << "--theme: \"blue\"";
        QTest::newRow("two modes") << "--list-pages --screenshot a.png" << "cannot be combined";
    }
    void bad()
    {
        QFETCH(QString, args);
        QFETCH(QString, error);
        const CommandLine cli = parse(args);
        QVERIFY2(cli.error.contains(error), qPrintable(cli.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
