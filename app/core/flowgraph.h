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

/** One line of a flow's outline: a node, how deep it is, and the answer that leads to it. */
struct OutlineLine
{
    int depth = 0;
    QString nodeId;
    QString viaLabel; ///< the answer (or "" for the start and an info node's way on)
    bool repeat = false; ///< already listed above: shown as a reference, not expanded again
};
/** The flow as a text tree from the start node, depth first, each node expanded once. */
QList<OutlineLine> outline(const Flow &flow);

} // namespace ktl::flowgraph
