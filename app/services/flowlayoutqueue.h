// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flowlayout.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace ktl {

/**
 * @brief Flow layouts off the GUI thread, cached by what they depend on.
 *
 * Graphviz takes a second on a thousand-node flow, and libgvc is not thread-safe: every
 * layout runs here, one at a time, on a worker thread of its own, never on the GUI thread. A
 * layout is asked for under a key made from everything it depends on (the flow's text in the
 * language shown, the text size), so a flow opened again, or a language switched back, is
 * drawn from the cache at once, and the same key asked twice while running is laid out once.
 */
class FlowLayoutQueue : public QObject
{
    Q_OBJECT

public:
    using Layout = std::shared_ptr<const FlowLayout::Result>;
    /** Measures and lays out; runs on the worker thread, so it must own everything it uses. */
    using Job = std::function<FlowLayout::Result()>;

    static FlowLayoutQueue *instance();

    /** The layout under @p key, if it is done; else nullptr. */
    Layout cached(const QString &key) const;
    /** Lays @p job out under @p key (unless it is cached or running); ready(key) follows. */
    void request(const QString &key, Job job);
    /** Layouts asked for and not done yet (a screenshot waits for them). */
    int pending() const { return int(m_running.size()); }

    /** Layouts kept: a workshop's flows in both languages and a few text sizes. */
    static constexpr int maxCached = 32;

Q_SIGNALS:
    void ready(const QString &key);
    /** No layout is running any more. */
    void idle();

private:
    explicit FlowLayoutQueue(QObject *parent = nullptr);
    void finished(const QString &key, const Layout &layout);

    QThreadPool m_worker;
    QHash<QString, Layout> m_cache;
    QStringList m_order; ///< least recently used first
    QSet<QString> m_running;
};

} // namespace ktl
