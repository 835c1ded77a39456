// SPDX-License-Identifier: GPL-3.0-or-later
// Validation and layout time against flow size (not a test: `cmake --build build --target
// benchmark_validation`). Each size is timed as the median of several runs and printed as a
// ratio to the run at the node limit in the same benchmark run, so that linear work shows as ≈ the
// size ratio and quadratic work as its square, whatever the machine's speed.
#include "contentloader.h"
#include "contentvalidator.h"
#include "flowlayout.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ktl;

namespace {

/** A decision flow of @p nodes nodes: questions whose two answers lead on or to an outcome. */
QByteArray flowJson(int nodes)
{
    QByteArray json = R"({ "flows": [ { "id": "f", "title": "F", "topic": "t", "summary": "S.", "start": "n0", "nodes": [)";
    for (int i = 0; i < nodes; ++i) {
        if (i > 0)
            json += ',';
        const QByteArray id = "n" + QByteArray::number(i);
        if (i + 2 >= nodes || i % 2 == 1) {
            json += R"({ "id": ")" + id + R"(", "kind": "outcome", "text": "Outcome )" + id
                    + R"(", "detail": "D.", "sources": ["s"] })";
        } else {
            json += R"({ "id": ")" + id + R"(", "kind": "question", "text": "Does it apply here, )" + id
                    + R"(?", "answers": [ { "id": "yes", "label": "Yes", "next": "n)" + QByteArray::number(i + 1)
                    + R"(" }, { "id": "no", "label": "No", "next": "n)" + QByteArray::number(i + 2) + R"(" } ] })";
        }
    }
    return json + "] } ] }";
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // font metrics are not needed, but FlowLayout is a GUI-side service
    const QList<int> sizes { limits::maxFlowNodes, 1000, 2000, 10000 };
    std::printf("%-8s %12s %8s %12s %8s %12s %8s\n", "nodes", "read (ms)", "ratio", "validate", "ratio", "layout", "ratio");
    double read0 = 0, validate0 = 0, layout0 = 0;
    for (const int n : sizes) {
        const QByteArray json = flowJson(n);
        ContentSet set;
        // Past the limit the loader refuses the flow, so 10k is read in parts and joined: the
        // validator and the layout are measured on what a limit-free reader would have given them.
        const double readMs = medianMs(5, [&] {
            ContentSet s;
            ContentErrors e;
            ContentLoader::loadFile(QStringLiteral("bench.json"), flowJson(std::min(n, limits::maxFlowNodes)), s, e);
        });
        if (n <= limits::maxFlowNodes) {
            ContentErrors errors;
            ContentLoader::loadFile(QStringLiteral("bench.json"), json, set, errors);
        } else {
            ContentErrors errors;
            ContentLoader::loadFile(QStringLiteral("bench.json"), flowJson(limits::maxFlowNodes), set, errors);
            Flow &f = set.flows.first();
            f.nodes.clear();
            for (int i = 0; i < n; ++i) {
                FlowNode node;
                node.id = QStringLiteral("n%1").arg(i);
                if (i + 2 >= n || i % 2 == 1) {
                    node.kind = FlowNode::Kind::Outcome;
                    node.text = QStringLiteral("Outcome");
                    node.detail = QStringLiteral("D.");
                    node.sources = { QStringLiteral("s") };
                } else {
                    node.kind = FlowNode::Kind::Question;
                    node.text = QStringLiteral("Does it apply here?");
                    node.edges = { { QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("n%1").arg(i + 1), false },
                                   { QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("n%1").arg(i + 2), false } };
                }
                f.nodes.append(node);
            }
            set.reindex();
        }
        const double validateMs = medianMs(5, [&] { ContentValidator::validate(set); });
        QList<FlowLayout::NodeIn> nodesIn;
        QList<FlowLayout::EdgeIn> edgesIn;
        for (const FlowNode &node : set.flows.first().nodes) {
            nodesIn.append({ node.id, QSizeF(160, 48) });
            for (const FlowEdge &e : node.edges)
                edgesIn.append({ node.id, e.target, QSizeF(30, 16) });
        }
        // Graphviz past 2,000 nodes takes minutes: not run.
        const double layoutMs = n > 2000 ? 0 : medianMs(n > 1000 ? 1 : 3, [&] { FlowLayout::layOut(nodesIn, edgesIn); });
        if (n == sizes.first()) {
            read0 = readMs;
            validate0 = validateMs;
            layout0 = layoutMs;
        }
        std::printf("%-8d %12.1f %8.2f %12.1f %8.2f %12.1f %8.2f%s\n", n, readMs, readMs / read0, validateMs,
                    validateMs / validate0, layoutMs, layoutMs / layout0,
                    n > limits::maxFlowNodes ? "   (past the limit: read is of the limit's size; layout 0 = not run)" : "");
        std::fflush(stdout);
    }
    return 0;
}
