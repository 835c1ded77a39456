// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowdiagrammodel.h"

#include "contentstore.h"
#include "contenttext.h"
#include "flowlayout.h"
#include "flowlayoutqueue.h"

#include <QCryptographicHash>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMetaObject>
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
    connect(FlowLayoutQueue::instance(), &FlowLayoutQueue::ready, this, &FlowDiagramModel::layoutReady);
}

void FlowDiagramModel::setFlowId(const QString &id)
{
    if (id == m_flowId)
        return;
    m_flowId = id;
    Q_EMIT flowIdChanged();
    scheduleRelayout();
}

void FlowDiagramModel::setFontPixelSize(qreal size)
{
    if (qFuzzyCompare(size, m_fontPixelSize) || size <= 0)
        return;
    m_fontPixelSize = size;
    Q_EMIT fontPixelSizeChanged();
    scheduleRelayout();
}

void FlowDiagramModel::scheduleRelayout()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_scheduled = false;
        relayout();
    }, Qt::QueuedConnection);
}

void FlowDiagramModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

namespace {

/** What a layout depends on, as the worker needs it (copies: it runs on another thread). */
struct LayoutInput
{
    QStringList ids;
    QStringList texts;
    QList<bool> bold; ///< questions are drawn bold
    QList<FlowLayout::EdgeIn> edges;
    QStringList labels;
    QFont font;
    qreal fontPixelSize = 15;

    /** Everything the layout depends on, hashed: the same text at the same size is the same layout. */
    QString key(const QString &flowId) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(QString::number(fontPixelSize).toUtf8());
        hash.addData(font.family().toUtf8());
        for (int i = 0; i < ids.size(); ++i) {
            hash.addData(QByteArray(ids.at(i).toUtf8() + '\0' + texts.at(i).toUtf8() + (bold.at(i) ? '\1' : '\0')));
        }
        for (int i = 0; i < edges.size(); ++i)
            hash.addData(QByteArray(edges.at(i).from.toUtf8() + '\0' + edges.at(i).to.toUtf8() + '\0' + labels.at(i).toUtf8() + '\0'));
        return flowId + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex());
    }

    /** Measures each box from the real text, so the layout fits what is drawn, then lays out. */
    FlowLayout::Result layOut() const
    {
        QFont normal = font;
        normal.setPixelSize(qRound(fontPixelSize));
        const QFontMetricsF metrics(normal);
        QFont boldFont = normal;
        boldFont.setBold(true);
        const QFontMetricsF boldMetrics(boldFont);
        QFont labelFont = normal;
        labelFont.setPixelSize(qRound(fontPixelSize * 0.85));
        const QFontMetricsF labelMetrics(labelFont);
        const qreal maxTextWidth = fontPixelSize * FlowDiagramModel::maxNodeWidthInEms;
        const qreal padding = FlowDiagramModel::padding, labelPadding = FlowDiagramModel::labelPadding;
        QList<FlowLayout::NodeIn> nodesIn;
        for (int i = 0; i < ids.size(); ++i) {
            const QFontMetricsF &m = bold.at(i) ? boldMetrics : metrics;
            const QRectF box = m.boundingRect(QRectF(0, 0, maxTextWidth, 1e6), Qt::TextWordWrap, texts.at(i));
            nodesIn.append({ ids.at(i), QSizeF(qCeil(box.width()) + 2 * padding, qCeil(box.height()) + 2 * padding) });
        }
        QList<FlowLayout::EdgeIn> edgesIn = edges;
        for (int i = 0; i < edgesIn.size(); ++i)
            edgesIn[i].labelSize = labels.at(i).isEmpty()
                    ? QSizeF()
                    : labelMetrics.size(0, labels.at(i)) + QSizeF(2 * labelPadding, labelPadding);
        return FlowLayout::layOut(nodesIn, edgesIn);
    }
};

} // namespace

void FlowDiagramModel::relayout()
{
    const Flow *flow = m_source.content().flow(m_flowId);
    if (!flow) {
        m_key.clear();
        apply(Flow(), FlowLayout::Result());
        setBusy(false);
        return;
    }
    const QString context = contentContext::flow(flow->id);
    LayoutInput input;
    // The same font QML's Text uses by default, at the view's size: boxes fit the drawn text.
    input.font = QGuiApplication::font();
    input.fontPixelSize = m_fontPixelSize;
    for (const FlowNode &n : flow->nodes) {
        input.ids.append(n.id);
        input.texts.append(contentTr(context, n.text));
        input.bold.append(n.kind == FlowNode::Kind::Question);
    }
    for (const FlowNode &n : flow->nodes) {
        for (const FlowEdge &e : n.edges) {
            input.edges.append({ n.id, e.target, QSizeF() });
            input.labels.append(contentTr(context, e.label));
        }
    }
    m_key = input.key(flow->id);
    m_texts = input.texts;
    m_labels = input.labels;
    if (const FlowLayoutQueue::Layout done = FlowLayoutQueue::instance()->cached(m_key)) {
        apply(*flow, *done);
        setBusy(false);
        return;
    }
    setBusy(true);
    FlowLayoutQueue::instance()->request(m_key, [input] { return input.layOut(); });
}

void FlowDiagramModel::layoutReady(const QString &key)
{
    if (key != m_key)
        return; // another flow's, or a size since left
    const Flow *flow = m_source.content().flow(m_flowId);
    const FlowLayoutQueue::Layout layout = FlowLayoutQueue::instance()->cached(key);
    if (!flow || !layout) {
        scheduleRelayout(); // the content changed under it: ask again
        return;
    }
    apply(*flow, *layout);
    setBusy(false);
}

void FlowDiagramModel::apply(const Flow &flow, const FlowLayout::Result &layout)
{
    m_nodes.clear();
    m_edges.clear();
    m_rects.clear();
    m_links.clear();
    m_error = layout.error;
    for (int i = 0; i < layout.nodes.size(); ++i) {
        const FlowLayout::NodeOut &n = layout.nodes.at(i);
        const FlowNode *node = flow.node(n.id);
        if (!node)
            continue;
        m_nodes.append(QVariantMap { { QStringLiteral("nodeId"), n.id },
                                     { QStringLiteral("kind"), flowNodeKindName(node->kind) },
                                     { QStringLiteral("text"), m_texts.value(i) },
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
                { QStringLiteral("label"), m_labels.value(i) },
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
