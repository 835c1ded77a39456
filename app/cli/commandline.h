// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace ktl {

/**
 * @brief What the user asked for on the command line, checked before any window exists.
 * A bad argument sets `error` (the app prints it and exits with code 2).
 */
struct CommandLine
{
    enum class Mode { Run, Help, Version, ListPages, CheckContent, CheckPack, InstallPack, NewPack, NewSigningKey, SignPack, ExportOutline, ExportHandout, ExportPhoneHandout, ExportWalletCard, Screenshot };

    Mode mode = Mode::Run;
    QString language;  ///< "en", "es" or "" (settings, then the system locale)
    QString page;      ///< a page address, syntax-checked
    QString contentDirectory;
    QString checkDirectory;
    QString packFile;      ///< --check-pack, --install-pack
    QString packDirectory; ///< --new-pack
    QString keyFile;       ///< --new-signing-key, and the key --sign-pack signs with
    QString openPack;      ///< a .ktlpack given to the window: offered for install ("Open with")
    QString outlineFile;
    QString screenshotFile;
    QString handoutFile;
    QString walletCardFile; ///< --export-wallet-card: the two-sided card sheet (PDF)
    QString phoneHandoutFile; ///< --export-phone-handout: one HTML page for phones
    QString paper = QStringLiteral("letter"); ///< "letter" or "a4", for handouts
    QSize size { 1280, 720 };
    bool sizeGiven = false; ///< --size was given; otherwise a window fits its screen
    QString theme; ///< "light", "dark" or "" (the saved choice); not saved
    bool bilingual = false; ///< English and Spanish together for this run; not saved
    bool present = false;   ///< presenter mode: audience and notes windows
    QString error;

    static CommandLine parse(const QStringList &arguments);
    /** The --help text (needs the application object for the program name). */
    static QString helpText();

    /** Modes that never show a window, so need no display. */
    bool isHeadless() const { return mode != Mode::Run; }
};

} // namespace ktl
