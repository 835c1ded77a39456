// SPDX-License-Identifier: GPL-3.0-or-later
#include "packstore.h"

#include "boundedread.h"
#include "contentlimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVersionNumber>

namespace ktl {

namespace {

QString sourcesKey(const QList<PackSource> &sources)
{
    QStringList parts;
    for (const PackSource &s : sources)
        parts << QStringList(s.citation.values()).join(QChar(0x1F)) << s.url;
    return parts.join(QChar(0x1E));
}

/** Each entry of @p pack by its kind and id, with everything a reader would see of it. */
QMap<QString, QString> entries(const Pack &pack)
{
    QMap<QString, QString> result;
    auto texts = [](const PackText &t) { return QStringList(t.values()).join(QChar(0x1F)); };
    for (const PackHelpPlace &h : pack.helpPlaces)
        result.insert(QLatin1String(PackChanges::helpPlacePrefix) + h.id,
                      QStringList { texts(h.name), texts(h.offers), texts(h.hours), h.phone, h.url,
                                    h.languagesSpoken.join(QLatin1Char(',')) }
                              .join(QChar(0x1D)));
    for (const PackStatus &s : pack.status)
        result.insert(QLatin1String(PackChanges::statusPrefix) + s.id,
                      QStringList { s.kind, s.agency, s.model, texts(s.summary), s.asOf, sourcesKey(s.sources) }
                              .join(QChar(0x1D)));
    for (const PackNote &n : pack.notes)
        result.insert(QLatin1String(PackChanges::notePrefix) + n.id,
                      QStringList { n.on, texts(n.text), n.asOf, sourcesKey(n.sources) }.join(QChar(0x1D)));
    return result;
}

/** The installed copy at @p path into @p bytes ("" when there is none); false, with why, when
 *  something is there that cannot be read (a link, a folder, too big): never to be overwritten unseen. */
bool readInstalledCopy(const QString &path, QByteArray *bytes, QString *why)
{
    const BoundedRead read = readOrdinaryFile(path, limits::maxFileBytes, true, bytes);
    if (read.ok())
        return true;
    bytes->clear();
    if (read.status == BoundedRead::Status::CannotOpen && !QFileInfo::exists(path))
        return true; // nothing installed
    *why = read.detail;
    return false;
}

} // namespace

PackChanges comparePacks(const Pack &older, const Pack &newer)
{
    PackChanges changes;
    const QMap<QString, QString> before = entries(older), after = entries(newer);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes.added.append(it.key());
        else if (before.value(it.key()) != it.value())
            changes.changed.append(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.removed.append(it.key());
    }
    return changes;
}

QString PackStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/packs");
}

PackStore::PackStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString PackStore::pathOf(const QString &id) const
{
    // Every id that reaches here passed isPackId (readPack, remove), so it is a safe file name.
    return QDir(m_directory).filePath(id + QStringLiteral(".ktlpack"));
}

PackStore::InstallResult PackStore::check(const QString &file, const ContentSet &builtIn) const
{
    InstallResult result;
    const PackReadResult read = readPack(file, builtIn, &result.bytes);
    result.pack = read.pack;
    if (!read.ok()) {
        result.errors = read.errors;
        return result;
    }
    result.path = pathOf(read.pack.manifest.id);
    QString why;
    if (!readInstalledCopy(result.path, &result.installedBytes, &why)) {
        result.errors.append({ result.path, {}, QStringLiteral("the installed copy of \"%1\" cannot be read (%2); remove it first")
                                                        .arg(read.pack.manifest.id, why) });
        return result;
    }
    if (result.installedBytes.isEmpty()) {
        result.status = InstallResult::Status::Installed;
        return result;
    }
    const PackReadResult current = readPackBytes(result.path, result.installedBytes, builtIn);
    // Trust on first use: once a signed version is installed, only its key may sign updates —
    // even if that copy no longer passes (its signature still says who made it).
    const PackSignature trusted = current.ok() ? current.pack.signature : packSigner(result.path, result.installedBytes);
    if (trusted.isSigned() && read.pack.signature.publicKey != trusted.publicKey) {
        result.status = InstallResult::Status::SignerChanged;
        result.previous = current.pack;
        result.previousVersion = current.pack.manifest.version;
        result.errors.append({ file, QStringLiteral("$.signature"),
                               read.pack.signature.isSigned()
                                       ? QStringLiteral("signed by key %1, but the installed version of \"%2\" is signed by key %3; "
                                                        "it may not be from the same publisher, so it is not installed")
                                                 .arg(read.pack.signature.fingerprint(), read.pack.manifest.id, trusted.fingerprint())
                                       : QStringLiteral("not signed, but the installed version of \"%1\" is signed by key %2; "
                                                        "it may not be from the same publisher, so it is not installed")
                                                 .arg(read.pack.manifest.id, trusted.fingerprint()) });
        return result;
    }
    if (!current.ok()) {
        // The installed copy no longer passes (so is not shown): a good pack of the same signer,
        // or an unsigned one over an unsigned copy, replaces it as a first install would.
        result.status = InstallResult::Status::Installed;
        return result;
    }
    result.previousVersion = current.pack.manifest.version;
    result.previous = current.pack;
    if (QVersionNumber::fromString(read.pack.manifest.version) <= QVersionNumber::fromString(result.previousVersion)) {
        result.status = InstallResult::Status::NotNewer;
        return result;
    }
    result.changes = comparePacks(current.pack, read.pack);
    result.status = InstallResult::Status::Updated;
    return result;
}

void PackStore::commit(InstallResult &checked) const
{
    if (!checked.wouldInstall())
        return;
    // What check() compared against must still be what is installed.
    QByteArray now;
    QString why;
    if (!readInstalledCopy(checked.path, &now, &why) || now != checked.installedBytes) {
        checked.status = InstallResult::Status::CannotWrite;
        checked.errors.append({ checked.path, {}, QStringLiteral("the installed copy changed since the file was checked; open the file again") });
        return;
    }
    // What is written is the bytes that were checked, not the file read again.
    if (!QDir().mkpath(m_directory)) {
        checked.status = InstallResult::Status::CannotWrite;
        checked.errors.append({ m_directory, {}, QStringLiteral("cannot make the packs folder") });
        return;
    }
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile out(checked.path);
    if (!out.open(QIODevice::WriteOnly) || out.write(checked.bytes) != checked.bytes.size() || !out.commit()) {
        checked.status = InstallResult::Status::CannotWrite;
        checked.errors.append({ checked.path, {}, QStringLiteral("cannot write: %1").arg(out.errorString()) });
    }
}

PackStore::InstallResult PackStore::install(const QString &file, const ContentSet &builtIn) const
{
    InstallResult result = check(file, builtIn);
    commit(result);
    return result;
}

bool PackStore::anyInstalled() const
{
    return !QDir(m_directory).entryList({ QStringLiteral("*.ktlpack") }, QDir::Files).isEmpty();
}

QList<PackStore::Installed> PackStore::installed(const ContentSet &builtIn, ContentErrors *problems) const
{
    QList<Installed> result;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({ QStringLiteral("*.ktlpack") }, QDir::Files, QDir::Name);
    // Read at every start, so bounded like a content folder: the rest are named, not read.
    for (const QString &name : names.mid(0, limits::maxFiles)) {
        const QString path = dir.filePath(name);
        const PackReadResult read = readPack(path, builtIn);
        // Only <id>.ktlpack: a stray copy under another name would be a second, unchecked pack of that id.
        if (read.ok() && name != read.pack.manifest.id + QStringLiteral(".ktlpack")) {
            if (problems)
                problems->append({ path, QStringLiteral("$.pack.id"),
                                   QStringLiteral("\"%1\" is not this file's name; not read").arg(read.pack.manifest.id) });
            continue;
        }
        if (read.ok())
            result.append({ path, read.pack });
        else if (problems)
            problems->append(read.errors);
    }
    for (qsizetype i = limits::maxFiles; i < names.size() && problems; ++i)
        problems->append({ dir.filePath(names.at(i)), {},
                           QStringLiteral("not read: more than %1 packs are installed").arg(limits::maxFiles) });
    return result;
}

bool PackStore::remove(const QString &id) const
{
    if (!isPackId(id)) // never a path out of the folder
        return false;
    const QString path = pathOf(id);
    return QFile::exists(path) && QFile::remove(path);
}

} // namespace ktl
