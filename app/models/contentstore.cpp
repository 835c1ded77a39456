// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"

#include "packstore.h"

#include "contentfiles.h"
#include "contentformat.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "contenttext.h"
#include "contentvalidator.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThread>

#include <future>

namespace ktl {

ContentStore::ContentStore(QObject *parent)
    : QObject(parent)
{
    // Installing or removing a translator sends LanguageChange to the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

namespace {
/** The first page's part of the built-in content, being read, and the files left for later. */
struct Preload
{
    std::future<ContentLoader::Result> firstPage;
    QStringList rest;
    QStringList all; ///< in the folder's order
};

Preload &preloaded()
{
    static Preload preload;
    return preload;
}
} // namespace

bool ContentStore::isFirstPageFile(const QString &path)
{
    const QString prefix = QString::fromLatin1(builtInDirectory) + QLatin1Char('/');
    if (!path.startsWith(prefix))
        return false;
    const QStringView file = QStringView(path).mid(prefix.size());
    return file == u"meta.json" || file.startsWith(u"topics/") || file.startsWith(u"whatif/");
}

QStringList ContentStore::firstPageFiles(const QStringList &files, const QString &resumePage)
{
    const QString kind = resumePage.section(QLatin1Char('/'), 0, 0);
    const QString id = resumePage.section(QLatin1Char('/'), 1, 1);
    const QString folder = QString::fromLatin1(builtInDirectory);
    const QString resumeFile = id.isEmpty()                     ? QString()
            : kind == QLatin1String("walkthrough") || kind == QLatin1String("flow") ? QStringLiteral("%1/%2s/%3.json").arg(folder, kind, id)
            : kind == QLatin1String("glossary")                 ? folder + QStringLiteral("/glossary.json")
                                                                : QString();
    QStringList first;
    for (const QString &path : files)
        if (isFirstPageFile(path) || path == resumeFile)
            first.append(path);
    return first;
}

void ContentStore::preloadBuiltIn(const QString &resumePage)
{
    // The compiled-in set cannot change after the build, and tst_builtincontent reads it
    // strictly and validates it, so the app only parses it; and only what the home page shows
    // before its first frame (a sixth of it), the rest after that frame.
    const QStringList all = listContentFiles(QString::fromLatin1(builtInDirectory)).paths;
    preloaded().all = all;
    const QStringList firstPage = firstPageFiles(all, resumePage);
    for (const QString &path : all)
        if (!firstPage.contains(path))
            preloaded().rest.append(path);
    preloaded().firstPage = std::async(std::launch::async, [firstPage] {
        return ContentLoader::loadFiles(firstPage, ContentLoader::Check::ParseOnly);
    });
}

ContentStore *ContentStore::instance()
{
    static ContentStore *store = [] {
        auto *s = new ContentStore(QCoreApplication::instance());
        if (preloaded().firstPage.valid()) {
            s->m_builtInFilesToRead = std::exchange(preloaded().rest, {});
            s->m_builtInFileOrder = std::exchange(preloaded().all, {});
            s->adoptBuiltIn(preloaded().firstPage.get());
        } else {
            s->load();
        }
        return s;
    }();
    return store;
}

const ContentSet &ContentStore::content() const
{
    // Logically const: the rest of the built-in set read now is what it would have been at start.
    if (!m_builtInFilesToRead.isEmpty())
        const_cast<ContentStore *>(this)->finishBuiltIn();
    return m_content;
}

const ContentSet &ContentStore::builtIn() const
{
    if (!m_builtInFilesToRead.isEmpty())
        const_cast<ContentStore *>(this)->finishBuiltIn();
    return m_builtIn;
}

void ContentStore::readRestInBackground()
{
    if (m_builtInFilesToRead.isEmpty() || m_restOfBuiltIn.valid())
        return;
    m_restOfBuiltIn = std::async(std::launch::async, [files = m_builtInFilesToRead] {
        return ContentLoader::loadFiles(files, ContentLoader::Check::ParseOnly);
    });
}

void ContentStore::finishBuiltIn()
{
    Q_ASSERT(thread() == QThread::currentThread()); // the models read the set on this thread only
    ContentLoader::Result rest = m_restOfBuiltIn.valid()
            ? m_restOfBuiltIn.get()
            : ContentLoader::loadFiles(m_builtInFilesToRead, ContentLoader::Check::ParseOnly);
    m_builtInFilesToRead.clear();
    m_builtInFilesRead.append(rest.files);
    // In the folder's order, as one read of it gives: the page a returning reader left was
    // read first (firstPageFiles), and lists like "more walkthroughs" follow the order.
    m_builtIn.absorb(ContentSet(rest.content));
    m_builtIn.sortByFiles(m_builtInFileOrder);
    m_content.absorb(std::move(rest.content));
    m_content.sortByFiles(m_builtInFileOrder);
    // None in a build whose tests passed; told later, not from inside whatever asked for the
    // content, if there are.
    if (!rest.errors.isEmpty()) {
        m_contentErrors.append(rest.errors);
        listProblems();
        QMetaObject::invokeMethod(this, &ContentStore::contentChanged, Qt::QueuedConnection);
    }
}

void ContentStore::forgetUnreadBuiltIn()
{
    m_builtInFilesToRead.clear();
    if (m_restOfBuiltIn.valid())
        m_restOfBuiltIn.wait(); // not left running over a set it no longer belongs to
    m_restOfBuiltIn = {};
}

void ContentStore::useContent(const ContentSet &content)
{
    forgetUnreadBuiltIn();
    ContentLoader::Result given;
    given.content = content;
    adoptBuiltIn(given);
    Q_EMIT contentChanged();
    Q_EMIT textChanged();
}

ContentStore *ContentStore::create(QQmlEngine *, QJSEngine *)
{
    ContentStore *store = instance();
    QJSEngine::setObjectOwnership(store, QJSEngine::CppOwnership);
    return store;
}

void ContentStore::adoptBuiltIn(const ContentLoader::Result &builtIn)
{
    ++m_generation;
    m_builtInFilesRead = builtIn.files;
    m_content = builtIn.content;
    m_builtIn = builtIn.content;
    m_contentErrors = builtIn.errors;
    m_replacements.clear();
    readPacks();
    listProblems();
}

void ContentStore::readPacks()
{
    // Local packs are checked again on every load: the built-in pages their notes point at
    // may have changed with a new version of the app.
    m_packErrors.clear();
    m_packs.clear();
    const PackStore store;
    if (!store.anyInstalled()) // checking a pack needs the whole built-in set; most starts have none
        return;
    for (const PackStore::Installed &installed : store.installed(builtIn(), &m_packErrors))
        m_packs.append(installed.pack);
}

void ContentStore::reloadPacks()
{
    ++m_generation;
    readPacks();
    listProblems();
    Q_EMIT contentChanged();
    Q_EMIT textChanged();
}

void ContentStore::listProblems()
{
    // Kept to a bounded list: tens of thousands of problems must not become as many strings
    // (or labels); the count says how many there were.
    m_problems.clear();
    m_problemCount = int(m_contentErrors.size() + m_packErrors.size());
    for (const ContentErrors *errors : { &m_contentErrors, &m_packErrors }) {
        for (const ContentError &e : *errors) {
            if (m_problems.size() >= limits::maxProblemsReported)
                return;
            m_problems.append(e.toString());
        }
    }
}

void ContentStore::load(const QString &overlayDirectory, const QString &baseDirectory)
{
    // The compiled-in set is only parsed (see preloadBuiltIn); any other base is validated.
    const bool compiledIn = baseDirectory == QLatin1String(builtInDirectory);
    forgetUnreadBuiltIn(); // its files are read again below
    adoptBuiltIn(compiledIn ? ContentLoader::loadDirectory(baseDirectory, ContentLoader::Check::ParseOnly)
                            : loadAndValidate(baseDirectory));

    if (!overlayDirectory.isEmpty()) {
        const OverlayResult overlay = loadOverlay(m_content, overlayDirectory);
        m_content = overlay.content;
        m_contentErrors.append(overlay.errors);
        listProblems();
        for (const ContentSet::Replaced &r : overlay.replaced)
            m_replacements.append(escapeControls(QStringLiteral("%1 (%2)").arg(r.what, r.file)));
    }
    Q_EMIT contentChanged();
    Q_EMIT textChanged();
}

QString ContentStore::reviewedAsOf() const
{
    return contentDateText(m_content.meta.reviewedAsOf);
}

QString ContentStore::disclaimer() const
{
    return contentTr(contentContext::meta(), m_content.meta.disclaimer);
}

QString ContentStore::helpNotice() const
{
    return contentTr(contentContext::meta(), m_content.meta.helpNotice);
}

QVariantMap ContentStore::term(const QString &termId) const
{
    const Term *t = content().term(termId);
    if (!t)
        return {};
    const QString name = contentTr(contentContext::glossary(), t->term);
    const QString definition = contentformat::html(contentContext::glossary(), t->definition);
    return { { QStringLiteral("termId"), t->id },
             { QStringLiteral("term"), name },
             { QStringLiteral("definition"), definition },
             { QStringLiteral("heading"), name },
             { QStringLiteral("bodyHtml"), definition } };
}

QVariantMap ContentStore::source(const QString &sourceId) const
{
    const Source *s = content().source(sourceId);
    if (!s)
        return {};
    const QString title = contentTr(contentContext::sources(), s->title);
    const QString citation = contentTr(contentContext::citations(), s->citation);
    return { { QStringLiteral("sourceId"), s->id },
             { QStringLiteral("title"), title },
             { QStringLiteral("heading"), title },
             // Citations are plain text; the popup shows rich text, so escape it here.
             { QStringLiteral("bodyHtml"), QStringLiteral("<p>%1</p>").arg(citation.toHtmlEscaped()) },
             { QStringLiteral("citation"), citation },
             { QStringLiteral("url"), s->url },
             { QStringLiteral("supports"), contentTr(contentContext::sources(), s->supports) } };
}

QVariantMap ContentStore::linkTarget(const QString &href) const
{
    if (href.startsWith(QLatin1String("term:")))
        return term(href.mid(5));
    if (href.startsWith(QLatin1String("source:")))
        return source(href.mid(7));
    return {};
}

QString ContentStore::linkPage(const QString &href) const
{
    // Validated against the content when it was loaded.
    return href.startsWith(QLatin1String("page:")) ? href.mid(5) : QString();
}

bool ContentStore::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT textChanged();
    return QObject::eventFilter(watched, event);
}

} // namespace ktl
