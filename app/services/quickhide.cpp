// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickhide.h"

#include "appsettings.h"
#include "languagemanager.h"
#include "navigation.h"
#include "packinstaller.h"
#include "readaloud.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPixmap>
#include <QQuickWindow>
#include <QTimer>
#include <QWindow>

namespace ktl {

QuickHide::QuickHide(QObject *parent)
    : QObject(parent)
{
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &QuickHide::titleChanged);
}

QuickHide *QuickHide::instance()
{
    static auto *quickHide = new QuickHide(QCoreApplication::instance());
    return quickHide;
}

QuickHide *QuickHide::create(QQmlEngine *, QJSEngine *)
{
    QuickHide *quickHide = instance();
    QJSEngine::setObjectOwnership(quickHide, QJSEngine::CppOwnership);
    return quickHide;
}

QString QuickHide::windowTitle() const
{
    return m_hidden ? neutralTitle() : tr("Know the Limits");
}

QString QuickHide::neutralTitle() const
{
    //: Quick hide: the plain title the window shows when hidden (as a notes app would)
    return tr("Notes");
}

void QuickHide::hide()
{
    if (m_hidden)
        return;
    // Silence first: a voice reading on would give the app away.
    ReadAloud::instance()->stop();
    setTaskbarIdentity(true);
    m_hidden = true;
    Q_EMIT hiddenChanged(); // the neutral page shows, the page under it hidden
    Q_EMIT titleChanged();
    PackInstaller::instance()->dismiss();
    // The rest waits for the neutral page's first frame on every window showing one, so what
    // people see changes in one frame, however heavy the page was. A window that draws no
    // frame (minimised) does not hold it up: a short timer is the latest.
    int waiting = 0;
    for (QWindow *window : QGuiApplication::topLevelWindows()) {
        auto *quick = qobject_cast<QQuickWindow *>(window);
        if (!quick || !quick->isExposed())
            continue;
        ++waiting;
        connect(quick, &QQuickWindow::frameSwapped, this, &QuickHide::release,
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    QTimer::singleShot(waiting > 0 ? 250 : 0, this, &QuickHide::release);
}

void QuickHide::release()
{
    if (!m_hidden || m_released)
        return;
    Navigation::instance()->clearHistory();
    AppSettings::instance()->forgetSession();
    m_released = true;
    Q_EMIT releasedChanged(); // the hidden page is destroyed, with its answers and search text
}

void QuickHide::reveal()
{
    if (!m_hidden)
        return;
    release(); // revealed before the first frame: the session is still forgotten
    Navigation::instance()->clearHistory();
    setTaskbarIdentity(false);
    m_hidden = false;
    m_released = false;
    Q_EMIT releasedChanged();
    Q_EMIT hiddenChanged();
    Q_EMIT titleChanged();
}

void QuickHide::setTaskbarIdentity(bool neutral)
{
    // On X11 a window's title is shown with the application's display name after it, so the
    // display name changes too; the icon becomes a blank one.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    if (neutral) {
        m_shownDisplayName = QGuiApplication::applicationDisplayName();
        m_shownIcon = QGuiApplication::windowIcon();
        QGuiApplication::setApplicationDisplayName(neutralTitle());
        QPixmap blank(32, 32);
        blank.fill(Qt::white);
        QGuiApplication::setWindowIcon(QIcon(blank));
    } else {
        QGuiApplication::setApplicationDisplayName(m_shownDisplayName);
        QGuiApplication::setWindowIcon(m_shownIcon);
    }
}

void QuickHide::watchEscape(QCoreApplication *app)
{
    app->installEventFilter(this);
}

bool QuickHide::eventFilter(QObject *watched, QEvent *event)
{
    // A key reaches the window first, then each item it is passed to: counted once, at the window.
    if (event->type() != QEvent::KeyPress || !qobject_cast<QWindow *>(watched))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->isAutoRepeat())
        return false;
    if (key->key() != Qt::Key_Escape) { // Esc, a letter, Esc is not a double press
        m_escapePending = false;
        return false;
    }
    const quint64 now = key->timestamp();
    if (m_escapePending && now >= m_lastEscape && now - m_lastEscape < quint64(doublePressMs)) {
        m_escapePending = false;
        m_hidden ? reveal() : hide();
        return true; // the second press does nothing else
    }
    m_escapePending = true;
    m_lastEscape = now;
    return false;
}

} // namespace ktl
