// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: one content JSON file through the loader, the validator, the flow graph
// functions, the translatable strings and the page list, with the invariants they promise.
#include "contentloader.h"
#include "contentstrings.h"
#include "contentvalidator.h"
#include "flowgraph.h"
#include "fuzzsupport.h"
#include "pageaddress.h"

#include <QSet>

#include <algorithm>

namespace {

bool hasNode(const ktl::Flow &flow, const QString &id) { return flow.node(id) != nullptr; }

void checkFlow(const ktl::Flow &flow)
{
    namespace fg = ktl::flowgraph;

    const QSet<QString> reachable = fg::reachableFromStart(flow);
    KTL_FUZZ_CHECK(reachable.contains(flow.start) == hasNode(flow, flow.start));
    for (const QString &id : reachable)
        KTL_FUZZ_CHECK(hasNode(flow, id));

    const QStringList noOutcome = fg::nodesWithoutOutcome(flow);
    for (const QString &id : noOutcome) {
        for (const ktl::FlowNode &node : flow.nodes)
            KTL_FUZZ_CHECK(node.id != id || node.kind != ktl::FlowNode::Kind::Outcome);
    }

    // A cycle is closed (first == last) and walks edges that exist and are not marked loop.
    const QStringList cycle = fg::unintendedCycle(flow);
    if (!cycle.isEmpty()) {
        KTL_FUZZ_CHECK(cycle.size() >= 2);
        KTL_FUZZ_CHECK(cycle.first() == cycle.last());
        for (qsizetype i = 0; i + 1 < cycle.size(); ++i) {
            const ktl::FlowNode *from = flow.node(cycle.at(i));
            KTL_FUZZ_CHECK(from);
            KTL_FUZZ_CHECK(std::any_of(from->edges.begin(), from->edges.end(), [&](const ktl::FlowEdge &e) {
                return !e.loop && e.target == cycle.at(i + 1);
            }));
        }
    }

    // The outline starts at the start node and expands each node once.
    const QList<fg::OutlineLine> outline = fg::outline(flow);
    KTL_FUZZ_CHECK(outline.isEmpty() != hasNode(flow, flow.start));
    if (!outline.isEmpty()) {
        KTL_FUZZ_CHECK(outline.first().depth == 0 && outline.first().nodeId == flow.start);
        KTL_FUZZ_CHECK(!outline.first().repeat);
    }
    QSet<QString> expanded;
    for (const fg::OutlineLine &line : outline) {
        KTL_FUZZ_CHECK(line.depth >= 0);
        if (!line.repeat) {
            KTL_FUZZ_CHECK(!expanded.contains(line.nodeId));
            expanded.insert(line.nodeId);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ktl::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > ktl::fuzz::maxInputSize)
        return -1;
    // No copy: a read past the end of the input is a sanitizer report, not a silent read.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    ktl::ContentSet set;
    ktl::ContentErrors errors;
    ktl::ContentLoader::loadFile(QStringLiteral("fuzz.json"), bytes, set, errors);
    const ktl::ContentErrors problems = ktl::ContentValidator::validate(set, QString());
    static const bool verbose = qEnvironmentVariableIsSet("KTL_FUZZ_VERBOSE"); // prints the problems
    for (const ktl::ContentError &e : errors + problems) {
        KTL_FUZZ_CHECK(!e.toString().isEmpty());
        if (verbose)
            std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    }

    for (const ktl::Flow &flow : std::as_const(set.flows))
        checkFlow(flow);

    (void)ktl::translatableStrings(set);

    // Content that loads and validates cleanly has every page addressable (pageaddress.h).
    const QStringList pages = ktl::allPageAddresses(set);
    if (errors.isEmpty() && problems.isEmpty()) {
        for (const QString &page : pages) {
            ktl::PageAddress address;
            QString error;
            if (!ktl::PageAddress::resolve(page, set, &address, &error)) {
                std::fprintf(stderr, "valid content, page \"%s\" does not resolve: %s\n",
                             qPrintable(page), qPrintable(error));
                ktl::fuzz::fail("every page of valid content resolves", __FILE__, __LINE__);
            }
            KTL_FUZZ_CHECK(address.toString() == page);
        }
    }
    return 0;
}
