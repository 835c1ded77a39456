// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contenttext.h"
#include "contentstore.h"
#include "handoutexporter.h"
#include "handouts.h"
#include "languagemanager.h"
#include "navigation.h"

#include <QFileInfo>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/** Printed handouts: the pages, paper size and text a reader gets (read back with poppler). */
class TestHandout : public QObject
{
    Q_OBJECT

    ContentSet content;
    QTemporaryDir dir;

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    /** The PDF's text with whitespace folded (wrapped lines still match) and ligatures such as
     *  "ﬁ" unfolded (NFKC), as a reader's search would see it. */
    static QString text(const QString &pdf, int firstPage = 0, int lastPage = 0)
    {
        QStringList args;
        if (firstPage)
            args << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l") << QString::number(lastPage);
        return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"))
                .normalized(QString::NormalizationForm_KC)
                .simplified();
    }
    static QString info(const QString &pdf, const QString &key)
    {
        const QString out = run(QStringLiteral("pdfinfo"), { pdf });
        const auto m = QRegularExpression(QStringLiteral("^%1:\\s*(.+)$").arg(key), QRegularExpression::MultilineOption).match(out);
        return m.captured(1).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed; scripts/setup.sh installs it");
        content = loadAndValidate(QStringLiteral(":/content")).content;
        QVERIFY(!content.walkthroughs.isEmpty());
    }

    void walkthroughHandout()
    {
        const Walkthrough &w = content.walkthroughs.first();
        const QString pdf = dir.filePath(QStringLiteral("walkthrough.pdf"));
        QString error;
        QVERIFY2(HandoutExporter::write(content, { QStringLiteral("walkthrough/") + w.id, HandoutExporter::Paper::Letter, false, {}, {} }, pdf, &error) == HandoutExporter::Status::Written,
                 qPrintable(error));
        QVERIFY(info(pdf, QStringLiteral("Page size")).contains(QStringLiteral("letter")));
        QVERIFY(info(pdf, QStringLiteral("Pages")).toInt() >= 2);
        const QString all = text(pdf);
        // pdftotext may break a line inside "§1225(b)(1)"; compare without spaces.
        const QString unspaced = QString(all).remove(QLatin1Char(' '));
        QVERIFY2(all.contains(w.title.simplified()), qPrintable(w.title));
        for (const Step &s : w.steps) {
            QVERIFY2(all.contains(s.title.simplified()), qPrintable(s.title));
            for (const QString &id : s.sources)
                QVERIFY2(unspaced.contains(content.source(id)->citation.simplified().remove(QLatin1Char(' '))), qPrintable(id));
        }
        QVERIFY2(all.contains(QStringLiteral("Find legal help")), "every handout ends with where to find help");
        for (const HelpPlace &h : content.helpPlaces)
            QVERIFY2(all.contains(h.name.simplified()), qPrintable(h.name));
        QVERIFY(all.contains(QStringLiteral("General information, not legal advice. Sources checked through %1. Page 1")
                                     .arg(contentDateText(content.meta.reviewedAsOf))));
        QVERIFY(all.contains(content.meta.disclaimer.simplified().left(40)));
    }

    void flowHandoutStartsWithTheDiagram()
    {
        // One that fits a page: bigger ones are tiled (flowDiagramIsTiled… below).
        const Flow &f = *content.flow(QStringLiteral("detainer-at-the-jail"));
        const QString pdf = dir.filePath(QStringLiteral("flow.pdf"));
        QString error;
        QVERIFY2(HandoutExporter::write(content, { QStringLiteral("flow/") + f.id, HandoutExporter::Paper::A4, false, {}, {} }, pdf, &error) == HandoutExporter::Status::Written,
                 qPrintable(error));
        QVERIFY(info(pdf, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
        // Page one is the diagram: every node's label is drawn there.
        const QString first = text(pdf, 1, 1);
        int labels = 0;
        for (const FlowNode &n : f.nodes)
            labels += first.contains(n.text.simplified()) ? 1 : 0;
        QVERIFY2(labels >= f.nodes.size() * 3 / 4, qPrintable(QStringLiteral("%1 of %2 node labels on page 1").arg(labels).arg(f.nodes.size())));
        // Then every outcome with its sources.
        const QString rest = text(pdf, 2, info(pdf, QStringLiteral("Pages")).toInt());
        for (const FlowNode &n : f.nodes) {
            if (n.kind != FlowNode::Kind::Outcome)
                continue;
            QVERIFY2(rest.contains(n.text.simplified()), qPrintable(n.id));
            QVERIFY(rest.contains(content.source(n.sources.first())->citation.simplified()));
        }
    }

    /** Every flow in both languages: no printed word under 8 pt (a wide diagram was printed at
     *  about 5 pt), and the flow's title inside the margins (a Spanish one ran off the page).
     *  pdftotext's word boxes are ascent + descent high: 1.164 em in DejaVu Sans. */
    void flowDiagramsPrintReadably_data()
    {
        QTest::addColumn<QString>("flowId");
        QTest::addColumn<QString>("language");
        for (const Flow &f : content.flows) {
            for (const char *language : { "en", "es" })
                QTest::newRow(qPrintable(f.id + QLatin1Char(' ') + QLatin1String(language))) << f.id << QString::fromLatin1(language);
        }
    }
    void flowDiagramsPrintReadably()
    {
        QFETCH(QString, flowId);
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language);
        const QString pdf = dir.filePath(QStringLiteral("readable-%1-%2.pdf").arg(flowId, language));
        HandoutExporter::Options options;
        options.address = QStringLiteral("flow/") + flowId;
        QString error;
        QCOMPARE(HandoutExporter::write(content, options, pdf, &error), HandoutExporter::Status::Written);
        const QString boxes = run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
        static const QRegularExpression pageRe(QStringLiteral(R"re(<page width="([\d.]+)")re"));
        static const QRegularExpression wordRe(
                QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
        const qreal margin = 15 / 25.4 * 72; // the handout's 15 mm
        const QString title = contentTr(contentContext::flow(flowId), content.flow(flowId)->title);
        int words = 0;
        qreal pageWidth = 0;
        for (const QString &line : boxes.split(QLatin1Char('\n'))) {
            if (const auto page = pageRe.match(line); page.hasMatch())
                pageWidth = page.captured(1).toDouble();
            const auto word = wordRe.match(line);
            if (!word.hasMatch())
                continue;
            ++words;
            const qreal height = word.captured(4).toDouble() - word.captured(2).toDouble();
            QVERIFY2(height / 1.164 >= 7.95, qPrintable(QStringLiteral("\"%1\" printed at %2 pt")
                                                              .arg(word.captured(5)).arg(height / 1.164, 0, 'f', 1)));
            if (height / 1.164 > 14 && title.contains(word.captured(5)))
                QVERIFY2(word.captured(3).toDouble() <= pageWidth - margin + 1,
                         qPrintable(QStringLiteral("title word \"%1\" runs into the margin").arg(word.captured(5))));
        }
        QVERIFY(words > 20);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void glossaryHandoutHoldsEveryTerm()
    {
        const QString pdf = dir.filePath(QStringLiteral("glossary.pdf"));
        QString error;
        QVERIFY(HandoutExporter::write(content, { QStringLiteral("glossary"), HandoutExporter::Paper::Letter, false, {}, {} }, pdf, &error)
                == HandoutExporter::Status::Written);
        const QString all = text(pdf);
        for (const Term &t : std::as_const(content.terms))
            QVERIFY2(all.contains(t.term.simplified()), qPrintable(t.term));
    }

    void exploredListsPagesNotAnswers()
    {
        QString error;
        const QString html = HandoutExporter::bodyHtml(content, { QStringLiteral("explored"), HandoutExporter::Paper::Letter, false,
                                                                  { QStringLiteral("topic/mandamus"), QStringLiteral("flow/") + content.flows.first().id }, {} },
                                                       &error);
        QVERIFY(html.contains(content.topic(QStringLiteral("mandamus"))->title.toHtmlEscaped()));
        QVERIFY(html.contains(content.flows.first().title.toHtmlEscaped()));
    }

    void savedFromTheAppIntoAFolder()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        Navigation::instance()->clearHistory();
        Navigation::instance()->go(QStringLiteral("topic/mandamus"));
        Navigation::instance()->go(QStringLiteral("flow/") + content.flows.first().id + QLatin1Char('/') + content.flows.first().start);
        QCOMPARE(Navigation::instance()->visited(),
                 QStringList({ QStringLiteral("topic/mandamus"), QStringLiteral("flow/") + content.flows.first().id }));
        Handouts *handouts = Handouts::create(nullptr, nullptr);
        handouts->setFolder(dir.filePath(QStringLiteral("documents")));
        const QString file = handouts->save(QStringLiteral("explored"));
        QVERIFY2(QFileInfo::exists(file), qPrintable(handouts->lastMessage()));
        QVERIFY(handouts->lastMessage().contains(QStringLiteral("Handout saved")));
        QVERIFY(handouts->lastSaved());
        // Said again in the language switched to, not left in the one it was saved in.
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QVERIFY2(handouts->lastMessage().startsWith(QStringLiteral("Se guardó el folleto")), qPrintable(handouts->lastMessage()));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(text(file).contains(content.topic(QStringLiteral("mandamus"))->title.simplified()));
        QVERIFY(handouts->save(QStringLiteral("search")).isEmpty());
        QVERIFY(handouts->lastMessage().contains(QStringLiteral("could not be saved")));
    }

    void refusesPagesWithoutAHandout()
    {
        QString error;
        QCOMPARE(HandoutExporter::write(content, { QStringLiteral("timeline"), HandoutExporter::Paper::Letter, false, {}, {} },
                                        dir.filePath(QStringLiteral("x.pdf")), &error),
                 HandoutExporter::Status::BadAddress);
        QVERIFY2(error.contains(QStringLiteral("has no handout")), qPrintable(error));
        QCOMPARE(HandoutExporter::write(content, { QStringLiteral("flow/nope"), HandoutExporter::Paper::Letter, false, {}, {} },
                                        dir.filePath(QStringLiteral("y.pdf")), &error),
                 HandoutExporter::Status::BadAddress);
        QVERIFY(error.contains(QStringLiteral("no flow \"nope\"")));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
