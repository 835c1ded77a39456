// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"
#include "valuetypes.h"
#include "whatif.h"
#include "whatifstagemodel.h"

#include <QObject>
#include <QHash>
#include <QQmlEngine>

namespace ktl {

/**
 * @brief The "What changes if…" explorer for QML: the knobs, the story they make, and what
 * the last change changed and why. The rules are whatif.h's; this only turns their result
 * into text in the reader's language. What the reader sets stays in memory: the address it
 * gives is kept out of the settings file (Navigation::storable).
 */
class WhatIfModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    Q_PROPERTY(QString title READ title NOTIFY textChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY textChanged)
    /** The knobs as the address writes them ("state=limits"); "" for the story as it starts. */
    Q_PROPERTY(QString setting READ setting WRITE setSetting NOTIFY scenarioChanged)
    Q_PROPERTY(QString address READ address NOTIFY scenarioChanged)
    /** Whether every knob is where the story starts. */
    Q_PROPERTY(bool atStart READ atStart NOTIFY scenarioChanged)
    Q_PROPERTY(QList<ktl::WhatIfKnobEntry> knobs READ knobs NOTIFY scenarioChanged)
    /** The story for the knobs as set. */
    Q_PROPERTY(ktl::WhatIfStageModel *stages READ stages CONSTANT)
    /** While comparing: the story kept when comparing began, shown beside the live one. */
    Q_PROPERTY(ktl::WhatIfStageModel *compared READ compared CONSTANT)
    Q_PROPERTY(bool comparing READ comparing NOTIFY comparingChanged)
    /** The kept story's settings, in words ("State law on detainers: …; …"). */
    Q_PROPERTY(QString comparedSettings READ comparedSettings NOTIFY scenarioChanged)
    /** What the last change did, in one sentence a screen reader can read out. */
    Q_PROPERTY(QString changeNote READ changeNote NOTIFY scenarioChanged)

public:
    explicit WhatIfModel(QObject *parent = nullptr);

    bool valid() const { return explorer(); }
    QString title() const;
    QString summary() const;
    QString setting() const;
    void setSetting(const QString &setting);
    QString address() const;
    bool atStart() const;
    QList<WhatIfKnobEntry> knobs() const;
    WhatIfStageModel *stages() { return &m_stages; }
    WhatIfStageModel *compared() { return &m_compared; }
    bool comparing() const { return m_comparing; }
    QString comparedSettings() const;
    QString changeNote() const { return m_changeNote; }

    /** Turns knob @p knobId to @p valueId; the stages that change are marked with why. */
    Q_INVOKABLE bool choose(const QString &knobId, const QString &valueId);
    /** The same, by the value's place in the knob's list (a one-line list's choice). */
    Q_INVOKABLE bool chooseIndex(const QString &knobId, int valueIndex);
    /** Every knob back to where the story starts. */
    Q_INVOKABLE void restart();
    /** Keeps the current story to compare the next changes against, side by side. */
    Q_INVOKABLE void startComparing();
    Q_INVOKABLE void stopComparing();

    /** Reads @p store instead of the app's (a test's content, a second window). */
    void setStore(ContentStore *store) { m_source.setStore(store); }

Q_SIGNALS:
    void textChanged();
    void scenarioChanged();
    void comparingChanged();

private:
    const Explorer *explorer() const { return m_source.content().explorer(); }
    QString context() const;
    /** Moves to @p next; changes are marked against @p reference. */
    void show(const Scenario &next);
    void refresh();
    QList<WhatIfStageRow> rowsFor(const Scenario &scenario, const Scenario *reference) const;
    /** One empty, hidden row a stage. */
    QList<WhatIfStageRow> hiddenRows() const;
    QString valueLabel(int knob, const Scenario &scenario) const;
    /** Knob @p knob's values as buttons, the one @p scenario chose marked (all a stage needs of
     *  it: the whole knob list, with its explanations, is for the panel). */
    QList<WhatIfChoice> choices(int knob, const Scenario &scenario) const;
    /** @p text as HTML in the reader's language, made once per language (a knob change shows the
     *  same few dozen texts again and again; making their HTML anew cost most of a frame). */
    QString html(const QString &text) const;
    /** The words of @p html for a screen reader, made once per language too. */
    QString plain(const QString &html) const;

    // New content (a pack added, a folder laid over): the same setting, read against it, where it
    // still names knobs and values there; the story as it starts where it does not.
    ContentSource m_source { this, [this] {
                                m_html.clear();
                                m_plain.clear();
                                const QString kept = m_settingText;
                                restart();
                                setSetting(kept);
                            },
                             [this] {
                                 m_html.clear();
                                 m_plain.clear();
                                 Q_EMIT textChanged();
                                 refresh();
                             } };
    mutable QHash<QString, QString> m_html;  ///< English text → HTML in the current language
    mutable QHash<QString, QString> m_plain; ///< HTML → its words
    Scenario m_scenario;
    QString m_settingText; ///< m_scenario as text: what survives new content (indexes do not)
    Scenario m_before; ///< the scenario before the last change: what marks are against
    Scenario m_kept;   ///< the story compared against while comparing
    bool m_comparing = false;
    QString m_changeNote;
    WhatIfStageModel m_stages;
    WhatIfStageModel m_compared;
};

} // namespace ktl
