// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ktl {

/**
 * @brief Lays out a decision flow with Graphviz's layered `dot` layout (libgvc/cgraph).
 *
 * The caller measures each node's box and each edge label from the real text (so the layout
 * fits what is drawn); Graphviz places the boxes top to bottom, routes the edges as Bézier
 * splines and places the labels, minimising crossings. Units are device-independent pixels.
 */
class FlowLayout
{
public:
    struct NodeIn
    {
        QString id;
        QSizeF size;
    };
    struct EdgeIn
    {
        QString from;
        QString to;
        QSizeF labelSize; ///< empty when the edge has no label
    };
    struct NodeOut
    {
        QString id;
        QRectF rect;
    };
    struct EdgeOut
    {
        QString from;
        QString to;
        QList<QPointF> spline; ///< start, then (control, control, end) triples: cubic Béziers
        QPointF tip;           ///< where the arrowhead points (the target's border)
        QRectF labelRect;      ///< empty when the edge has no label
    };
    struct Result
    {
        QList<NodeOut> nodes;
        QList<EdgeOut> edges;
        QSizeF size;
        QString error; ///< empty on success
    };

    static Result layOut(const QList<NodeIn> &nodes, const QList<EdgeIn> &edges);
};

} // namespace ktl
