// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowdiagrammodel.h"

#include "contentstore.h"
#include "contenttext.h"
#include "flowlayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QVariantMap>

namespace ktl {

namespace {

QString svgPoint(const QPointF &p) { return QString::number(p.x(), 'f', 1) + QLatin1Char(' ') + QString::number(p.y(), 'f', 1); }

/** "M start C c1 c2 end C …" from Graphviz's spline, then a straight run to the arrow's base. */
QString splinePath(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    QString path = QStringLiteral("M ") + svgPoint(points.first());
    for (int i = 1; i + 2 < points.size(); i += 3)
        path += QStringLiteral(" C ") + svgPoint(points.at(i)) + QLatin1Char(' ') + svgPoint(points.at(i + 1))
                + QLatin1Char(' ') + svgPoint(points.at(i + 2));
    return path;
}

/** A filled triangle from the end of the spline to the tip. */
QString arrowPath(const QPointF &from, const QPointF &tip)
{
    QPointF d = tip - from;
    const qreal length = std::hypot(d.x(), d.y());
    if (length < 0.01)
        return {};
    d /= length;
    const qreal size = qMax<qreal>(length, 8);
    const QPointF base = tip - d * size;
    const QPointF normal(-d.y(), d.x());
    const QPointF left = base + normal * size * 0.45, right = base - normal * size * 0.45;
    return QStringLiteral("M ") + svgPoint(tip) + QStringLiteral(" L ") + svgPoint(left) + QStringLiteral(" L ")
            + svgPoint(right) + QStringLiteral(" Z");
}

} // namespace

FlowDiagramModel::FlowDiagramModel(QObject *parent)
    : QObject(parent)
{
}

void FlowDiagramModel::setFlowId(const QString &id)
{
    if (id == m_flowId)
        return;
    m_flowId = id;
    Q_EMIT flowIdChanged();
    relayout();
}

void FlowDiagramModel::setFontPixelSize(qreal size)
{
    if (qFuzzyCompare(size, m_fontPixelSize) || size <= 0)
        return;
    m_fontPixelSize = size;
    Q_EMIT fontPixelSizeChanged();
    relayout();
}

void FlowDiagramModel::relayout()
{
    m_nodes.clear();
    m_edges.clear();
    m_rects.clear();
    m_links.clear();
    m_width = m_height = 0;
    m_error.clear();
    const Flow *flow = m_source.content().flow(m_flowId);
    if (!flow) {
        Q_EMIT layoutChanged();
        return;
    }
    // The same font QML's Text uses by default, at the view's size: boxes fit the drawn text.
    QFont font = QGuiApplication::font();
    font.setPixelSize(qRound(m_fontPixelSize));
    const QFontMetricsF metrics(font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold); // questions are drawn bold
    QFont labelFont = font;
    labelFont.setPixelSize(qRound(m_fontPixelSize * 0.85));
    const QFontMetricsF labelMetrics(labelFont);
    const qreal maxTextWidth = m_fontPixelSize * maxNodeWidthInEms;
    const QString context = contentContext::flow(flow->id);

    QList<FlowLayout::NodeIn> nodesIn;
    QStringList texts;
    for (const FlowNode &n : flow->nodes) {
        const QString text = contentTr(context, n.text);
        const QFontMetricsF &m = n.kind == FlowNode::Kind::Question ? boldMetrics : metrics;
        const QRectF box = m.boundingRect(QRectF(0, 0, maxTextWidth, 1e6), Qt::TextWordWrap, text);
        nodesIn.append({ n.id, QSizeF(qCeil(box.width()) + 2 * padding, qCeil(box.height()) + 2 * padding) });
        texts.append(text);
    }
    QList<FlowLayout::EdgeIn> edgesIn;
    QStringList labels;
    for (const FlowNode &n : flow->nodes) {
        for (const FlowEdge &e : n.edges) {
            const QString label = contentTr(context, e.label);
            const QSizeF size = label.isEmpty() ? QSizeF()
                                                : labelMetrics.size(0, label) + QSizeF(2 * labelPadding, labelPadding);
            edgesIn.append({ n.id, e.target, size });
            labels.append(label);
        }
    }

    const FlowLayout::Result layout = FlowLayout::layOut(nodesIn, edgesIn);
    m_error = layout.error;
    for (int i = 0; i < layout.nodes.size(); ++i) {
        const FlowLayout::NodeOut &n = layout.nodes.at(i);
        const FlowNode *node = flow->node(n.id);
        m_nodes.append(QVariantMap { { QStringLiteral("nodeId"), n.id },
                                     { QStringLiteral("kind"), flowNodeKindName(node->kind) },
                                     { QStringLiteral("text"), texts.at(i) },
                                     { QStringLiteral("x"), n.rect.x() },
                                     { QStringLiteral("y"), n.rect.y() },
                                     { QStringLiteral("width"), n.rect.width() },
                                     { QStringLiteral("height"), n.rect.height() } });
        m_rects.insert(n.id, n.rect);
    }
    for (int i = 0; i < layout.edges.size(); ++i) {
        const FlowLayout::EdgeOut &e = layout.edges.at(i);
        m_links[e.from].append(e.to);
        m_links[e.to].append(e.from);
        m_edges.append(QVariantMap {
                { QStringLiteral("from"), e.from },
                { QStringLiteral("to"), e.to },
                { QStringLiteral("label"), labels.at(i) },
                { QStringLiteral("path"), splinePath(e.spline) },
                { QStringLiteral("arrow"), e.spline.isEmpty() ? QString() : arrowPath(e.spline.constLast(), e.tip) },
                { QStringLiteral("labelX"), e.labelRect.x() },
                { QStringLiteral("labelY"), e.labelRect.y() },
                { QStringLiteral("labelWidth"), e.labelRect.width() },
                { QStringLiteral("labelHeight"), e.labelRect.height() } });
    }
    m_width = layout.size.width();
    m_height = layout.size.height();
    Q_EMIT layoutChanged();
}

QRectF FlowDiagramModel::boundsOf(const QStringList &nodeIds) const
{
    QRectF box;
    for (const QString &id : nodeIds) {
        const auto it = m_rects.constFind(id);
        if (it != m_rects.constEnd())
            box = box.isNull() ? *it : box.united(*it);
    }
    return box;
}

QVariantMap FlowDiagramModel::frame(const QStringList &shown, const QString &focusNode, qreal viewWidth,
                                    qreal viewHeight, qreal minZoom, qreal maxZoom) const
{
    const auto fitting = [&](const QRectF &box) {
        return box.isEmpty() ? maxZoom : qMin(maxZoom, qMin(viewWidth / box.width(), viewHeight / box.height()));
    };
    const auto result = [](qreal zoom, const QPointF &centre) {
        return QVariantMap { { QStringLiteral("zoom"), zoom },
                             { QStringLiteral("centerX"), centre.x() },
                             { QStringLiteral("centerY"), centre.y() } };
    };
    if (m_rects.isEmpty() || viewWidth <= 0 || viewHeight <= 0)
        return result(1, {});
    const QRectF whole = shown.isEmpty() ? QRectF(0, 0, m_width, m_height) : boundsOf(shown);
    const qreal wholeZoom = fitting(whole);
    const auto focus = m_rects.constFind(focusNode);
    if (wholeZoom >= minZoom || focus == m_rects.constEnd())
        return result(qMax(wholeZoom, qMin(minZoom, maxZoom)), whole.center());
    // Too small to read: the focus node and what it leads to or comes from, as far as shown.
    QStringList near { focusNode };
    for (const QString &id : m_links.value(focusNode)) {
        if (shown.isEmpty() || shown.contains(id))
            near.append(id);
    }
    const QRectF neighbourhood = boundsOf(near);
    const qreal nearZoom = fitting(neighbourhood);
    if (nearZoom >= minZoom)
        return result(nearZoom, neighbourhood.center());
    return result(qMin(minZoom, maxZoom), focus->center());
}

} // namespace ktl
