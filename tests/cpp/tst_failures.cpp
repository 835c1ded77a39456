// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"
#include "flowdiagrammodel.h"
#include "handoutexporter.h"
#include "searchmodel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/**
 * A failure must say it failed. Three used to look like "nothing": search without its SQLite
 * driver answered "Nothing found", a flow whose layout failed showed an empty diagram, and the
 * handout's diagram page came out blank.
 */
class TestFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** A flow whose answer leads to a node that is not there: laid out unvalidated, it fails. */
    QString brokenFlowFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken-flow"));
        QDir().mkpath(folder);
        for (const QString &name : QDir(test::validContent()).entryList({ QStringLiteral("*.json") }))
            QFile::copy(test::validContent() + QLatin1Char('/') + name, folder + QLatin1Char('/') + name);
        QFile f(folder + QStringLiteral("/broken.json"));
        f.open(QIODevice::WriteOnly);
        f.write(R"({ "flows": [ { "id": "broken", "title": "Broken", "topic": "partnerships", "summary": "S.",
            "start": "q", "nodes": [
              { "id": "q", "kind": "question", "text": "Q?", "answers": [
                  { "id": "a", "label": "A", "next": "gone" }, { "id": "b", "label": "B", "next": "o" } ] },
              { "id": "o", "kind": "outcome", "text": "O", "detail": "D.", "sources": ["s1"] } ] } ] })");
        return folder;
    }

private Q_SLOTS:
    void searchWithoutItsDriverSaysSo()
    {
        // No plugin folder: Qt finds no SQL driver, as on a machine without libqt6sql6-sqlite.
        QCoreApplication::setLibraryPaths({ m_dir.path() });
        ContentStore::instance()->load({}, test::validContent());
        SearchModel model;
        model.setQuery(QStringLiteral("detainer"));
        QTRY_VERIFY(!model.searching());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.error().contains(QStringLiteral("SQLite driver is not installed")), qPrintable(model.error()));
    }

    void aLayoutThatFailsSaysWhy()
    {
        ContentStore::instance()->load({}, brokenFlowFolder()); // unvalidated base: kept as read
        FlowDiagramModel diagram;
        diagram.setFlowId(QStringLiteral("broken"));
        QTRY_VERIFY(!diagram.busy() && !diagram.error().isEmpty());
        QVERIFY2(diagram.error().contains(QStringLiteral("leads to gone, which is not a node of this flow")),
                 qPrintable(diagram.error()));
        QVERIFY(diagram.nodes().isEmpty());
    }

    void aHandoutWhoseDiagramFailsSaysSoOnItsFirstPage()
    {
        ContentStore::instance()->load({}, brokenFlowFolder());
        const QString pdf = m_dir.filePath(QStringLiteral("broken.pdf"));
        QString error;
        QCOMPARE(HandoutExporter::write(ContentStore::instance()->content(),
                                        { QStringLiteral("flow/broken"), HandoutExporter::Paper::Letter, false, {}, {} }, pdf, &error),
                 HandoutExporter::Status::Written);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished());
        const QString first = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(first.contains(QStringLiteral("The diagram could not be drawn")), qPrintable(first));
    }
};

QTEST_MAIN(TestFailures)
#include "tst_failures.moc"
