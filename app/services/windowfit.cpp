// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfit.h"

namespace ktl::windowfit {

QRect initialGeometry(const QSize &preferred, const QRect &available)
{
    if (available.isEmpty())
        return QRect(QPoint(), preferred);
    QRect rect(QPoint(), preferred.boundedTo(available.size()));
    rect.moveCenter(available.center());
    return rect;
}

bool startsMaximized(const QSize &preferred, const QRect &available)
{
    return !available.isEmpty()
            && (preferred.width() > available.width() || preferred.height() > available.height());
}

} // namespace ktl::windowfit
