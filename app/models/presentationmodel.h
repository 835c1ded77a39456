// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"
#include "valuetypes.h"
#include "whatifmodel.h"

#include "contenttypes.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

namespace ktl {

/**
 * @brief A walkthrough or a flow as slides, for presenting to a room.
 *
 * A walkthrough gives one slide a step. A flow gives one slide a node, in the order of its
 * outline (each answer followed to its end before the next), and each slide reveals one more
 * node of the diagram. The presenter can jump to any slide, or to any node when someone asks
 * "what if…". The what-if story gives one slide a stage, and its knobs stay live in the notes
 * window: the stages follow as the presenter turns them. Also keeps the talk's clock.
 */
class PresentationModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** walkthrough/<id>[/<step>] or flow/<id>[/<node>]; the sub-part picks the first slide. */
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY addressChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY addressChanged)
    Q_PROPERTY(bool isFlow READ isFlow NOTIFY addressChanged)
    Q_PROPERTY(QString flowId READ flowId NOTIFY addressChanged)
    Q_PROPERTY(bool isWhatIf READ isWhatIf NOTIFY addressChanged)
    /** The what-if story being presented: its knobs for the notes, its stages for the room. */
    Q_PROPERTY(ktl::WhatIfModel *whatIf READ whatIf CONSTANT)
    /** On a what-if slide: why this stage changed with the last knob turned, or "". */
    Q_PROPERTY(QString slideChange READ slideChange NOTIFY slideChanged)
    Q_PROPERTY(QString title READ title NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY addressChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY slideChanged)
    Q_PROPERTY(QString slideTitle READ slideTitle NOTIFY slideChanged)
    Q_PROPERTY(QString slideBody READ slideBody NOTIFY slideChanged)
    Q_PROPERTY(QString slideTitleOther READ slideTitleOther NOTIFY slideChanged)
    Q_PROPERTY(QString slideBodyOther READ slideBodyOther NOTIFY slideChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY slideChanged)
    Q_PROPERTY(QString nextTitle READ nextTitle NOTIFY slideChanged)
    /** The step id or node id of the current slide. */
    Q_PROPERTY(QString slideId READ slideId NOTIFY slideChanged)
    /** A practice step's spoken line for the room: "The officer says: “…”", or "". */
    Q_PROPERTY(QString slideLine READ slideLine NOTIFY slideChanged)
    /** A drawn paper to read on the slide (a document-* illustration) as a URL, or "". */
    Q_PROPERTY(QString slideDocument READ slideDocument NOTIFY slideChanged)
    /** A step's question as a room exercise, in three presses of Next: the step as always; then
     *  its question, the choices lettered ("A. …"), for the room to answer; then the answer with
     *  its explanation (revealAnswer() jumps there). */
    Q_PROPERTY(QString slideQuestion READ slideQuestion NOTIFY slideChanged)
    Q_PROPERTY(QList<ktl::SlideChoice> slideChoices READ slideChoices NOTIFY slideChanged)
    Q_PROPERTY(bool answerShown READ answerShown NOTIFY slideChanged)
    /** The room is being asked the step's question: it sees that, not the step's text. */
    Q_PROPERTY(bool isQuestion READ isQuestion NOTIFY slideChanged)
    /** The letter of the right choice once shown ("B"), else "". */
    Q_PROPERTY(QString slideAnswer READ slideAnswer NOTIFY slideChanged)
    Q_PROPERTY(QString slideAnswerExplanation READ slideAnswerExplanation NOTIFY slideChanged)
    /** For the presenter's notes only, before the room answers: "Answer: B". */
    Q_PROPERTY(QString presenterAnswer READ presenterAnswer NOTIFY slideChanged)
    /** For a flow: the node ids shown so far (the diagram reveals these only). */
    Q_PROPERTY(QStringList revealed READ revealed NOTIFY slideChanged)
    /** Each { index, slideId, title } for the presenter's jump list. */
    Q_PROPERTY(QList<ktl::SlideEntry> slides READ slides NOTIFY textChanged)
    Q_PROPERTY(bool blackout READ blackout WRITE setBlackout NOTIFY blackoutChanged)
    /** "12:05" since the presentation began, and the time of day; updated every second. */
    Q_PROPERTY(QString elapsed READ elapsed NOTIFY tick)
    Q_PROPERTY(QString clock READ clock NOTIFY tick)

public:
    explicit PresentationModel(QObject *parent = nullptr);

    QString address() const { return m_address; }
    void setAddress(const QString &address);
    bool valid() const { return !m_slideIds.isEmpty(); }
    bool isFlow() const { return m_isFlow; }
    QString flowId() const { return m_isFlow ? m_id : QString(); }
    bool isWhatIf() const { return m_isWhatIf; }
    WhatIfModel *whatIf() { return &m_whatIf; }
    QString slideChange() const;
    QString title() const;
    int count() const { return int(m_slideIds.size()); }
    int currentIndex() const { return m_index; }
    void setCurrentIndex(int index);
    QString slideTitle() const;
    QString slideBody() const;
    QString slideTitleOther() const;
    QString slideBodyOther() const;
    QString notes() const;
    QString nextTitle() const;
    QString slideId() const { return m_slideIds.value(m_index); }
    QStringList revealed() const;
    QString slideLine() const;
    QString slideDocument() const;
    QString slideQuestion() const;
    QList<SlideChoice> slideChoices() const;
    bool answerShown() const { return m_stage == Stage::Answer; }
    bool isQuestion() const { return m_stage != Stage::Teach; }
    QString slideAnswer() const;
    QString slideAnswerExplanation() const;
    QString presenterAnswer() const;
    /** Shows the room the answer to this slide's question (Next does it first, too). */
    Q_INVOKABLE void revealAnswer();
    QList<SlideEntry> slides() const;
    bool blackout() const { return m_blackout; }
    void setBlackout(bool on);
    QString elapsed() const;
    QString clock() const;

    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    Q_INVOKABLE void first() { setCurrentIndex(0); }
    /** From the start, as new: the first slide, taught afresh, no black screen (after quick hide). */
    Q_INVOKABLE void restart();
    Q_INVOKABLE void last() { setCurrentIndex(count() - 1); }
    /** Jumps to the slide of a step or node id; false if there is none. */
    Q_INVOKABLE bool goTo(const QString &slideId);
    Q_INVOKABLE void toggleBlackout() { setBlackout(!m_blackout); }
    /** Starts the clock again (when the talk really begins). */
    Q_INVOKABLE void restartClock();

Q_SIGNALS:
    void addressChanged();
    void slideChanged();
    void textChanged();
    void blackoutChanged();
    void tick();

public:
    /** Reads @p store instead of the app's (a test's content, a second window). */
    void setStore(ContentStore *store)
    {
        m_whatIf.setStore(store);
        m_source.setStore(store);
    }

private:
    void contentChanged();

    // New content (a --content folder, a pack) can remove or reorder what the slides point at:
    // they are built again from the address, staying on the same slide if it is still there.
    ContentSource m_source { this, [this] { contentChanged(); },
                             [this] {
                                 Q_EMIT textChanged();
                                 Q_EMIT slideChanged();
                             } };
    /** Where a step with a question is: taught, asked, or answered. */
    enum class Stage { Teach, Ask, Answer };
    Stage m_stage = Stage::Teach;
    enum class Part { Title, Body };
    /** The current slide's English title or body (a step's, or a node's text and detail). */
    QString sourceText(Part part) const;
    QString titleOf(int index) const;
    QString context() const;
    /** Fills the slides from m_address and the current content. */
    void rebuild();
    // Checked lookups: content may change under a presentation (nullptr when gone).
    const Walkthrough *walkthrough() const;
    const Flow *flow() const;
    const Step *stepAt(int index) const;
    const FlowNode *nodeAt(int index) const;
    /** The what-if stage of slide @p index (nullptr when not presenting the story). */
    const WhatIfStageRow *stageAt(int index) const;
    /** The story's stages changed under the slides: keep to the same stage if it is still told. */
    void storyChanged();

    QString m_address;
    QString m_id;
    bool m_isFlow = false;
    bool m_isWhatIf = false;
    WhatIfModel m_whatIf;
    QStringList m_slideIds;
    int m_index = 0;
    bool m_blackout = false;
    QElapsedTimer m_started;
    QTimer m_ticker;
};

} // namespace ktl
