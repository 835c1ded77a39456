// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

#include "pageaddress.h"

#include <QObject>
#include <QQmlEngine>

namespace ktl {

/**
 * @brief Which page is shown, and the way back. Pages are addressed as in `--page`
 * (pageaddress.h), so navigation, screenshots and "continue where you left off" agree.
 */
class Navigation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString address READ address NOTIFY addressChanged)
    /** The page's kind as its address names it: "home", "topic", "flow", "whatif", … */
    Q_PROPERTY(QString kind READ kind NOTIFY pageChanged)
    /** The topic, walkthrough or flow id; changes only with the page (see subId). */
    Q_PROPERTY(QString pageId READ pageId NOTIFY pageChanged)
    /** The step or node within the page; follows the page's own position. */
    Q_PROPERTY(QString subId READ subId NOTIFY subIdChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY addressChanged)

public:
    static Navigation *instance();
    static Navigation *create(QQmlEngine *, QJSEngine *);

    QString address() const { return m_current.toString(); }
    QString kind() const { return m_current.kindName(); }
    QString pageId() const { return m_current.id; }
    QString subId() const { return m_current.sub; }
    bool canGoBack() const { return !m_history.isEmpty(); }

    /** Shows @p address; false (and invalidAddress) if it names nothing. */
    Q_INVOKABLE bool go(const QString &address);
    /** Updates the step or node of the current page without a history entry. */
    Q_INVOKABLE void setSubId(const QString &subId);
    Q_INVOKABLE bool back();
    Q_INVOKABLE void home();
    /** Asks the window to start presenter mode for @p address (a walkthrough or a flow). */
    Q_INVOKABLE void present(const QString &address) { Q_EMIT presentRequested(address); }
    /** Forgets the way back (start over on a shared computer). */
    Q_INVOKABLE void clearHistory();
    /** The pages opened in this session, first visit first (kept in memory only), for the
     *  "what I explored" handout. */
    QStringList visited() const { return m_visited; }
    /** Every page address of the loaded content (as --list-pages prints them). */
    Q_INVOKABLE QStringList allPages() const;
    /** A short, translated title of the page at @p address ("" if it names nothing). */
    Q_INVOKABLE QString describe(const QString &address) const;
    /** What may be stored of @p address: a flow position is left out, because the node
     *  reached tells what the user answered (design.md, Privacy). */
    static QString storable(const PageAddress &address);

Q_SIGNALS:
    void addressChanged();
    void pageChanged();
    void subIdChanged();
    void invalidAddress(const QString &message);
    void presentRequested(const QString &address);

private:
    /** The content it resolves against (it follows nothing: every use reads it afresh). */
    ContentSource m_source { this, nullptr, nullptr };
    explicit Navigation(QObject *parent);
    void show(const PageAddress &address);

    PageAddress m_current;
    QList<PageAddress> m_history;
    QStringList m_visited;
};

} // namespace ktl
