// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace ktl {

/**
 * @brief Writes a window to a PNG once it has really drawn (for `--screenshot`), then quits the
 * application with 0, or 1 if the file could not be written.
 */
class WindowCapture : public QObject
{
    Q_OBJECT

public:
    WindowCapture(QQuickWindow *window, QString fileName, QObject *parent = nullptr);

private:
    void capture();

    QQuickWindow *m_window;
    QString m_fileName;
    bool m_scheduled = false;
};

} // namespace ktl
