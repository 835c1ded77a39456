// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowgraph.h"

#include <QHash>

namespace ktl::flowgraph {

QSet<QString> reachableFromStart(const Flow &flow)
{
    QSet<QString> seen;
    QStringList stack;
    if (flow.node(flow.start))
        stack.append(flow.start);
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (const FlowNode *node = flow.node(id)) {
            for (const FlowEdge &edge : node->edges) {
                if (flow.node(edge.target))
                    stack.append(edge.target);
            }
        }
    }
    return seen;
}

QStringList nodesWithoutOutcome(const Flow &flow)
{
    // Walk the edges backwards from every outcome; whatever is not reached cannot end.
    QHash<QString, QStringList> incoming;
    QSet<QString> canEnd;
    QStringList stack;
    for (const FlowNode &node : flow.nodes) {
        for (const FlowEdge &edge : node.edges)
            incoming[edge.target].append(node.id);
        if (node.kind == FlowNode::Kind::Outcome)
            stack.append(node.id);
    }
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (canEnd.contains(id))
            continue;
        canEnd.insert(id);
        stack.append(incoming.value(id));
    }
    QStringList result;
    for (const FlowNode &node : flow.nodes) {
        if (!canEnd.contains(node.id))
            result.append(node.id);
    }
    return result;
}

namespace {

enum class Mark { None, Active, Done };

bool findCycle(const Flow &flow, const QString &id, QHash<QString, Mark> &marks, QStringList &trail)
{
    marks[id] = Mark::Active;
    trail.append(id);
    if (const FlowNode *node = flow.node(id)) {
        for (const FlowEdge &edge : node->edges) {
            if (edge.loop || !flow.node(edge.target))
                continue;
            const Mark mark = marks.value(edge.target, Mark::None);
            if (mark == Mark::Active) {
                trail = trail.mid(trail.indexOf(edge.target));
                trail.append(edge.target);
                return true;
            }
            if (mark == Mark::None && findCycle(flow, edge.target, marks, trail))
                return true;
        }
    }
    marks[id] = Mark::Done;
    trail.removeLast();
    return false;
}

} // namespace

QStringList unintendedCycle(const Flow &flow)
{
    QHash<QString, Mark> marks;
    for (const FlowNode &node : flow.nodes) {
        QStringList trail;
        if (marks.value(node.id, Mark::None) == Mark::None && findCycle(flow, node.id, marks, trail))
            return trail;
    }
    return {};
}

namespace {

void appendOutline(const Flow &flow, const QString &id, const QString &via, int depth, QSet<QString> &seen,
                   QList<OutlineLine> &out)
{
    const bool repeat = seen.contains(id);
    out.append({ depth, id, via, repeat });
    if (repeat)
        return;
    seen.insert(id);
    if (const FlowNode *node = flow.node(id)) {
        for (const FlowEdge &edge : node->edges)
            appendOutline(flow, edge.target, edge.label, depth + 1, seen, out);
    }
}

} // namespace

QList<OutlineLine> outline(const Flow &flow)
{
    QList<OutlineLine> out;
    QSet<QString> seen;
    if (flow.node(flow.start))
        appendOutline(flow, flow.start, {}, 0, seen, out);
    return out;
}

} // namespace ktl::flowgraph
