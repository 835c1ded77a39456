// SPDX-License-Identifier: GPL-3.0-or-later
#include "packcommands.h"

#include "boundedread.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "pack.h"
#include "packsignature.h"
#include "packstore.h"
#include "terminal.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace ktl::packcommands {

using terminal::printErr;
using terminal::printOut;
using terminal::printProblems;

namespace {

QString signatureLine(const Pack &pack)
{
    return pack.signature.isSigned() ? QStringLiteral("signed by key %1").arg(pack.signature.fingerprint())
                                     : QStringLiteral("not signed");
}

/** Writes @p bytes to a new file @p path (never over one that is there), readable by its owner
 *  alone if @p secret: the file is made with those permissions, so no one else can open it
 *  between its making and its writing. */
bool writeNew(const QString &path, const QByteArray &bytes, bool secret)
{
    QFile out(path);
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions everyone = owner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, secret ? owner : everyone)) {
        printErr(QFileInfo::exists(path) ? QStringLiteral("%1 exists; it was not overwritten").arg(escapeControls(path))
                                         : QStringLiteral("%1: cannot write: %2").arg(escapeControls(path), out.errorString()));
        return false;
    }
    if (out.write(bytes) != bytes.size() || !out.flush()) {
        printErr(QStringLiteral("%1: cannot write: %2").arg(escapeControls(path), out.errorString()));
        out.close();
        out.remove(); // not half a key
        return false;
    }
    return true;
}

bool readBounded(const QString &path, QByteArray *bytes)
{
    const BoundedRead read = readOrdinaryFile(path, limits::maxFileBytes, true, bytes);
    if (!read.ok())
        printErr(QStringLiteral("%1: cannot be read (not an ordinary file of at most %2 bytes)")
                         .arg(escapeControls(path)).arg(limits::maxFileBytes));
    return read.ok();
}

} // namespace

int check(const QString &file, const ContentSet &builtIn)
{
    const PackReadResult result = readPack(file, builtIn);
    printProblems(result.errors);
    const QString name = escapeControls(file);
    if (!result.ok()) {
        printErr(QStringLiteral("%1: %2 problem(s); the app would refuse this pack").arg(name).arg(result.errors.size()));
        return 1;
    }
    const PackManifest &m = result.pack.manifest;
    printOut(escapeControls(QStringLiteral("%1: pack \"%2\" %3 from %4 (%5), in %6: %7 help place(s), %8 status "
                                           "entr(ies), %9 note(s); %10; no problems")
                                    .arg(file, m.id, m.version, m.publisher.value(m.languages.constFirst()), m.state,
                                         m.languages.join(QStringLiteral(", ")))
                                    .arg(result.pack.helpPlaces.size())
                                    .arg(result.pack.status.size())
                                    .arg(result.pack.notes.size())
                                    .arg(signatureLine(result.pack))));
    if (QDate::fromString(m.reviewAgainBy, Qt::ISODate) < QDate::currentDate())
        printOut(QStringLiteral("note: its review-again-by date, %1, has passed; readers will be warned").arg(m.reviewAgainBy));
    return 0;
}

int install(const QString &file, const ContentSet &builtIn)
{
    using Status = PackStore::InstallResult::Status;
    const PackStore::InstallResult r = PackStore().install(file, builtIn);
    printProblems(r.errors);
    const PackManifest &m = r.pack.manifest;
    switch (r.status) {
    case Status::Refused:
    case Status::SignerChanged:
        printErr(QStringLiteral("%1: %2 problem(s); not installed").arg(escapeControls(file)).arg(r.errors.size()));
        return 1;
    case Status::CannotWrite:
        printErr(QStringLiteral("%1: not installed").arg(escapeControls(file)));
        return 1;
    case Status::NotNewer:
        printErr(escapeControls(QStringLiteral("pack \"%1\" %2 is installed already; %3 is not newer, so it was left as it is")
                                        .arg(m.id, r.previousVersion, m.version)));
        return 1;
    case Status::Installed:
        printOut(escapeControls(QStringLiteral("installed pack \"%1\" %2 from %3 (%4) into %5")
                                        .arg(m.id, m.version, m.publisher.value(m.languages.value(0)), signatureLine(r.pack), r.path)));
        return 0;
    case Status::Updated: {
        printOut(escapeControls(QStringLiteral("updated pack \"%1\" from %2 to %3 (%4)")
                                        .arg(m.id, r.previousVersion, m.version, signatureLine(r.pack))));
        const QList<QPair<QString, QStringList>> groups { { QStringLiteral("added"), r.changes.added },
                                                          { QStringLiteral("changed"), r.changes.changed },
                                                          { QStringLiteral("removed"), r.changes.removed } };
        for (const auto &g : groups) {
            if (!g.second.isEmpty())
                printOut(escapeControls(QStringLiteral("  %1: %2").arg(g.first, g.second.join(QStringLiteral(", ")))));
        }
        if (r.changes.isEmpty())
            printOut(QStringLiteral("  no entry changed"));
        return 0;
    }
    }
    return 1;
}

int writeTemplate(const QString &directory)
{
    const QString path = QDir(directory).filePath(QStringLiteral("local-pack.ktlpack"));
    if (!QDir().mkpath(directory)) {
        printErr(QStringLiteral("%1: cannot make the folder").arg(escapeControls(directory)));
        return 1;
    }
    if (!writeNew(path, packTemplate(), false))
        return 1;
    printOut(QStringLiteral("wrote %1: a complete pack of a fictional organisation. Replace its contents, "
                            "then check it: knowthelimits --check-pack %1").arg(escapeControls(path)));
    return 0;
}

int newSigningKey(const QString &keyFile)
{
    const packsignature::KeyPair pair = packsignature::newKeyPair();
    if (pair.secretKey.isEmpty()) {
        printErr(QStringLiteral("cannot make a key: libsodium did not start"));
        return 1;
    }
    if (!writeNew(keyFile, packsignature::secretKeyFile(pair.secretKey), true))
        return 1;
    printOut(QStringLiteral("wrote the secret key of key %1 to %2. Keep it secret and keep a copy: readers who "
                            "installed a pack signed with it take updates only when they are signed with it too.")
                     .arg(packsignature::fingerprint(pair.publicKey), escapeControls(keyFile)));
    return 0;
}

int sign(const QString &file, const QString &keyFile, const ContentSet &builtIn)
{
    QByteArray keyBytes, bytes;
    if (!readBounded(keyFile, &keyBytes) || !readBounded(file, &bytes))
        return 1;
    QString why;
    const QByteArray secretKey = packsignature::readSecretKeyFile(keyBytes, &why);
    if (secretKey.isEmpty()) {
        printErr(QStringLiteral("%1: %2").arg(escapeControls(keyFile), why));
        return 1;
    }
    ContentErrors errors;
    std::optional<QJsonObject> root = ContentLoader::parseStrictObject(file, bytes, errors);
    if (root && root->contains(QStringLiteral("signature"))) {
        // Signed before: the old signature goes (the pack may have changed since), and the file is
        // written out again without it.
        root->remove(QStringLiteral("signature"));
        bytes = QJsonDocument(*root).toJson(QJsonDocument::Indented);
    }
    const PackReadResult unsigned_ = root ? readPackBytes(file, bytes, builtIn) : PackReadResult { {}, errors };
    printProblems(unsigned_.errors);
    if (!unsigned_.ok()) {
        printErr(QStringLiteral("%1: %2 problem(s); not signed").arg(escapeControls(file)).arg(unsigned_.errors.size()));
        return 1;
    }
    const QByteArray publicKey = packsignature::publicKeyOf(secretKey);
    const QByteArray value = packsignature::sign(packsignature::signedMessage(*root), secretKey);
    // Added before the closing brace, so the author's layout and comments stay as they were.
    QByteArray signedBytes = bytes.left(bytes.lastIndexOf('}')).trimmed();
    signedBytes += ",\n  \"signature\": {\n    \"key\": \"" + publicKey.toBase64() + "\",\n    \"value\": \""
            + value.toBase64() + "\"\n  }\n}\n";
    const PackReadResult check = readPackBytes(file, signedBytes, builtIn);
    if (!check.ok() || check.pack.signature.publicKey != publicKey) {
        printProblems(check.errors);
        printErr(QStringLiteral("%1: the signed pack did not check; the file was left as it was").arg(escapeControls(file)));
        return 1;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(signedBytes) != signedBytes.size() || !out.commit()) {
        printErr(QStringLiteral("%1: cannot write: %2").arg(escapeControls(file), out.errorString()));
        return 1;
    }
    printOut(QStringLiteral("%1: signed by key %2").arg(escapeControls(file), packsignature::fingerprint(publicKey)));
    return 0;
}

} // namespace ktl::packcommands
