// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstrings.h"

#include "contenttext.h"

namespace ktl {

namespace {

class Collector
{
public:
    QList<ContentString> result;

    void add(const QString &context, const QString &text, const QString &file, const QString &path)
    {
        if (!text.isEmpty())
            result.append({ context, text, file + QLatin1Char(' ') + path });
    }
};

} // namespace

QList<ContentString> translatableStrings(const ContentSet &c)
{
    Collector out;
    const QString meta = contentContext::meta();
    out.add(meta, c.meta.disclaimer, c.meta.file, c.meta.path + QStringLiteral(".disclaimer"));
    out.add(meta, c.meta.helpNotice, c.meta.file, c.meta.path + QStringLiteral(".helpNotice"));

    for (const Topic &t : c.topics) {
        const QString ctx = contentContext::topic(t.id);
        out.add(ctx, t.title, t.file, t.path + QStringLiteral(".title"));
        out.add(ctx, t.summary, t.file, t.path + QStringLiteral(".summary"));
        for (const Section &s : t.sections) {
            out.add(ctx, s.heading, t.file, s.path + QStringLiteral(".heading"));
            out.add(ctx, s.body, t.file, s.path + QStringLiteral(".body"));
        }
        for (int i = 0; i < t.takeaways.size(); ++i)
            out.add(ctx, t.takeaways.at(i), t.file, t.path + QStringLiteral(".takeaways[%1]").arg(i));
    }
    for (const Walkthrough &w : c.walkthroughs) {
        const QString ctx = contentContext::walkthrough(w.id);
        out.add(ctx, w.title, w.file, w.path + QStringLiteral(".title"));
        out.add(ctx, w.summary, w.file, w.path + QStringLiteral(".summary"));
        for (const Step &s : w.steps) {
            out.add(ctx, s.title, w.file, s.path + QStringLiteral(".title"));
            out.add(ctx, s.body, w.file, s.path + QStringLiteral(".body"));
            out.add(ctx, s.notes, w.file, s.path + QStringLiteral(".notes"));
            out.add(ctx, s.line, w.file, s.path + QStringLiteral(".line.text"));
            for (int i = 0; i < s.say.size(); ++i)
                out.add(ctx, s.say.at(i), w.file, s.path + QStringLiteral(".say[%1]").arg(i));
            out.add(ctx, s.question.prompt, w.file, s.path + QStringLiteral(".question.prompt"));
            for (int i = 0; i < s.question.choices.size(); ++i) {
                const Choice &ch = s.question.choices.at(i);
                const QString p = s.path + QStringLiteral(".question.choices[%1]").arg(i);
                out.add(ctx, ch.text, w.file, p + QStringLiteral(".text"));
                out.add(ctx, ch.explanation, w.file, p + QStringLiteral(".explanation"));
            }
        }
    }
    for (const Flow &f : c.flows) {
        const QString ctx = contentContext::flow(f.id);
        out.add(ctx, f.title, f.file, f.path + QStringLiteral(".title"));
        out.add(ctx, f.summary, f.file, f.path + QStringLiteral(".summary"));
        for (const FlowNode &n : f.nodes) {
            out.add(ctx, n.text, f.file, n.path + QStringLiteral(".text"));
            out.add(ctx, n.detail, f.file, n.path + QStringLiteral(".detail"));
            for (int i = 0; i < n.edges.size(); ++i)
                out.add(ctx, n.edges.at(i).label, f.file, n.path + QStringLiteral(".answers[%1].label").arg(i));
        }
    }
    for (const Term &t : c.terms) {
        out.add(contentContext::glossary(), t.term, t.file, t.path + QStringLiteral(".term"));
        out.add(contentContext::glossary(), t.definition, t.file, t.path + QStringLiteral(".definition"));
    }
    for (const Source &s : c.sources) {
        out.add(contentContext::sources(), s.title, s.file, s.path + QStringLiteral(".title"));
        out.add(contentContext::sources(), s.supports, s.file, s.path + QStringLiteral(".supports"));
        out.add(contentContext::citations(), s.citation, s.file, s.path + QStringLiteral(".citation"));
        out.add(contentContext::citations(), s.court, s.file, s.path + QStringLiteral(".court"));
    }
    for (const Event &e : c.events) {
        out.add(contentContext::timeline(), e.title, e.file, e.path + QStringLiteral(".title"));
        out.add(contentContext::timeline(), e.body, e.file, e.path + QStringLiteral(".body"));
    }
    for (const HelpPlace &h : c.helpPlaces) {
        out.add(contentContext::help(), h.name, h.file, h.path + QStringLiteral(".name"));
        out.add(contentContext::help(), h.what, h.file, h.path + QStringLiteral(".what"));
    }
    for (const Explorer &e : c.explorers) {
        const QString ctx = contentContext::whatIf(e.id);
        out.add(ctx, e.title, e.file, e.path + QStringLiteral(".title"));
        out.add(ctx, e.summary, e.file, e.path + QStringLiteral(".summary"));
        for (const WhatIfKnob &k : e.knobs) {
            out.add(ctx, k.label, e.file, k.path + QStringLiteral(".label"));
            out.add(ctx, k.question, e.file, k.path + QStringLiteral(".question"));
            out.add(ctx, k.explain, e.file, k.path + QStringLiteral(".explain"));
            for (const WhatIfValue &v : k.values)
                out.add(ctx, v.label, e.file, v.path + QStringLiteral(".label"));
        }
        for (const WhatIfStage &s : e.stages) {
            out.add(ctx, s.label, e.file, s.path + QStringLiteral(".label"));
            for (const WhatIfVariant &v : s.variants) {
                out.add(ctx, v.title, e.file, v.path + QStringLiteral(".title"));
                out.add(ctx, v.text, e.file, v.path + QStringLiteral(".text"));
                out.add(ctx, v.rule, e.file, v.path + QStringLiteral(".rule"));
            }
        }
    }
    return out.result;
}

} // namespace ktl
