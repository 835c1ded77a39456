// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

namespace ktl::windowfit {

/** Where the main window opens: @p preferred, shrunk to the screen's @p available area and
 *  centred in it, so a 1024×600 netbook never gets a window whose edges (the language switch,
 *  the notice) are off screen. */
QRect initialGeometry(const QSize &preferred, const QRect &available);
/** Whether the window should open maximised: the screen is smaller than @p preferred. */
bool startsMaximized(const QSize &preferred, const QRect &available);

} // namespace ktl::windowfit
