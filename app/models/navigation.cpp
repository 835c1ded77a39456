// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigation.h"

#include "appsettings.h"
#include "contentstore.h"

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
    if (!PageAddress::resolve(address, ContentStore::instance()->content(), &next, &error)) {
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
    show(PageAddress());
}

void Navigation::show(const PageAddress &address)
{
    const bool pageChanges = address.kind != m_current.kind || address.id != m_current.id;
    const bool subChanges = address.sub != m_current.sub;
    m_current = address;
    AppSettings::instance()->setLastPage(address.toString());
    if (pageChanges)
        Q_EMIT pageChanged();
    if (subChanges)
        Q_EMIT subIdChanged();
    Q_EMIT addressChanged();
}

} // namespace ktl
