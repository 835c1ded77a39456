// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifreader.h"

namespace ktl {

namespace {

using R = JsonObjectReader;

WhatIfKnob readKnob(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "label", "question", "explain", "sources", "typical", "values" }));
    WhatIfKnob k;
    k.id = r.string(QStringLiteral("id"));
    k.label = r.string(QStringLiteral("label"));
    k.question = r.string(QStringLiteral("question"));
    k.explain = r.string(QStringLiteral("explain"));
    k.sources = r.stringList(QStringLiteral("sources"), R::Required);
    k.typical = r.string(QStringLiteral("typical"));
    k.path = r.path();
    for (const R &v : r.objects(QStringLiteral("values"), R::Required, whatif::maxValues)) {
        v.rejectUnknownKeys(keyList({ "id", "label", "forbids" }));
        k.values.append({ v.string(QStringLiteral("id")), v.string(QStringLiteral("label")),
                          v.stringList(QStringLiteral("forbids")), v.path() });
    }
    return k;
}

WhatIfVariant readVariant(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "when", "title", "text", "rule", "sources", "effect", "ends", "sameAs" }));
    WhatIfVariant v;
    v.id = r.string(QStringLiteral("id"));
    if (const auto when = r.object(QStringLiteral("when"), R::Optional)) {
        if (when->keys().size() > whatif::maxKnobs)
            when->error(QStringLiteral("names %1 knobs; a story has at most %2").arg(when->keys().size()).arg(whatif::maxKnobs));
        for (const QString &knob : when->keys().mid(0, whatif::maxKnobs)) {
            QStringList values = when->stringList(knob, R::Required);
            // Bounded like the knob's own values: every combination is tried against these lists.
            if (values.size() > whatif::maxValues || values.removeDuplicates() > 0) {
                when->error(QStringLiteral("a knob has at most %1 values, each named once").arg(whatif::maxValues), knob);
                continue;
            }
            v.when.insert(knob, values);
        }
    }
    v.title = r.string(QStringLiteral("title"));
    v.text = r.string(QStringLiteral("text"));
    v.rule = r.string(QStringLiteral("rule"));
    // Every stage of the story is legal content: no variant without a source.
    v.sources = r.stringList(QStringLiteral("sources"), R::Required);
    v.effect = r.choice(QStringLiteral("effect"), whatif::effects(), R::Optional);
    v.ends = r.boolean(QStringLiteral("ends"), false);
    v.sameAs = r.string(QStringLiteral("sameAs"), R::Optional);
    v.path = r.path();
    return v;
}

WhatIfStage readStage(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "label", "whatIf", "variants" }));
    WhatIfStage s;
    s.id = r.string(QStringLiteral("id"));
    s.label = r.string(QStringLiteral("label"));
    s.whatIf = r.string(QStringLiteral("whatIf"), R::Optional);
    s.path = r.path();
    for (const R &v : r.objects(QStringLiteral("variants"), R::Required, whatif::maxVariants))
        s.variants.append(readVariant(v));
    return s;
}

} // namespace

Explorer readExplorer(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "title", "summary", "topic", "flow", "knobs", "stages" }));
    Explorer e;
    e.id = r.string(QStringLiteral("id"));
    e.title = r.string(QStringLiteral("title"));
    e.summary = r.string(QStringLiteral("summary"));
    e.topic = r.string(QStringLiteral("topic"));
    e.flow = r.string(QStringLiteral("flow"), R::Optional);
    for (const R &k : r.objects(QStringLiteral("knobs"), R::Required, whatif::maxKnobs))
        e.knobs.append(readKnob(k));
    for (const R &s : r.objects(QStringLiteral("stages"), R::Required, whatif::maxStages))
        e.stages.append(readStage(s));
    return e;
}

} // namespace ktl
