// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatif.h"

#include <QSet>

#include <algorithm>

namespace ktl {

int WhatIfKnob::valueIndex(const QString &valueId) const
{
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).id == valueId)
            return i;
    }
    return -1;
}

int Explorer::knobIndex(const QString &knobId) const
{
    for (int i = 0; i < knobs.size(); ++i) {
        if (knobs.at(i).id == knobId)
            return i;
    }
    return -1;
}

namespace whatif {

QStringList effects()
{
    // hold: kept past release for ICE; maybe-hold: the rules leave it to the jail;
    // no-hold: the rules give no power to hold; unclear: a question for a lawyer.
    return { QStringLiteral("none"),     QStringLiteral("hold"),          QStringLiteral("maybe-hold"),
             QStringLiteral("no-hold"),  QStringLiteral("unclear"),       QStringLiteral("court-warrant"),
             QStringLiteral("release"), QStringLiteral("ice-custody") };
}

Scenario typical(const Explorer &explorer)
{
    Scenario s;
    for (const WhatIfKnob &k : explorer.knobs)
        s.append(std::max(0, k.valueIndex(k.typical)));
    return s;
}

bool matches(const Explorer &explorer, const WhatIfVariant &variant, const Scenario &scenario)
{
    for (auto it = variant.when.cbegin(); it != variant.when.cend(); ++it) {
        const int knob = explorer.knobIndex(it.key());
        if (knob < 0 || knob >= scenario.size())
            return false;
        const int value = scenario.at(knob);
        const QList<WhatIfValue> &values = explorer.knobs.at(knob).values;
        if (value < 0 || value >= values.size() || !it.value().contains(values.at(value).id))
            return false;
    }
    return true;
}

QList<ShownStage> resolve(const Explorer &explorer, const Scenario &scenario)
{
    QList<ShownStage> shown;
    for (int s = 0; s < explorer.stages.size(); ++s) {
        const QList<WhatIfVariant> &variants = explorer.stages.at(s).variants;
        const auto it = std::find_if(variants.cbegin(), variants.cend(),
                                     [&](const WhatIfVariant &v) { return matches(explorer, v, scenario); });
        const int v = it == variants.cend() ? -1 : int(it - variants.cbegin());
        shown.append({ s, v });
        if (v < 0 || variants.at(v).ends)
            break;
    }
    return shown;
}

namespace {

int variantOf(const QList<ShownStage> &story, int stage)
{
    for (const ShownStage &s : story) {
        if (s.stage == stage)
            return s.variant;
    }
    return -2; // not shown
}

/** Changed knobs named by the `when` of stage @p stage's variants up to @p last: the ones whose
 *  change can move the choice of variant there (first match wins, so earlier ones count too). */
QList<int> decidingKnobs(const Explorer &explorer, int stage, int last, const QList<int> &changedKnobs)
{
    QList<int> because;
    const QList<WhatIfVariant> &variants = explorer.stages.at(stage).variants;
    last = last < 0 ? int(variants.size()) - 1 : std::min(last, int(variants.size()) - 1);
    for (int k : changedKnobs) {
        const QString &id = explorer.knobs.at(k).id;
        for (int v = 0; v <= last; ++v) {
            if (variants.at(v).when.contains(id)) {
                because.append(k);
                break;
            }
        }
    }
    return because;
}

} // namespace

StageChange change(const Explorer &explorer, int stage, const Scenario &before, const Scenario &after)
{
    const QList<ShownStage> a = resolve(explorer, before);
    const QList<ShownStage> b = resolve(explorer, after);
    const int va = variantOf(a, stage);
    const int vb = variantOf(b, stage);
    StageChange result;
    if (va == vb)
        return result;
    result.changed = true;
    QList<int> changedKnobs;
    for (int k = 0; k < explorer.knobs.size() && k < before.size() && k < after.size(); ++k) {
        if (before.at(k) != after.at(k))
            changedKnobs.append(k);
    }
    // A knob is a cause when putting it back alone would change this stage again: with several
    // knobs changed (two stories compared), only those that decide it are named.
    for (int k : changedKnobs) {
        Scenario undone = after;
        undone[k] = before.at(k);
        if (variantOf(resolve(explorer, undone), stage) != vb)
            result.because.append(k);
    }
    if (!result.because.isEmpty())
        return result;
    // No one knob decides it alone (they change it only together): name those its rules mention.
    if (va >= -1 && vb >= -1) {
        result.because = decidingKnobs(explorer, stage, std::max(va, vb), changedKnobs);
    } else {
        // Shown in one story only: it is the stage where the shorter story ends that decides.
        const QList<ShownStage> &shorter = va == -2 ? a : b;
        const ShownStage &end = shorter.last();
        const int otherVariant = variantOf(va == -2 ? b : a, end.stage);
        result.because = decidingKnobs(explorer, end.stage, std::max(end.variant, otherVariant), changedKnobs);
    }
    if (result.because.isEmpty())
        result.because = changedKnobs;
    return result;
}

QString toText(const Explorer &explorer, const Scenario &scenario)
{
    QStringList parts;
    const Scenario base = typical(explorer);
    for (int k = 0; k < explorer.knobs.size() && k < scenario.size(); ++k) {
        if (scenario.at(k) != base.at(k))
            parts.append(explorer.knobs.at(k).id + QLatin1Char('=') + explorer.knobs.at(k).values.at(scenario.at(k)).id);
    }
    return parts.join(QLatin1Char(','));
}

std::optional<Scenario> fromText(const Explorer &explorer, const QString &text, QString *error)
{
    Scenario scenario = typical(explorer);
    QString ignored;
    if (!error)
        error = &ignored;
    if (text.isEmpty())
        return scenario;
    // An address is typed or pasted by a person: bounded before it is split.
    if (text.size() > 1000) {
        *error = QStringLiteral("a what-if setting of %1 characters is too long").arg(text.size());
        return std::nullopt;
    }
    QSet<int> seen;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("\"%1\" is not knob=value").arg(part);
            return std::nullopt;
        }
        const QString knobId = part.left(eq);
        const QString valueId = part.mid(eq + 1);
        const int k = explorer.knobIndex(knobId);
        if (k < 0) {
            QStringList ids;
            for (const WhatIfKnob &knob : explorer.knobs)
                ids.append(knob.id);
            *error = QStringLiteral("no what-if knob \"%1\"; expected one of: %2").arg(knobId, ids.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (seen.contains(k)) {
            *error = QStringLiteral("knob \"%1\" is given twice").arg(knobId);
            return std::nullopt;
        }
        seen.insert(k);
        const int v = explorer.knobs.at(k).valueIndex(valueId);
        if (v < 0) {
            QStringList ids;
            for (const WhatIfValue &value : explorer.knobs.at(k).values)
                ids.append(value.id);
            *error = QStringLiteral("knob \"%1\" has no value \"%2\"; expected one of: %3")
                             .arg(knobId, valueId, ids.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        scenario[k] = v;
    }
    return scenario;
}

bool usable(const Explorer &explorer)
{
    if (explorer.knobs.isEmpty() || explorer.knobs.size() > maxKnobs || explorer.stages.isEmpty())
        return false;
    for (const WhatIfKnob &k : explorer.knobs) {
        if (k.values.isEmpty() || k.values.size() > maxValues)
            return false;
    }
    return true;
}

qint64 combinationCount(const Explorer &explorer)
{
    qint64 n = 1;
    for (const WhatIfKnob &k : explorer.knobs) {
        n *= std::max<qsizetype>(1, k.values.size());
        if (n > maxCombinations * maxValues)
            break; // already far past the limit; no overflow however many knobs there are
    }
    return n;
}

void forEachScenario(const Explorer &explorer, const std::function<void(const Scenario &)> &visit)
{
    for (const WhatIfKnob &k : explorer.knobs) {
        if (k.values.isEmpty())
            return;
    }
    Scenario s(explorer.knobs.size(), 0);
    while (true) {
        visit(s);
        int k = int(s.size()) - 1;
        while (k >= 0 && ++s[k] == explorer.knobs.at(k).values.size()) {
            s[k] = 0;
            --k;
        }
        if (k < 0)
            return;
    }
}

namespace {

class Checker
{
public:
    explicit Checker(const Explorer &e) : e(e) { }

    QList<Problem> run()
    {
        checkReferences();
        if (!problems.isEmpty())
            return problems; // the combinations only mean something once every name resolves
        if (combinationCount(e) > maxCombinations) {
            add(e.path + QStringLiteral(".knobs"),
                QStringLiteral("the knobs make %1 combinations; the limit is %2")
                        .arg(combinationCount(e))
                        .arg(maxCombinations));
            return problems;
        }
        checkEveryCombination();
        return problems;
    }

private:
    void add(const QString &path, const QString &message) { problems.append({ path, message }); }

    QString described(const Scenario &s) const
    {
        const QString text = toText(e, s);
        return text.isEmpty() ? QStringLiteral("the typical settings") : text;
    }

    void checkReferences()
    {
        const QStringList known = effects();
        QSet<QString> knobIds;
        for (const WhatIfKnob &k : e.knobs) {
            if (knobIds.contains(k.id))
                add(k.path + QStringLiteral(".id"), QStringLiteral("knob \"%1\" is defined twice").arg(k.id));
            knobIds.insert(k.id);
            if (k.valueIndex(k.typical) < 0)
                add(k.path + QStringLiteral(".typical"),
                    QStringLiteral("\"%1\" is not one of this knob's values").arg(k.typical));
            QSet<QString> valueIds;
            for (const WhatIfValue &v : k.values) {
                if (valueIds.contains(v.id))
                    add(v.path + QStringLiteral(".id"), QStringLiteral("value \"%1\" is defined twice").arg(v.id));
                valueIds.insert(v.id);
                for (const QString &f : v.forbids) {
                    if (!known.contains(f))
                        add(v.path + QStringLiteral(".forbids"),
                            QStringLiteral("unknown effect \"%1\"; expected one of: %2").arg(f, known.join(QStringLiteral(", "))));
                }
            }
        }
        QSet<QString> stageIds;
        for (const WhatIfStage &stage : e.stages) {
            if (stageIds.contains(stage.id))
                add(stage.path + QStringLiteral(".id"), QStringLiteral("stage \"%1\" is defined twice").arg(stage.id));
            stageIds.insert(stage.id);
            if (!stage.whatIf.isEmpty() && e.knobIndex(stage.whatIf) < 0)
                add(stage.path + QStringLiteral(".whatIf"), QStringLiteral("no knob \"%1\"").arg(stage.whatIf));
            QSet<QString> variantIds;
            for (const WhatIfVariant &v : stage.variants) {
                if (variantIds.contains(v.id))
                    add(v.path + QStringLiteral(".id"), QStringLiteral("variant \"%1\" is defined twice in this stage").arg(v.id));
                variantIds.insert(v.id);
                for (auto it = v.when.cbegin(); it != v.when.cend(); ++it) {
                    const int k = e.knobIndex(it.key());
                    if (k < 0) {
                        add(v.path + QStringLiteral(".when.") + it.key(), QStringLiteral("no knob \"%1\"").arg(it.key()));
                        continue;
                    }
                    for (const QString &value : it.value()) {
                        if (e.knobs.at(k).valueIndex(value) < 0)
                            add(v.path + QStringLiteral(".when.") + it.key(),
                                QStringLiteral("knob \"%1\" has no value \"%2\"").arg(it.key(), value));
                    }
                }
            }
        }
    }

    void checkEveryCombination()
    {
        // One report per place: a gap usually shows in hundreds of combinations.
        QSet<QString> reported;
        auto once = [&](const QString &path, const QString &message) {
            if (!reported.contains(path)) {
                reported.insert(path);
                add(path, message);
            }
        };
        QSet<QString> shownVariants;
        forEachScenario(e, [&](const Scenario &s) {
            const QList<ShownStage> story = resolve(e, s);
            if (story.isEmpty())
                return; // no stages: the loader has already said so
            QStringList forbidden;
            for (int k = 0; k < s.size(); ++k)
                forbidden.append(e.knobs.at(k).values.at(s.at(k)).forbids);
            for (const ShownStage &shown : story) {
                const WhatIfStage &stage = e.stages.at(shown.stage);
                if (shown.variant < 0) {
                    once(stage.path + QStringLiteral(".variants"),
                         QStringLiteral("no variant of stage \"%1\" applies for %2; add one without \"when\" last")
                                 .arg(stage.id, described(s)));
                    return;
                }
                const WhatIfVariant &v = stage.variants.at(shown.variant);
                shownVariants.insert(v.path);
                if (!v.effect.isEmpty() && forbidden.contains(v.effect))
                    once(v.path + QStringLiteral(".effect"),
                         QStringLiteral("shows \"%1\" for %2, where a chosen value forbids it").arg(v.effect, described(s)));
            }
            const ShownStage &last = story.last();
            if (!e.stages.at(last.stage).variants.at(last.variant).ends)
                once(e.path + QStringLiteral(".stages"),
                     QStringLiteral("the story for %1 runs past the last stage without an ending; mark its last variant \"ends\"")
                             .arg(described(s)));
        });
        for (const WhatIfStage &stage : e.stages) {
            for (const WhatIfVariant &v : stage.variants) {
                if (!shownVariants.contains(v.path))
                    add(v.path, QStringLiteral("no combination of knobs shows variant \"%1\"; an earlier one always applies first").arg(v.id));
            }
        }
    }

    const Explorer &e;
    QList<Problem> problems;
};

} // namespace

QList<Problem> check(const Explorer &explorer)
{
    return Checker(explorer).run();
}

} // namespace whatif
} // namespace ktl
