// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstore.h"
#include "handouts.h"
#include "languagemanager.h"
#include "pack.h"
#include "walletcard.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/** The wallet card as printed: two pages of cards read back with poppler, the QR code read
 *  with zbar from a 300 dpi rendering, the type sizes from pdftotext's word boxes. */
class TestWalletCard : public QObject
{
    Q_OBJECT

    ContentSet content;
    Pack examplePack; ///< the template pack: "Example rapid-response line (fictional)", +1 555-0100
    QTemporaryDir dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
    };
    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput() };
    }
    static QString text(const QString &pdf, int page)
    {
        return QString::fromUtf8(run(QStringLiteral("pdftotext"), { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                     QString::number(page), pdf, QStringLiteral("-") })
                                         .out)
                .normalized(QString::NormalizationForm_KC) // "ﬁ" ligatures as two letters
                .simplified();
    }
    /** Page @p page at 300 dpi. */
    QImage render(const QString &pdf, int page)
    {
        const QString base = pdf + QStringLiteral("-p%1").arg(page);
        const Run r = run(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                                        QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, base });
        if (r.exitCode != 0)
            return {};
        return QImage(base + QStringLiteral(".png"));
    }
    /** What zbar reads in @p image: each symbol's data, as zbarimg --raw prints it. */
    QByteArray scan(const QImage &image, const QString &name)
    {
        const QString file = dir.filePath(name + QStringLiteral(".png"));
        image.save(file);
        return run(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), file }).out;
    }
    static QRect pixels(const QRectF &mm)
    {
        const qreal k = 300 / 25.4;
        return QRectF(mm.left() * k, mm.top() * k, mm.width() * k, mm.height() * k).toAlignedRect();
    }
    QString write(const QString &name, const WalletCard::Options &options)
    {
        const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (WalletCard::write(content, options, pdf, &error) != WalletCard::Status::Written)
            qWarning("%s", qPrintable(error));
        return pdf;
    }
    static WalletCard::Options options(const QStringList &languages, const QList<Pack> &packs = {},
                                       HandoutExporter::Paper paper = HandoutExporter::Paper::Letter)
    {
        WalletCard::Options o;
        o.languages = languages;
        o.packs = packs;
        o.paper = paper;
        return o;
    }
    static QString es(const char *english)
    {
        return LanguageManager::instance()->translate(QStringLiteral("es"), "WalletCard", QString::fromUtf8(english));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // CI installs these (scripts/setup.sh); without them nothing here is checked, so fail.
        for (const char *tool : { "pdftotext", "pdftoppm", "zbarimg" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is needed (poppler-utils, zbar-tools); scripts/setup.sh installs it").arg(QLatin1String(tool))));
        }
        content = loadAndValidate(QStringLiteral(":/content")).content;
        QVERIFY(!content.walkthroughs.isEmpty());
        const PackReadResult read = readPackBytes(QStringLiteral("template.ktlpack"), packTemplate(), content);
        QVERIFY(read.ok());
        examplePack = read.pack;
        QCOMPARE(examplePack.helpPlaces.first().phone, QStringLiteral("+1 555-0100"));
    }

    void vCardIsExactAndEscaped()
    {
        QCOMPARE(WalletCard::vCard(QStringLiteral("Example line"), QStringLiteral("+1 555-0100")),
                 QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Example line\r\nTEL;TYPE=VOICE:+1 555-0100\r\nEND:VCARD\r\n"));
        // RFC 2426 §4 text: backslash, comma, semicolon and newline are escaped.
        QCOMPARE(WalletCard::vCard(QStringLiteral("A;B,C\\D\nE"), QStringLiteral("555 0100")),
                 QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\\;B\\,C\\\\D\\nE\r\nTEL;TYPE=VOICE:555 0100\r\nEND:VCARD\r\n"));
        // A phone cannot add a property: anything but digits and + ( ) . - and spaces goes.
        QCOMPARE(WalletCard::vCard(QStringLiteral("X"), QStringLiteral("555\r\nEND:VCARD")),
                 QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nTEL;TYPE=VOICE:555\r\nEND:VCARD\r\n"));
        // Long lines fold at 75 octets, never inside a UTF-8 character.
        const QByteArray longCard = WalletCard::vCard(QString(60, QChar(0x00E9)), QStringLiteral("555 0100"));
        for (const QByteArray &line : longCard.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 and the CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no broken sequence
        }
        QVERIFY(longCard.contains("\r\n "));
    }

    void packTextIsCleaned()
    {
        const QString hostile = QStringLiteral("Line\nEND:VCARD\u202E\u0007 ") + QString(500, QLatin1Char('x'));
        const QString line = WalletCard::plainLine(hostile, 40);
        QVERIFY(line.size() <= 41);
        for (const QChar c : line)
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format, qPrintable(line));
        QVERIFY(line.startsWith(QStringLiteral("Line END:VCARD")));
        QVERIFY(line.endsWith(QChar(0x2026)));
        QCOMPARE(WalletCard::plainLine(QStringLiteral("  a \t b  "), 40), QStringLiteral("a b"));

        Pack pack = examplePack;
        PackHelpPlace bad = pack.helpPlaces.first();
        for (const QString &phone : { QStringLiteral("+1 555-0100\nEND:VCARD"), QStringLiteral("call us"), QString(200, QLatin1Char('5')),
                                      QStringLiteral("555;0100;;;") }) {
            bad.phone = phone;
            pack.helpPlaces = { bad };
            QVERIFY2(WalletCard::hotlines({ pack }, QStringLiteral("en")).isEmpty(), qPrintable(phone));
        }
        const QList<WalletCard::Hotline> lines = WalletCard::hotlines({ examplePack }, QStringLiteral("es"));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().name, QStringLiteral("Línea de respuesta rápida de ejemplo (ficticia)"));
        QCOMPARE(lines.first().publisher, QStringLiteral("Red de Ayuda Legal de Ejemplo (ficticia)"));
    }

    void sheetLayout_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("letter") << int(HandoutExporter::Paper::Letter);
        QTest::newRow("a4") << int(HandoutExporter::Paper::A4);
    }
    void sheetLayout()
    {
        QFETCH(int, paper);
        const WalletCard::Sheet s = WalletCard::sheet(HandoutExporter::Paper(paper));
        QCOMPARE(s.fronts.size(), 8);
        QCOMPARE(s.backs.size(), 8);
        const QRectF printable = QRectF(QPointF(0, 0), s.page).adjusted(12, 12, -12, -12); // room for the marks too
        for (int i = 0; i < s.fronts.size(); ++i) {
            QCOMPARE(s.fronts.at(i).size(), QSizeF(85.6, 54));
            QVERIFY(printable.contains(s.fronts.at(i)));
            // Behind its front after a flip on the long edge.
            QVERIFY(qAbs(s.backs.at(i).center().x() - (s.page.width() - s.fronts.at(i).center().x())) < 0.01);
            QCOMPARE(s.backs.at(i).top(), s.fronts.at(i).top());
            for (int j = 0; j < i; ++j)
                QVERIFY(!s.fronts.at(i).adjusted(-4.6, -4.6, 4.6, 4.6).intersects(s.fronts.at(j))); // marks stay off cards
        }
    }

    void everySideFits_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<bool>("withPack");
        for (const QStringList &l : { QStringList { QStringLiteral("en") }, QStringList { QStringLiteral("es") },
                                      QStringList { QStringLiteral("en"), QStringLiteral("es") } }) {
            QTest::newRow(qPrintable(l.join(QLatin1Char('+')) + QStringLiteral(" no pack"))) << l << false;
            QTest::newRow(qPrintable(l.join(QLatin1Char('+')) + QStringLiteral(" pack"))) << l << true;
        }
    }
    void everySideFits()
    {
        QFETCH(QStringList, languages);
        QFETCH(bool, withPack);
        const QStringList problems = WalletCard::problems(content, options(languages, withPack ? QList<Pack> { examplePack } : QList<Pack> {}));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        for (const qreal size : WalletCard::pointSizes())
            QVERIFY(size >= 8);
    }

    void withoutAPackThereIsALineToWriteOn()
    {
        const QString pdf = write(QStringLiteral("nopack"), options({ QStringLiteral("en") }));
        const Run info = run(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")).match(QString::fromUtf8(info.out)).hasMatch(), info.out.constData());
        QVERIFY(info.out.contains("(letter)"));
        const QString front = text(pdf, 1), back = text(pdf, 2);
        QCOMPARE(front.count(QStringLiteral("Your rights, and their limits")), 8);
        QCOMPARE(front.count(QStringLiteral("Legal groups say you may remain silent.")), 8);
        QVERIFY(front.contains(QStringLiteral("Lying to federal officers or showing false papers can be a crime.")));
        QVERIFY(front.contains(QStringLiteral("A 2025 rule says noncitizens 18+ must carry the registration papers they got, like a green card.")));
        QVERIFY(front.contains(QStringLiteral("Some states may require you to give your name if police lawfully stop you.")));
        QCOMPARE(front.count(QStringLiteral("Sources:")), 8);
        // The 2025 registration rule and the memo's year (signed May 12, 2025; source lyons-memo-2026).
        QCOMPARE(front.count(QStringLiteral("90 FR 11793 (2025)")), 8);
        QCOMPARE(front.count(QStringLiteral("ICE memo (2025)")), 8);
        QCOMPARE(back.count(QStringLiteral("A 2025 ICE memo says")), 8);
        QCOMPARE(back.count(QStringLiteral("its legality is disputed.")), 8);
        QVERIFY2(front.contains(QStringLiteral("Checked through July 3, 2026.")), qPrintable(front));
        QCOMPARE(back.count(QStringLiteral("Warrants")), 8);
        QCOMPARE(back.count(QStringLiteral("Lawyer or hotline:")), 8);
        QCOMPARE(front.count(QStringLiteral("Know the Limits · Not legal advice.")), 8);
        QCOMPARE(front.count(QStringLiteral("A lawyer can say what applies to you.")), 8);
        QVERIFY(!back.contains(QStringLiteral("Local help:")));
        const QImage page = render(pdf, 2);
        QVERIFY2(!page.isNull(), "pdftoppm rendered nothing");
        QCOMPARE(scan(page, QStringLiteral("nopack-back")), QByteArray()); // no QR code
    }

    /** The QR code of every card scans to the exact vCard, behind the card it belongs to. */
    void qrCodeScansToTheHotline_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("letter") << int(HandoutExporter::Paper::Letter);
        QTest::newRow("a4") << int(HandoutExporter::Paper::A4);
    }
    void qrCodeScansToTheHotline()
    {
        QFETCH(int, paper);
        const QString pdf = write(QStringLiteral("pack-%1").arg(paper), options({ QStringLiteral("en") }, { examplePack }, HandoutExporter::Paper(paper)));
        const QString back = text(pdf, 2);
        QCOMPARE(back.count(QStringLiteral("Local help:")), 8);
        QCOMPARE(back.count(QStringLiteral("+1 555-0100")), 8);
        QCOMPARE(back.count(QStringLiteral("Example rapid-response line (fictional)")), 8);
        QCOMPARE(back.count(QStringLiteral("From Example Legal Aid Network (fictional)")), 8);
        QVERIFY(!back.contains(QStringLiteral("Lawyer or hotline:")));
        QVERIFY(!back.contains(QStringLiteral("https://")));
        const QByteArray expected = WalletCard::vCard(QStringLiteral("Example rapid-response line (fictional)"), QStringLiteral("+1 555-0100"));
        const QImage page = render(pdf, 2);
        QVERIFY2(!page.isNull(), "pdftoppm rendered nothing");
        const WalletCard::Sheet sheet = WalletCard::sheet(HandoutExporter::Paper(paper));
        for (int i = 0; i < sheet.backs.size(); ++i) {
            // Only the back's own place, as a phone held over one card sees it.
            const QByteArray read = scan(page.copy(pixels(sheet.backs.at(i))), QStringLiteral("back-%1-%2").arg(paper).arg(i));
            QCOMPARE(read, expected + '\n'); // zbarimg ends each symbol with a newline
        }
        // The fronts have none.
        QCOMPARE(scan(render(pdf, 1), QStringLiteral("front-%1").arg(paper)), QByteArray());
    }

    void hostilePackTextKeepsTheVCardWhole()
    {
        Pack pack = examplePack;
        pack.helpPlaces.first().name = { { QStringLiteral("en"), QStringLiteral("Help; line, \\ one\r\nEND:VCARD\r\nBEGIN:VCARD\nFN:evil ") + QString(3000, QLatin1Char('w')) } };
        pack.helpPlaces.first().phone = QStringLiteral("+1 (555) 010-0199");
        pack.manifest.publisher = { { QStringLiteral("en"), QString(20000, QLatin1Char('p')) } };
        QVERIFY(WalletCard::problems(content, options({ QStringLiteral("en") }, { pack })).isEmpty());
        const QString pdf = write(QStringLiteral("hostile"), options({ QStringLiteral("en") }, { pack }));
        const QImage page = render(pdf, 2);
        const QByteArray read = scan(page.copy(pixels(WalletCard::sheet(HandoutExporter::Paper::Letter).backs.first())), QStringLiteral("hostile"));
        // Five content lines, whatever the name held: the name's "END:VCARD" is text inside FN.
        QVERIFY2(read.endsWith("\r\n\n"), read.constData());
        const QList<QByteArray> lines = read.chopped(3).split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QByteArray("BEGIN:VCARD\r"));
        QCOMPARE(lines.at(1), QByteArray("VERSION:3.0\r"));
        QVERIFY2(lines.at(2).startsWith("FN:Help\\; line\\, \\\\ one END:VCARD"), lines.at(2).constData());
        QCOMPARE(lines.at(3), QByteArray("TEL;TYPE=VOICE:+1 (555) 010-0199\r"));
        QCOMPARE(lines.at(4), QByteArray("END:VCARD"));
        const WalletCard::Hotline shown = WalletCard::hotlines({ pack }, QStringLiteral("en")).first();
        QVERIFY(shown.name.size() <= WalletCard::maxNameLength + 1);
        bool matched = false;
        for (int length = 40; length >= 8; length -= 8)
            matched = matched || read == WalletCard::vCard(WalletCard::plainLine(shown.name, length).remove(QChar(0x2026)), shown.phone) + '\n';
        QVERIFY(matched);
        // The printed name and publisher are cut, not run off the card.
        const QString back = text(pdf, 2);
        QVERIFY(!back.contains(QString(100, QLatin1Char('w'))));
        QVERIFY(!back.contains(QString(100, QLatin1Char('p'))));
    }

    void bothLanguagesOnOneSheet()
    {
        const QString pdf = write(QStringLiteral("both"), options({ QStringLiteral("en"), QStringLiteral("es") }, { examplePack }));
        const QString front = text(pdf, 1), back = text(pdf, 2);
        const QString spanishTitle = es("Your rights, and their limits");
        QVERIFY2(spanishTitle != QStringLiteral("Your rights, and their limits"), "the wallet card's Spanish is missing from translations/knowthelimits_es.ts");
        QCOMPARE(front.count(QStringLiteral("Your rights, and their limits")), 4);
        QCOMPARE(front.count(spanishTitle), 4);
        QCOMPARE(front.count(es("Legal groups say you may remain silent.")), 4);
        QCOMPARE(front.count(QStringLiteral("memorando de ICE (2025)")), 4);
        QCOMPARE(back.count(QStringLiteral("Un memorando de ICE de 2025 dice")), 4);
        // The publisher line reads "Fuente:", not "De" (content review, second read).
        QCOMPARE(back.count(QStringLiteral("Fuente: Red de Ayuda Legal de Ejemplo (ficticia)")), 4);
        QCOMPARE(back.count(QStringLiteral("From Example Legal Aid Network (fictional)")), 4);
        QCOMPARE(back.count(es("Warrants")), 4);
        QCOMPARE(front.count(QStringLiteral("No es asesoría legal")), 4);
        QCOMPARE(front.count(QStringLiteral("Not legal advice")), 4);
        QVERIFY(back.contains(QStringLiteral("Línea de respuesta rápida de ejemplo (ficticia)"))); // the pack's Spanish
        QVERIFY(front.contains(QStringLiteral("3 de julio de 2026")));
        // The Spanish cards' QR codes hold the Spanish name, cut at a word to at most 40 characters.
        const QImage page = render(pdf, 2);
        const WalletCard::Sheet sheet = WalletCard::sheet(HandoutExporter::Paper::Letter);
        QCOMPARE(scan(page.copy(pixels(sheet.backs.at(1))), QStringLiteral("both-es")),
                 WalletCard::vCard(QStringLiteral("Línea de respuesta rápida de ejemplo"), QStringLiteral("+1 555-0100")) + '\n');
    }

    /** No word under 8 pt on either side. pdftotext's word boxes are ascent + descent high:
     *  1.164 em in DejaVu Sans. */
    void nothingUnderEightPoints_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::newRow("en") << QStringList { QStringLiteral("en") };
        QTest::newRow("es") << QStringList { QStringLiteral("es") };
    }
    void nothingUnderEightPoints()
    {
        QFETCH(QStringList, languages);
        const QString pdf = write(QStringLiteral("sizes-") + languages.first(), options(languages, { examplePack }));
        const QString boxes = QString::fromUtf8(run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") }).out);
        static const QRegularExpression wordRe(QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
        int words = 0;
        for (auto it = wordRe.globalMatch(boxes); it.hasNext();) {
            const auto word = it.next();
            ++words;
            const qreal height = word.captured(4).toDouble() - word.captured(2).toDouble();
            QVERIFY2(height / 1.164 >= 7.95, qPrintable(QStringLiteral("\"%1\" printed at %2 pt").arg(word.captured(5)).arg(height / 1.164, 0, 'f', 2)));
        }
        QVERIFY(words > 400);
        const QString fonts = QString::fromUtf8(run(QStringLiteral("pdffonts"), { pdf }).out);
        QVERIFY2(!fonts.contains(QStringLiteral("Serif")) && fonts.contains(QStringLiteral("DejaVuSans")), qPrintable(fonts));
    }

    void savedFromTheApp()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        Handouts *handouts = Handouts::create(nullptr, nullptr);
        handouts->setFolder(dir.filePath(QStringLiteral("documents")));
        const QString file = handouts->saveWalletCard();
        QVERIFY2(QFileInfo::exists(file), qPrintable(handouts->lastMessage()));
        QVERIFY(handouts->lastSaved());
        QVERIFY2(handouts->lastMessage().contains(QStringLiteral("saved as")), qPrintable(handouts->lastMessage()));
        QVERIFY(QFileInfo(file).fileName().contains(QStringLiteral("Wallet card")));
        QVERIFY(text(file, 1).contains(QStringLiteral("Legal groups say you may remain silent.")));
    }

    void unwritableFile()
    {
        QString error;
        QCOMPARE(WalletCard::write(content, options({ QStringLiteral("en") }), QStringLiteral("/nonexistent/dir/card.pdf"), &error),
                 WalletCard::Status::CannotWrite);
        QVERIFY(error.contains(QStringLiteral("cannot write")));
    }
};

QTEST_MAIN(TestWalletCard)
#include "tst_walletcard.moc"
