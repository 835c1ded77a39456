// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "whatif.h"

#include <QString>

namespace ktl::whatiftext {

/** A knob's value as the reader sees it, in the current language. */
QString valueLabel(const Explorer &explorer, int knob, const Scenario &scenario);
/** "Changed because: State law on detainers is now “Limits or forbids it”." for the changed
 *  knobs @p knobs (whatif::StageChange::because); "" when there are none. Shared by the page,
 *  the presenter's slides and the handout, so all three give the same reason. */
QString because(const Explorer &explorer, const QList<int> &knobs, const Scenario &scenario);

} // namespace ktl::whatiftext
