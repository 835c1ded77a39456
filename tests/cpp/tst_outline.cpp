// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "languagemanager.h"
#include "outlineexporter.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/** The reviewer's outline holds every piece of content, nothing behind a click. */
class TestOutline : public QObject
{
    Q_OBJECT

    ContentSet content;

private Q_SLOTS:
    void initTestCase() { content = loadAndValidate(test::validContent()).content; }

    void holdsEverything()
    {
        const QString md = OutlineExporter::toMarkdown(content);
        for (const Topic &t : std::as_const(content.topics)) {
            QVERIFY(md.contains(t.title));
            for (const QString &k : t.takeaways)
                QVERIFY(md.contains(k));
        }
        for (const Step &s : content.walkthroughs.first().steps) {
            QVERIFY2(md.contains(s.title), qPrintable(s.title));
            QVERIFY(md.contains(s.notes));
        }
        QVERIFY(md.contains(QStringLiteral("#### Step 1 of 3: What is a detainer?")));
        QVERIFY(md.contains(QStringLiteral("- (right) No, a request — Right: see [the rule](source:cfr-287-7).")));
        QVERIFY(md.contains(QStringLiteral("- (wrong) Yes — No: it is a request.")));
        QVERIFY(md.contains(QStringLiteral("- \"No\" leads to `info`: The jail decides.")));
        QVERIFY(md.contains(QStringLiteral("- \"Continue\" leads to `released`: Released")));
        QVERIFY(md.contains(QStringLiteral("Sources: Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)")));
        QVERIFY(md.contains(QStringLiteral("**ñandú** — Sorting test term.")));
        QVERIFY(md.contains(QStringLiteral("**2002 — First agreement.**")));
        QVERIFY(md.contains(QStringLiteral("State bar referral")));
        // Dates written out, never ISO ("2008-10" reads as "2008 to 2010").
        QVERIFY(md.indexOf(QStringLiteral("2002 — First")) < md.indexOf(QStringLiteral("March 4, 2014 — Galarza")));
    }

    void followsTheLanguage()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        const QString md = OutlineExporter::toMarkdown(content);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY2(md.contains(QStringLiteral("## Glosario")), qPrintable(md.left(300)));
        QVERIFY(md.contains(QStringLiteral("Paso 1 de 3")));
    }

    void reportsAnUnwritableFile()
    {
        QString error;
        QVERIFY(!OutlineExporter::write(content, QStringLiteral("/nonexistent/dir/out.md"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/dir/out.md: cannot write")), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(OutlineExporter::write(content, dir.filePath(QStringLiteral("o.md")), &error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("o.md"))).size() > 500);
    }
};

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_outline.moc"
