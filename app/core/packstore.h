// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QString>
#include <QStringList>

namespace ktl {

/** What a newer version of a pack changes, by entry kind and id ("help place example-hotline"). */
struct PackChanges
{
    static constexpr auto helpPlacePrefix = "help place ";
    static constexpr auto statusPrefix = "status ";
    static constexpr auto notePrefix = "note ";
    QStringList added;
    QStringList removed;
    QStringList changed;
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

/** @p newer against @p older: entries added, removed, or whose text, dates or sources differ. */
PackChanges comparePacks(const Pack &older, const Pack &newer);

/**
 * @brief The installed local packs: one checked copy of each, `<id>.ktlpack`, in a folder of the
 * app's data (outside the settings, so both survive an upgrade and neither is lost with the other).
 *
 * A pack is installed only if it passes readPack whole; a newer version of the same id replaces
 * the older and says what changed; the same or an older version is left as it is.
 */
class PackStore
{
public:
    /** The packs folder in the app's data folder (QStandardPaths::AppDataLocation). */
    static QString defaultDirectory();

    explicit PackStore(QString directory = defaultDirectory());

    struct InstallResult
    {
        /** SignerChanged: the installed version is signed and this one is not signed by the same
         *  key (trust on first use); it is refused, as a pack's problems are. */
        enum class Status { Installed, Updated, NotNewer, Refused, SignerChanged, CannotWrite };
        Status status = Status::Refused;
        ContentErrors errors;      ///< Refused, SignerChanged: the pack's problems; CannotWrite: why
        Pack pack;                 ///< what was read
        Pack previous;             ///< Updated, NotNewer, SignerChanged: the installed one
        QString previousVersion;   ///< Updated, NotNewer: the installed one
        PackChanges changes;       ///< Updated: against the installed one
        QString path;              ///< where it is, or would be (Installed, Updated)
        QByteArray bytes;          ///< what was checked, and what commit() writes
        QByteArray installedBytes; ///< the installed copy as check() saw it ("" if none): commit() refuses if it changed
        bool wouldInstall() const { return status == Status::Installed || status == Status::Updated; }
    };

    /** What installing @p file would do, without writing anything: for a reader to confirm. */
    InstallResult check(const QString &file, const ContentSet &builtIn) const;
    /** Writes what check() accepted; @p checked becomes CannotWrite if that fails, or if the
     *  installed copy changed since check() (another window, --install-pack). */
    void commit(InstallResult &checked) const;
    /** check() then commit(). */
    InstallResult install(const QString &file, const ContentSet &builtIn) const;

    struct Installed
    {
        QString path;
        Pack pack;
    };
    /** Every installed pack that still reads cleanly (against this @p builtIn); the others are
     *  left out, with their problems in @p problems. */
    QList<Installed> installed(const ContentSet &builtIn, ContentErrors *problems = nullptr) const;

    /** Removes the installed pack @p id; false if there is none. */
    bool remove(const QString &id) const;

    QString directory() const { return m_directory; }
    /** Whether any file in the folder looks like an installed pack (nothing is read). */
    bool anyInstalled() const;

private:
    QString pathOf(const QString &id) const;

    QString m_directory;
};

} // namespace ktl
