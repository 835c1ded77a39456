// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"
#include "flowlayout.h"

#include <QHash>
#include <QObject>
#include <QRectF>
#include <QQmlEngine>
#include <QVariantList>

namespace ktl {

/**
 * @brief The whole diagram of a flow, laid out by FlowLayout (Graphviz dot) for QML to draw.
 *
 * Node boxes are sized from the real text at the view's font size, in the current language, and
 * the layout is redone when the flow, the font size or the language changes. Edges come as SVG
 * path strings ready for a Qt Quick Shapes PathSvg.
 */
class FlowDiagramModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString flowId READ flowId WRITE setFlowId NOTIFY flowIdChanged)
    Q_PROPERTY(qreal fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY fontPixelSizeChanged)
    /** Each { nodeId, kind, text, x, y, width, height }. */
    Q_PROPERTY(QVariantList nodes READ nodes NOTIFY layoutChanged)
    /** Each { from, to, label, path, arrow, labelX, labelY, labelWidth, labelHeight }. */
    Q_PROPERTY(QVariantList edges READ edges NOTIFY layoutChanged)
    Q_PROPERTY(qreal width READ width NOTIFY layoutChanged)
    Q_PROPERTY(qreal height READ height NOTIFY layoutChanged)
    Q_PROPERTY(QString error READ error NOTIFY layoutChanged)
    /** A layout is being made off the GUI thread: the view shows a placeholder meanwhile. */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** Room between a node's border and its text, as used when sizing the boxes. */
    Q_PROPERTY(qreal nodePadding READ nodePadding CONSTANT)

public:
    static constexpr qreal padding = 10;
    static constexpr qreal labelPadding = 4;

    explicit FlowDiagramModel(QObject *parent = nullptr);

    QString flowId() const { return m_flowId; }
    void setFlowId(const QString &id);
    qreal fontPixelSize() const { return m_fontPixelSize; }
    void setFontPixelSize(qreal size);
    QVariantList nodes() const { return m_nodes; }
    QVariantList edges() const { return m_edges; }
    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }
    qreal nodePadding() const { return padding; }

    /** How a view of @p viewWidth × @p viewHeight frames the diagram: { zoom, centerX, centerY }
     *  (the centre in diagram units). The nodes in @p shown (all when empty) are fitted whole
     *  when that keeps the zoom at @p minZoom or more, so their text stays readable. When it
     *  does not, @p focusNode and its neighbours are fitted instead, at no less than @p minZoom,
     *  and centred on @p focusNode if even they do not fit. Never above @p maxZoom. */
    Q_INVOKABLE QVariantMap frame(const QStringList &shown, const QString &focusNode, qreal viewWidth,
                                  qreal viewHeight, qreal minZoom, qreal maxZoom) const;

    /** The node box width limit, in multiples of the font size. */
    static constexpr qreal maxNodeWidthInEms = 13;

Q_SIGNALS:
    void flowIdChanged();
    void fontPixelSizeChanged();
    void layoutChanged();
    void busyChanged();

public:
    /** Reads @p store instead of the app's (a test's content, a second window). */
    void setStore(ContentStore *store) { m_source.setStore(store); }

private:
    ContentSource m_source { this, [this] { scheduleRelayout(); }, [this] { scheduleRelayout(); } };
    /** Once per event-loop turn, however many inputs changed (a page sets the flow and the text
     *  size one after the other: one layout, not two). */
    void scheduleRelayout();
    /** Asks for the layout of what is set now: from the cache at once, else off the GUI thread. */
    void relayout();
    /** Fills the nodes and edges from @p layout of @p flow. */
    void apply(const Flow &flow, const FlowLayout::Result &layout);
    void layoutReady(const QString &key);
    void setBusy(bool busy);

    QString m_flowId;
    qreal m_fontPixelSize = 15;
    QRectF boundsOf(const QStringList &nodeIds) const;

    QVariantList m_nodes;
    QVariantList m_edges;
    QHash<QString, QRectF> m_rects;      ///< each node's box, for frame()
    QHash<QString, QStringList> m_links; ///< each node's neighbours, both ways
    qreal m_width = 0;
    qreal m_height = 0;
    QString m_error;
    QString m_key;        ///< the layout wanted now (FlowLayoutQueue)
    QStringList m_texts;  ///< each node's text as drawn, in the layout's order
    QStringList m_labels; ///< each edge's label
    bool m_scheduled = false;
    bool m_busy = false;
};

} // namespace ktl
