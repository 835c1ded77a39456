// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationscreens.h"

#include "appsettings.h"

#include <QGuiApplication>
#include <QScreen>

namespace ktl {

PresentationScreens::PresentationScreens(QObject *parent)
    : QObject(parent)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &PresentationScreens::place);
    // Queued: while the signal is out the screen is still in the list.
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &PresentationScreens::place, Qt::QueuedConnection);
}

void PresentationScreens::setAudience(QObject *object)
{
    auto *window = qobject_cast<QQuickWindow *>(object);
    if (window == m_audience)
        return;
    m_audience = window;
    Q_EMIT windowsChanged();
}

void PresentationScreens::setNotes(QObject *object)
{
    auto *window = qobject_cast<QQuickWindow *>(object);
    if (window == m_notes)
        return;
    m_notes = window;
    Q_EMIT windowsChanged();
}

void PresentationScreens::setFullScreen(bool on)
{
    if (on == m_fullScreen)
        return;
    m_fullScreen = on;
    Q_EMIT windowsChanged();
}

bool PresentationScreens::canSwap() const { return QGuiApplication::screens().size() > 1; }

QString PresentationScreens::audienceScreenName() const
{
    return m_audienceScreen ? m_audienceScreen->name() : QString();
}

PresentationScreens::Choice PresentationScreens::choose(const QList<QScreen *> &screens, QScreen *primary, bool swapped)
{
    if (screens.isEmpty())
        return {};
    QScreen *own = screens.contains(primary) ? primary : screens.constFirst();
    QScreen *other = own;
    for (QScreen *screen : screens) {
        if (screen != own) {
            other = screen;
            break;
        }
    }
    return swapped ? Choice { own, other } : Choice { other, own };
}

QRect PresentationScreens::centred(const QSize &size, const QRect &area)
{
    const QSize fitted = size.boundedTo(area.size());
    QRect rect(QPoint(), fitted);
    rect.moveCenter(area.center());
    return rect;
}

QString PresentationScreens::pairName(const QList<QScreen *> &screens)
{
    if (screens.size() < 2)
        return {};
    QStringList names;
    for (const QScreen *screen : screens)
        names.append(screen->name());
    names.sort();
    return names.join(QLatin1Char('+'));
}

void PresentationScreens::place()
{
    // The same projector with the same laptop comes up the way the presenter left it.
    const QString pair = pairName(QGuiApplication::screens());
    if (pair != m_pair) {
        m_pair = pair;
        m_swapped = !pair.isEmpty() && AppSettings::instance()->screensSwapped(pair);
    }
    const Choice choice = choose(QGuiApplication::screens(), QGuiApplication::primaryScreen(), m_swapped);
    if (!choice.audience)
        return;
    m_audienceScreen = choice.audience;
    if (m_notes) {
        m_notes->setScreen(choice.notes);
        m_notes->setGeometry(centred(m_notes->size(), choice.notes->availableGeometry()));
        m_notes->show();
    }
    if (m_audience) {
        if (m_fullScreen) {
            // Back to normal first: a window that is already full screen does not move.
            if (m_audience->windowStates() & Qt::WindowFullScreen)
                m_audience->showNormal();
            m_audience->setScreen(choice.audience);
            m_audience->setGeometry(choice.audience->geometry());
            m_audience->showFullScreen();
        } else {
            // Screenshots and tests: the size asked for, whatever the screen.
            m_audience->setScreen(choice.audience);
            m_audience->setPosition(choice.audience->availableGeometry().topLeft());
            m_audience->show();
        }
        // The room's window takes the keyboard, so a clicker's keys work from the start.
        m_audience->requestActivate();
    }
    Q_EMIT placed();
}

void PresentationScreens::swap()
{
    m_swapped = !m_swapped;
    if (!m_pair.isEmpty())
        AppSettings::instance()->setScreensSwapped(m_pair, m_swapped);
    place();
}

} // namespace ktl
