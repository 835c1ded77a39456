// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic content for the benchmarks: the built-in set many times over, to measure the app at
// a size its content may grow to (10x, 100x) without writing that much content.

#include "contenttext.h"
#include "contenttypes.h"
#include "languagemanager.h"

namespace ktl::bench {

namespace synthetic {

/** @p text of @p context in @p language: a copy's own context has no translation, so its words
 *  are looked up under the original's and stored translated. */
inline QString words(const QString &language, const QString &context, const QString &text)
{
    return LanguageManager::instance()->translate(language, context.toUtf8().constData(), text);
}

inline QString copyId(const QString &id, int copy)
{
    return id + QStringLiteral("-") + QString::number(copy);
}

} // namespace synthetic

/**
 * The built-in content @p times over. Copy k (1 … times-1) of each topic, walkthrough, flow, term,
 * source and event has the id "<id>-k" and its text in @p language (the originals keep theirs,
 * translated as usual); each copy's titles end in its number, so every copy is a document, a
 * row and a layout of its own. A copy's topic, walkthrough and flows point at each other, as
 * the originals do; links inside the text still lead to the originals.
 */
inline ContentSet syntheticContent(const ContentSet &base, int times, const QString &language)
{
    using namespace synthetic;
    ContentSet set = base;
    for (int k = 1; k < times; ++k) {
        const QString n = QStringLiteral(" ") + QString::number(k);
        for (Topic t : base.topics) {
            const QString ctx = contentContext::topic(t.id);
            t.id = copyId(t.id, k);
            if (!t.walkthrough.isEmpty())
                t.walkthrough = copyId(t.walkthrough, k);
            for (QString &flow : t.flows)
                flow = copyId(flow, k);
            t.title = words(language, ctx, t.title) + n;
            t.summary = words(language, ctx, t.summary);
            for (Section &s : t.sections) {
                s.heading = words(language, ctx, s.heading);
                s.body = words(language, ctx, s.body);
            }
            for (QString &takeaway : t.takeaways)
                takeaway = words(language, ctx, takeaway);
            set.topics.append(t);
        }
        for (Walkthrough w : base.walkthroughs) {
            const QString ctx = contentContext::walkthrough(w.id);
            w.id = copyId(w.id, k);
            w.topic = copyId(w.topic, k);
            w.title = words(language, ctx, w.title) + n;
            w.summary = words(language, ctx, w.summary);
            for (Step &s : w.steps) {
                s.title = words(language, ctx, s.title) + n;
                s.body = words(language, ctx, s.body);
                s.question.prompt = words(language, ctx, s.question.prompt);
                for (Choice &c : s.question.choices)
                    c.text = words(language, ctx, c.text);
            }
            set.walkthroughs.append(w);
        }
        for (Flow f : base.flows) {
            const QString ctx = contentContext::flow(f.id);
            f.id = copyId(f.id, k);
            if (!f.topic.isEmpty())
                f.topic = copyId(f.topic, k);
            f.title = words(language, ctx, f.title) + n;
            f.summary = words(language, ctx, f.summary);
            for (FlowNode &node : f.nodes) {
                node.text = words(language, ctx, node.text);
                node.detail = words(language, ctx, node.detail);
                for (FlowEdge &e : node.edges)
                    e.label = words(language, ctx, e.label);
            }
            set.flows.append(f);
        }
        for (Term t : base.terms) {
            t.id = copyId(t.id, k);
            t.term = words(language, contentContext::glossary(), t.term) + n;
            t.definition = words(language, contentContext::glossary(), t.definition);
            set.terms.append(t);
        }
        for (Source s : base.sources) {
            s.id = copyId(s.id, k);
            s.citation += n;
            s.title = words(language, contentContext::sources(), s.title);
            s.supports = words(language, contentContext::sources(), s.supports);
            set.sources.append(s);
        }
        for (Event e : base.events) {
            e.id = copyId(e.id, k);
            e.title = words(language, contentContext::timeline(), e.title) + n;
            e.body = words(language, contentContext::timeline(), e.body);
            set.events.append(e);
        }
    }
    set.reindex();
    return set;
}

} // namespace ktl::bench
