// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcapture.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace ktl {

WindowCapture::WindowCapture(QQuickWindow *window, QString fileName, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(std::move(fileName))
{
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (m_scheduled)
            return;
        m_scheduled = true;
        // Let bindings that settle after the first frame (text layout, list delegates) draw too.
        QTimer::singleShot(250, this, &WindowCapture::capture);
    });
}

void WindowCapture::capture()
{
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_fileName, "PNG")) {
        std::fprintf(stderr, "knowthelimits: %s: cannot write the screenshot\n", qPrintable(m_fileName));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace ktl
