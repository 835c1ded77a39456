// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstore.h"
#include "helpplacemodel.h"
#include "pack.h"
#include "packstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/stat.h>

using namespace ktl;

Q_DECLARE_METATYPE(std::function<void(QJsonObject &)>)

/**
 * A local pack is read like content from outside: the template passes, and each way a pack can
 * be wrong is refused whole, with the file, the JSON path and what was expected.
 */
class TestPack : public QObject
{
    Q_OBJECT

    ContentSet builtIn;
    QJsonObject templateObject;

    using Change = std::function<void(QJsonObject &)>;

    /** Sets the value at @p path ("helpPlaces/0/phone") in @p root; QJsonObject has no deep set. */
    static void set(QJsonObject &root, const QStringList &path, const QJsonValue &value)
    {
        const QString key = path.first();
        if (path.size() == 1) {
            if (value.isUndefined())
                root.remove(key);
            else
                root.insert(key, value);
            return;
        }
        if (root.value(key).isArray()) {
            QJsonArray array = root.value(key).toArray();
            const int index = path.at(1).toInt();
            QJsonObject item = array.at(index).toObject();
            if (path.size() == 2)
                item = value.toObject();
            else
                set(item, path.mid(2), value);
            array.replace(index, item);
            root.insert(key, array);
            return;
        }
        QJsonObject child = root.value(key).toObject();
        set(child, path.mid(1), value);
        root.insert(key, child);
    }
    static Change setting(const char *path, const QJsonValue &value)
    {
        return [=](QJsonObject &root) { set(root, QString::fromLatin1(path).split(QLatin1Char('/')), value); };
    }
    static Change removing(const char *path) { return setting(path, QJsonValue(QJsonValue::Undefined)); }

private Q_SLOTS:
    void initTestCase()
    {
        builtIn = ContentLoader::loadDirectory(QString::fromLatin1(ContentStore::builtInDirectory)).content;
        QVERIFY(!builtIn.flows.isEmpty());
        templateObject = QJsonDocument::fromJson(packTemplate()).object();
        QVERIFY(!templateObject.isEmpty());
    }

    void theTemplateIsACompletePack()
    {
        const PackReadResult result = readPackBytes(QStringLiteral("template.ktlpack"), packTemplate(), builtIn);
        QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.first().toString()));
        const Pack &p = result.pack;
        QCOMPARE(p.manifest.format, 1);
        QCOMPARE(p.manifest.id, QStringLiteral("example-river-county"));
        QCOMPARE(p.manifest.languages, QStringList({ QStringLiteral("en"), QStringLiteral("es") }));
        QCOMPARE(p.manifest.state, QStringLiteral("TX"));
        QCOMPARE(p.helpPlaces.size(), 1);
        QCOMPARE(p.helpPlaces.first().phone, QStringLiteral("+1 555-0100"));
        QVERIFY(p.helpPlaces.first().name.value(QStringLiteral("es")).contains(QStringLiteral("ficticia")));
        QCOMPARE(p.status.first().model, QStringLiteral("jail-enforcement"));
        QCOMPARE(p.notes.first().on, QStringLiteral("flow/detainer-at-the-jail/o-transfer"));
        QCOMPARE(p.notes.first().sources.size(), 1);
        // No invented facts: everything in it says it is fictional, and its numbers are 555s.
        QVERIFY(QString::fromUtf8(packTemplate()).count(QStringLiteral("fictional")) >= 5);
    }

    void refusals_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const Change &change, const char *path, const char *message) {
            QTest::newRow(name) << change << QString::fromLatin1(path) << QString::fromUtf8(message);
        };
        row("newer format", setting("pack/format", 2), "$.pack.format", "format 2 is not one this app reads");
        row("no main language", removing("helpPlaces/0/name/en"), "$.helpPlaces[0].name",
            "missing the pack's first language, \"en\"");
        row("undeclared language", setting("notes/0/text/fr", QStringLiteral("Bonjour")), "$.notes[0].text.fr",
            "\"fr\" is not one of the pack's languages (en, es)");
        row("markup", setting("helpPlaces/0/offers/es", QStringLiteral("<b>Gratis</b>")), "$.helpPlaces[0].offers.es",
            "raw HTML is not allowed");
        row("http address", setting("helpPlaces/0/url", QStringLiteral("http://example.org")), "$.helpPlaces[0].url",
            "is not an https web address");
        row("javascript address", setting("notes/0/sources/0/url", QStringLiteral("javascript:alert(1)")),
            "$.notes[0].sources[0].url", "is not an https web address");
        row("bad phone", setting("helpPlaces/0/phone", QStringLiteral("call us")), "$.helpPlaces[0].phone",
            "is not a phone number");
        row("no way to reach", [](QJsonObject &root) {
            removing("helpPlaces/0/phone")(root);
            removing("helpPlaces/0/url")(root);
        }, "$.helpPlaces[0]", "needs a way to reach it");
        row("review dates backwards", setting("pack/reviewAgainBy", QStringLiteral("2026-01-01")), "$.pack.reviewAgainBy",
            "is not after reviewedAsOf (2026-11-30)");
        row("not a date", setting("status/0/asOf", QStringLiteral("November 2026")), "$.status[0].asOf", "is not a date");
        row("note on a question", setting("notes/0/on", QStringLiteral("flow/detainer-at-the-jail/state-law")),
            "$.notes[0].on", "is not a topic or a flow outcome");
        row("note on nothing", setting("notes/0/on", QStringLiteral("flow/no-such-flow/o-x")), "$.notes[0].on",
            "no flow \"no-such-flow\"");
        row("287(g) without model", removing("status/0/model"), "$.status[0].model", "missing field");
        row("model on a policy", setting("status/0/kind", QStringLiteral("detainer-policy")), "$.status[0].model",
            "only a 287g-agreement has a model");
        row("unknown kind", setting("status/0/kind", QStringLiteral("rumour")), "$.status[0].kind", "is not one of");
        row("no sources", removing("status/0/sources"), "$.status[0].sources", "missing field");
        row("duplicate id", [](QJsonObject &root) {
            QJsonArray places = root.value(QStringLiteral("helpPlaces")).toArray();
            places.append(places.first());
            root.insert(QStringLiteral("helpPlaces"), places);
        }, "$.helpPlaces[1].id", "duplicate help place id \"example-hotline\"");
        row("bad id", setting("pack/id", QStringLiteral("River County")), "$.pack.id", "must use only a-z, 0-9 and -");
        row("unknown field", setting("pack/licence", QStringLiteral("CC0")), "$.pack.licence", "unknown field");
        row("bad state", setting("pack/region/state", QStringLiteral("Texas")), "$.pack.region.state", "is not a state");
        row("bad contact", setting("pack/contact", QStringLiteral("ring us")), "$.pack.contact",
            "neither an https web address nor an e-mail address");
        row("bad language code", setting("pack/languages", QJsonArray({ QStringLiteral("en"), QStringLiteral("ES") })),
            "$.pack.languages", "\"ES\" is not a language code");
        row("empty pack", [](QJsonObject &root) {
            root.remove(QStringLiteral("helpPlaces"));
            root.remove(QStringLiteral("status"));
            root.remove(QStringLiteral("notes"));
        }, "$", "the pack holds nothing");
        row("terminal escape", setting("helpPlaces/0/name/en", QStringLiteral("Line \x1b[31m")), "$.helpPlaces[0].name.en",
            "control character U+001B");
    }
    void refusals()
    {
        QFETCH(Change, change);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QJsonObject pack = templateObject;
        change(pack);
        const PackReadResult result = readPackBytes(QStringLiteral("pack.ktlpack"), QJsonDocument(pack).toJson(), builtIn);
        QVERIFY2(!result.ok(), "refused");
        QStringList said;
        bool found = false;
        for (const ContentError &e : result.errors) {
            said.append(e.toString());
            found = found || (e.file == QLatin1String("pack.ktlpack") && e.path == path && e.message.contains(message));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: …%2…; got:\n").arg(path, message) + said.join(QLatin1Char('\n'))));
    }

    void strictJsonAndBoundedReading()
    {
        // A key given twice: the last would silently win.
        const QByteArray twice = "{\"pack\": {\"format\": 1, \"format\": 2}}";
        QVERIFY(readPackBytes(QStringLiteral("p"), twice, builtIn).errors.first().message.contains(QStringLiteral("given twice")));
        QVERIFY(readPackBytes(QStringLiteral("p"), "{\"pack\": ", builtIn).errors.first().message.contains(QStringLiteral("not valid JSON")));
        QVERIFY(readPackBytes(QStringLiteral("p"), "[]", builtIn).errors.first().message.contains(QStringLiteral("expected an object")));
        const QByteArray huge(3 * 1024 * 1024, ' ');
        QVERIFY(readPackBytes(QStringLiteral("p"), huge, builtIn).errors.first().message.contains(QStringLiteral("the limit is")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("pack.ktlpack"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const PackReadResult fromFifo = readPack(fifo, builtIn); // must not wait for a writer
        QVERIFY(!fromFifo.ok());
        QVERIFY2(fromFifo.errors.first().message.contains(QStringLiteral("not an ordinary file")),
                 qPrintable(fromFifo.errors.first().toString()));
        const PackReadResult missing = readPack(dir.filePath(QStringLiteral("nope.ktlpack")), builtIn);
        QVERIFY(missing.errors.first().message.contains(QStringLiteral("cannot be read")));
    }

    /** The template as a file, changed by @p change. */
    QString writePack(const QTemporaryDir &dir, const QString &name, const Change &change = {}) const
    {
        QJsonObject pack = templateObject;
        if (change)
            change(pack);
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(pack).toJson());
        return path;
    }

    void installUpdateAndRemove()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PackStore store(dir.filePath(QStringLiteral("installed")));
        using Status = PackStore::InstallResult::Status;

        const auto first = store.install(writePack(dir, QStringLiteral("v1.ktlpack")), builtIn);
        QCOMPARE(first.status, Status::Installed);
        QCOMPARE(first.path, dir.filePath(QStringLiteral("installed/example-river-county.ktlpack")));
        QCOMPARE(QFileInfo(store.directory()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(store.installed(builtIn).size(), 1);

        // The same version again is left alone.
        QCOMPARE(store.install(writePack(dir, QStringLiteral("again.ktlpack")), builtIn).status, Status::NotNewer);

        // A newer one replaces it and says what changed: one added, one changed, one removed.
        const auto second = store.install(writePack(dir, QStringLiteral("v2.ktlpack"), [](QJsonObject &root) {
            set(root, { QStringLiteral("pack"), QStringLiteral("version") }, QStringLiteral("1.1.0"));
            set(root, { QStringLiteral("helpPlaces"), QStringLiteral("0"), QStringLiteral("phone") }, QStringLiteral("+1 555-0199"));
            QJsonArray places = root.value(QStringLiteral("helpPlaces")).toArray();
            QJsonObject extra = places.first().toObject();
            extra.insert(QStringLiteral("id"), QStringLiteral("example-clinic"));
            places.append(extra);
            root.insert(QStringLiteral("helpPlaces"), places);
            root.remove(QStringLiteral("notes"));
        }), builtIn);
        QCOMPARE(second.status, Status::Updated);
        QCOMPARE(second.previousVersion, QStringLiteral("1.0.0"));
        QCOMPARE(second.changes.added, QStringList { QStringLiteral("help place example-clinic") });
        QCOMPARE(second.changes.changed, QStringList { QStringLiteral("help place example-hotline") });
        QCOMPARE(second.changes.removed, QStringList { QStringLiteral("note river-county-jail-note") });
        QCOMPARE(store.installed(builtIn).first().pack.manifest.version, QStringLiteral("1.1.0"));

        // An older one, or one with a problem, changes nothing.
        QCOMPARE(store.install(writePack(dir, QStringLiteral("v1b.ktlpack")), builtIn).status, Status::NotNewer);
        const auto ninth = store.install(writePack(dir, QStringLiteral("v9.ktlpack"), setting("pack/version", QStringLiteral("9.0.0"))),
                                         builtIn);
        QCOMPARE(ninth.status, Status::Updated); // a plain newer version is fine…
        // Against 1.1.0 the template brings the note back, drops the clinic and restores the phone.
        QCOMPARE(ninth.changes.added, QStringList { QStringLiteral("note river-county-jail-note") });
        QCOMPARE(ninth.changes.removed, QStringList { QStringLiteral("help place example-clinic") });
        QCOMPARE(ninth.changes.changed, QStringList { QStringLiteral("help place example-hotline") });
        const auto refused = store.install(writePack(dir, QStringLiteral("bad2.ktlpack"), [](QJsonObject &root) {
            set(root, { QStringLiteral("pack"), QStringLiteral("version") }, QStringLiteral("10.0.0"));
            set(root, { QStringLiteral("helpPlaces"), QStringLiteral("0"), QStringLiteral("url") }, QStringLiteral("http://x"));
        }), builtIn);
        QCOMPARE(refused.status, Status::Refused); // …a newer one with a problem is refused whole
        QCOMPARE(store.installed(builtIn).first().pack.manifest.version, QStringLiteral("9.0.0"));

        QVERIFY(!store.remove(QStringLiteral("../installed/example-river-county")));
        QVERIFY(store.remove(QStringLiteral("example-river-county")));
        QVERIFY(store.installed(builtIn).isEmpty());
        QVERIFY(!store.remove(QStringLiteral("example-river-county")));
    }

    void aBrokenInstalledPackIsAProblemNotAPlace()
    {
        QTemporaryDir dir;
        const PackStore store(dir.path());
        QFile broken(dir.filePath(QStringLiteral("broken.ktlpack")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"pack\": ");
        broken.close();
        ContentErrors problems;
        QVERIFY(store.installed(builtIn, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("not valid JSON")));
    }

    void installedPacksAreReadWithinTheFileLimit()
    {
        // The folder is read at every start: past the limit, packs are named, not read.
        QTemporaryDir dir;
        const PackStore store(dir.path());
        for (int i = 0; i <= limits::maxFiles; ++i) {
            QFile f(dir.filePath(QStringLiteral("p%1.ktlpack").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        ContentErrors problems;
        QVERIFY(store.installed(builtIn, &problems).isEmpty());
        QCOMPARE(problems.size(), limits::maxFiles + 1); // each read one is broken, the last is not read
        QVERIFY(problems.constLast().message.contains(QStringLiteral("more than 200 packs are installed")));
    }

    void theHelpPageListsAnInstalledPacksPlacesLabelled()
    {
        // The store reads PackStore's own folder (this test's XDG_DATA_HOME).
        QTemporaryDir dir;
        const auto result = PackStore().install(writePack(dir, QStringLiteral("p.ktlpack")), builtIn);
        QCOMPARE(result.status, PackStore::InstallResult::Status::Installed);
        ContentStore::instance()->load();
        QCOMPARE(ContentStore::instance()->packs().size(), 1);
        HelpPlaceModel model;
        const int builtInPlaces = int(ContentStore::instance()->content().helpPlaces.size());
        QCOMPARE(model.rowCount(), builtInPlaces + 1);
        const QModelIndex local = model.index(builtInPlaces);
        QCOMPARE(model.data(local, HelpPlaceModel::PhoneRole).toString(), QStringLiteral("+1 555-0100"));
        QVERIFY(model.data(local, HelpPlaceModel::FromRole).toString().startsWith(QStringLiteral("From Example Legal Aid Network (fictional), checked November 30, 2026")));
        QVERIFY(model.data(model.index(0), HelpPlaceModel::FromRole).toString().isEmpty()); // the app's own places
        QVERIFY(PackStore().remove(QStringLiteral("example-river-county")));
        ContentStore::instance()->load();
        QCOMPARE(HelpPlaceModel().rowCount(), builtInPlaces);
    }
};

QTEST_GUILESS_MAIN(TestPack)
#include "tst_pack.moc"
