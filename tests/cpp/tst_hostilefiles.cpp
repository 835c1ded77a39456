// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentvalidator.h"
#include "flowgraph.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ktl;

/**
 * A content folder is hostile: what the file system can put in it (links out, FIFOs, deep or
 * huge trees) and shapes the JSON reader alone cannot catch (a flow long enough to overflow a
 * recursive walk, duplicates across files). Each case is built here, since git cannot hold a
 * FIFO and a committed link out of the repository would be one more thing to trust.
 */
class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString describe(const ContentErrors &errors)
    {
        QStringList lines;
        for (const ContentError &e : errors)
            lines.append(e.toString());
        return lines.join(QLatin1Char('\n'));
    }

    /** A fresh folder holding the valid minimal fixture (base.json and case.json). */
    QString freshFolder(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        for (const char *file : { "base.json", "case.json" })
            QFile::copy(test::dataDir(QStringLiteral("invalid/valid-minimal/")) + QLatin1String(file),
                        folder + QLatin1Char('/') + QLatin1String(file));
        return folder;
    }

    static bool hasProblem(const ContentErrors &errors, const QString &file, const QString &words)
    {
        return std::any_of(errors.cbegin(), errors.cend(), [&](const ContentError &e) {
            return e.file == file && e.message.contains(words);
        });
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fifoIsRefusedWithoutBlocking()
    {
        const QString folder = freshFolder(QStringLiteral("fifo"));
        const QString fifo = folder + QStringLiteral("/pipe.json");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Nobody writes to the pipe: a blocking open would never return.
        const auto result = loadAndValidate(folder);
        QVERIFY2(hasProblem(result.errors, fifo, QStringLiteral("is a FIFO (named pipe), not an ordinary file")),
                 qPrintable(describe(result.errors)));
    }

    void linkToAFifoIsRefusedWithoutBlocking()
    {
        const QString folder = freshFolder(QStringLiteral("fifo-link"));
        const QString fifo = m_dir.filePath(QStringLiteral("outside-pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = folder + QStringLiteral("/pipe.json");
        QVERIFY(QFile::link(fifo, link));
        const auto result = loadAndValidate(folder);
        QVERIFY2(hasProblem(result.errors, link, QStringLiteral("leads outside the content folder")),
                 qPrintable(describe(result.errors)));
        // And a link to a FIFO inside the folder: named, not opened.
        const QString inner = freshFolder(QStringLiteral("fifo-link-inside"));
        QCOMPARE(::mkfifo(QFile::encodeName(inner + QStringLiteral("/p")).constData(), 0600), 0);
        QVERIFY(QFile::link(inner + QStringLiteral("/p"), inner + QStringLiteral("/p.json")));
        const auto inside = loadAndValidate(inner);
        QVERIFY2(hasProblem(inside.errors, inner + QStringLiteral("/p.json"), QStringLiteral("not an ordinary file")),
                 qPrintable(describe(inside.errors)));
    }

    void linksOutOfTheFolderAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("system file") << QStringLiteral("/etc/passwd");
        QTest::newRow("device") << QStringLiteral("/dev/zero");
        QTest::newRow("another content file") << test::dataDir(QStringLiteral("valid/topics.json"));
        QTest::newRow("folder") << test::dataDir(QStringLiteral("valid"));
    }

    void linksOutOfTheFolderAreRefused()
    {
        QFETCH(QString, target);
        const QString folder = freshFolder(QStringLiteral("out-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString link = folder + (QFileInfo(target).isDir() ? QStringLiteral("/more") : QStringLiteral("/linked.json"));
        QVERIFY(QFile::link(target, link));
        const auto result = loadAndValidate(folder);
        QVERIFY2(hasProblem(result.errors, link, QStringLiteral("leads outside the content folder")),
                 qPrintable(describe(result.errors)));
        QVERIFY(!result.content.term(QStringLiteral("detainer"))); // nothing of the outside file was read
    }

    void linkInsideTheFolderIsReadOnce()
    {
        const QString folder = freshFolder(QStringLiteral("inside-link"));
        QVERIFY(QFile::link(folder + QStringLiteral("/base.json"), folder + QStringLiteral("/again.json")));
        const auto result = loadAndValidate(folder);
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.files.size(), 2);
    }

    void danglingLinkIsNamed()
    {
        const QString folder = freshFolder(QStringLiteral("dangling"));
        const QString link = folder + QStringLiteral("/gone.json");
        QVERIFY(QFile::link(folder + QStringLiteral("/nothing-here"), link));
        const auto result = loadAndValidate(folder);
        QVERIFY2(hasProblem(result.errors, link, QStringLiteral("a symbolic link to nothing")), qPrintable(describe(result.errors)));
    }

    void unreadableSubfolderIsNamed()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every folder; the permission check cannot be shown as root");
        const QString folder = freshFolder(QStringLiteral("unreadable"));
        const QString sub = folder + QStringLiteral("/locked");
        QDir().mkpath(sub);
        write(sub + QStringLiteral("/more.json"), "{}");
        QVERIFY(QFile::setPermissions(sub, QFileDevice::WriteOwner));
        const auto result = loadAndValidate(folder);
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(hasProblem(result.errors, QFileInfo(sub).canonicalFilePath(), QStringLiteral("cannot read this folder")),
                 qPrintable(describe(result.errors)));
    }

    void deepFoldersAreRefused()
    {
        const QString folder = freshFolder(QStringLiteral("deep"));
        QString path = folder;
        for (int i = 0; i <= limits::maxFolderDepth; ++i)
            path += QStringLiteral("/d");
        QVERIFY(QDir().mkpath(path));
        const auto result = loadAndValidate(folder);
        QVERIFY2(std::any_of(result.errors.cbegin(), result.errors.cend(), [](const ContentError &e) {
                     return e.message.contains(QStringLiteral("nested more than 8 levels"));
                 }),
                 qPrintable(describe(result.errors)));
    }

    void tooManyFilesAreRefused()
    {
        const QString folder = freshFolder(QStringLiteral("many"));
        for (int i = 0; i < limits::maxFiles; ++i)
            write(folder + QStringLiteral("/extra-%1.json").arg(i, 3, 10, QLatin1Char('0')), "{}");
        const auto result = loadAndValidate(folder);
        QVERIFY2(hasProblem(result.errors, folder, QStringLiteral("more than 200 content files")),
                 qPrintable(describe(result.errors)));
        QCOMPARE(result.files.size(), limits::maxFiles);
    }

    void tooManyBytesInAllAreRefused()
    {
        const QString folder = freshFolder(QStringLiteral("bytes"));
        // Each file under the per-file limit; together past the folder's.
        const QByteArray filler = "{ \"terms\": [], \"x\": \"" + QByteArray(int(limits::maxFileBytes) - 64, 'a') + "\" }";
        const int count = int(limits::maxTotalBytes / filler.size()) + 1;
        for (int i = 0; i < count; ++i)
            write(folder + QStringLiteral("/big-%1.json").arg(i, 2, 10, QLatin1Char('0')), filler);
        const auto result = loadAndValidate(folder);
        QVERIFY2(std::any_of(result.errors.cbegin(), result.errors.cend(), [](const ContentError &e) {
                     return e.message.contains(QStringLiteral("pass 16777216 bytes together"));
                 }),
                 qPrintable(describe(result.errors).left(2000)));
    }

    void hiddenFilesAreNotContent()
    {
        const QString folder = freshFolder(QStringLiteral("hidden"));
        write(folder + QStringLiteral("/.base.json.swp.json"), "not json");
        const auto result = loadAndValidate(folder);
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    }

    void duplicateIdsAcrossAnOverlaysFilesAreReported()
    {
        const ContentSet base = loadAndValidate(test::validContent()).content;
        const QString folder = m_dir.filePath(QStringLiteral("overlay-dups"));
        QDir().mkpath(folder);
        const QByteArray term = R"({ "terms": [ { "id": "extra", "term": "extra", "definition": "One." } ] })";
        write(folder + QStringLiteral("/a.json"), term);
        write(folder + QStringLiteral("/b.json"), term);
        const OverlayResult result = loadOverlay(base, folder);
        QVERIFY2(hasProblem(result.errors, QFileInfo(folder + QStringLiteral("/b.json")).canonicalFilePath(),
                            QStringLiteral("duplicate term id \"extra\"")),
                 qPrintable(describe(result.errors)));
        QVERIFY(!result.content.term(QStringLiteral("extra"))); // refused whole
    }

    void overlayWithoutMetaIsAcceptedAndSaysWhatItReplaces()
    {
        const ContentSet base = loadAndValidate(test::validContent()).content;
        const QString folder = m_dir.filePath(QStringLiteral("overlay-replace"));
        QDir().mkpath(folder);
        write(folder + QStringLiteral("/terms.json"),
              R"({ "terms": [ { "id": "detainer", "term": "detainer", "definition": "Replaced." },
                             { "id": "brand-new", "term": "brand new", "definition": "Added." } ] })");
        const OverlayResult result = loadOverlay(base, folder);
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.content.term(QStringLiteral("detainer"))->definition, QStringLiteral("Replaced."));
        QVERIFY(result.content.term(QStringLiteral("brand-new")));
        QCOMPARE(result.replaced.size(), 1);
        QCOMPARE(result.replaced.first().what, QStringLiteral("term \"detainer\""));
        QVERIFY(result.replaced.first().file.endsWith(QStringLiteral("/terms.json")));
    }

    void replacingTheDisclaimerIsSaid()
    {
        const ContentSet base = loadAndValidate(test::validContent()).content;
        const QString folder = m_dir.filePath(QStringLiteral("overlay-meta"));
        QDir().mkpath(folder);
        write(folder + QStringLiteral("/meta.json"),
              R"({ "meta": { "version": "9", "reviewedAsOf": "2026-12-01", "disclaimer": "Other.", "helpNotice": "Other." } })");
        const OverlayResult result = loadOverlay(base, folder);
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QVERIFY(result.replaced.first().what.startsWith(QStringLiteral("meta")));
    }

    void longChainsDoNotOverflowTheStack()
    {
        // Far past the loader's limit on purpose: the graph walks must not depend on it.
        Flow flow;
        flow.id = QStringLiteral("chain");
        flow.start = QStringLiteral("n0");
        const int length = 200000;
        for (int i = 0; i < length; ++i) {
            FlowNode node;
            node.id = QStringLiteral("n%1").arg(i);
            node.kind = i + 1 == length ? FlowNode::Kind::Outcome : FlowNode::Kind::Info;
            if (i + 1 < length)
                node.edges.append({ {}, {}, QStringLiteral("n%1").arg(i + 1), false });
            flow.nodes.append(node);
        }
        // And a cycle at the end of it, which the search must still find.
        flow.nodes[length - 1].kind = FlowNode::Kind::Info;
        flow.nodes[length - 1].edges.append({ {}, {}, QStringLiteral("n%1").arg(length - 3), false });
        flow.reindex();
        QCOMPARE(flowgraph::reachableFromStart(flow).size(), length);
        QCOMPARE(flowgraph::unintendedCycle(flow),
                 QStringList({ QStringLiteral("n%1").arg(length - 3), QStringLiteral("n%1").arg(length - 2),
                               QStringLiteral("n%1").arg(length - 1), QStringLiteral("n%1").arg(length - 3) }));
        QCOMPARE(flowgraph::nodesWithoutOutcome(flow).size(), length);
        const QList<flowgraph::OutlineLine> outline = flowgraph::outline(flow);
        QCOMPARE(outline.size(), length + 1); // every node, then the repeat that closes the loop
        QCOMPARE(outline.last().repeat, true);
    }

    void aFlowAtTheNodeLimitIsAcceptedAndOnePastItIsNot()
    {
        for (const int nodes : { limits::maxFlowNodes, limits::maxFlowNodes + 1 }) {
            QString json = QStringLiteral(R"({ "flows": [ { "id": "f", "title": "F", "topic": "t", "summary": "S.", "start": "n0", "nodes": [)");
            for (int i = 0; i < nodes; ++i) {
                if (i > 0)
                    json += QLatin1Char(',');
                if (i + 1 == nodes)
                    json += QStringLiteral(R"({ "id": "n%1", "kind": "outcome", "text": "End", "detail": "D.", "sources": ["s"] })").arg(i);
                else
                    json += QStringLiteral(R"({ "id": "n%1", "kind": "info", "text": "Go on", "next": "n%2" })").arg(i).arg(i + 1);
            }
            json += QStringLiteral("] } ] }");
            ContentSet set;
            ContentErrors errors;
            ContentLoader::loadFile(QStringLiteral("big.json"), json.toUtf8(), set, errors);
            if (nodes > limits::maxFlowNodes) {
                QCOMPARE(errors.size(), 1);
                QCOMPARE(errors.first().path, QStringLiteral("$.flows[0].nodes"));
                QVERIFY(errors.first().message.contains(QStringLiteral("the limit is 500")));
            } else {
                QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
                QCOMPARE(set.flows.first().nodes.size(), nodes);
                // Validation of the whole chain reports only the missing topic and source.
                const ContentErrors problems = ContentValidator::validate(set);
                for (const ContentError &e : problems)
                    QVERIFY2(!e.message.contains(QStringLiteral("cycle")) && !e.message.contains(QStringLiteral("reached")),
                             qPrintable(e.toString()));
            }
        }
    }

    void problemsPrintWithControlCharactersEscaped()
    {
        const ContentError e { QStringLiteral("a\x1b[31m.json"), QStringLiteral("$.x"), QStringLiteral("bell\a and \u202e") };
        QCOMPARE(e.toString(), QStringLiteral("a\\x1b[31m.json: $.x: bell\\x07 and \\u202e"));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
