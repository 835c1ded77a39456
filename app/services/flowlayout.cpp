// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QCoreApplication>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QHash>
#include <QtMath>

#include <memory>

// The dot layout is linked in and registered as a built-in plugin, so Graphviz never reads its
// plugin configuration from disk (nothing to find at run time, nothing printed on stderr).
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace ktl {

namespace {

constexpr double pointsPerInch = 72.0;

lt_symlist_t builtins[] = {
    { "gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library },
    { nullptr, nullptr },
};

/** cgraph takes char*, not const char*. */
char *c(const char *s) { return const_cast<char *>(s); }

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, c(name), c(value.constData()), c(""));
}

struct GraphDeleter
{
    GVC_t *gvc;
    void operator()(Agraph_t *g) const
    {
        gvFreeLayout(gvc, g);
        agclose(g);
    }
};

} // namespace

FlowLayout::Result FlowLayout::layOut(const QList<NodeIn> &nodes, const QList<EdgeIn> &edges)
{
    Result result;
    if (nodes.isEmpty())
        return result;

    std::unique_ptr<GVC_t, int (*)(GVC_t *)> gvc(gvContextPlugins(builtins, 0), gvFreeContext);
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(c("flow"), Agdirected, nullptr), GraphDeleter { gvc.get() });
    Agraph_t *g = graph.get();
    set(g, "rankdir", "TB");
    set(g, "nodesep", "0.35");
    set(g, "ranksep", "0.45");
    set(g, "splines", "spline");

    QHash<QString, Agnode_t *> byId;
    for (const NodeIn &n : nodes) {
        Agnode_t *node = agnode(g, c(n.id.toUtf8().constData()), 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "label", "");
        set(node, "width", QByteArray::number(n.size.width() / pointsPerInch));
        set(node, "height", QByteArray::number(n.size.height() / pointsPerInch));
        byId.insert(n.id, node);
    }
    QList<Agedge_t *> gvEdges;
    for (int i = 0; i < edges.size(); ++i) {
        const EdgeIn &e = edges.at(i);
        Agnode_t *from = byId.value(e.from), *to = byId.value(e.to);
        if (!from || !to) {
            //: Why a flow diagram could not be drawn; %1 and %2 are node ids
            result.error = QCoreApplication::translate("FlowLayout", "the answer from %1 leads to %2, which is not a node of this flow").arg(e.from, e.to);
            return result;
        }
        // A unique name keeps two answers between the same nodes as two edges.
        Agedge_t *edge = agedge(g, from, to, c(QByteArray::number(i).constData()), 1);
        if (!e.labelSize.isEmpty()) {
            // An empty HTML table of the measured size reserves exactly the room the label needs.
            const QByteArray table = QByteArrayLiteral("<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\">"
                                                       "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"")
                    + QByteArray::number(qCeil(e.labelSize.width())) + QByteArrayLiteral("\" HEIGHT=\"")
                    + QByteArray::number(qCeil(e.labelSize.height())) + QByteArrayLiteral("\"></TD></TR></TABLE>");
            char *html = agstrdup_html(g, c(table.constData()));
            agsafeset(edge, c("label"), html, c(""));
            agstrfree(g, html);
        }
        gvEdges.append(edge);
    }

    if (gvLayout(gvc.get(), g, "dot") != 0) {
        //: Why a flow diagram could not be drawn
        result.error = QCoreApplication::translate("FlowLayout", "the layout program (Graphviz) could not lay out this flow");
        return result;
    }

    // Graphviz puts the origin bottom-left with y up; Qt wants top-left with y down.
    const boxf bb = GD_bb(g);
    const double top = bb.UR.y;
    auto toQt = [&](pointf p) { return QPointF(p.x - bb.LL.x, top - p.y); };
    result.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);

    for (const NodeIn &n : nodes) {
        Agnode_t *node = byId.value(n.id);
        const QPointF centre = toQt(ND_coord(node));
        const QSizeF size(ND_width(node) * pointsPerInch, ND_height(node) * pointsPerInch);
        result.nodes.append({ n.id, QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size) });
    }
    for (int i = 0; i < edges.size(); ++i) {
        Agedge_t *edge = gvEdges.at(i);
        EdgeOut out { edges.at(i).from, edges.at(i).to, {}, {}, {} };
        if (const splines *spl = ED_spl(edge); spl && spl->size > 0) {
            const bezier &bz = spl->list[0];
            for (decltype(bz.size) k = 0; k < bz.size; ++k)
                out.spline.append(toQt(bz.list[k]));
            // With an arrowhead, the spline stops short and the tip lies beyond it.
            out.tip = bz.eflag ? toQt(bz.ep) : out.spline.constLast();
        }
        if (const textlabel_t *label = ED_label(edge)) {
            const QPointF centre = toQt(label->pos);
            const QSizeF size = edges.at(i).labelSize;
            out.labelRect = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
        }
        result.edges.append(out);
    }
    return result;
}

} // namespace ktl
