// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifmodel.h"

#include "contentformat.h"
#include "contenttext.h"
#include "pageaddress.h"
#include "prose.h"
#include "whatiftext.h"

namespace ktl {

WhatIfModel::WhatIfModel(QObject *parent)
    : QObject(parent)
{
    restart();
}

QString WhatIfModel::context() const
{
    const Explorer *e = explorer();
    return e ? contentContext::whatIf(e->id) : QString();
}

QString WhatIfModel::title() const
{
    const Explorer *e = explorer();
    return e ? contentTr(context(), e->title) : QString();
}

QString WhatIfModel::summary() const
{
    const Explorer *e = explorer();
    return e ? contentformat::html(context(), e->summary) : QString();
}

QString WhatIfModel::setting() const
{
    return m_settingText;
}

void WhatIfModel::setSetting(const QString &setting)
{
    const Explorer *e = explorer();
    if (!e)
        return;
    QString why;
    // An address opens a story; it is not a change the reader made, so nothing is marked. The
    // same story written another way ("state=silent" is the start) is no change at all.
    if (const std::optional<Scenario> s = whatif::fromText(*e, setting, &why); s && *s != m_scenario) {
        m_scenario = *s;
        m_before.clear();
        refresh();
    }
}

QString WhatIfModel::address() const { return page::whatIf(setting()); }

bool WhatIfModel::atStart() const
{
    const Explorer *e = explorer();
    return !e || m_scenario == whatif::typical(*e);
}

QString WhatIfModel::html(const QString &text) const
{
    auto it = m_html.constFind(text);
    if (it == m_html.cend())
        it = m_html.insert(text, contentformat::html(context(), text));
    return *it;
}

QString WhatIfModel::plain(const QString &html) const
{
    auto it = m_plain.constFind(html);
    if (it == m_plain.cend())
        it = m_plain.insert(html, Prose::plain(html));
    return *it;
}

QString WhatIfModel::valueLabel(int knob, const Scenario &scenario) const
{
    return whatiftext::valueLabel(*explorer(), knob, scenario);
}

QList<WhatIfChoice> WhatIfModel::choices(int knob, const Scenario &scenario) const
{
    QList<WhatIfChoice> list;
    const WhatIfKnob &k = explorer()->knobs.at(knob);
    for (int v = 0; v < k.values.size(); ++v)
        list.append({ k.id, k.values.at(v).id, contentTr(context(), k.values.at(v).label), scenario.at(knob) == v });
    return list;
}

QList<WhatIfKnobEntry> WhatIfModel::knobs() const
{
    QList<WhatIfKnobEntry> entries;
    const Explorer *e = explorer();
    if (!e)
        return entries;
    const QString ctx = context();
    for (int k = 0; k < e->knobs.size(); ++k) {
        const WhatIfKnob &knob = e->knobs.at(k);
        WhatIfKnobEntry entry;
        entry.knobId = knob.id;
        entry.label = contentTr(ctx, knob.label);
        entry.question = contentTr(ctx, knob.question);
        entry.explain = html(knob.explain);
        entry.sources = contentformat::sourceRefs(m_source.content(), knob.sources);
        entry.choices = choices(k, m_scenario);
        for (const WhatIfChoice &c : std::as_const(entry.choices))
            entry.valueLabels.append(c.label);
        entry.chosenIndex = m_scenario.at(k);
        // Not translated: a label and its value read the same way in every language here.
        entry.chosenText = QStringLiteral("%1: %2").arg(entry.label, valueLabel(k, m_scenario));
        entries.append(entry);
    }
    return entries;
}

QList<WhatIfStageRow> WhatIfModel::rowsFor(const Scenario &scenario, const Scenario *reference) const
{
    QList<WhatIfStageRow> rows;
    const Explorer *e = explorer();
    if (!e)
        return rows;
    const QString ctx = context();
    const QList<whatif::ShownStage> story = whatif::resolve(*e, scenario);
    for (const whatif::ShownStage &shown : story) {
        if (shown.variant < 0)
            break; // the validator refuses such content; show what there is
        const WhatIfStage &stage = e->stages.at(shown.stage);
        const WhatIfVariant &v = stage.variants.at(shown.variant);
        WhatIfStageRow row;
        row.stageId = stage.id;
        row.shown = true;
        row.variantId = v.id;
        row.label = contentTr(ctx, stage.label);
        //: Above a stage of the what-if story: %1 its number, %2 how many stages this story has, %3 the stage's name
        row.position = tr("Step %1 of %2 · %3").arg(shown.stage + 1).arg(story.size()).arg(row.label);
        row.title = contentTr(ctx, v.title);
        row.text = html(v.text);
        row.rule = html(v.rule);
        row.sources = contentformat::sourceRefs(m_source.content(), v.sources);
        row.ends = v.ends;
        if (reference) {
            const whatif::StageChange change = whatif::change(*e, shown.stage, *reference, scenario);
            row.changed = change.changed;
            row.because = whatiftext::because(*e, change.because, scenario);
        }
        const int knob = e->knobIndex(stage.whatIf);
        if (knob >= 0) {
            row.whatIfKnob = stage.whatIf;
            row.whatIfQuestion = contentTr(ctx, e->knobs.at(knob).question);
            row.whatIfChoices = choices(knob, scenario);
        }
        // What a screen reader says of the stage: where it is, its title, its text, why it changed.
        row.accessibleText = QStringLiteral("%1. %2. %3 %4").arg(row.position, row.title, plain(row.text), row.because).trimmed();
        rows.append(row);
    }
    // The stages this story does not reach keep their rows, hidden (whatifstagemodel.h).
    rows.append(hiddenRows().mid(rows.size()));
    return rows;
}

QList<WhatIfStageRow> WhatIfModel::hiddenRows() const
{
    QList<WhatIfStageRow> rows;
    if (const Explorer *e = explorer()) {
        for (const WhatIfStage &stage : e->stages) {
            WhatIfStageRow row;
            row.stageId = stage.id;
            rows.append(row);
        }
    }
    return rows;
}

void WhatIfModel::refresh()
{
    const Explorer *e = explorer();
    m_settingText = e ? whatif::toText(*e, m_scenario) : QString();
    const Scenario *reference = m_comparing ? &m_kept : (m_before.isEmpty() ? nullptr : &m_before);
    const QList<WhatIfStageRow> rows = rowsFor(m_scenario, reference);
    m_stages.setRows(rows, reference != nullptr);
    // Not comparing: the kept story's column is not made (WhatIfPage); its rows stay, hidden and
    // empty, so none is destroyed while that column goes (whatifstagemodel.h).
    m_compared.setRows(m_comparing ? rowsFor(m_kept, nullptr) : hiddenRows(), false);
    int changed = 0;
    for (const WhatIfStageRow &r : rows)
        changed += r.changed ? 1 : 0;
    if (!e || !reference || (m_comparing && m_scenario == m_kept)) {
        m_changeNote.clear(); // nothing changed yet (a comparison just begun says nothing)
    } else if (changed == 0) {
        m_changeNote = tr("No step of the story changed.");
    } else {
        const QStringList told = m_stages.shownStageIds();
        const WhatIfStageRow *last = told.isEmpty() ? nullptr : m_stages.shownRow(told.last());
        const QString end = last ? last->title : QString();
        //: After a what-if change: %1 the title of the story's last step
        m_changeNote = changed == 1 ? tr("One step of the story changed. It now ends: %1").arg(end)
                                    //: After a what-if change: %1 how many steps changed (2 or more), %2 the title of the story's last step
                                    : tr("%1 steps of the story changed. It now ends: %2").arg(changed).arg(end);
    }
    Q_EMIT scenarioChanged();
}

void WhatIfModel::show(const Scenario &next)
{
    m_before = m_scenario;
    m_scenario = next;
    refresh();
}

bool WhatIfModel::choose(const QString &knobId, const QString &valueId)
{
    const Explorer *e = explorer();
    if (!e)
        return false;
    const int k = e->knobIndex(knobId);
    const int v = k < 0 ? -1 : e->knobs.at(k).valueIndex(valueId);
    if (v < 0)
        return false;
    if (m_scenario.at(k) == v)
        return true;
    Scenario next = m_scenario;
    next[k] = v;
    show(next);
    return true;
}

bool WhatIfModel::chooseIndex(const QString &knobId, int valueIndex)
{
    const Explorer *e = explorer();
    const int k = e ? e->knobIndex(knobId) : -1;
    if (k < 0 || valueIndex < 0 || valueIndex >= e->knobs.at(k).values.size())
        return false;
    return choose(knobId, e->knobs.at(k).values.at(valueIndex).id);
}

void WhatIfModel::restart()
{
    const Explorer *e = explorer();
    m_scenario = e ? whatif::typical(*e) : Scenario();
    m_before.clear();
    if (m_comparing) {
        m_comparing = false;
        Q_EMIT comparingChanged();
    }
    Q_EMIT textChanged();
    refresh();
}

void WhatIfModel::startComparing()
{
    if (!explorer())
        return;
    m_kept = m_scenario;
    m_comparing = true;
    Q_EMIT comparingChanged();
    refresh();
}

void WhatIfModel::stopComparing()
{
    if (!m_comparing)
        return;
    m_comparing = false;
    m_before.clear();
    Q_EMIT comparingChanged();
    refresh();
}

QString WhatIfModel::comparedSettings() const
{
    const Explorer *e = explorer();
    if (!e || !m_comparing)
        return {};
    QStringList parts;
    for (int k = 0; k < e->knobs.size(); ++k)
        parts.append(QStringLiteral("%1: %2").arg(contentTr(context(), e->knobs.at(k).label), valueLabel(k, m_kept)));
    return parts.join(QStringLiteral("; "));
}

} // namespace ktl
