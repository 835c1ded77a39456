// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "languagemanager.h"
#include "pageaddress.h"
#include "playlist.h"
#include "slidedeck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ktl {

namespace {

struct Options
{
    QCommandLineOption lang { QStringLiteral("lang"),
                              //: %1 the language codes, such as "en, es"
                              QCoreApplication::translate("CommandLine", "Language: one of %1.")
                                      .arg(LanguageManager::codes().join(QStringLiteral(", "))),
                              LanguageManager::codes().join(QLatin1Char('|')) };
    QCommandLineOption page { QStringLiteral("page"),
                              QCoreApplication::translate("CommandLine", "Open this page (see --list-pages)."),
                              QStringLiteral("ADDRESS") };
    QCommandLineOption listPages { QStringLiteral("list-pages"),
                                   QCoreApplication::translate("CommandLine", "Print every page address, one a line.") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    QCoreApplication::translate("CommandLine", "Render the page offscreen to a PNG file and exit."),
                                    QStringLiteral("FILE.png") };
    QCommandLineOption size { QStringLiteral("size"),
                              QCoreApplication::translate("CommandLine", "Window size (default: 1280x720, or the screen if it is smaller)."),
                              QStringLiteral("WxH") };
    QCommandLineOption content { QStringLiteral("content"),
                                 QCoreApplication::translate("CommandLine", "Add the content in DIR on top of the built-in content."),
                                 QStringLiteral("DIR") };
    QCommandLineOption checkContent { QStringLiteral("check-content"),
                                      QCoreApplication::translate("CommandLine", "Check the content in DIR, print every problem and exit (1 if any)."),
                                      QStringLiteral("DIR") };
    QCommandLineOption checkPack { QStringLiteral("check-pack"),
                                   QCoreApplication::translate("CommandLine", "Check the local pack FILE (.ktlpack), print every problem and exit (1 if any)."),
                                   QStringLiteral("FILE") };
    QCommandLineOption installPack { QStringLiteral("install-pack"),
                                     QCoreApplication::translate("CommandLine", "Check the local pack FILE and install it (a newer version replaces the older, saying what changed), then exit."),
                                     QStringLiteral("FILE") };
    QCommandLineOption newPack { QStringLiteral("new-pack"),
                                 QCoreApplication::translate("CommandLine", "Write a commented template of a local pack into DIR and exit."),
                                 QStringLiteral("DIR") };
    QCommandLineOption newSigningKey { QStringLiteral("new-signing-key"),
                                       QCoreApplication::translate("CommandLine", "Write a new secret key for signing packs to FILE (it never overwrites a file) and exit."),
                                       QStringLiteral("FILE") };
    QCommandLineOption signPack { QStringLiteral("sign-pack"),
                                  QCoreApplication::translate("CommandLine", "Sign the local pack FILE with the secret key KEY (--sign-pack FILE KEY) and exit."),
                                  QStringLiteral("FILE") };
    QCommandLineOption present { QStringLiteral("present"),
                                 QCoreApplication::translate("CommandLine", "Present the --page (a walkthrough, a flow, a topic, the what-if story, glossary[/<term>,…] or timeline[/<from>..<to>]) or the --playlist full screen, with a notes window.") };
    QCommandLineOption playlist { QStringLiteral("playlist"),
                                  QCoreApplication::translate("CommandLine", "With --present: present the session playlist saved under NAME."),
                                  QStringLiteral("NAME") };
    QCommandLineOption exportHandout { QStringLiteral("export-handout"),
                                       QCoreApplication::translate("CommandLine", "Write a printable handout of the --page (a walkthrough, a flow, the what-if story, the glossary, help) to a PDF file and exit."),
                                       QStringLiteral("FILE.pdf") };
    QCommandLineOption exportPhoneHandout { QStringLiteral("export-phone-handout"),
                                            QCoreApplication::translate("CommandLine", "Write a handout for phones of the --page (a walkthrough, a flow, a topic, the glossary, help) to one HTML file that loads nothing, in English and Spanish, and exit."),
                                            QStringLiteral("FILE.html") };
    QCommandLineOption exportWalletCard { QStringLiteral("export-wallet-card"),
                                          QCoreApplication::translate("CommandLine", "Write the wallet card (two-sided, eight to a sheet, with the hotlines of installed local packs) to a PDF file and exit. --lang chooses its language, --bilingual a sheet of both."),
                                          QStringLiteral("FILE.pdf") };
    QCommandLineOption paper { QStringLiteral("paper"),
                               QCoreApplication::translate("CommandLine", "Paper size of a handout: letter (default) or a4."),
                               QStringLiteral("letter|a4") };
    QCommandLineOption theme { QStringLiteral("theme"),
                               QCoreApplication::translate("CommandLine", "Colours for this run: light or dark (not saved)."),
                               QStringLiteral("light|dark") };
    QCommandLineOption bilingual { QStringLiteral("bilingual"),
                                   QCoreApplication::translate("CommandLine", "Show English and Spanish together for this run (not saved).") };
    QCommandLineOption exportOutline { QStringLiteral("export-outline"),
                                       QCoreApplication::translate("CommandLine", "Write all content, in the chosen language, to a Markdown file and exit."),
                                       QStringLiteral("FILE.md") };
};

void addOptions(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(
            QCoreApplication::translate("CommandLine", "Know the Limits: how ICE works with local police, "
                                                       "mandamus, federal overreach and what courts can do."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE.ktlpack"),
                                 QCoreApplication::translate("CommandLine", "A local pack file to open and offer to add (as when you open it from a file manager)."),
                                 QStringLiteral("[FILE.ktlpack]"));
    parser.addOptions({ o.lang, o.page, o.listPages, o.screenshot, o.size, o.theme, o.bilingual, o.content,
                        o.checkContent, o.checkPack, o.installPack, o.newPack, o.newSigningKey, o.signPack, o.exportOutline, o.exportHandout, o.exportPhoneHandout, o.exportWalletCard, o.paper, o.present, o.playlist });
}

} // namespace

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    const Options options;
    addOptions(parser, options);
    return parser.helpText();
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    const Options o;
    addOptions(parser, o);
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    // Positional arguments: the key of --sign-pack FILE KEY, or one pack to offer for installing.
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(o.signPack)) {
        if (positional.size() != 1) {
            result.error = QStringLiteral("--sign-pack FILE KEY: give the pack, then the key file --new-signing-key wrote");
            return result;
        }
        result.keyFile = positional.takeFirst();
    } else if (positional.size() == 1 && positional.constFirst().endsWith(QLatin1String(".ktlpack"))) {
        result.openPack = positional.takeFirst();
    }
    if (!positional.isEmpty()) {
        result.error = QStringLiteral("unexpected argument \"%1\"; see --help").arg(positional.constFirst());
        return result;
    }
    // First: --help is shown in the language asked for.
    if (parser.isSet(o.lang)) {
        result.language = parser.value(o.lang);
        if (!LanguageManager::codes().contains(result.language)) {
            result.error = QStringLiteral("--lang: \"%1\" is not a language of this app; use one of %2")
                                   .arg(result.language, LanguageManager::codes().join(QStringLiteral(", ")));
            return result;
        }
    }
    if (parser.isSet(QStringLiteral("help"))) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.mode = Mode::Version;
        return result;
    }
    if (parser.isSet(o.page) && parser.isSet(o.present)) {
        // Presenter mode has forms of its own (a glossary subset, a timeline range): the deck
        // checks the address against the content (slidedeck.h); here only its bounds.
        result.page = parser.value(o.page).trimmed();
        if (const QString why = playlist::addressProblem(result.page); !why.isEmpty()) {
            result.error = QStringLiteral("--page: expected ") + why;
            return result;
        }
    } else if (parser.isSet(o.page)) {
        PageAddress address;
        QString why;
        if (!PageAddress::parse(parser.value(o.page), &address, &why)) {
            result.error = QStringLiteral("--page: ") + why;
            return result;
        }
        result.page = address.toString();
    }
    if (parser.isSet(o.size)) {
        static const QRegularExpression wxh(QStringLiteral(R"(^(\d{3,5})x(\d{3,5})$)"));
        const auto m = wxh.match(parser.value(o.size));
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 320 || h < 240 || w > 7680 || h > 4320) {
            result.error = QStringLiteral("--size: \"%1\" is not a size; expected WIDTHxHEIGHT "
                                          "between 320x240 and 7680x4320, such as 1280x720")
                                   .arg(parser.value(o.size));
            return result;
        }
        result.size = QSize(w, h);
        result.sizeGiven = true;
    }
    if (parser.isSet(o.theme)) {
        result.theme = parser.value(o.theme);
        if (result.theme != QLatin1String("light") && result.theme != QLatin1String("dark")) {
            result.error = QStringLiteral("--theme: \"%1\" is not a theme; use light or dark").arg(result.theme);
            return result;
        }
    }
    result.bilingual = parser.isSet(o.bilingual);
    result.present = parser.isSet(o.present);
    if (parser.isSet(o.playlist)) {
        const QString name = parser.value(o.playlist);
        if (!result.present || !result.page.isEmpty()) {
            result.error = QStringLiteral("--playlist: give it with --present, and without --page");
            return result;
        }
        if (const QString why = playlist::nameProblem(name); !why.isEmpty()) {
            result.error = QStringLiteral("--playlist: expected %1").arg(why);
            return result;
        }
        result.page = deck::playlistAddress(name);
    }
    result.contentDirectory = parser.value(o.content);
    int modes = 0;
    if (parser.isSet(o.checkContent)) {
        result.mode = Mode::CheckContent;
        result.checkDirectory = parser.value(o.checkContent);
        ++modes;
    }
    if (parser.isSet(o.checkPack)) {
        result.mode = Mode::CheckPack;
        result.packFile = parser.value(o.checkPack);
        ++modes;
    }
    if (parser.isSet(o.installPack)) {
        result.mode = Mode::InstallPack;
        result.packFile = parser.value(o.installPack);
        ++modes;
    }
    if (parser.isSet(o.newPack)) {
        result.mode = Mode::NewPack;
        result.packDirectory = parser.value(o.newPack);
        ++modes;
    }
    if (parser.isSet(o.newSigningKey)) {
        result.mode = Mode::NewSigningKey;
        result.keyFile = parser.value(o.newSigningKey);
        ++modes;
    }
    if (parser.isSet(o.signPack)) {
        result.mode = Mode::SignPack;
        result.packFile = parser.value(o.signPack);
        ++modes;
    }
    if (parser.isSet(o.listPages)) {
        result.mode = Mode::ListPages;
        ++modes;
    }
    if (parser.isSet(o.exportOutline)) {
        result.mode = Mode::ExportOutline;
        result.outlineFile = parser.value(o.exportOutline);
        ++modes;
    }
    if (parser.isSet(o.paper)) {
        result.paper = parser.value(o.paper).toLower();
        if (result.paper != QLatin1String("letter") && result.paper != QLatin1String("a4")) {
            result.error = QStringLiteral("--paper: \"%1\" is not a paper size; use letter or a4").arg(parser.value(o.paper));
            return result;
        }
    }
    if (parser.isSet(o.exportHandout)) {
        result.mode = Mode::ExportHandout;
        result.handoutFile = parser.value(o.exportHandout);
        ++modes;
        if (result.page.isEmpty()) {
            result.error = QStringLiteral("--export-handout needs --page: a walkthrough/<id>, a flow/<id> or glossary");
            return result;
        }
    }
    if (parser.isSet(o.exportPhoneHandout)) {
        result.mode = Mode::ExportPhoneHandout;
        result.phoneHandoutFile = parser.value(o.exportPhoneHandout);
        ++modes;
        if (result.page.isEmpty()) {
            result.error = QStringLiteral("--export-phone-handout needs --page: a walkthrough/<id>, a flow/<id>, a topic/<id>, glossary or help");
            return result;
        }
    }
    if (parser.isSet(o.exportWalletCard)) {
        result.mode = Mode::ExportWalletCard;
        result.walletCardFile = parser.value(o.exportWalletCard);
        ++modes;
    }
    if (parser.isSet(o.screenshot)) {
        result.mode = Mode::Screenshot;
        result.screenshotFile = parser.value(o.screenshot);
        ++modes;
    }
    if (!result.openPack.isEmpty() && modes > 0 && result.mode != Mode::Screenshot) {
        result.error = QStringLiteral("a pack to install (\"%1\") opens the window; it cannot be combined with --check-pack and the like")
                               .arg(result.openPack);
        return result;
    }
    if (modes > 1) {
        result.mode = Mode::Run;
        result.error = QStringLiteral("--check-content, --check-pack, --install-pack, --new-pack, --new-signing-key, --sign-pack, --list-pages, --export-outline, "
                                      "--export-handout, --export-phone-handout, --export-wallet-card and --screenshot cannot be combined; give one");
    }
    return result;
}

} // namespace ktl
