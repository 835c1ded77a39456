// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcapture.h"

#include "flowlayoutqueue.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace ktl {

WindowCapture::WindowCapture(QList<Target> targets, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
{
    if (m_targets.isEmpty())
        return;
    connect(m_targets.constFirst().first, &QQuickWindow::frameSwapped, this, [this] {
        if (m_scheduled)
            return;
        m_scheduled = true;
        // Let bindings that settle after the first frame (text layout, list delegates) draw too.
        QTimer::singleShot(250, this, &WindowCapture::capture);
    });
}

void WindowCapture::capture()
{
    // A flow's diagram is laid out off the GUI thread: the picture waits until it is drawn.
    if (FlowLayoutQueue *queue = FlowLayoutQueue::instance(); queue->pending() > 0) {
        connect(queue, &FlowLayoutQueue::idle, this, [this] { QTimer::singleShot(150, this, &WindowCapture::capture); },
                Qt::SingleShotConnection);
        return;
    }
    for (const Target &target : std::as_const(m_targets)) {
        const QImage image = target.first->grabWindow();
        if (image.isNull() || !image.save(target.second, "PNG")) {
            std::fprintf(stderr, "knowthelimits: %s: cannot write the screenshot\n", qPrintable(target.second));
            QCoreApplication::exit(1);
            return;
        }
    }
    QCoreApplication::exit(0);
}

} // namespace ktl
