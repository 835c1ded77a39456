// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmodel.h"

#include "appsettings.h"
#include "contentformat.h"
#include "contentstore.h"
#include "decktext.h"
#include "contenttext.h"
#include "markup.h"
#include "prose.h"

#include <QTime>

namespace ktl {

namespace {

/** "A", "B", … for the room to answer by letter. */
QString letter(int index) { return QString(QChar(u'A' + index)); }

/** "12:05", or "1:02:05" past the hour. */
QString minutesSeconds(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
                .arg(seconds / 3600)
                .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString correctLetter(const Step *step)
{
    for (int i = 0; step && i < step->question.choices.size(); ++i)
        if (step->question.choices.at(i).correct)
            return letter(i);
    return {};
}

/** A slide's first words, for the grid's small pictures of the slides. */
QString preview(const QString &html)
{
    constexpr int length = 110;
    const QString plain = Prose::plain(html).simplified();
    return plain.size() <= length ? plain : plain.left(length).section(QLatin1Char(' '), 0, -2) + QStringLiteral("…");
}

} // namespace

PresentationModel::PresentationModel(QObject *parent)
    : QObject(parent)
{
    m_started.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PresentationModel::tick);
    m_ticker.start();
    connect(&m_whatIf, &WhatIfModel::scenarioChanged, this, &PresentationModel::storyChanged);
}

// --- The slides ---------------------------------------------------------------------------

void PresentationModel::setAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    rebuild();
    restartClock();
    Q_EMIT addressChanged();
    Q_EMIT textChanged();
    Q_EMIT slideChanged();
}

void PresentationModel::rebuild()
{
    m_sections.clear();
    m_slides.clear();
    m_problems.clear();
    m_playlistName.clear();
    m_index = 0;
    const ContentSet &content = m_source.content();

    QList<PlaylistItem> items;
    if (const QString name = deck::playlistName(m_address); !name.isEmpty()) {
        m_playlistName = name;
        const QList<Playlist> saved = AppSettings::instance()->playlists();
        if (const Playlist *found = playlist::find(saved, m_playlistName))
            items = found->items;
        else
            m_problems.append(tr("There is no playlist named “%1”.").arg(m_playlistName));
    } else if (!m_address.isEmpty()) {
        items.append({ m_address, 0 });
    }

    int startSlide = -1;
    int slidesBefore = 0;
    bool hasStory = false;
    m_rebuilding = true; // the story is set up below: its scenarioChanged is not a change of slides
    for (const PlaylistItem &item : items) {
        DeckSection section;
        QString why;
        if (!deck::section(item.address, content, &section, &why)) {
            //: Presenter notes: a playlist item that cannot be shown; %1 the page, %2 why (in English)
            m_problems.append(tr("Left out %1: %2").arg(item.address, why));
            continue;
        }
        section.minutes = item.minutes;
        if (section.kind == DeckSection::Kind::WhatIf) {
            // One story, one set of knobs: a second what-if part would show the first's.
            if (hasStory) {
                //: Presenter notes: a playlist's second what-if part; %1 its page
                m_problems.append(tr("Left out %1: a talk shows the what-if story once").arg(item.address));
                continue;
            }
            hasStory = true;
            m_whatIf.restart();
            m_whatIf.setSetting(section.startAt);
            section.slideIds = m_whatIf.stages()->shownStageIds();
        }
        // The step or node the address names opens the talk: its place in the whole deck.
        if (startSlide < 0 && !section.startAt.isEmpty() && section.kind != DeckSection::Kind::WhatIf) {
            const int within = int(section.slideIds.indexOf(section.startAt));
            if (within >= 0)
                startSlide = slidesBefore + within;
        }
        slidesBefore += int(section.slideIds.size());
        m_sections.append(section);
    }
    m_rebuilding = false;
    spread();
    m_index = qBound(0, startSlide, qMax(0, count() - 1));
    m_sectionSpentMs = QList<qint64>(m_sections.size(), 0);
    m_sectionEnteredMs = m_started.elapsed();
    int budget = 0;
    for (const DeckSection &s : m_sections)
        budget += s.minutes;
    if (budget > 0)
        setTotalMinutes(budget);
    clearHands();
}

void PresentationModel::spread()
{
    m_slides.clear();
    for (int s = 0; s < m_sections.size(); ++s)
        for (const QString &id : m_sections.at(s).slideIds)
            m_slides.append({ s, id });
}

void PresentationModel::keepTo(int section, const QString &id)
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).section == section && m_slides.at(i).id == id) {
            m_index = i;
            return;
        }
    }
    // The slide has gone: the nearest one of the same part, else the nearest at all. It is
    // another slide, so it starts as any slide does (taught, whole, no hands counted).
    int nearest = -1;
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).section == section && (nearest < 0 || qAbs(i - m_index) < qAbs(nearest - m_index)))
            nearest = i;
    }
    const int to = nearest >= 0 ? nearest : qBound(0, m_index, qMax(0, count() - 1));
    const int fromSection = section;
    m_index = to;
    if (m_slides.value(to).section != fromSection && fromSection < m_sectionSpentMs.size()) {
        const qint64 now = m_started.elapsed();
        m_sectionSpentMs[fromSection] += now - m_sectionEnteredMs;
        m_sectionEnteredMs = now;
    }
    m_stage = Stage::Teach;
    setZoomed(false);
    clearHands();
}

void PresentationModel::contentChanged()
{
    // New content (a --content folder, a pack) can remove or reorder what the slides point at:
    // they are made again, staying on the same slide if it is still there, with the talk's
    // clock, the parts' times and the presenter's knobs as they were.
    const Slide current = m_slides.value(m_index);
    const int oldIndex = m_index;
    const QList<qint64> spent = m_sectionSpentMs;
    const qint64 entered = m_sectionEnteredMs;
    const int total = m_totalMinutes;
    const QString story = m_whatIf.setting();
    const bool hadStory = std::any_of(m_sections.begin(), m_sections.end(),
                                      [](const DeckSection &s) { return s.kind == DeckSection::Kind::WhatIf; });
    rebuild();
    if (spent.size() == m_sectionSpentMs.size()) {
        m_sectionSpentMs = spent;
        m_sectionEnteredMs = entered;
    }
    setTotalMinutes(total);
    if (hadStory) {
        m_whatIf.setSetting(story); // (storyChanged follows, and keeps to the slide)
        storyChanged();
    }
    m_index = oldIndex; // (keepTo bounds it)
    keepTo(current.section, current.id);
    Q_EMIT addressChanged();
    Q_EMIT textChanged();
    Q_EMIT slideChanged();
}

void PresentationModel::storyChanged()
{
    if (m_rebuilding)
        return;
    bool changed = false;
    for (DeckSection &section : m_sections) {
        if (section.kind == DeckSection::Kind::WhatIf) {
            section.slideIds = m_whatIf.stages()->shownStageIds();
            changed = true;
        }
    }
    if (!changed)
        return;
    const Slide current = m_slides.value(m_index);
    spread();
    keepTo(current.section, current.id);
    Q_EMIT addressChanged(); // the count of slides
    Q_EMIT textChanged();
    Q_EMIT slideChanged();
}

const DeckSection *PresentationModel::sectionOf(int index) const
{
    return index >= 0 && index < m_slides.size() ? &m_sections.at(m_slides.at(index).section) : nullptr;
}

QString PresentationModel::contextOf(int index) const
{
    const DeckSection *s = sectionOf(index);
    if (!s)
        return {};
    switch (s->kind) {
    case DeckSection::Kind::Walkthrough:
        return contentContext::walkthrough(s->id);
    case DeckSection::Kind::Flow:
        return contentContext::flow(s->id);
    case DeckSection::Kind::Topic:
        return contentContext::topic(s->id);
    case DeckSection::Kind::Glossary:
        return contentContext::glossary();
    case DeckSection::Kind::Timeline:
        return contentContext::timeline();
    case DeckSection::Kind::WhatIf:
        break; // the story's text comes translated from its model
    }
    return {};
}

const Step *PresentationModel::stepAt(int index) const
{
    const DeckSection *s = sectionOf(index);
    const Walkthrough *w = s && s->kind == DeckSection::Kind::Walkthrough ? m_source.content().walkthrough(s->id) : nullptr;
    const int i = w ? w->stepIndex(m_slides.at(index).id) : -1;
    return i >= 0 ? &w->steps.at(i) : nullptr;
}

const FlowNode *PresentationModel::nodeAt(int index) const
{
    const DeckSection *s = sectionOf(index);
    const Flow *f = s && s->kind == DeckSection::Kind::Flow ? m_source.content().flow(s->id) : nullptr;
    return f ? f->node(m_slides.at(index).id) : nullptr;
}

const Section *PresentationModel::topicSectionAt(int index) const
{
    const DeckSection *s = sectionOf(index);
    return s ? deck::topicSection(m_source.content(), *s, m_slides.at(index).id) : nullptr;
}

const Term *PresentationModel::termAt(int index) const
{
    return sectionKindIs(index, DeckSection::Kind::Glossary) ? m_source.content().term(m_slides.at(index).id) : nullptr;
}

const Event *PresentationModel::eventAt(int index) const
{
    return sectionKindIs(index, DeckSection::Kind::Timeline) ? deck::event(m_source.content(), m_slides.at(index).id)
                                                             : nullptr;
}

const WhatIfStageRow *PresentationModel::stageAt(int index) const
{
    if (!sectionKindIs(index, DeckSection::Kind::WhatIf))
        return nullptr;
    return const_cast<WhatIfModel &>(m_whatIf).stages()->shownRow(m_slides.at(index).id);
}

// --- What the slides say ------------------------------------------------------------------

QString PresentationModel::sectionTitleOf(int section) const
{
    if (section < 0 || section >= m_sections.size())
        return {};
    return decktext::title(m_source.content(), m_sections.at(section));
}

QString PresentationModel::title() const
{
    return m_playlistName.isEmpty() ? sectionTitleOf(0) : m_playlistName;
}

QString PresentationModel::sectionTitle() const { return sectionTitleOf(m_slides.value(m_index).section); }

QString PresentationModel::sectionPlace() const
{
    if (m_sections.size() < 2 || m_slides.isEmpty())
        return {};
    //: Presenter notes: where in a playlist the talk is; %1 this part, %2 the number of parts
    return tr("Part %1 of %2").arg(m_slides.at(m_index).section + 1).arg(m_sections.size());
}

QString PresentationModel::titleOf(int index) const
{
    if (const WhatIfStageRow *row = stageAt(index))
        return row->title;
    const QString context = contextOf(index);
    if (const FlowNode *node = nodeAt(index))
        return contentTr(context, node->text);
    if (const Step *step = stepAt(index))
        return contentTr(context, step->title);
    if (const Section *section = topicSectionAt(index))
        return contentTr(context, section->heading);
    if (const Term *term = termAt(index))
        return contentTr(context, term->term);
    if (const Event *event = eventAt(index))
        //: A timeline slide's title: %1 the date, %2 what happened
        return tr("%1: %2").arg(contentDateHeading(event->date), contentTr(context, event->title));
    return {};
}

QString PresentationModel::slideTitle() const { return titleOf(m_index); }

QString PresentationModel::sourceText(Part part) const
{
    const bool title = part == Part::Title;
    if (const FlowNode *node = nodeAt(m_index))
        return title ? node->text : node->detail;
    if (const Step *step = stepAt(m_index))
        return title ? step->title : step->body;
    if (const Section *section = topicSectionAt(m_index))
        return title ? section->heading : section->body;
    if (const Term *term = termAt(m_index))
        return title ? term->term : term->definition;
    if (const Event *event = eventAt(m_index))
        return title ? event->title : event->body;
    return {};
}

QString PresentationModel::bodyOf(int index) const
{
    if (const WhatIfStageRow *row = stageAt(index))
        return row->text;
    const QString context = contextOf(index);
    if (const FlowNode *node = nodeAt(index))
        return contentformat::html(context, node->detail);
    if (const Step *step = stepAt(index))
        return contentformat::html(context, step->body);
    if (const Section *section = topicSectionAt(index))
        return contentformat::html(context, section->body);
    if (const Term *term = termAt(index))
        return contentformat::html(context, term->definition);
    if (const Event *event = eventAt(index))
        return contentformat::html(context, event->body);
    return {};
}

QString PresentationModel::slideBody() const { return bodyOf(m_index); }

QString PresentationModel::slideTitleOther() const { return contentformat::other(contextOf(m_index), sourceText(Part::Title)); }

QString PresentationModel::slideBodyOther() const { return contentformat::otherHtml(contextOf(m_index), sourceText(Part::Body)); }

QString PresentationModel::slideChange() const
{
    const WhatIfStageRow *row = stageAt(m_index);
    return row ? row->because : QString();
}

QString PresentationModel::slideLine() const
{
    const Step *step = stepAt(m_index);
    if (!step || step->line.isEmpty())
        return {};
    //: A practice slide: %1 the officer's words
    return tr("The officer says: “%1”").arg(contentTr(contextOf(m_index), step->line));
}

QString PresentationModel::slideDocument() const
{
    const Step *step = stepAt(m_index);
    return step && step->illustration.startsWith(QLatin1String("document-"))
            ? QStringLiteral("qrc") + illustrationPath(step->illustration)
            : QString();
}

QString PresentationModel::slideIllustration() const
{
    const Step *step = stepAt(m_index);
    // Not while the room answers the question: the picture might give the answer away.
    return step && !step->illustration.isEmpty() && !step->illustration.startsWith(QLatin1String("document-"))
                    && !isQuestion()
            ? QStringLiteral("qrc") + illustrationPath(step->illustration)
            : QString();
}

QString PresentationModel::notes() const
{
    // A what-if stage: the rule behind it, for the presenter to say if asked.
    if (const WhatIfStageRow *row = stageAt(m_index))
        return Prose::plain(row->rule);
    const QString context = contextOf(m_index);
    if (const Step *step = stepAt(m_index))
        return contentTr(context, step->notes);
    // A topic section, a term, an event: where it comes from, for the room's "says who?".
    QStringList sourceIds;
    if (const Section *section = topicSectionAt(m_index))
        sourceIds = section->sources;
    else if (const Term *term = termAt(m_index))
        sourceIds = term->sources;
    else if (const Event *event = eventAt(m_index))
        sourceIds = event->sources;
    if (!sourceIds.isEmpty()) {
        QStringList citations;
        for (const SourceRef &ref : contentformat::sourceRefs(m_source.content(), sourceIds))
            citations.append(ref.citation);
        //: Presenter notes of a topic section, term or event; %1 its sources, one per line
        return tr("Sources:\n%1").arg(citations.join(QLatin1Char('\n')));
    }
    const FlowNode *node = nodeAt(m_index);
    if (!node)
        return {};
    // A flow node has no notes of its own: the presenter sees where each answer leads.
    const Flow *flow = m_source.content().flow(sectionOf(m_index)->id);
    QStringList lines;
    for (const FlowEdge &e : node->edges) {
        const FlowNode *target = flow ? flow->node(e.target) : nullptr;
        if (!target)
            continue;
        const QString label = e.label.isEmpty() ? tr("Next") : contentTr(context, e.label);
        //: Presenter notes of a flow node: an answer and where it leads
        lines.append(tr("%1 → %2").arg(label, contentTr(context, target->text)));
    }
    if (!lines.isEmpty())
        return lines.join(QLatin1Char('\n'));
    // An outcome: the presenter needs what it means, not only that the path stops here.
    const QString detail = markup::toPlainText(contentTr(context, node->detail));
    return detail.isEmpty() ? tr("This is where the path ends.")
                            //: Presenter notes of a flow outcome; %1 is what the outcome means
                            : tr("This is where the path ends. %1").arg(detail);
}

QString PresentationModel::nextTitle() const
{
    // A step with a question: Next asks it, then shows the answer, before the next step.
    if (const Step *step = stepAt(m_index); step && !step->question.isEmpty()) {
        if (m_stage == Stage::Teach)
            //: Presenter notes, what Next shows: the step's question, asked to the room
            return tr("the question for the room");
        if (m_stage == Stage::Ask)
            //: Presenter notes, what Next shows: the answer to the room's question
            return tr("the answer");
    }
    return titleOf(m_index + 1);
}

QStringList PresentationModel::revealed() const
{
    // The flow's nodes from its first slide to this one: a playlist may have slides before it.
    QStringList ids;
    if (!isFlow())
        return ids;
    const int section = m_slides.at(m_index).section;
    for (int i = 0; i <= m_index; ++i)
        if (m_slides.at(i).section == section)
            ids.append(m_slides.at(i).id);
    return ids;
}

QList<SlideEntry> PresentationModel::slides() const
{
    QList<SlideEntry> list;
    for (int i = 0; i < count(); ++i) {
        const int section = m_slides.at(i).section;
        //: A slide in the presenter's list: %1 its number, %2 its title
        list.append({ i, m_slides.at(i).id, tr("%1. %2").arg(i + 1).arg(titleOf(i)), sectionTitleOf(section),
                      preview(bodyOf(i)), i == 0 || m_slides.at(i - 1).section != section });
    }
    return list;
}

// --- The room question --------------------------------------------------------------------

QString PresentationModel::slideQuestion() const
{
    const Step *step = stepAt(m_index);
    return step && isQuestion() ? contentTr(contextOf(m_index), step->question.prompt) : QString();
}

QList<SlideChoice> PresentationModel::slideChoices() const
{
    QList<SlideChoice> choices;
    if (const Step *step = stepAt(m_index); step && isQuestion()) {
        for (int i = 0; i < step->question.choices.size(); ++i) {
            const Choice &choice = step->question.choices.at(i);
            choices.append({ QStringLiteral("%1. %2").arg(letter(i), contentTr(contextOf(m_index), choice.text)),
                             answerShown() && choice.correct, letter(i) });
        }
    }
    return choices;
}

QString PresentationModel::slideAnswer() const
{
    return answerShown() ? correctLetter(stepAt(m_index)) : QString();
}

QString PresentationModel::presenterAnswer() const
{
    const QString answer = correctLetter(stepAt(m_index));
    if (answer.isEmpty())
        return {};
    switch (m_stage) {
    case Stage::Teach:
        //: Presenter notes: this step has a question for the room; %1 the right choice's letter
        return tr("Question next (answer: %1). Next asks the room.").arg(answer);
    case Stage::Ask:
        //: Presenter notes, room exercise: %1 the right choice's letter
        return tr("Answer: %1. Let the room answer, then press Next or R to show it.").arg(answer);
    case Stage::Answer:
        break;
    }
    //: Presenter notes, room exercise: the answer has been shown; %1 its letter
    return tr("The room sees the answer (%1). Next moves on.").arg(answer);
}

QString PresentationModel::slideAnswerExplanation() const
{
    const Step *step = stepAt(m_index);
    if (!step || !answerShown())
        return {};
    for (const Choice &choice : step->question.choices)
        if (choice.correct)
            return contentformat::html(contextOf(m_index), choice.explanation);
    return {};
}

void PresentationModel::revealAnswer()
{
    const Step *step = stepAt(m_index);
    if (!step || step->question.isEmpty() || answerShown())
        return;
    m_stage = Stage::Answer;
    Q_EMIT slideChanged();
    Q_EMIT handsChanged(); // the right bar is marked
}

void PresentationModel::setHands(int choice, int count)
{
    const Step *step = stepAt(m_index);
    if (!step || !isQuestion() || choice < 0 || choice >= step->question.choices.size())
        return;
    count = qBound(-1, count, maxHands);
    if (m_hands.size() != step->question.choices.size())
        m_hands = QList<int>(step->question.choices.size(), -1);
    if (m_hands.at(choice) == count)
        return;
    m_hands[choice] = count;
    Q_EMIT handsChanged();
}

bool PresentationModel::hasHands() const
{
    return isQuestion() && std::any_of(m_hands.begin(), m_hands.end(), [](int n) { return n >= 0; });
}

QList<HandBar> PresentationModel::handBars() const
{
    QList<HandBar> bars;
    const Step *step = stepAt(m_index);
    if (!step || !hasHands())
        return bars;
    const int most = qMax(1, *std::max_element(m_hands.begin(), m_hands.end()));
    for (int i = 0; i < m_hands.size() && i < step->question.choices.size(); ++i) {
        const int n = qMax(0, m_hands.at(i));
        // (No plural forms: the app ships no English translation to hold them.)
        const QString label = n == 1 ? tr("%1: 1 hand").arg(letter(i))
                                     //: A bar of the room's show of hands: %1 the choice's letter, %2 how many hands
                                     : tr("%1: %2 hands").arg(letter(i)).arg(n);
        bars.append({ letter(i), n, qreal(n) / most, label,
                      answerShown() && step->question.choices.at(i).correct });
    }
    return bars;
}

void PresentationModel::clearHands()
{
    if (m_hands.isEmpty())
        return;
    m_hands.clear();
    Q_EMIT handsChanged();
}

// --- Moving through the slides ------------------------------------------------------------

void PresentationModel::leaveSlide(int newIndex)
{
    const int from = m_slides.value(m_index).section;
    const int to = m_slides.value(newIndex).section;
    if (from != to && from < m_sectionSpentMs.size()) {
        const qint64 now = m_started.elapsed();
        m_sectionSpentMs[from] += now - m_sectionEnteredMs;
        m_sectionEnteredMs = now;
    }
    m_stage = Stage::Teach; // every question is asked afresh, also on the way back
    setZoomed(false);
    clearHands();
}

void PresentationModel::setCurrentIndex(int index)
{
    if (index < 0 || index >= count() || index == m_index)
        return;
    leaveSlide(index);
    m_index = index;
    Q_EMIT slideChanged();
    Q_EMIT tick(); // the part's time shows the new part's at once
}

bool PresentationModel::next()
{
    // A step with a question: taught, then asked, then answered, before the next step.
    if (const Step *step = stepAt(m_index); step && !step->question.isEmpty() && !answerShown()) {
        m_stage = m_stage == Stage::Teach ? Stage::Ask : Stage::Answer;
        Q_EMIT slideChanged();
        Q_EMIT handsChanged();
        return true;
    }
    if (m_index + 1 >= count())
        return false;
    setCurrentIndex(m_index + 1);
    return true;
}

bool PresentationModel::previous()
{
    if (m_stage != Stage::Teach) { // back from the question (or its answer) to the step itself
        m_stage = Stage::Teach;
        clearHands();
        Q_EMIT slideChanged();
        return true;
    }
    if (m_index <= 0)
        return false;
    setCurrentIndex(m_index - 1);
    return true;
}

bool PresentationModel::goTo(const QString &slideId)
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).id == slideId) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void PresentationModel::restart()
{
    leaveSlide(0);
    m_index = 0;
    setCover(Cover::None);
    clearTyped();
    Q_EMIT slideChanged();
}

void PresentationModel::typeDigit(int digit)
{
    // Five digits is more slides than any talk has; a held key stops there.
    if (digit < 0 || digit > 9 || m_typed.size() >= 5 || (m_typed.isEmpty() && digit == 0))
        return;
    m_typed.append(QChar(u'0' + digit));
    Q_EMIT typedNumberChanged();
}

void PresentationModel::eraseDigit()
{
    if (m_typed.isEmpty())
        return;
    m_typed.chop(1);
    Q_EMIT typedNumberChanged();
}

void PresentationModel::clearTyped()
{
    if (m_typed.isEmpty())
        return;
    m_typed.clear();
    Q_EMIT typedNumberChanged();
}

bool PresentationModel::goToTyped()
{
    const int number = m_typed.toInt();
    clearTyped();
    if (number < 1 || number > count())
        return false;
    setCurrentIndex(number - 1);
    return true;
}

void PresentationModel::setCover(Cover cover)
{
    if (cover == m_cover)
        return;
    m_cover = cover;
    Q_EMIT blackoutChanged();
}

void PresentationModel::setZoomed(bool on)
{
    if (on == m_zoomed)
        return;
    m_zoomed = on;
    Q_EMIT zoomedChanged();
}

// --- The clock ----------------------------------------------------------------------------

QString PresentationModel::elapsed() const { return minutesSeconds(m_started.elapsed()); }

QString PresentationModel::clock() const { return QTime::currentTime().toString(QStringLiteral("HH:mm")); }

void PresentationModel::setTotalMinutes(int minutes)
{
    minutes = qBound(0, minutes, maxTotalMinutes);
    if (minutes == m_totalMinutes)
        return;
    m_totalMinutes = minutes;
    Q_EMIT totalMinutesChanged();
    Q_EMIT tick();
}

bool PresentationModel::overTime() const
{
    return m_totalMinutes > 0 && m_started.elapsed() > qint64(m_totalMinutes) * 60000;
}

QString PresentationModel::remaining() const
{
    if (m_totalMinutes <= 0)
        return {};
    const qint64 left = qint64(m_totalMinutes) * 60000 - m_started.elapsed();
    //: Presenter view: the countdown to the talk's end; %1 minutes:seconds
    return left >= 0 ? tr("Left %1").arg(minutesSeconds(left))
                     //: Presenter view: the talk has run past its time by %1 minutes:seconds
                     : tr("Over by %1").arg(minutesSeconds(-left));
}

qint64 PresentationModel::sectionMs(int section) const
{
    const qint64 before = m_sectionSpentMs.value(section);
    return m_slides.value(m_index).section == section ? before + m_started.elapsed() - m_sectionEnteredMs : before;
}

QString PresentationModel::sectionTime() const
{
    if (m_slides.isEmpty() || m_sections.size() < 2)
        return {}; // one part: the talk's own clock says it all
    const int section = m_slides.at(m_index).section;
    const int budget = m_sections.at(section).minutes;
    const QString spent = minutesSeconds(sectionMs(section));
    //: Presenter view: the time spent on this part of a playlist, %1 minutes:seconds
    return budget <= 0 ? tr("This part %1").arg(spent)
                       //: Presenter view: %1 the time spent on this part, %2 its budget, both minutes:seconds
                       : tr("This part %1 of %2").arg(spent, minutesSeconds(qint64(budget) * 60000));
}

bool PresentationModel::sectionOver() const
{
    if (m_slides.isEmpty())
        return false;
    const int section = m_slides.at(m_index).section;
    const int budget = m_sections.at(section).minutes;
    return budget > 0 && sectionMs(section) > qint64(budget) * 60000;
}

void PresentationModel::restartClock()
{
    m_started.restart();
    m_sectionSpentMs = QList<qint64>(m_sections.size(), 0);
    m_sectionEnteredMs = 0;
    Q_EMIT tick();
}

} // namespace ktl
