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
        QTest::newRow("present a timeline range") << "--present --page timeline/2012..2017" << int(Mode::Run);
        QTest::newRow("present a glossary subset") << "--present --page glossary/detainer,judicial-warrant" << int(Mode::Run);
        QTest::newRow("present a playlist") << "--present --playlist Tuesday" << int(Mode::Run);
        QTest::newRow("shot") << "--page flow/x/y --screenshot a.png --size 1024x600" << int(Mode::Screenshot);
        QTest::newRow("wallet card") << "--export-wallet-card card.pdf" << int(Mode::ExportWalletCard);
        QTest::newRow("wallet card both") << "--export-wallet-card card.pdf --paper a4 --lang es --bilingual" << int(Mode::ExportWalletCard);
        QTest::newRow("phone handout") << "--page flow/x --export-phone-handout out.html --lang es" << int(Mode::ExportPhoneHandout);
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
        const CommandLine card = parse(QStringLiteral("--export-wallet-card card.pdf --paper A4 --lang es --bilingual"));
        QCOMPARE(card.walletCardFile, QStringLiteral("card.pdf"));
        QCOMPARE(card.paper, QStringLiteral("a4"));
        QCOMPARE(card.language, QStringLiteral("es"));
        QVERIFY(card.bilingual);
        QVERIFY(card.isHeadless());
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--export-wallet-card <FILE.pdf>")));
        const CommandLine phone = parse(QStringLiteral("--export-phone-handout /tmp/out.html --page walkthrough/w"));
        QCOMPARE(phone.phoneHandoutFile, QStringLiteral("/tmp/out.html"));
        QCOMPARE(phone.page, QStringLiteral("walkthrough/w"));
        QVERIFY(phone.isHeadless());
        QCOMPARE(parse(QStringLiteral("--present --playlist Tuesday")).page, QStringLiteral("playlist/Tuesday"));
        QCOMPARE(parse(QStringLiteral("--present --page timeline/2012..2017")).page, QStringLiteral("timeline/2012..2017"));
    }

    /** --help names the option with its value and says what it writes. */
    void helpTextNamesThePhoneHandout()
    {
        const QString help = CommandLine::helpText();
        QVERIFY2(help.contains(QStringLiteral("--export-phone-handout <FILE.html>")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("handout for phones")));
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
        QTest::newRow("playlist without present") << "--playlist Tuesday" << "--playlist: give it with --present";
        QTest::newRow("playlist and page") << "--present --playlist T --page help" << "--playlist: give it with --present, and without --page";
        QTest::newRow("playlist name too long") << "--present --playlist " + QString(61, u'x')
                                                << "--playlist: expected a name of at most 60 characters";
        QTest::newRow("bad theme") << "--theme blue" << "--theme: \"blue\"";
        QTest::newRow("two modes") << "--list-pages --screenshot a.png" << "cannot be combined";
        QTest::newRow("card and handout") << "--export-wallet-card a.pdf --export-handout b.pdf --page glossary" << "cannot be combined";
        QTest::newRow("card paper") << "--export-wallet-card a.pdf --paper legal" << "--paper: \"legal\"";
        QTest::newRow("card without file") << "--export-wallet-card" << "Missing value after '--export-wallet-card'";
        QTest::newRow("phone handout without page") << "--export-phone-handout out.html" << "--export-phone-handout needs --page";
        QTest::newRow("phone handout and pdf") << "--page help --export-phone-handout a.html --export-handout a.pdf"
                                               << "cannot be combined";
        QTest::newRow("phone handout without file") << "--page help --export-phone-handout" << "Missing value after '--export-phone-handout'";
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
