// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the parts together; every decision it acts on is made (and tested) elsewhere.
#include "appsettings.h"
#include "commandline.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "offlinenetwork.h"
#include "pack.h"
#include "packstore.h"
#include "handoutexporter.h"
#include "outlineexporter.h"
#include "windowcapture.h"
#include "windowfit.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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

void printErr(const QString &text) { std::fprintf(stderr, "knowthelimits: %s\n", qPrintable(text)); }
void printOut(const QString &text) { std::fprintf(stdout, "%s\n", qPrintable(text)); }

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

/** Each problem on its own line on stderr, up to the reporting limit, then how many more. */
void printProblems(const ktl::ContentErrors &errors)
{
    const qsizetype shown = qMin<qsizetype>(errors.size(), ktl::limits::maxProblemsReported);
    for (qsizetype i = 0; i < shown; ++i)
        std::fprintf(stderr, "%s\n", qPrintable(errors.at(i).toString()));
    if (errors.size() > shown)
        std::fprintf(stderr, "…and %lld more problem(s)\n", static_cast<long long>(errors.size() - shown));
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

/** Checks a local pack the way the app will read it, for its author. */
int checkPack(const QString &file)
{
    const ktl::PackReadResult result = ktl::readPack(file, builtInContent());
    printProblems(result.errors);
    const QString name = ktl::escapeControls(file);
    if (!result.ok()) {
        printErr(QStringLiteral("%1: %2 problem(s); the app would refuse this pack").arg(name).arg(result.errors.size()));
        return 1;
    }
    const ktl::PackManifest &m = result.pack.manifest;
    printOut(ktl::escapeControls(QStringLiteral("%1: pack \"%2\" %3 from %4 (%5), in %6: %7 help place(s), %8 status "
                                                "entr(ies), %9 note(s); no problems")
                                         .arg(file, m.id, m.version, m.publisher.value(m.languages.constFirst()), m.state,
                                              m.languages.join(QStringLiteral(", ")))
                                         .arg(result.pack.helpPlaces.size())
                                         .arg(result.pack.status.size())
                                         .arg(result.pack.notes.size())));
    if (QDate::fromString(m.reviewAgainBy, Qt::ISODate) < QDate::currentDate())
        printOut(QStringLiteral("note: its review-again-by date, %1, has passed; readers will be warned").arg(m.reviewAgainBy));
    return 0;
}

/** Installs a checked pack into the app's data folder; an update says what it changes. */
int installPack(const QString &file)
{
    using Status = ktl::PackStore::InstallResult::Status;
    const ktl::PackStore::InstallResult r = ktl::PackStore().install(file, builtInContent());
    printProblems(r.errors);
    const ktl::PackManifest &m = r.pack.manifest;
    switch (r.status) {
    case Status::Refused:
        printErr(QStringLiteral("%1: %2 problem(s); not installed").arg(ktl::escapeControls(file)).arg(r.errors.size()));
        return 1;
    case Status::CannotWrite:
        printErr(QStringLiteral("%1: not installed").arg(ktl::escapeControls(file)));
        return 1;
    case Status::NotNewer:
        printErr(ktl::escapeControls(QStringLiteral("pack \"%1\" %2 is installed already; %3 is not newer, so it was left as it is")
                                             .arg(m.id, r.previousVersion, m.version)));
        return 1;
    case Status::Installed:
        printOut(ktl::escapeControls(QStringLiteral("installed pack \"%1\" %2 from %3 into %4")
                                             .arg(m.id, m.version, m.publisher.value(m.languages.value(0)), r.path)));
        return 0;
    case Status::Updated: {
        printOut(ktl::escapeControls(QStringLiteral("updated pack \"%1\" from %2 to %3").arg(m.id, r.previousVersion, m.version)));
        const QList<QPair<QString, QStringList>> groups { { QStringLiteral("added"), r.changes.added },
                                                          { QStringLiteral("changed"), r.changes.changed },
                                                          { QStringLiteral("removed"), r.changes.removed } };
        for (const auto &g : groups) {
            if (!g.second.isEmpty())
                printOut(ktl::escapeControls(QStringLiteral("  %1: %2").arg(g.first, g.second.join(QStringLiteral(", ")))));
        }
        if (r.changes.isEmpty())
            printOut(QStringLiteral("  no entry changed"));
        return 0;
    }
    }
    return 1;
}

/** Writes the commented template into @p directory, never over a file that is there. */
int newPack(const QString &directory)
{
    const QString path = QDir(directory).filePath(QStringLiteral("local-pack.ktlpack"));
    if (!QDir().mkpath(directory)) {
        printErr(QStringLiteral("%1: cannot make the folder").arg(ktl::escapeControls(directory)));
        return 1;
    }
    if (QFileInfo::exists(path)) {
        printErr(QStringLiteral("%1 exists; it was not overwritten").arg(ktl::escapeControls(path)));
        return 1;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(ktl::packTemplate()) < 0 || !out.commit()) {
        printErr(QStringLiteral("%1: cannot write").arg(ktl::escapeControls(path)));
        return 1;
    }
    printOut(QStringLiteral("wrote %1: a complete pack of a fictional organisation. Replace its contents, "
                            "then check it: knowthelimits --check-pack %1").arg(ktl::escapeControls(path)));
    return 0;
}

int runWindow(QGuiApplication &app, const ktl::CommandLine &cli)
{
    if (cli.mode == ktl::CommandLine::Mode::Screenshot) {
        // Offscreen has no GPU; the software renderer draws the same scene reliably.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
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
                                                    : QStringLiteral("walkthrough/") + content.walkthroughs.constFirst().id;
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
    if (qEnvironmentVariableIsSet("KTL_EXIT_AFTER_FIRST_FRAME")) {
        // The startup benchmark's signal (bench/startup_benchmark.py): the first frame is out.
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            std::puts("first-frame");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }, Qt::QueuedConnection);
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
    case ktl::CommandLine::Mode::NewPack: {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        if (cli.mode == ktl::CommandLine::Mode::CheckContent)
            return checkContent(cli.checkDirectory);
        if (cli.mode == ktl::CommandLine::Mode::CheckPack)
            return checkPack(cli.packFile);
        if (cli.mode == ktl::CommandLine::Mode::InstallPack)
            return installPack(cli.packFile);
        if (cli.mode == ktl::CommandLine::Mode::NewPack)
            return newPack(cli.packDirectory);
        if (cli.mode == ktl::CommandLine::Mode::Help)
            std::fputs(qPrintable(ktl::CommandLine::helpText()), stdout);
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
    if (cli.mode == ktl::CommandLine::Mode::Run || cli.mode == ktl::CommandLine::Mode::Screenshot)
        ktl::ContentStore::preloadBuiltIn(); // parsed while the QML engine starts

    ktl::AppSettings *settings = ktl::AppSettings::instance();
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
        || cli.mode == ktl::CommandLine::Mode::ExportOutline || cli.mode == ktl::CommandLine::Mode::ExportHandout) {
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
        if (!ktl::OutlineExporter::write(ktl::ContentStore::instance()->content(), cli.outlineFile, &error)) {
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
    if (!cli.page.isEmpty()) {
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
