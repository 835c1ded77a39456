// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QScreen>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>


namespace ktl {

/**
 * @brief Puts presenter mode's two windows on their screens: the slides full screen on the
 * projector, the notes on the presenter's own screen, and swaps them on request.
 *
 * Setting QWindow::screen alone is not enough on X11: a window is mapped at its position in
 * the whole desktop, which is (0, 0), the laptop's corner, unless its geometry is set too. So
 * each window gets its screen, its geometry on that screen, and only then its state. A screen
 * plugged in or removed mid-talk places both again.
 */
class PresentationScreens : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // QObject, not QQuickWindow: a QML Window property arrives as a QJSValue that Qt 6.4 will
    // not convert to QQuickWindow *, so the windows are cast here.
    Q_PROPERTY(QObject *audience READ audience WRITE setAudience NOTIFY windowsChanged)
    Q_PROPERTY(QObject *notes READ notes WRITE setNotes NOTIFY windowsChanged)
    /** False for screenshots and tests: both windows stay ordinary windows. */
    Q_PROPERTY(bool fullScreen READ fullScreen WRITE setFullScreen NOTIFY windowsChanged)
    Q_PROPERTY(bool swapped READ swapped NOTIFY placed)
    /** Whether there is a second screen to swap with. */
    Q_PROPERTY(bool canSwap READ canSwap NOTIFY placed)
    /** The name of the screen the slides are on (as the system calls it, e.g. "HDMI-1"). */
    Q_PROPERTY(QString audienceScreenName READ audienceScreenName NOTIFY placed)

public:
    explicit PresentationScreens(QObject *parent = nullptr);

    QObject *audience() const { return m_audience; }
    void setAudience(QObject *window);
    QObject *notes() const { return m_notes; }
    void setNotes(QObject *window);
    bool fullScreen() const { return m_fullScreen; }
    void setFullScreen(bool on);
    bool swapped() const { return m_swapped; }
    bool canSwap() const;
    QString audienceScreenName() const;

    /** Shows both windows on their screens. */
    Q_INVOKABLE void place();
    /** Slides to the other screen, notes to this one; remembered for this pair of screens. */
    Q_INVOKABLE void swap();
    /** The pair of screens as the settings remember it: the names sorted, "eDP-1+HDMI-1"; "" for
     *  one screen. (More than two: all of them, so a new arrangement starts unswapped.) */
    static QString pairName(const QList<QScreen *> &screens);

    struct Choice
    {
        QScreen *audience = nullptr;
        QScreen *notes = nullptr;
    };
    /** The notes go on the primary screen (the laptop's, as a rule) and the slides on the first
     *  other one; with one screen both share it. @p swapped exchanges the two. */
    static Choice choose(const QList<QScreen *> &screens, QScreen *primary, bool swapped);
    /** A window of @p size centred in @p area, shrunk to fit it. */
    static QRect centred(const QSize &size, const QRect &area);

Q_SIGNALS:
    void windowsChanged();
    void placed();

private:
    QPointer<QQuickWindow> m_audience;
    QPointer<QQuickWindow> m_notes;
    bool m_fullScreen = true;
    bool m_swapped = false;
    QString m_pair; ///< the screens place() last saw (pairName)
    QPointer<QScreen> m_audienceScreen; // a screen unplugged mid-talk is deleted before place() runs
};

} // namespace ktl
