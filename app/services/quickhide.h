// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QObject>
#include <QQmlEngine>

namespace ktl {

/**
 * @brief Quick hide: someone walks in, and the app must be off the screen at once.
 *
 * Esc twice within doublePressMs (from any window, over any page, dialog or the first-run
 * choice), the header's Hide button, or the same in presenter mode. The windows then show a
 * neutral "Notes" page and take a neutral title and taskbar name; the session is forgotten —
 * the way back, the pages visited, the open page with its answers and search text (its page is
 * destroyed), a pack being offered, read-aloud — and the next start opens Home. The same keys
 * (or Return on the neutral page) bring back a fresh Home page, never the screen that was hidden.
 *
 * It does not hide that the app is installed; the display page says so.
 */
class QuickHide : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hidden READ hidden NOTIFY hiddenChanged)
    /** The session is forgotten: the hidden page destroyed, the way back cleared. Comes right
     *  after the first frame of the neutral page (hidden is at once), so hiding is never slowed
     *  by tearing down a heavy page or writing the settings file. */
    Q_PROPERTY(bool released READ released NOTIFY releasedChanged)
    /** The main window's title: the app's name, or the neutral one while hidden. */
    Q_PROPERTY(QString windowTitle READ windowTitle NOTIFY titleChanged)
    /** The neutral page's title and the title every window takes while hidden. */
    Q_PROPERTY(QString neutralTitle READ neutralTitle NOTIFY titleChanged)

public:
    /** Two presses of Esc closer than this hide (or bring back) the app. */
    static constexpr int doublePressMs = 500;

    static QuickHide *instance();
    static QuickHide *create(QQmlEngine *, QJSEngine *);

    bool hidden() const { return m_hidden; }
    bool released() const { return m_released; }
    QString windowTitle() const;
    QString neutralTitle() const;

    Q_INVOKABLE void hide();
    /** Back from hiding: a fresh Home page. */
    Q_INVOKABLE void reveal();
    /** Watches Esc on every window of @p app (an event filter): a second press within
     *  doublePressMs hides, or brings back. The first press goes on as usual (it closes a
     *  dialog or ends a presentation). */
    void watchEscape(QCoreApplication *app);

Q_SIGNALS:
    void hiddenChanged();
    void releasedChanged();
    void titleChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit QuickHide(QObject *parent);
    /** The name and icon a taskbar shows for every window. */
    void setTaskbarIdentity(bool neutral);
    /** After the neutral frame: the page goes, the history and the last page are forgotten. */
    void release();

    bool m_hidden = false;
    bool m_released = false;
    /** When the last Esc was pressed, by the window system's clock (not when it was handled:
     *  a first Esc that ends a presentation on a slow laptop must not eat the time). */
    quint64 m_lastEscape = 0;
    bool m_escapePending = false;
    QString m_shownDisplayName;
    QIcon m_shownIcon;
};

} // namespace ktl
