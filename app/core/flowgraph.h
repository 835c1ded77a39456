// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"

#include <QSet>

namespace ktl::flowgraph {

/** Ids of the nodes reachable from the flow's start (all edges, loops included). */
QSet<QString> reachableFromStart(const Flow &flow);
/** Ids of nodes from which no outcome can be reached: paths that never end. */
QStringList nodesWithoutOutcome(const Flow &flow);
/** A cycle that uses no edge marked `loop`, as node ids (first == last), or empty. */
QStringList unintendedCycle(const Flow &flow);

} // namespace ktl::flowgraph
