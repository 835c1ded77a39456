// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"
#include "handoutexporter.h"
#include "helpplacemodel.h"
#include "languagemanager.h"
#include "localnotemodel.h"
#include "localstatusmodel.h"
#include "outlineexporter.h"
#include "pack.h"
#include "packinstaller.h"
#include "packlistmodel.h"
#include "packstore.h"
#include "searchmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ktl;

/**
 * A local pack everywhere, at run time: checked and shown before it is installed, then in the
 * models of every page (under QAbstractItemModelTester), in search, in handouts, each labelled
 * with whose it is; removed, it is gone from all of them. The installer writes into this test's
 * own XDG_DATA_HOME.
 */
class TestLocalPacks : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString packFile;
    static constexpr auto note = "flow/detainer-at-the-jail/o-transfer";

    QString writeVersion(const QString &name, const QString &version, const QString &phone) const
    {
        QJsonObject root = QJsonDocument::fromJson(packTemplate()).object();
        QJsonObject manifest = root.value(QStringLiteral("pack")).toObject();
        manifest.insert(QStringLiteral("version"), version);
        root.insert(QStringLiteral("pack"), manifest);
        QJsonArray places = root.value(QStringLiteral("helpPlaces")).toArray();
        QJsonObject place = places.first().toObject();
        place.insert(QStringLiteral("phone"), phone);
        places.replace(0, place);
        root.insert(QStringLiteral("helpPlaces"), places);
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(root).toJson());
        return file.fileName();
    }

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, 0), role).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        cleanup(); // an earlier run may have stopped half-way
        QVERIFY(PackStore().installed(ContentStore::instance()->builtIn()).isEmpty());
        packFile = writeVersion(QStringLiteral("river.ktlpack"), QStringLiteral("1.0.0"), QStringLiteral("+1 555-0100"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        // Each test starts with nothing installed, whatever the one before it did.
        PackInstaller::instance()->dismiss();
        if (PackStore().remove(QStringLiteral("example-river-county")))
            ContentStore::instance()->reloadPacks();
    }

    void aPackIsShownBeforeItIsAdded()
    {
        PackInstaller *installer = PackInstaller::instance();
        installer->open(QUrl::fromLocalFile(packFile));
        QVERIFY(installer->canConfirm());
        QCOMPARE(installer->heading(), QStringLiteral("Add local information from Example Legal Aid Network (fictional)?"));
        QVERIFY(installer->details().contains(QStringLiteral("Area: River County (fictional), TX")));
        QVERIFY(installer->details().contains(QStringLiteral("Languages: English, Español")));
        QVERIFY(installer->details().contains(QStringLiteral("Not signed")));
        QVERIFY(installer->warning().contains(QStringLiteral("not signed")));
        QVERIFY(installer->changes().isEmpty()); // a first install changes nothing that was there
        // Nothing is written until the reader confirms.
        QVERIFY(ContentStore::instance()->packs().isEmpty());
        installer->dismiss();
        QVERIFY(!installer->showing());
        QVERIFY(PackStore().installed(ContentStore::instance()->builtIn()).isEmpty());

        // Not a file on this computer: refused without reading anything.
        installer->open(QUrl(QStringLiteral("https://example.org/pack.ktlpack")));
        QVERIFY(installer->showing());
        QVERIFY(!installer->canConfirm());
        QVERIFY(installer->problems().value(0).contains(QStringLiteral("not a file on this computer")));
        installer->dismiss();
        QVERIFY(!installer->acceptsDrop({ QUrl(QStringLiteral("https://example.org/a.ktlpack")) }));
        QVERIFY(!installer->acceptsDrop({ QUrl::fromLocalFile(dir.filePath(QStringLiteral("a.json"))) }));
        QVERIFY(installer->acceptsDrop({ QUrl::fromLocalFile(packFile) }));
    }

    void everyModelFollowsAnInstallAndARemoval()
    {
        HelpPlaceModel help;
        PackListModel packs;
        LocalStatusModel status;
        LocalNoteModel notes;
        notes.setFlowId(QStringLiteral("detainer-at-the-jail"));
        notes.setNodeId(QStringLiteral("o-transfer"));
        LocalNoteModel elsewhere;
        elsewhere.setFlowId(QStringLiteral("detainer-at-the-jail"));
        elsewhere.setNodeId(QStringLiteral("o-released"));
        SearchModel search;
        search.setQuery(QStringLiteral("alguacil"));
        QTRY_VERIFY(!search.searching());
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> { &help, &packs, &status, &notes, &elsewhere, &search })
            testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        const int builtInPlaces = help.rowCount();
        QCOMPARE(packs.rowCount(), 0);
        QCOMPARE(notes.rowCount(), 0);

        PackInstaller *installer = PackInstaller::instance();
        installer->open(QUrl::fromLocalFile(packFile));
        installer->confirm();
        QVERIFY(!installer->showing());
        QCOMPARE(installer->lastResult(), QStringLiteral("Added the local information from Example Legal Aid Network (fictional)."));

        QCOMPARE(help.rowCount(), builtInPlaces + 1);
        QCOMPARE(packs.rowCount(), 1);
        QCOMPARE(packs.data(packs.index(0), PackListModel::SignatureRole).toString(), QStringLiteral("Not signed"));
        QCOMPARE(status.rowCount(), 1);
        QCOMPARE(status.data(status.index(0), LocalStatusModel::AgencyRole).toString(),
                 QStringLiteral("River County Sheriff's Office (fictional) (Jail enforcement model)"));
        QCOMPARE(notes.rowCount(), 1);
        QCOMPARE(elsewhere.rowCount(), 0);
        QVERIFY(notes.data(notes.index(0), LocalNoteModel::FromRole).toString().startsWith(QStringLiteral("From Example Legal Aid Network (fictional), checked")));
        QVERIFY(notes.data(notes.index(0), LocalNoteModel::SourcesRole).toStringList().value(0).contains(QStringLiteral("fictional")));

        // Spanish, from the pack's own Spanish; search finds it without the accent.
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QVERIFY(notes.data(notes.index(0), LocalNoteModel::TextRole).toString().startsWith(QStringLiteral("En el condado de River")));
        QVERIFY(notes.data(notes.index(0), LocalNoteModel::FromRole).toString().contains(QStringLiteral("Red de Ayuda Legal de Ejemplo")));
        search.setQuery(QStringLiteral("carcel alguacil"));
        QTRY_VERIFY(!search.searching());
        QVERIFY(search.rowCount() >= 1);
        QCOMPARE(search.data(search.index(0), SearchModel::KindRole).toString(), QStringLiteral("local"));
        QCOMPARE(search.data(search.index(0), SearchModel::AddressRole).toString(), QStringLiteral("local"));
        QVERIFY(!search.data(search.index(0), SearchModel::FromRole).toString().isEmpty());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));

        // Removed at run time: gone from every model, nothing crashes, the testers stay quiet.
        installer->remove(QStringLiteral("example-river-county"));
        QCOMPARE(installer->lastResult(), QStringLiteral("Removed the local information from Example Legal Aid Network (fictional)."));
        QCOMPARE(help.rowCount(), builtInPlaces);
        QCOMPARE(packs.rowCount(), 0);
        QCOMPARE(status.rowCount(), 0);
        QCOMPARE(notes.rowCount(), 0);
        search.setQuery(QStringLiteral("alguacil"));
        QTRY_VERIFY(!search.searching());
        QCOMPARE(search.rowCount(), 0);
    }

    void anUpdateSaysWhatChanges()
    {
        PackInstaller *installer = PackInstaller::instance();
        installer->open(QUrl::fromLocalFile(packFile));
        installer->confirm();
        installer->open(QUrl::fromLocalFile(packFile));
        QVERIFY(!installer->canConfirm()); // the same version again
        QCOMPARE(installer->heading(), QStringLiteral("The local information from Example Legal Aid Network (fictional) is added already"));
        installer->dismiss();

        installer->open(QUrl::fromLocalFile(writeVersion(QStringLiteral("v2.ktlpack"), QStringLiteral("1.1.0"), QStringLiteral("+1 555-0199"))));
        QVERIFY(installer->canConfirm());
        QCOMPARE(installer->confirmLabel(), QStringLiteral("Update"));
        QCOMPARE(installer->changes(), QStringList { QStringLiteral("Changed: help place “Example rapid-response line (fictional)”") });
        installer->confirm();
        HelpPlaceModel help;
        QCOMPARE(column(help, HelpPlaceModel::PhoneRole).last(), QStringLiteral("+1 555-0199"));
        installer->remove(QStringLiteral("example-river-county"));
    }

    void handoutsCarryTheLocalHelpAndNotesLabelled()
    {
        QVERIFY(PackStore().install(packFile, ContentStore::instance()->builtIn()).wouldInstall());
        ContentStore::instance()->reloadPacks();
        HandoutExporter::Options options;
        options.address = QString::fromLatin1(note).section(QLatin1Char('/'), 0, 1);
        options.packs = ContentStore::instance()->packs();
        QString error;
        const QString html = HandoutExporter::bodyHtml(ContentStore::instance()->content(), options, &error);
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        QVERIFY(html.contains(QStringLiteral("Local note")));
        QVERIFY(html.contains(QStringLiteral("Local help: River County (fictional), TX")));
        QVERIFY(html.contains(QStringLiteral("+1 555-0100")));
        QCOMPARE(html.count(QStringLiteral("From Example Legal Aid Network (fictional), checked")), 2);

        const QString outline = OutlineExporter::toMarkdown(ContentStore::instance()->content(), ContentStore::instance()->packs());
        QVERIFY(outline.contains(QStringLiteral("## Local information (not part of this app)")));
        QVERIFY(outline.contains(QStringLiteral("+1 555-0100")));
        QVERIFY(outline.contains(QStringLiteral("Note on the page flow/detainer-at-the-jail/o-transfer:")));

        options.packs.clear(); // without packs, nothing local is printed
        QVERIFY(!HandoutExporter::bodyHtml(ContentStore::instance()->content(), options, &error).contains(QStringLiteral("Local")));
        QVERIFY(PackStore().remove(QStringLiteral("example-river-county")));
        ContentStore::instance()->reloadPacks();
    }
};

QTEST_MAIN(TestLocalPacks)
#include "tst_localpacks.moc"
