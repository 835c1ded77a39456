// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayoutqueue.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace ktl {

FlowLayoutQueue::FlowLayoutQueue(QObject *parent)
    : QObject(parent)
{
    m_worker.setMaxThreadCount(1); // Graphviz's context is global: one layout at a time
    m_worker.setExpiryTimeout(-1); // the thread stays, ready for the next flow
}

FlowLayoutQueue *FlowLayoutQueue::instance()
{
    static auto *queue = [] {
        auto *q = new FlowLayoutQueue(QCoreApplication::instance());
        // Before the app's objects go: a layout still running is waited for, not cut off.
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, q, [q] { q->m_worker.waitForDone(); });
        return q;
    }();
    return queue;
}

FlowLayoutQueue::Layout FlowLayoutQueue::cached(const QString &key) const
{
    return m_cache.value(key);
}

void FlowLayoutQueue::request(const QString &key, Job job)
{
    if (m_cache.contains(key) || m_running.contains(key))
        return;
    m_running.insert(key);
    m_worker.start([this, key, job = std::move(job)] {
        auto layout = std::make_shared<const FlowLayout::Result>(job());
        // Back on the GUI thread (this object's), where the models are.
        QMetaObject::invokeMethod(this, [this, key, layout] { finished(key, layout); }, Qt::QueuedConnection);
    });
}

void FlowLayoutQueue::finished(const QString &key, const Layout &layout)
{
    m_running.remove(key);
    m_cache.insert(key, layout);
    m_order.removeAll(key);
    m_order.append(key);
    while (m_order.size() > maxCached)
        m_cache.remove(m_order.takeFirst());
    Q_EMIT ready(key);
    if (m_running.isEmpty())
        Q_EMIT idle();
}

} // namespace ktl
