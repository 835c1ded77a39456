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

// The two searches below walk with a stack of their own: a flow from outside may be a chain of
// thousands of nodes, and one call frame per node would overflow the thread's stack.

QStringList unintendedCycle(const Flow &flow)
{
    enum class Mark { None, Active, Done };
    struct Frame
    {
        const FlowNode *node;
        qsizetype nextEdge;
    };
    QHash<QString, Mark> marks;
    marks.reserve(flow.nodes.size());
    for (const FlowNode &root : flow.nodes) {
        if (marks.value(root.id, Mark::None) != Mark::None)
            continue;
        QList<Frame> stack { { &root, 0 } };
        marks.insert(root.id, Mark::Active);
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            if (top.nextEdge == top.node->edges.size()) {
                marks.insert(top.node->id, Mark::Done);
                stack.removeLast();
                continue;
            }
            const FlowEdge &edge = top.node->edges.at(top.nextEdge++);
            const FlowNode *target = edge.loop ? nullptr : flow.node(edge.target);
            if (!target)
                continue;
            const Mark mark = marks.value(target->id, Mark::None);
            if (mark == Mark::Active) {
                // The cycle is the part of the stack from the target on, closed by the target.
                QStringList cycle;
                bool inCycle = false;
                for (const Frame &frame : std::as_const(stack)) {
                    inCycle = inCycle || frame.node->id == target->id;
                    if (inCycle)
                        cycle.append(frame.node->id);
                }
                cycle.append(target->id);
                return cycle;
            }
            if (mark == Mark::None) {
                marks.insert(target->id, Mark::Active);
                stack.append({ target, 0 });
            }
        }
    }
    return {};
}

QList<OutlineLine> outline(const Flow &flow)
{
    // Depth first from the start, each node expanded once: the same order as a recursive walk,
    // with pending (node, answer, depth) entries pushed in reverse so the first answer comes first.
    struct Pending
    {
        QString id;
        QString via;
        int depth;
    };
    QList<OutlineLine> out;
    QSet<QString> seen;
    if (!flow.node(flow.start))
        return out;
    QList<Pending> stack { { flow.start, {}, 0 } };
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        const bool repeat = seen.contains(p.id);
        out.append({ p.depth, p.id, p.via, repeat });
        if (repeat)
            continue;
        seen.insert(p.id);
        if (const FlowNode *node = flow.node(p.id)) {
            for (qsizetype i = node->edges.size() - 1; i >= 0; --i)
                stack.append({ node->edges.at(i).target, node->edges.at(i).label, p.depth + 1 });
        }
    }
    return out;
}

} // namespace ktl::flowgraph
