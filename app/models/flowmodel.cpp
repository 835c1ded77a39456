// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowmodel.h"

#include "pageaddress.h"

#include "appsettings.h"
#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"
#include "flowgraph.h"

#include <QVariantMap>

namespace ktl {

FlowModel::FlowModel(QObject *parent)
    : QObject(parent)
{
    // The answers' buttons show both languages in bilingual mode.
    connect(AppSettings::instance(), &AppSettings::bilingualChanged, this, &FlowModel::nodeChanged);
}

QString FlowModel::address() const { return page::flow(m_flowId); }

const Flow *FlowModel::flow() const { return m_source.content().flow(m_flowId); }

const FlowNode *FlowModel::node() const
{
    const Flow *f = flow();
    return f ? f->node(currentNodeId()) : nullptr;
}

QString FlowModel::context() const { return contentContext::flow(m_flowId); }

void FlowModel::setFlowId(const QString &id)
{
    if (id == m_flowId)
        return;
    m_flowId = id;
    Q_EMIT flowIdChanged();
    Q_EMIT textChanged();
    const Flow *f = flow();
    m_path = f && f->node(f->start) ? QStringList { f->start } : QStringList();
    if (f && f->node(m_pendingNode) && m_pendingNode != f->start)
        m_path.append(m_pendingNode);
    m_pendingNode.clear();
    Q_EMIT nodeChanged();
}

void FlowModel::setCurrentNodeId(const QString &nodeId)
{
    if (nodeId.isEmpty() || nodeId == currentNodeId())
        return;
    if (!flow()) {
        m_pendingNode = nodeId;
        return;
    }
    jumpTo(nodeId);
}

QString FlowModel::title() const
{
    const Flow *f = flow();
    return f ? contentTr(context(), f->title) : QString();
}

QString FlowModel::summary() const
{
    const Flow *f = flow();
    return f ? contentformat::html(context(), f->summary) : QString();
}

int FlowModel::nodeCount() const
{
    const Flow *f = flow();
    return f ? int(f->nodes.size()) : 0;
}

QString FlowModel::nodeKind() const
{
    const FlowNode *n = node();
    return n ? flowNodeKindName(n->kind) : QString();
}

QString FlowModel::nodeText() const
{
    const FlowNode *n = node();
    return n ? contentTr(context(), n->text) : QString();
}

QString FlowModel::nodeDetail() const
{
    const FlowNode *n = node();
    return n ? contentformat::html(context(), n->detail) : QString();
}

SpeechText FlowModel::nodeSpeech() const
{
    const FlowNode *n = node();
    return n ? speechtext::content(context(), { n->text, n->detail }) : SpeechText();
}

QString FlowModel::nodeTextOther() const
{
    const FlowNode *n = node();
    return n ? contentformat::other(context(), n->text) : QString();
}

QString FlowModel::nodeDetailOther() const
{
    const FlowNode *n = node();
    return n ? contentformat::otherHtml(context(), n->detail) : QString();
}

QList<FlowAnswer> FlowModel::answers() const
{
    QList<FlowAnswer> result;
    const bool bilingual = AppSettings::instance()->bilingual();
    if (const FlowNode *n = node()) {
        for (const FlowEdge &e : n->edges) {
            FlowAnswer a { e.id, contentTr(context(), e.label), contentformat::other(context(), e.label), e.target, {} };
            //: The button of a step with a single way on
            a.buttonText = e.id.isEmpty() ? tr("Continue")
                    //: An answer in both languages: %1 in the shown language, %2 in the other
                    : bilingual ? tr("%1 · %2").arg(a.label, a.labelOther)
                                : a.label;
            result.append(a);
        }
    }
    return result;
}

QString FlowModel::describeNode(const QString &nodeId, bool current, bool onPath) const
{
    const Flow *f = flow();
    const FlowNode *n = f ? f->node(nodeId) : nullptr;
    if (!n)
        return {};
    QStringList parts;
    if (n->kind == FlowNode::Kind::Question)
        parts.append(tr("Question."));
    else if (n->kind == FlowNode::Kind::Outcome)
        //: Screen reader, diagram node: an outcome of a decision flow
        parts.append(tr("Outcome: the path ends here."));
    if (current)
        //: Screen reader, diagram node: the node being shown
        parts.append(tr("You are here."));
    else if (onPath)
        parts.append(tr("On the path you took."));
    for (const FlowEdge &e : n->edges) {
        const FlowNode *target = f->node(e.target);
        if (!target)
            continue;
        const QString answer = e.label.isEmpty() ? tr("Next") : contentTr(context(), e.label);
        //: Screen reader, diagram node: an answer and the node it leads to
        parts.append(tr("%1 leads to: %2.").arg(answer, contentTr(context(), target->text)));
    }
    return parts.join(QLatin1Char(' '));
}

SourceRefs FlowModel::nodeSources() const
{
    const FlowNode *n = node();
    return n ? contentformat::sourceRefs(m_source.content(), n->sources) : SourceRefs();
}

bool FlowModel::atOutcome() const
{
    const FlowNode *n = node();
    return n && n->kind == FlowNode::Kind::Outcome;
}

QList<OutlineLine> FlowModel::outline() const
{
    QList<OutlineLine> result;
    const Flow *f = flow();
    if (!f)
        return result;
    for (const flowgraph::OutlineLine &line : flowgraph::outline(*f)) {
        const FlowNode *n = f->node(line.nodeId);
        const QString text = n ? contentTr(context(), n->text) : QString();
        //: Outline of a flow: a node already listed above; %1 is its text
        QString shown = line.repeat ? tr("(see above) %1").arg(text) : text;
        if (!line.viaLabel.isEmpty())
            //: Outline of a flow: the answer that leads to a node, then the node; %1 the answer, %2 the node
            shown = tr("%1 → %2").arg(contentTr(context(), line.viaLabel), shown);
        result.append({ line.depth, line.nodeId, n ? flowNodeKindName(n->kind) : QString(), shown });
    }
    return result;
}

bool FlowModel::isEdgeTaken(const QString &from, const QString &to) const
{
    for (int i = 0; i + 1 < m_path.size(); ++i) {
        if (m_path.at(i) == from && m_path.at(i + 1) == to)
            return true;
    }
    return false;
}

bool FlowModel::choose(const QString &answerId)
{
    const FlowNode *n = node();
    if (!n)
        return false;
    for (const FlowEdge &e : n->edges) {
        if (e.id == answerId && flow()->node(e.target)) {
            m_path.append(e.target);
            Q_EMIT nodeChanged();
            return true;
        }
    }
    return false;
}

bool FlowModel::back()
{
    if (!canGoBack())
        return false;
    m_path.removeLast();
    Q_EMIT nodeChanged();
    return true;
}

void FlowModel::restart()
{
    const Flow *f = flow();
    m_path = f && f->node(f->start) ? QStringList { f->start } : QStringList();
    Q_EMIT nodeChanged();
}

bool FlowModel::jumpTo(const QString &nodeId)
{
    const Flow *f = flow();
    if (!f || !f->node(nodeId))
        return false;
    if (nodeId == currentNodeId())
        return true;
    const qsizetype onPath = m_path.indexOf(nodeId);
    if (onPath >= 0)
        m_path = m_path.mid(0, onPath + 1); // back along the path already taken
    else
        m_path.append(nodeId);
    Q_EMIT nodeChanged();
    return true;
}

} // namespace ktl
