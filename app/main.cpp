// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the parts together; every decision it acts on is made (and tested) elsewhere.
#include "appsettings.h"
#include "commandline.h"
#include "contentloader.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "offlinenetwork.h"
#include "packcommands.h"
#include "packinstaller.h"
#include "slidedeck.h"
#include "quickhide.h"
#include "terminal.h"
#include "handoutexporter.h"
#include "outlineexporter.h"
#include "walletcard.h"
#include "phonehandout.h"
#include "windowcapture.h"
#include "windowfit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QScreen>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(KnowTheLimitsPlugin)

namespace {

using ktl::terminal::printErr;
using ktl::terminal::printOut;
using ktl::terminal::printProblems;

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("knowthelimits"));
    QCoreApplication::setOrganizationName(QStringLiteral("KnowTheLimits"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KTL_VERSION));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Know the Limits"));
        // Ties the windows to the menu entry (packaging/), so a desktop shows its name and
        // icon; the built-in copy of the icon serves when the app runs from the build tree.
        QGuiApplication::setDesktopFileName(QStringLiteral("org.knowthelimits.knowthelimits"));
        QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.knowthelimits.knowthelimits"),
                                                        QIcon(QStringLiteral(":/icons/knowthelimits.svg"))));
    }
}

/** Modes without a window draw offscreen, quietly: Qt warns on stderr when the runtime
 *  directory is missing, and stderr is reserved for real problems. */
void prepareHeadless()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/knowthelimits-runtime-"
                + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

/** The compiled-in content, which overlays and packs are checked against. */
ktl::ContentSet builtInContent()
{
    return ktl::ContentLoader::loadDirectory(QString::fromLatin1(ktl::ContentStore::builtInDirectory)).content;
}

/** Checks @p directory the way --content would use it: laid over the built-in content. */
int checkContent(const QString &directory)
{
    const ktl::OverlayResult result = ktl::loadOverlay(builtInContent(), directory);
    printProblems(result.errors);
    const QString name = ktl::escapeControls(directory);
    if (!result.ok()) {
        printErr(QStringLiteral("%1: %2 problem(s) in %3 file(s)")
                         .arg(name).arg(result.errors.size()).arg(result.files.size()));
        return 1;
    }
    for (const ktl::ContentSet::Replaced &r : result.replaced)
        printOut(ktl::escapeControls(QStringLiteral("%1: replaces the built-in %2").arg(r.file, r.what)));
    printOut(QStringLiteral("%1: %2 file(s), no problems").arg(name).arg(result.files.size()));
    return 0;
}

int runWindow(QGuiApplication &app, const ktl::CommandLine &cli)
{
    if (cli.mode == ktl::CommandLine::Mode::Screenshot) {
        // Offscreen has no GPU; the software renderer draws the same scene reliably.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    if (!cli.openPack.isEmpty()) // "Open with": shown for the reader to confirm
        ktl::PackInstaller::instance()->openPath(cli.openPack);
    QQmlApplicationEngine engine;
    ktl::OfflineNetworkFactory::install(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // a default import path only from Qt 6.5
    ktl::LanguageManager::instance()->setEngine(&engine);
    QUrl url(QStringLiteral("qrc:/qt/qml/KnowTheLimits/Main.qml"));
    if (cli.present) {
        url = QUrl(QStringLiteral("qrc:/qt/qml/KnowTheLimits/presenter/Presentation.qml"));
        const ktl::ContentSet &content = ktl::ContentStore::instance()->content();
        const QString address = !cli.page.isEmpty() ? cli.page
                : content.walkthroughs.isEmpty()    ? QString()
                                                    : ktl::page::walkthrough(content.walkthroughs.constFirst().id);
        engine.setInitialProperties({ { QStringLiteral("address"), address },
                                      { QStringLiteral("windowed"), cli.mode == ktl::CommandLine::Mode::Screenshot },
                                      { QStringLiteral("audienceWidth"), cli.size.width() },
                                      { QStringLiteral("audienceHeight"), cli.size.height() } });
    } else if (cli.sizeGiven || cli.mode == ktl::CommandLine::Mode::Screenshot) {
        engine.setInitialProperties({ { QStringLiteral("width"), cli.size.width() },
                                      { QStringLiteral("height"), cli.size.height() } });
    } else {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect geometry = ktl::windowfit::initialGeometry(cli.size, available);
        engine.setInitialProperties({ { QStringLiteral("x"), geometry.x() },
                                      { QStringLiteral("y"), geometry.y() },
                                      { QStringLiteral("width"), geometry.width() },
                                      { QStringLiteral("height"), geometry.height() },
                                      { QStringLiteral("startMaximized"),
                                        ktl::windowfit::startsMaximized(cli.size, available) } });
    }
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app,
                     [url](QObject *object, const QUrl &objectUrl) {
                         if (!object && url == objectUrl)
                             QCoreApplication::exit(1);
                     }, Qt::QueuedConnection);
    engine.load(url);
    for (const QString &problem : ktl::ContentStore::instance()->problems())
        printErr(problem);
    QObject *root = engine.rootObjects().isEmpty() ? nullptr : engine.rootObjects().constFirst();
    auto *window = qobject_cast<QQuickWindow *>(root);
    QQuickWindow *notes = nullptr;
    if (cli.present && root) {
        // Presenter mode: the audience window stands for the app; Esc or "End" quits.
        window = root->property("audience").value<QQuickWindow *>();
        notes = root->property("notes").value<QQuickWindow *>();
        QObject::connect(root, SIGNAL(finished()), &app, SLOT(quit()));
    }
    if (!window) {
        printErr(QStringLiteral("the main window could not be created"));
        return 1;
    }
    if (cli.mode == ktl::CommandLine::Mode::Screenshot) {
        QList<ktl::WindowCapture::Target> targets { { window, cli.screenshotFile } };
        if (notes) { // the notes window beside it: page.png → page-notes.png
            QString notesFile = cli.screenshotFile;
            if (notesFile.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
                notesFile.chop(4);
            targets.append({ notes, notesFile + QStringLiteral("-notes.png") });
        }
        new ktl::WindowCapture(targets, &app);
    }
    if (!qEnvironmentVariableIsSet("KTL_EXIT_AFTER_FIRST_FRAME")) {
        // What the first page did not need of the content is read once its frame is out
        // (ContentStore::preloadBuiltIn); a page that wants it sooner reads it then.
        QObject::connect(window, &QQuickWindow::frameSwapped, ktl::ContentStore::instance(),
                         &ktl::ContentStore::readRestInBackground, Qt::SingleShotConnection);
    } else {
        // The startup benchmark's signal (bench/startup_benchmark.py): the first frame is out.
        // Once only: a second frame can be swapped before the queued exit runs.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            std::puts("first-frame");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }, Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const ktl::CommandLine cli = ktl::CommandLine::parse(arguments);
    if (!cli.error.isEmpty()) {
        printErr(cli.error);
        return 2;
    }
    switch (cli.mode) {
    case ktl::CommandLine::Mode::Help:
    case ktl::CommandLine::Mode::Version:
    case ktl::CommandLine::Mode::CheckContent:
    case ktl::CommandLine::Mode::CheckPack:
    case ktl::CommandLine::Mode::InstallPack:
    case ktl::CommandLine::Mode::NewPack:
    case ktl::CommandLine::Mode::NewSigningKey:
    case ktl::CommandLine::Mode::SignPack: {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        if (cli.mode == ktl::CommandLine::Mode::CheckContent)
            return checkContent(cli.checkDirectory);
        if (cli.mode == ktl::CommandLine::Mode::CheckPack)
            return ktl::packcommands::check(cli.packFile, builtInContent());
        if (cli.mode == ktl::CommandLine::Mode::InstallPack)
            return ktl::packcommands::install(cli.packFile, builtInContent());
        if (cli.mode == ktl::CommandLine::Mode::NewPack)
            return ktl::packcommands::writeTemplate(cli.packDirectory);
        if (cli.mode == ktl::CommandLine::Mode::NewSigningKey)
            return ktl::packcommands::newSigningKey(cli.keyFile);
        if (cli.mode == ktl::CommandLine::Mode::SignPack)
            return ktl::packcommands::sign(cli.packFile, cli.keyFile, builtInContent());
        if (cli.mode == ktl::CommandLine::Mode::Help) {
            // In the reader's language: --lang, else the saved choice, else the system's.
            const QString saved = ktl::AppSettings::instance()->language();
            ktl::LanguageManager::instance()->setLanguage(!cli.language.isEmpty() ? cli.language
                                                          : !saved.isEmpty()      ? saved
                                                                                  : ktl::LanguageManager::systemLanguage());
            std::fputs(qPrintable(ktl::CommandLine::helpText()), stdout);
        }
        else
            printOut(QStringLiteral("knowthelimits ") + QStringLiteral(KTL_VERSION));
        return 0;
    }
    default:
        break;
    }

    if (cli.isHeadless())
        prepareHeadless();
    else if (!hasDisplay()) {
        printErr(QStringLiteral("no display found. To run without one, use\n"
                                "  QT_QPA_PLATFORM=offscreen knowthelimits --screenshot page.png\n"
                                "or start it inside a virtual display:\n"
                                "  xvfb-run -a knowthelimits"));
        return 1;
    }

    QGuiApplication app(argc, argv); // first: Qt's main thread is the one that makes the app
    setApplicationNames();
    ktl::QuickHide::instance()->watchEscape(&app);
    ktl::AppSettings *settings = ktl::AppSettings::instance();
    if (cli.mode == ktl::CommandLine::Mode::Run || cli.mode == ktl::CommandLine::Mode::Screenshot)
        ktl::ContentStore::preloadBuiltIn(settings->resumePage()); // parsed while the QML engine starts

    const QString language = !cli.language.isEmpty()  ? cli.language
            : !settings->language().isEmpty()          ? settings->language()
                                                       : ktl::LanguageManager::systemLanguage();
    ktl::LanguageManager::instance()->setLanguage(language);
    for (const QString &problem : settings->problems())
        printErr(problem);
    settings->setLanguageGivenForRun(!cli.language.isEmpty());
    if (cli.bilingual)
        settings->overrideBilingual(true);
    if (!cli.theme.isEmpty())
        settings->overrideDarkTheme(cli.theme == QLatin1String("dark"));

    // Content is needed here only for these; otherwise QML's first use of it waits for the preload.
    if (!cli.contentDirectory.isEmpty() || !cli.page.isEmpty() || cli.mode == ktl::CommandLine::Mode::ListPages
        || cli.mode == ktl::CommandLine::Mode::ExportOutline || cli.mode == ktl::CommandLine::Mode::ExportHandout
        || cli.mode == ktl::CommandLine::Mode::ExportPhoneHandout || cli.mode == ktl::CommandLine::Mode::ExportWalletCard) {
        ktl::ContentStore *store = ktl::ContentStore::instance();
        if (!cli.contentDirectory.isEmpty())
            store->load(cli.contentDirectory);
    }

    if (cli.mode == ktl::CommandLine::Mode::ListPages) {
        for (const QString &page : ktl::allPageAddresses(ktl::ContentStore::instance()->content()))
            printOut(page);
        return 0;
    }
    if (cli.mode == ktl::CommandLine::Mode::ExportOutline) {
        QString error;
        if (!ktl::OutlineExporter::write(ktl::ContentStore::instance()->content(), cli.outlineFile, &error,
                                         ktl::ContentStore::instance()->packs())) {
            printErr(error);
            return 1;
        }
        return 0;
    }
    if (cli.mode == ktl::CommandLine::Mode::ExportHandout) {
        ktl::HandoutExporter::Options options;
        options.address = cli.page;
        options.paper = cli.paper == QLatin1String("a4") ? ktl::HandoutExporter::Paper::A4 : ktl::HandoutExporter::Paper::Letter;
        options.bilingual = cli.bilingual;
        options.packs = ktl::ContentStore::instance()->packs();
        QString error;
        const auto status = ktl::HandoutExporter::write(ktl::ContentStore::instance()->content(), options,
                                                        cli.handoutFile, &error);
        if (status != ktl::HandoutExporter::Status::Written) {
            printErr(error);
            // A page that has no handout is a bad argument (2); a file that cannot be written is not (1).
            return status == ktl::HandoutExporter::Status::BadAddress ? 2 : 1;
        }
        return 0;
    }
    if (cli.mode == ktl::CommandLine::Mode::ExportPhoneHandout) {
        ktl::PhoneHandout::Options options;
        options.address = cli.page;
        options.packs = ktl::ContentStore::instance()->packs();
        QString error;
        const auto status = ktl::PhoneHandout::write(ktl::ContentStore::instance()->content(), options,
                                                     cli.phoneHandoutFile, &error);
        if (status != ktl::PhoneHandout::Status::Written) {
            printErr(error);
            return status == ktl::PhoneHandout::Status::BadAddress ? 2 : 1;
        }
        return 0;
    }
    if (cli.mode == ktl::CommandLine::Mode::ExportWalletCard) {
        ktl::WalletCard::Options options;
        options.paper = cli.paper == QLatin1String("a4") ? ktl::HandoutExporter::Paper::A4 : ktl::HandoutExporter::Paper::Letter;
        options.languages = { ktl::LanguageManager::instance()->language() };
        if (cli.bilingual)
            options.languages.append(ktl::LanguageManager::instance()->otherLanguage());
        options.packs = ktl::ContentStore::instance()->packs();
        QString error;
        if (ktl::WalletCard::write(ktl::ContentStore::instance()->content(), options, cli.walletCardFile, &error)
            != ktl::WalletCard::Status::Written) {
            printErr(error);
            return 1;
        }
        return 0;
    }
    if (cli.present && !cli.page.isEmpty()) {
        // What cannot be presented is said before any window opens.
        QString why;
        if (!ktl::deck::canPresent(cli.page, ktl::ContentStore::instance()->content(), settings->playlists(), &why)) {
            printErr(QStringLiteral("--present: ") + why);
            return 2;
        }
    } else if (!cli.page.isEmpty()) {
        ktl::PageAddress address;
        QString why;
        if (!ktl::PageAddress::resolve(cli.page, ktl::ContentStore::instance()->content(), &address, &why)) {
            printErr(QStringLiteral("--page: ") + why);
            return 2;
        }
        ktl::Navigation::instance()->go(cli.page);
    }
    return runWindow(app, cli);
}
