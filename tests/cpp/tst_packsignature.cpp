// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstore.h"
#include "pack.h"
#include "packsignature.h"
#include "packstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/**
 * Signed packs, trusted on first use: a valid signature names its key; any change after signing,
 * a malformed signature, or an update signed by another key (or by none) is refused.
 */
class TestPackSignature : public QObject
{
    Q_OBJECT

    ContentSet builtIn;
    QJsonObject templateObject;
    packsignature::KeyPair first = packsignature::newKeyPair();
    packsignature::KeyPair second = packsignature::newKeyPair();

    static QJsonObject withVersion(QJsonObject root, const QString &version)
    {
        QJsonObject manifest = root.value(QStringLiteral("pack")).toObject();
        manifest.insert(QStringLiteral("version"), version);
        root.insert(QStringLiteral("pack"), manifest);
        return root;
    }

    static QJsonObject signedBy(QJsonObject root, const packsignature::KeyPair &key)
    {
        const QByteArray value = packsignature::sign(packsignature::signedMessage(root), key.secretKey);
        root.insert(QStringLiteral("signature"),
                    QJsonObject { { QStringLiteral("key"), QString::fromLatin1(key.publicKey.toBase64()) },
                                  { QStringLiteral("value"), QString::fromLatin1(value.toBase64()) } });
        return root;
    }

    PackReadResult read(const QJsonObject &root) const
    {
        return readPackBytes(QStringLiteral("p.ktlpack"), QJsonDocument(root).toJson(), builtIn);
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QJsonObject &root)
    {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(root).toJson());
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        builtIn = ContentLoader::loadDirectory(QString::fromLatin1(ContentStore::builtInDirectory)).content;
        templateObject = QJsonDocument::fromJson(packTemplate()).object();
        QVERIFY(!templateObject.isEmpty());
        QCOMPARE(first.publicKey.size(), packsignature::publicKeyBytes);
        QVERIFY(first.publicKey != second.publicKey);
    }

    void aSignedPackNamesItsKey()
    {
        const PackReadResult result = read(signedBy(templateObject, first));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        QCOMPARE(result.pack.signature.publicKey, first.publicKey);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){7}$"))
                        .match(result.pack.signature.fingerprint()).hasMatch());
        QVERIFY(!read(templateObject).pack.signature.isSigned());
    }

    void theLayoutIsNotSigned()
    {
        // Indented or compact, the same pack has the same signature: only what it says is signed.
        const QJsonObject root = signedBy(templateObject, first);
        const PackReadResult compact = readPackBytes(QStringLiteral("c.ktlpack"),
                                                     QJsonDocument(root).toJson(QJsonDocument::Compact), builtIn);
        QVERIFY(compact.ok());
        QVERIFY(compact.pack.signature.isSigned());
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("root");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = signedBy(templateObject, first);
        QJsonObject changed = good;
        QJsonObject manifest = changed.value(QStringLiteral("pack")).toObject();
        manifest.insert(QStringLiteral("contact"), QStringLiteral("https://example.org/other"));
        changed.insert(QStringLiteral("pack"), manifest);
        QTest::newRow("changed after signing") << changed << "$.signature.value" << "changed after it was signed";

        QJsonObject otherKey = good;
        QJsonObject signature = otherKey.value(QStringLiteral("signature")).toObject();
        signature.insert(QStringLiteral("key"), QString::fromLatin1(second.publicKey.toBase64()));
        otherKey.insert(QStringLiteral("signature"), signature);
        QTest::newRow("another key") << otherKey << "$.signature.value" << "does not match";

        QJsonObject shortKey = good;
        signature = good.value(QStringLiteral("signature")).toObject();
        signature.insert(QStringLiteral("key"), QStringLiteral("AAAA"));
        shortKey.insert(QStringLiteral("signature"), signature);
        QTest::newRow("short key") << shortKey << "$.signature.key" << "expected 32 bytes";

        QJsonObject notBase64 = good;
        signature = good.value(QStringLiteral("signature")).toObject();
        signature.insert(QStringLiteral("value"), QStringLiteral("not base64 at all!"));
        notBase64.insert(QStringLiteral("signature"), signature);
        QTest::newRow("not base64") << notBase64 << "$.signature.value" << "expected 64 bytes";

        QJsonObject extra = good;
        signature = good.value(QStringLiteral("signature")).toObject();
        signature.insert(QStringLiteral("algorithm"), QStringLiteral("none"));
        extra.insert(QStringLiteral("signature"), signature);
        QTest::newRow("unknown key") << extra << "$.signature.algorithm" << "unknown";

        QJsonObject notObject = good;
        notObject.insert(QStringLiteral("signature"), QStringLiteral("signed"));
        QTest::newRow("not an object") << notObject << "$.signature" << "object";
    }

    void refusals()
    {
        QFETCH(QJsonObject, root);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const PackReadResult result = read(root);
        QVERIFY(!result.ok());
        bool found = false;
        for (const ContentError &e : result.errors)
            found = found || (e.path == path && e.message.contains(expected, Qt::CaseInsensitive));
        QVERIFY2(found, qPrintable(result.errors.value(0).toString()));
    }

    void updatesAreTrustedOnFirstUse()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PackStore store(dir.filePath(QStringLiteral("installed")));
        using Status = PackStore::InstallResult::Status;

        // Unsigned first: a signed update is taken, and its key is the one trusted from then on.
        QCOMPARE(store.install(write(dir, QStringLiteral("v1.ktlpack"), templateObject), builtIn).status, Status::Installed);
        const auto v2 = store.install(write(dir, QStringLiteral("v2.ktlpack"),
                                            signedBy(withVersion(templateObject, QStringLiteral("2.0.0")), first)),
                                      builtIn);
        QCOMPARE(v2.status, Status::Updated);

        const auto byOther = store.install(write(dir, QStringLiteral("v3.ktlpack"),
                                                 signedBy(withVersion(templateObject, QStringLiteral("3.0.0")), second)),
                                           builtIn);
        QCOMPARE(byOther.status, Status::SignerChanged);
        QCOMPARE(byOther.errors.value(0).path, QStringLiteral("$.signature"));
        QVERIFY(byOther.errors.value(0).message.contains(packsignature::fingerprint(first.publicKey)));
        QVERIFY(byOther.errors.value(0).message.contains(packsignature::fingerprint(second.publicKey)));

        const auto unsignedUpdate = store.install(write(dir, QStringLiteral("v4.ktlpack"),
                                                        withVersion(templateObject, QStringLiteral("4.0.0"))),
                                                  builtIn);
        QCOMPARE(unsignedUpdate.status, Status::SignerChanged);
        QVERIFY(unsignedUpdate.errors.value(0).message.contains(QStringLiteral("not signed")));
        QCOMPARE(store.installed(builtIn).value(0).pack.manifest.version, QStringLiteral("2.0.0"));

        const auto sameKey = store.install(write(dir, QStringLiteral("v5.ktlpack"),
                                                 signedBy(withVersion(templateObject, QStringLiteral("5.0.0")), first)),
                                           builtIn);
        QCOMPARE(sameKey.status, Status::Updated);

        // Removing the pack forgets its key: the reader chose to start again.
        QVERIFY(store.remove(QStringLiteral("example-river-county")));
        QCOMPARE(store.install(write(dir, QStringLiteral("v6.ktlpack"),
                                     signedBy(withVersion(templateObject, QStringLiteral("1.0.0")), second)),
                               builtIn)
                         .status,
                 Status::Installed);
    }

    void checkWritesNothing()
    {
        QTemporaryDir dir;
        const PackStore store(dir.filePath(QStringLiteral("installed")));
        const auto checked = store.check(write(dir, QStringLiteral("p.ktlpack"), templateObject), builtIn);
        QCOMPARE(checked.status, PackStore::InstallResult::Status::Installed);
        QVERIFY(store.installed(builtIn).isEmpty());
        auto committed = checked;
        store.commit(committed);
        QCOMPARE(store.installed(builtIn).size(), 1);
    }

    void theCanonicalFormIsPinned()
    {
        // What is signed, byte for byte: a change here (a new Qt writing JSON otherwise) would
        // make every signed pack in readers' hands fail, so it must be a decision, not a surprise.
        const QJsonObject root { { QStringLiteral("b"), 1 }, { QStringLiteral("a"), QStringLiteral("é \"x\"") },
                                 { QStringLiteral("signature"), QStringLiteral("left out") } };
        QCOMPARE(packsignature::signedMessage(root), QByteArray("ktlpack signature 1\n{\"a\":\"\xC3\xA9 \\\"x\\\"\",\"b\":1}"));
    }

    void aBrokenInstalledCopyKeepsItsSignersClaim()
    {
        QTemporaryDir dir;
        const PackStore store(dir.filePath(QStringLiteral("installed")));
        QVERIFY(store.install(write(dir, QStringLiteral("v1.ktlpack"), signedBy(templateObject, first)), builtIn).wouldInstall());
        // A new app version without the page its note is on: the installed copy no longer passes…
        ContentSet newer = builtIn;
        newer.flows.clear();
        QVERIFY(store.installed(newer).isEmpty());
        // …but an update by someone else still may not replace it.
        QJsonObject unsignedUpdate = withVersion(templateObject, QStringLiteral("2.0.0"));
        unsignedUpdate.remove(QStringLiteral("notes"));
        const auto refused = store.check(write(dir, QStringLiteral("v2.ktlpack"), unsignedUpdate), newer);
        QCOMPARE(refused.status, PackStore::InstallResult::Status::SignerChanged);
        const auto bySigner = store.check(write(dir, QStringLiteral("v2s.ktlpack"), signedBy(unsignedUpdate, first)), newer);
        QVERIFY(bySigner.wouldInstall());
    }

    void commitRefusesWhenTheInstalledCopyChangedMeanwhile()
    {
        QTemporaryDir dir;
        const PackStore store(dir.filePath(QStringLiteral("installed")));
        auto checked = store.check(write(dir, QStringLiteral("v1.ktlpack"), templateObject), builtIn);
        QVERIFY(checked.wouldInstall());
        // Another window adds a signed version while this one's dialog is open.
        QVERIFY(store.install(write(dir, QStringLiteral("s.ktlpack"), signedBy(templateObject, first)), builtIn).wouldInstall());
        store.commit(checked);
        QCOMPARE(checked.status, PackStore::InstallResult::Status::CannotWrite);
        QVERIFY(checked.errors.constLast().message.contains(QStringLiteral("changed since")));
        QVERIFY(store.installed(builtIn).value(0).pack.signature.isSigned());
    }

    void aByteOrderMarkHidesNothing()
    {
        const QByteArray bom("\xEF\xBB\xBF");
        QVERIFY(readPackBytes(QStringLiteral("bom.ktlpack"), bom + QJsonDocument(templateObject).toJson(), builtIn).ok());
        // After a mark, as without one, a key given twice is refused: one of them would be hidden.
        QByteArray twice = QJsonDocument(templateObject).toJson();
        twice.insert(twice.indexOf('{') + 1, "\"notes\": [],");
        for (const QByteArray &bytes : QList<QByteArray> { twice, QByteArray(bom + twice) }) {
            const PackReadResult result = readPackBytes(QStringLiteral("twice.ktlpack"), bytes, builtIn);
            QVERIFY(!result.ok());
            QVERIFY2(result.errors.value(0).message.contains(QStringLiteral("given twice")),
                     qPrintable(result.errors.value(0).toString()));
        }
    }

    void aStrayFileIsNotASecondCopy()
    {
        QTemporaryDir dir;
        const PackStore store(dir.filePath(QStringLiteral("installed")));
        QVERIFY(store.install(write(dir, QStringLiteral("v1.ktlpack"), templateObject), builtIn).wouldInstall());
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("v1.ktlpack")), dir.filePath(QStringLiteral("installed/other-name.ktlpack"))));
        ContentErrors problems;
        QCOMPARE(store.installed(builtIn, &problems).size(), 1);
        QCOMPARE(problems.value(0).path, QStringLiteral("$.pack.id"));
    }

    void secretKeyFilesRoundTrip()
    {
        QString why;
        QCOMPARE(packsignature::readSecretKeyFile(packsignature::secretKeyFile(first.secretKey), &why), first.secretKey);
        QVERIFY(packsignature::readSecretKeyFile("{\"secretKey\": \"AAAA\"}", &why).isEmpty());
        QVERIFY(why.contains(QStringLiteral("--new-signing-key")));
        QCOMPARE(packsignature::publicKeyOf(first.secretKey), first.publicKey);
    }
};

QTEST_GUILESS_MAIN(TestPackSignature)
#include "tst_packsignature.moc"
