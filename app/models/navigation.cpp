// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigation.h"

#include "appsettings.h"
#include "contentstore.h"
#include "contenttext.h"

#include <QCoreApplication>

namespace ktl {

Navigation::Navigation(QObject *parent)
    : QObject(parent)
{
}

Navigation *Navigation::instance()
{
    static auto *navigation = new Navigation(QCoreApplication::instance());
    return navigation;
}

Navigation *Navigation::create(QQmlEngine *, QJSEngine *)
{
    Navigation *navigation = instance();
    QJSEngine::setObjectOwnership(navigation, QJSEngine::CppOwnership);
    return navigation;
}

bool Navigation::go(const QString &address)
{
    PageAddress next;
    QString error;
    if (!PageAddress::resolve(address, m_source.content(), &next, &error)) {
        Q_EMIT invalidAddress(error);
        return false;
    }
    if (next == m_current)
        return true;
    m_history.append(m_current);
    show(next);
    return true;
}

void Navigation::setSubId(const QString &subId)
{
    if (subId == m_current.sub)
        return;
    m_current.sub = subId;
    show(m_current);
}

bool Navigation::back()
{
    if (m_history.isEmpty())
        return false;
    show(m_history.takeLast());
    return true;
}

void Navigation::home()
{
    go(QStringLiteral("home"));
}

void Navigation::clearHistory()
{
    m_history.clear();
    m_visited.clear();
    show(PageAddress());
}

QString Navigation::storable(const PageAddress &address)
{
    PageAddress kept = address;
    // A what-if setting can say as much ("a U.S. citizen", "not yet released") as a flow answer.
    if (kept.kind == PageAddress::Kind::Flow || kept.kind == PageAddress::Kind::WhatIf)
        kept.sub.clear();
    return kept.toString();
}

QStringList Navigation::allPages() const
{
    return allPageAddresses(m_source.content());
}

QString Navigation::describe(const QString &address) const
{
    // No page (the home page's "Continue" card on a first start): nothing to describe, and no
    // reason to read the content the home page does not need.
    if (address.isEmpty())
        return {};
    PageAddress page;
    QString why;
    // The home page's "Continue" card asks before the first frame: its page is among what is
    // read by then (ContentStore::firstPageFiles), so it does not wait for the rest.
    const ContentSet *found = &m_source.firstPageContent();
    if (!PageAddress::resolve(address, *found, &page, &why)) {
        found = &m_source.content();
        if (!PageAddress::resolve(address, *found, &page, &why))
            return {};
    }
    const ContentSet &content = *found;
    switch (page.kind) {
    case PageAddress::Kind::Topic:
        return contentTr(contentContext::topic(page.id), content.topic(page.id)->title);
    case PageAddress::Kind::Walkthrough: {
        const Walkthrough *w = content.walkthrough(page.id);
        const QString title = contentTr(contentContext::walkthrough(w->id), w->title);
        if (page.sub.isEmpty())
            return title;
        //: Where a walkthrough was left: %1 step number, %2 number of steps, %3 walkthrough title
        return tr("Step %1 of %2 · %3").arg(w->stepIndex(page.sub) + 1).arg(w->steps.size()).arg(title);
    }
    case PageAddress::Kind::Flow:
        return contentTr(contentContext::flow(page.id), content.flow(page.id)->title);
    case PageAddress::Kind::WhatIf:
        return contentTr(contentContext::whatIf(content.explorer()->id), content.explorer()->title);
    case PageAddress::Kind::Glossary:
        return tr("Glossary");
    case PageAddress::Kind::Sources:
        return tr("Sources");
    case PageAddress::Kind::Timeline:
        return tr("Timeline");
    case PageAddress::Kind::Help:
        return tr("Find legal help");
    case PageAddress::Kind::Local:
        return tr("Local information");
    case PageAddress::Kind::Search:
        return tr("Search");
    case PageAddress::Kind::Settings:
        return tr("Display and privacy");
    case PageAddress::Kind::Workshop:
        //: The page where a presenter builds and starts session playlists
        return tr("Workshop playlists");
    case PageAddress::Kind::Home:
        break;
    }
    return tr("Home");
}

void Navigation::show(const PageAddress &address)
{
    const bool pageChanges = address.kind != m_current.kind || address.id != m_current.id;
    const bool subChanges = address.sub != m_current.sub;
    m_current = address;
    AppSettings::instance()->setLastPage(storable(address));
    PageAddress whole = address; // a walkthrough once, whatever its steps
    whole.sub.clear();
    const QString page = whole.toString();
    if (address.kind != PageAddress::Kind::Home && !m_visited.contains(page))
        m_visited.append(page);
    if (pageChanges)
        Q_EMIT pageChanged();
    if (subChanges)
        Q_EMIT subIdChanged();
    Q_EMIT addressChanged();
}

} // namespace ktl
