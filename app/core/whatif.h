// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * @file The "what changes if…" explorer: one story told in stages, and knobs the reader turns.
 *
 * The rules are content (resources/content/whatif/), so a pack or a later release can add a
 * state's rules without code. This file holds their types and the engine: a pure function from
 * a setting of every knob (a Scenario) to the stages shown. Each stage shows the first of its
 * variants whose `when` matches; a variant that `ends` the story stops it there.
 */
namespace ktl {

struct WhatIfValue
{
    QString id;
    QString label;
    /** Effects (whatif::effects()) no story may show while this value is chosen: a state
     *  that forbids holding people on a detainer forbids "hold". */
    QStringList forbids;
    QString path;
};

struct WhatIfKnob
{
    QString id;
    QString label;
    QString question; ///< the "What if…?" card's question
    QString explain;  ///< "What is this?", restricted Markdown
    QStringList sources;
    QString typical;  ///< the value the linear story starts with
    QList<WhatIfValue> values;
    QString path;
    int valueIndex(const QString &valueId) const;
};

struct WhatIfVariant
{
    QString id;
    /** knob id → the values for which this variant applies; empty: always. */
    QMap<QString, QStringList> when;
    QString title;
    QString text; ///< the plain story, restricted Markdown
    QString rule; ///< the legal rule behind it, restricted Markdown
    QStringList sources;
    QString effect; ///< one of whatif::effects(), or "" when the stage decides nothing
    bool ends = false;
    QString sameAs; ///< an outcome of the explorer's flow that says the same thing
    QString path;
};

struct WhatIfStage
{
    QString id;
    QString label;  ///< the stage's name on the timeline ("What the jail does")
    QString whatIf; ///< the knob the stage's "What if…?" card offers
    QList<WhatIfVariant> variants;
    QString path;
};

struct Explorer
{
    QString id;
    QString title;
    QString summary;
    QString topic;
    QString flow; ///< the decision flow it must agree with
    QList<WhatIfKnob> knobs;
    QList<WhatIfStage> stages;
    QString file;
    QString path;
    int knobIndex(const QString &knobId) const;
};

/** The chosen value of every knob, as an index into that knob's values, in knob order. */
using Scenario = QList<int>;

namespace whatif {

/** Bounds that keep every combination checkable: the loader refuses more. */
inline constexpr int maxKnobs = 8;
inline constexpr int maxValues = 8;
inline constexpr int maxStages = 24;
inline constexpr int maxVariants = 24;
inline constexpr qint64 maxCombinations = 4096;

/** What a variant may say the rules do: a fixed list, so forbids can be checked. */
QStringList effects();

/** One shown stage: its index in Explorer::stages and the variant chosen. */
struct ShownStage
{
    int stage = -1;
    int variant = -1; ///< -1 when no variant matches (the validator refuses such content)
    bool operator==(const ShownStage &o) const { return stage == o.stage && variant == o.variant; }
};

Scenario typical(const Explorer &explorer);
bool matches(const Explorer &explorer, const WhatIfVariant &variant, const Scenario &scenario);
/** The stages shown for @p scenario, in order, up to and including the one that ends it. */
QList<ShownStage> resolve(const Explorer &explorer, const Scenario &scenario);

/** How stage @p stage differs between two scenarios' stories. */
struct StageChange
{
    bool changed = false;
    QList<int> because; ///< knob indexes: changed knobs that decide this stage
};
/** The knobs named are those that, put back alone, would change the stage again; where none does
 *  alone, the changed knobs its variants' `when` mention. */
StageChange change(const Explorer &explorer, int stage, const Scenario &before, const Scenario &after);

/** "state=requires,agreement=jail": the knobs away from their typical value, in knob order;
 *  "" for the typical story. */
QString toText(const Explorer &explorer, const Scenario &scenario);
/** The scenario @p text names, knobs it leaves out at their typical value; nullopt with
 *  @p error for an unknown or repeated knob or value. */
std::optional<Scenario> fromText(const Explorer &explorer, const QString &text, QString *error);

/** Whether the engine can run @p explorer at all (knobs with values, stages, within the bounds):
 *  a content folder shown despite its problems may hold one that is not. */
bool usable(const Explorer &explorer);

qint64 combinationCount(const Explorer &explorer);
/** Calls @p visit with every combination of values, the first knob changing slowest. */
void forEachScenario(const Explorer &explorer, const std::function<void(const Scenario &)> &visit);

struct Problem
{
    QString path;
    QString message;
};
/** The story's shape over every combination: every stage reached has a variant, every story
 *  ends, no story shows an effect a chosen value forbids, every variant is shown by some
 *  combination. References within the story (knobs and values in `when`, `whatIf`, `typical`) are
 *  checked too; the topic, the flow and `sameAs` are the content validator's. */
QList<Problem> check(const Explorer &explorer);

} // namespace whatif
} // namespace ktl
