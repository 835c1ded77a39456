// SPDX-License-Identifier: GPL-3.0-or-later
#include "packinstaller.h"

#include "contentlimits.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "packtext.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace ktl {

PackInstaller::PackInstaller(QObject *parent)
    : QObject(parent)
{
    // Every text it shows is in the reader's language.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &PackInstaller::changed);
}

PackInstaller *PackInstaller::instance()
{
    static PackInstaller *installer = new PackInstaller(QCoreApplication::instance());
    return installer;
}

PackInstaller *PackInstaller::create(QQmlEngine *, QJSEngine *)
{
    PackInstaller *installer = instance();
    QJSEngine::setObjectOwnership(installer, QJSEngine::CppOwnership);
    return installer;
}

QUrl PackInstaller::startFolder()
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
}

bool PackInstaller::acceptsDrop(const QList<QUrl> &urls) const
{
    return urls.size() == 1 && urls.constFirst().isLocalFile()
            && urls.constFirst().toLocalFile().endsWith(QLatin1String(".ktlpack"), Qt::CaseInsensitive);
}

void PackInstaller::open(const QUrl &file)
{
    // Only a file on this computer: a pack never makes the app fetch anything.
    if (!file.isLocalFile()) {
        m_checked = {};
        m_problems = { QStringLiteral("%1: not a file on this computer").arg(escapeControls(file.toDisplayString())) };
        m_stage = Stage::Refused;
        Q_EMIT changed();
        return;
    }
    openPath(file.toLocalFile());
}

void PackInstaller::openPath(const QString &path)
{
    using Status = PackStore::InstallResult::Status;
    m_checked = m_store.check(path, ContentStore::instance()->builtIn());
    m_problems.clear();
    for (const ContentError &e : std::as_const(m_checked.errors)) {
        if (m_problems.size() >= limits::maxProblemsReported)
            break;
        m_problems.append(e.toString());
    }
    switch (m_checked.status) {
    case Status::Installed:
    case Status::Updated:
        m_stage = Stage::Confirm;
        break;
    case Status::NotNewer:
        m_stage = Stage::NotNewer;
        break;
    default:
        m_stage = Stage::Refused;
    }
    Q_EMIT changed();
}

void PackInstaller::confirm()
{
    if (m_stage != Stage::Confirm)
        return;
    const bool update = m_checked.status == PackStore::InstallResult::Status::Updated;
    m_store.commit(m_checked);
    if (!m_checked.wouldInstall()) { // could not be written
        m_problems.clear();
        for (const ContentError &e : std::as_const(m_checked.errors))
            m_problems.append(e.toString());
        m_stage = Stage::Refused;
        Q_EMIT changed();
        return;
    }
    const QString name = packtext::publisher(m_checked.pack.manifest);
    m_stage = Stage::Idle;
    Q_EMIT changed();
    ContentStore::instance()->reloadPacks();
    //: %1 the organisation whose local information was just added or updated
    setLastResult(update ? tr("Updated the local information from %1.").arg(name)
                         : tr("Added the local information from %1.").arg(name));
}

void PackInstaller::dismiss()
{
    m_checked = {};
    m_problems.clear();
    m_stage = Stage::Idle;
    Q_EMIT changed();
}

void PackInstaller::remove(const QString &packId)
{
    QString name;
    for (const Pack &pack : ContentStore::instance()->packs()) {
        if (pack.manifest.id == packId)
            name = packtext::publisher(pack.manifest);
    }
    if (name.isEmpty() || !m_store.remove(packId))
        return;
    ContentStore::instance()->reloadPacks();
    //: %1 the organisation whose local information was just removed
    setLastResult(tr("Removed the local information from %1.").arg(name));
}

void PackInstaller::setLastResult(const QString &text)
{
    m_lastResult = text;
    Q_EMIT lastResultChanged();
}

QString PackInstaller::heading() const
{
    const QString name = packtext::publisher(m_checked.pack.manifest);
    switch (m_stage) {
    case Stage::Confirm:
        //: %1 the organisation that publishes a local pack
        return m_checked.status == PackStore::InstallResult::Status::Updated ? tr("Update the local information from %1?").arg(name)
                                                                             : tr("Add local information from %1?").arg(name);
    case Stage::NotNewer:
        //: %1 the organisation; the file holds the same or an older version than the one added
        return tr("The local information from %1 is added already").arg(name);
    case Stage::Refused:
        return m_checked.status == PackStore::InstallResult::Status::SignerChanged
                ? tr("This update was not added: it is not signed with the same key as the version you have, so it may not come from the same organisation")
                : tr("This file cannot be added");
    case Stage::Idle:
        break;
    }
    return {};
}

QStringList PackInstaller::details() const
{
    if (m_stage == Stage::Idle || (m_stage == Stage::Refused && m_checked.status != PackStore::InstallResult::Status::SignerChanged))
        return {};
    const Pack &p = m_checked.pack;
    const PackManifest &m = p.manifest;
    QStringList lines {
        //: %1 the organisation that publishes a local pack
        tr("Published by %1").arg(packtext::publisher(m)),
        packtext::areaLine(m),
        packtext::datesLine(m),
        packtext::languagesLine(m),
        packtext::holds(p),
        packtext::signatureLabel(p),
    };
    if (m_checked.status == PackStore::InstallResult::Status::Updated || m_stage == Stage::NotNewer)
        //: %1 the version added before; %2 the version in the file
        lines.append(tr("You have version %1; this file has version %2").arg(m_checked.previousVersion, m.version));
    return lines;
}

QString PackInstaller::warning() const
{
    if (m_stage != Stage::Confirm)
        return {};
    QString text = packtext::overdueWarning(m_checked.pack.manifest);
    if (!m_checked.pack.signature.isSigned())
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("It is not signed, so the app cannot tell who made it. Add it only if you trust where it came from.");
    return text;
}

QString PackInstaller::entryLabel(const QString &key) const
{
    // Removed entries are only in the installed version; the others are in the new one.
    for (const Pack *pack : { &m_checked.pack, &m_checked.previous }) {
        const PackManifest &m = pack->manifest;
        for (const PackHelpPlace &h : pack->helpPlaces) {
            if (key == QLatin1String(PackChanges::helpPlacePrefix) + h.id)
                //: %1 the name of a place to find help, in a list of changes
                return tr("help place “%1”").arg(packtext::text(h.name, m));
        }
        for (const PackStatus &s : pack->status) {
            if (key == QLatin1String(PackChanges::statusPrefix) + s.id)
                return s.agency.isEmpty() ? packtext::statusKind(s.kind)
                                          : QStringLiteral("%1: %2").arg(packtext::statusKind(s.kind), s.agency);
        }
        for (const PackNote &n : pack->notes) {
            if (key == QLatin1String(PackChanges::notePrefix) + n.id) {
                QString text = packtext::text(n.text, m);
                if (text.size() > 60)
                    text = text.left(57) + QStringLiteral("…");
                //: %1 the beginning of a local note, in a list of changes
                return tr("note “%1”").arg(text);
            }
        }
    }
    return key;
}

QStringList PackInstaller::changes() const
{
    if (m_checked.status != PackStore::InstallResult::Status::Updated || m_stage != Stage::Confirm)
        return {};
    QStringList lines;
    for (const QString &key : m_checked.changes.added)
        //: A line of what an update changes; %1 an entry, such as a help place
        lines.append(tr("Added: %1").arg(entryLabel(key)));
    for (const QString &key : m_checked.changes.changed)
        lines.append(tr("Changed: %1").arg(entryLabel(key)));
    for (const QString &key : m_checked.changes.removed)
        lines.append(tr("Removed: %1").arg(entryLabel(key)));
    if (lines.isEmpty())
        lines.append(tr("Nothing changes except the version and dates."));
    return lines;
}

QString PackInstaller::confirmLabel() const
{
    return m_checked.status == PackStore::InstallResult::Status::Updated ? tr("Update") : tr("Add");
}

} // namespace ktl
