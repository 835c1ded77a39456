// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"

#include "contentformat.h"
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
    m_problems.clear();
    for (const ContentError &e : builtIn.errors)
        m_problems.append(e.toString());
}

void ContentStore::load(const QString &overlayDirectory, const QString &baseDirectory)
{
    // The compiled-in set is only parsed (see preloadBuiltIn); any other base is validated.
    const bool compiledIn = baseDirectory == QLatin1String(builtInDirectory);
    adoptBuiltIn(compiledIn ? ContentLoader::loadDirectory(baseDirectory) : loadAndValidate(baseDirectory));

    if (!overlayDirectory.isEmpty()) {
        ContentLoader::Result overlay = ContentLoader::loadDirectory(overlayDirectory);
        ContentSet merged = m_content;
        merged.overlay(overlay.content);
        if (overlay.ok())
            overlay.errors = ContentValidator::validate(merged, overlayDirectory);
        if (overlay.ok()) {
            m_content = merged;
        } else {
            for (const ContentError &e : std::as_const(overlay.errors))
                m_problems.append(e.toString());
        }
    }
    Q_EMIT contentChanged();
    Q_EMIT textChanged();
}

QString ContentStore::reviewedAsOf() const
{
    return reviewDateText(m_content.meta.reviewedAsOf);
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
    return { { QStringLiteral("termId"), t->id },
             { QStringLiteral("term"), contentTr(contentContext::glossary(), t->term) },
             { QStringLiteral("definition"), contentformat::html(contentContext::glossary(), t->definition) } };
}

QVariantMap ContentStore::source(const QString &sourceId) const
{
    const Source *s = m_content.source(sourceId);
    if (!s)
        return {};
    return { { QStringLiteral("sourceId"), s->id },
             { QStringLiteral("title"), contentTr(contentContext::sources(), s->title) },
             { QStringLiteral("citation"), s->citation },
             { QStringLiteral("url"), s->url },
             { QStringLiteral("supports"), contentTr(contentContext::sources(), s->supports) } };
}

bool ContentStore::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT textChanged();
    return QObject::eventFilter(watched, event);
}

} // namespace ktl
