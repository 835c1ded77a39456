// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"
#include "valuetypes.h"
#include "whatifmodel.h"

#include "contenttypes.h"
#include "slidedeck.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

namespace ktl {

/**
 * @brief Anything the app teaches, as slides for presenting to a room (slidedeck.h).
 *
 * A walkthrough gives one slide a step. A flow gives one slide a node, in the order of its
 * outline (each answer followed to its end before the next), and each slide reveals one more
 * node of the diagram. A topic gives a slide a section, the glossary a term, the timeline an
 * event. The what-if story gives one slide a stage, and its knobs stay live in the notes
 * window: the stages follow as the presenter turns them. A session playlist (`playlist/<name>`)
 * is several of these one after the other, each with its own time budget.
 *
 * Also what presenters expect of a presenter view: the talk's clock, a countdown to the time
 * set for it and each section's budget; going to a slide by typing its number; a black or
 * white screen; a close-up of the diagram; and a show of hands for a room question, counted in
 * memory only.
 */
class PresentationModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** walkthrough/<id>[/<step>] or flow/<id>[/<node>]; the sub-part picks the first slide. */
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY addressChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY addressChanged)
    /** Whether the current slide is a flow's node (a playlist mixes kinds). */
    Q_PROPERTY(bool isFlow READ isFlow NOTIFY slideChanged)
    Q_PROPERTY(QString flowId READ flowId NOTIFY slideChanged)
    Q_PROPERTY(bool isWhatIf READ isWhatIf NOTIFY slideChanged)
    /** What could not be presented (a playlist item whose page has gone), one line each. */
    Q_PROPERTY(QStringList problems READ problems NOTIFY addressChanged)
    /** The what-if story being presented: its knobs for the notes, its stages for the room. */
    Q_PROPERTY(ktl::WhatIfModel *whatIf READ whatIf CONSTANT)
    /** On a what-if slide: why this stage changed with the last knob turned, or "". */
    Q_PROPERTY(QString slideChange READ slideChange NOTIFY slideChanged)
    /** The presentation's title: the playlist's name, or what is presented. */
    Q_PROPERTY(QString title READ title NOTIFY textChanged)
    /** The title of what the current slide belongs to (a playlist's walkthrough, say). */
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY slideChanged)
    /** "Part 2 of 5", or "" when there is one part only. */
    Q_PROPERTY(QString sectionPlace READ sectionPlace NOTIFY slideChanged)
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
    /** Any other illustration of the step, as a URL, or "". */
    Q_PROPERTY(QString slideIllustration READ slideIllustration NOTIFY slideChanged)
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
    /** The room's screen covered: black (B or "."), or white (W or ","), one at a time. */
    Q_PROPERTY(bool blackout READ blackout WRITE setBlackout NOTIFY blackoutChanged)
    Q_PROPERTY(bool whiteScreen READ whiteScreen WRITE setWhiteScreen NOTIFY blackoutChanged)
    /** The diagram (or the drawn paper) enlarged around what the slide is about (Z). */
    Q_PROPERTY(bool zoomed READ zoomed WRITE setZoomed NOTIFY zoomedChanged)
    /** The digits typed so far to go to a slide ("12"), or "". */
    Q_PROPERTY(QString typedNumber READ typedNumber NOTIFY typedNumberChanged)
    /** "12:05" since the presentation began, and the time of day; updated every second. */
    Q_PROPERTY(QString elapsed READ elapsed NOTIFY tick)
    Q_PROPERTY(QString clock READ clock NOTIFY tick)
    /** The minutes the whole talk has, 0 for no countdown. A playlist starts with the sum of its
     *  budgets; the presenter sets it in steps. */
    Q_PROPERTY(int totalMinutes READ totalMinutes WRITE setTotalMinutes NOTIFY totalMinutesChanged)
    /** "Left 42:10" or "Over by 2:05" against totalMinutes; "" with no total set. */
    Q_PROPERTY(QString remaining READ remaining NOTIFY tick)
    Q_PROPERTY(bool overTime READ overTime NOTIFY tick)
    /** The time spent on this part ("3:10 of 10:00"), and whether it has gone over its budget. */
    Q_PROPERTY(QString sectionTime READ sectionTime NOTIFY tick)
    Q_PROPERTY(bool sectionOver READ sectionOver NOTIFY tick)
    /** The room's show of hands on this question, one bar per choice, once the presenter has
     *  typed a count; never saved, gone with the slide. */
    Q_PROPERTY(QList<ktl::HandBar> handBars READ handBars NOTIFY handsChanged)
    Q_PROPERTY(bool hasHands READ hasHands NOTIFY handsChanged)
    Q_PROPERTY(int maxHands READ maxHandCount CONSTANT)

public:
    explicit PresentationModel(QObject *parent = nullptr);

    QString address() const { return m_address; }
    void setAddress(const QString &address);
    bool valid() const { return !m_slides.isEmpty(); }
    bool isFlow() const { return sectionKindIs(m_index, DeckSection::Kind::Flow); }
    QString flowId() const { return isFlow() ? m_sections.at(m_slides.at(m_index).section).id : QString(); }
    bool isWhatIf() const { return sectionKindIs(m_index, DeckSection::Kind::WhatIf); }
    QStringList problems() const { return m_problems; }
    WhatIfModel *whatIf() { return &m_whatIf; }
    QString slideChange() const;
    QString title() const;
    QString sectionTitle() const;
    QString sectionPlace() const;
    int count() const { return int(m_slides.size()); }
    int currentIndex() const { return m_index; }
    void setCurrentIndex(int index);
    QString slideTitle() const;
    QString slideBody() const;
    QString slideTitleOther() const;
    QString slideBodyOther() const;
    QString notes() const;
    QString nextTitle() const;
    QString slideId() const { return m_slides.value(m_index).id; }
    QStringList revealed() const;
    QString slideLine() const;
    QString slideDocument() const;
    QString slideIllustration() const;
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
    bool blackout() const { return m_cover == Cover::Black; }
    void setBlackout(bool on) { setCover(on ? Cover::Black : Cover::None); }
    bool whiteScreen() const { return m_cover == Cover::White; }
    void setWhiteScreen(bool on) { setCover(on ? Cover::White : Cover::None); }
    bool zoomed() const { return m_zoomed; }
    void setZoomed(bool on);
    QString typedNumber() const { return m_typed; }
    QString elapsed() const;
    QString clock() const;
    int totalMinutes() const { return m_totalMinutes; }
    void setTotalMinutes(int minutes);
    QString remaining() const;
    bool overTime() const;
    QString sectionTime() const;
    bool sectionOver() const;
    QList<HandBar> handBars() const;
    bool hasHands() const;

    /** The longest talk the countdown takes, and the step of its buttons. */
    static constexpr int maxTotalMinutes = 600;
    static constexpr int minuteStep = 5;
    /** More hands than any room has; a typing slip stops there. */
    static constexpr int maxHands = 9999;
    int maxHandCount() const { return maxHands; }

    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    Q_INVOKABLE void first() { setCurrentIndex(0); }
    /** From the start, as new: the first slide, taught afresh, no black screen (after quick hide). */
    Q_INVOKABLE void restart();
    Q_INVOKABLE void last() { setCurrentIndex(count() - 1); }
    /** Jumps to the slide of a step or node id; false if there is none. */
    Q_INVOKABLE bool goTo(const QString &slideId);
    Q_INVOKABLE void toggleBlackout() { setBlackout(!blackout()); }
    Q_INVOKABLE void toggleWhiteScreen() { setWhiteScreen(!whiteScreen()); }
    Q_INVOKABLE void toggleZoom() { setZoomed(!m_zoomed); }
    /** Starts the clock again (when the talk really begins): the parts' times too. */
    Q_INVOKABLE void restartClock();
    /** The countdown's total, a step (minuteStep) longer or shorter. */
    Q_INVOKABLE void addMinutes(int minutes) { setTotalMinutes(m_totalMinutes + minutes); }
    /** Go to a slide by number: digits typed one by one, then goToTyped() (Enter). */
    Q_INVOKABLE void typeDigit(int digit);
    /** Goes to the slide typed; false (and the digits cleared) if there is no such slide. */
    Q_INVOKABLE bool goToTyped();
    /** Forgets the digits typed (Esc, or Backspace on the last one). */
    Q_INVOKABLE void clearTyped();
    Q_INVOKABLE void eraseDigit();
    /** How many hands went up for choice @p choice (0 for A) of this slide's question. */
    Q_INVOKABLE void setHands(int choice, int count);
    Q_INVOKABLE int hands(int choice) const { return m_hands.value(choice); }

Q_SIGNALS:
    void addressChanged();
    void slideChanged();
    void textChanged();
    void blackoutChanged();
    void zoomedChanged();
    void typedNumberChanged();
    void totalMinutesChanged();
    void handsChanged();
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
    enum class Cover { None, Black, White };
    /** A slide: the section it is in, and its step, node, section, term, event or stage id. */
    struct Slide
    {
        int section = 0;
        QString id;
    };
    /** The current slide's English title or body (a step's, a node's text and detail, …). */
    QString sourceText(Part part) const;
    QString titleOf(int index) const;
    QString bodyOf(int index) const;
    /** The translation context of slide @p index's content. */
    QString contextOf(int index) const;
    const DeckSection *sectionOf(int index) const;
    bool sectionKindIs(int index, DeckSection::Kind kind) const
    {
        const DeckSection *s = sectionOf(index);
        return s && s->kind == kind;
    }
    QString sectionTitleOf(int section) const;
    /** Fills the sections and slides from m_address and the current content. */
    void rebuild();
    /** m_slides from m_sections. */
    void spread();
    // Checked lookups: content may change under a presentation (nullptr when gone).
    const Step *stepAt(int index) const;
    const FlowNode *nodeAt(int index) const;
    const Section *topicSectionAt(int index) const;
    const Term *termAt(int index) const;
    const Event *eventAt(int index) const;
    /** The what-if stage of slide @p index (nullptr when it is not one). */
    const WhatIfStageRow *stageAt(int index) const;
    /** The story's stages changed under the slides: keep to the same stage if it is still told. */
    void storyChanged();
    /** Keeps to slide @p section / @p id after the slides were made again, or near where it was. */
    void keepTo(int section, const QString &id);
    void setCover(Cover cover);
    /** Each slide change: the time on the part left is added to it; the slide's extras reset. */
    void leaveSlide(int newIndex);
    qint64 sectionMs(int section) const;
    void clearHands();

    QString m_address;
    QString m_playlistName; ///< when presenting a playlist
    QList<DeckSection> m_sections;
    QList<Slide> m_slides;
    QStringList m_problems;
    WhatIfModel m_whatIf;
    int m_index = 0;
    bool m_rebuilding = false; ///< the slides are being made (the story's own signals wait)
    Cover m_cover = Cover::None;
    bool m_zoomed = false;
    QString m_typed;
    QList<int> m_hands; ///< per choice, -1 for not counted
    int m_totalMinutes = 0;
    QElapsedTimer m_started;
    QList<qint64> m_sectionSpentMs; ///< per section, before the current visit
    qint64 m_sectionEnteredMs = 0;  ///< m_started's reading when the current section was entered
    QTimer m_ticker;
};

} // namespace ktl
