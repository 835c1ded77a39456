// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QQuickWindow;

namespace ktl {

/**
 * @brief Writes windows to PNG files once they have really drawn (for `--screenshot`), then
 * quits the application with 0, or 1 if a file could not be written.
 */
class WindowCapture : public QObject
{
    Q_OBJECT

public:
    using Target = QPair<QQuickWindow *, QString>; ///< a window and the file for it

    explicit WindowCapture(QList<Target> targets, QObject *parent = nullptr);

private:
    void capture();

    QList<Target> m_targets;
    bool m_scheduled = false;
};

} // namespace ktl
