// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"

#include "packstore.h"

#include "contentformat.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "contenttext.h"
#include "contentvalidator.h"

#include <QCoreApplication>
#include <QEvent>

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
std::future<ContentLoader::Result> &preloaded()
{
    static std::future<ContentLoader::Result> future;
    return future;
}
} // namespace

void ContentStore::preloadBuiltIn()
{
    // The compiled-in set cannot change after the build, and tst_builtincontent validates it, so
    // the app only parses it: validation is not worth its time before the first frame.
    preloaded() = std::async(std::launch::async, [] {
        return ContentLoader::loadDirectory(QString::fromLatin1(builtInDirectory));
    });
}

ContentStore *ContentStore::instance()
{
    static ContentStore *store = [] {
        auto *s = new ContentStore(QCoreApplication::instance());
        if (preloaded().valid())
            s->adoptBuiltIn(preloaded().get());
        else
            s->load();
        return s;
    }();
    return store;
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
    for (const PackStore::Installed &installed : PackStore().installed(m_builtIn, &m_packErrors))
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
    adoptBuiltIn(compiledIn ? ContentLoader::loadDirectory(baseDirectory) : loadAndValidate(baseDirectory));

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
    const Term *t = m_content.term(termId);
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
    const Source *s = m_content.source(sourceId);
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
