// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstore.h"
#include "flowdiagrammodel.h"
#include "flowlayout.h"
#include "flowlayoutqueue.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ktl;

/** The Graphviz layout service and the diagram model on top of it. */
class TestFlowLayout : public QObject
{
    Q_OBJECT

    static FlowLayout::Result layOutFlow(const Flow &flow)
    {
        QList<FlowLayout::NodeIn> nodes;
        QList<FlowLayout::EdgeIn> edges;
        for (const FlowNode &n : flow.nodes) {
            nodes.append({ n.id, QSizeF(80 + 4 * n.text.size() % 120, 40 + (n.text.size() % 3) * 18) });
            for (const FlowEdge &e : n.edges)
                edges.append({ n.id, e.target, e.label.isEmpty() ? QSizeF() : QSizeF(8 * e.label.size(), 18) });
        }
        return FlowLayout::layOut(nodes, edges);
    }

    static qreal distanceToRect(const QPointF &p, const QRectF &r)
    {
        const qreal dx = qMax(qMax(r.left() - p.x(), 0.0), p.x() - r.right());
        const qreal dy = qMax(qMax(r.top() - p.y(), 0.0), p.y() - r.bottom());
        return std::hypot(dx, dy);
    }

    static void checkLayout(const Flow &flow, const FlowLayout::Result &result)
    {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.nodes.size(), flow.nodes.size());
        QRectF bounds(QPointF(0, 0), result.size);
        QHash<QString, QRectF> rects;
        for (const FlowLayout::NodeOut &n : result.nodes) {
            QVERIFY2(bounds.adjusted(-1, -1, 1, 1).contains(n.rect), qPrintable(n.id));
            rects.insert(n.id, n.rect);
        }
        for (int i = 0; i < result.nodes.size(); ++i) {
            for (int j = i + 1; j < result.nodes.size(); ++j)
                QVERIFY2(!result.nodes.at(i).rect.intersects(result.nodes.at(j).rect),
                         qPrintable(result.nodes.at(i).id + QStringLiteral(" overlaps ") + result.nodes.at(j).id));
        }
        for (const FlowLayout::EdgeOut &e : result.edges) {
            QVERIFY(e.spline.size() >= 4);
            QCOMPARE((e.spline.size() - 1) % 3, 0);
            QVERIFY2(distanceToRect(e.spline.first(), rects.value(e.from)) < 2.0, qPrintable(e.from + QStringLiteral("→") + e.to));
            QVERIFY2(distanceToRect(e.tip, rects.value(e.to)) < 2.0, qPrintable(e.from + QStringLiteral("→") + e.to));
        }
    }

private Q_SLOTS:
    void layOutEveryBuiltInFlow()
    {
        const auto loaded = loadAndValidate(QStringLiteral(":/content"));
        QVERIFY(!loaded.content.flows.isEmpty());
        for (const Flow &flow : loaded.content.flows) {
            const auto result = layOutFlow(flow);
            checkLayout(flow, result);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("in flow ") + flow.id));
        }
    }

    void labelsDoNotCoverNodes()
    {
        const auto loaded = loadAndValidate(QStringLiteral(":/content"));
        for (const Flow &flow : loaded.content.flows) {
            const auto result = layOutFlow(flow);
            for (const FlowLayout::EdgeOut &e : result.edges) {
                if (e.labelRect.isEmpty())
                    continue;
                for (const FlowLayout::NodeOut &n : result.nodes)
                    QVERIFY2(!e.labelRect.adjusted(1, 1, -1, -1).intersects(n.rect), qPrintable(flow.id + QLatin1Char('/') + n.id));
            }
        }
    }

    void isDeterministic()
    {
        const auto loaded = loadAndValidate(ktl::test::validContent());
        const Flow &flow = loaded.content.flows.first();
        const auto a = layOutFlow(flow), b = layOutFlow(flow);
        QCOMPARE(a.size, b.size);
        for (int i = 0; i < a.nodes.size(); ++i)
            QCOMPARE(a.nodes.at(i).rect, b.nodes.at(i).rect);
        for (int i = 0; i < a.edges.size(); ++i)
            QCOMPARE(a.edges.at(i).spline, b.edges.at(i).spline);
    }

    void rejectsAnEdgeToNowhere()
    {
        const auto result = FlowLayout::layOut({ { QStringLiteral("a"), QSizeF(50, 30) } },
                                               { { QStringLiteral("a"), QStringLiteral("b"), QSizeF() } });
        QVERIFY(result.error.contains(QStringLiteral("which is not a node of this flow")));
    }

    void diagramModelSizesBoxesFromText()
    {
        ContentStore::instance()->load({}, ktl::test::validContent());
        FlowDiagramModel model;
        QSignalSpy laidOut(&model, &FlowDiagramModel::layoutChanged);
        model.setFontPixelSize(16);
        model.setFlowId(QStringLiteral("jail"));
        QTRY_VERIFY(!model.nodes().isEmpty());
        QCOMPARE(laidOut.count(), 1); // the size and the flow set one after the other: one layout
        QVERIFY(model.error().isEmpty());
        QCOMPARE(model.nodes().size(), 4);
        QCOMPARE(model.edges().size(), 3);
        QVERIFY(model.width() > 0 && model.height() > 0);
        const QVariantMap first = model.nodes().first().toMap();
        QCOMPARE(first.value(QStringLiteral("nodeId")).toString(), QStringLiteral("law"));
        const qreal smallWidth = model.nodes().at(3).toMap().value(QStringLiteral("width")).toReal();
        QVERIFY(first.value(QStringLiteral("width")).toReal() > smallWidth); // a longer text, a wider box
        QVERIFY(model.edges().first().toMap().value(QStringLiteral("path")).toString().startsWith(QStringLiteral("M ")));
        QVERIFY(model.edges().first().toMap().value(QStringLiteral("arrow")).toString().endsWith(QStringLiteral(" Z")));

        const qreal before = model.width();
        model.setFontPixelSize(24); // bigger text, bigger diagram
        QTRY_VERIFY(model.width() > before);
    }

    /** Graphviz never runs on the GUI thread: a new layout comes later, with a busy flag
     *  meanwhile; one done before comes from the cache at once (a flow opened again, a
     *  language switched back), and the same one asked by two views is laid out once. */
    void layoutsAreOffTheGuiThreadAndCached()
    {
        ContentStore::instance()->load({}, ktl::test::validContent());
        FlowDiagramModel first;
        first.setFontPixelSize(21); // a size no other test uses: not cached yet
        first.setFlowId(QStringLiteral("jail"));
        FlowDiagramModel second;
        second.setFontPixelSize(21);
        second.setFlowId(QStringLiteral("jail"));
        QCoreApplication::processEvents(); // the coalesced requests go out
        QVERIFY(first.busy() && second.busy());
        QVERIFY(first.nodes().isEmpty());
        QCOMPARE(FlowLayoutQueue::instance()->pending(), 1); // one layout for both
        QTRY_VERIFY(!first.busy() && !second.busy());
        QCOMPARE(first.nodes(), second.nodes());
        // Again, as when the page is opened a second time: at once, never busy.
        FlowDiagramModel again;
        QSignalSpy busy(&again, &FlowDiagramModel::busyChanged);
        again.setFontPixelSize(21);
        again.setFlowId(QStringLiteral("jail"));
        QCoreApplication::processEvents();
        QCOMPARE(again.nodes(), first.nodes());
        QCOMPARE(busy.count(), 0);
        QCOMPARE(FlowLayoutQueue::instance()->pending(), 0);
    }
};

QTEST_MAIN(TestFlowLayout)
#include "tst_flowlayout.moc"
