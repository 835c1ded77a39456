// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmodel.h"

#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"
#include "flowgraph.h"
#include "markup.h"
#include "pageaddress.h"
#include "prose.h"

#include <QTime>
#include <QVariantMap>

namespace ktl {

PresentationModel::PresentationModel(QObject *parent)
    : QObject(parent)
{
    m_started.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PresentationModel::tick);
    m_ticker.start();
    connect(&m_whatIf, &WhatIfModel::scenarioChanged, this, &PresentationModel::storyChanged);
}

void PresentationModel::storyChanged()
{
    if (!m_isWhatIf)
        return;
    const QString current = slideId();
    m_slideIds = m_whatIf.stages()->shownStageIds();
    const int index = int(m_slideIds.indexOf(current));
    m_index = index >= 0 ? index : qBound(0, m_index, int(m_slideIds.size()) - 1);
    Q_EMIT addressChanged(); // the count of slides
    Q_EMIT textChanged();
    Q_EMIT slideChanged();
}

const WhatIfStageRow *PresentationModel::stageAt(int index) const
{
    if (!m_isWhatIf || index < 0 || index >= m_slideIds.size())
        return nullptr;
    return const_cast<WhatIfModel &>(m_whatIf).stages()->shownRow(m_slideIds.at(index));
}

QString PresentationModel::slideChange() const
{
    const WhatIfStageRow *row = stageAt(m_index);
    return row ? row->because : QString();
}

void PresentationModel::contentChanged()
{
    const QString current = slideId();
    rebuild();
    if (const int index = int(m_slideIds.indexOf(current)); index >= 0)
        m_index = index;
    Q_EMIT addressChanged();
    Q_EMIT textChanged();
    Q_EMIT slideChanged();
}

QString PresentationModel::context() const
{
    return m_isFlow ? contentContext::flow(m_id) : contentContext::walkthrough(m_id);
}

void PresentationModel::setAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    rebuild();
    Q_EMIT addressChanged();
    Q_EMIT textChanged();
    Q_EMIT slideChanged();
}

void PresentationModel::rebuild()
{
    const QString address = m_address;
    m_slideIds.clear();
    m_index = 0;
    m_id.clear();
    m_isWhatIf = false;
    PageAddress page;
    QString why;
    const ContentSet &content = m_source.content();
    if (PageAddress::resolve(address, content, &page, &why)) {
        if (page.kind == PageAddress::Kind::Walkthrough) {
            m_isFlow = false;
            m_id = page.id;
            for (const Step &s : content.walkthrough(page.id)->steps)
                m_slideIds.append(s.id);
        } else if (page.kind == PageAddress::Kind::Flow) {
            m_isFlow = true;
            m_id = page.id;
            for (const flowgraph::OutlineLine &line : flowgraph::outline(*content.flow(page.id))) {
                if (!line.repeat)
                    m_slideIds.append(line.nodeId);
            }
        }
        m_index = qMax(0, int(m_slideIds.indexOf(page.sub)));
        if (page.kind == PageAddress::Kind::WhatIf) {
            m_isFlow = false;
            m_whatIf.restart(); // (storyChanged ignores these: the slides are made just below)
            m_whatIf.setSetting(page.sub);
            m_isWhatIf = true;
            m_slideIds = m_whatIf.stages()->shownStageIds();
            m_index = 0;
        }
    }
}

const Walkthrough *PresentationModel::walkthrough() const
{
    return m_isFlow ? nullptr : m_source.content().walkthrough(m_id);
}

const Flow *PresentationModel::flow() const
{
    return m_isFlow ? m_source.content().flow(m_id) : nullptr;
}

const Step *PresentationModel::stepAt(int index) const
{
    const Walkthrough *w = walkthrough();
    const int i = w ? w->stepIndex(m_slideIds.value(index)) : -1;
    return i >= 0 ? &w->steps.at(i) : nullptr;
}

const FlowNode *PresentationModel::nodeAt(int index) const
{
    const Flow *f = flow();
    return f ? f->node(m_slideIds.value(index)) : nullptr;
}

QString PresentationModel::title() const
{
    if (m_isWhatIf)
        return m_whatIf.title();
    const ContentSet &content = m_source.content();
    if (m_isFlow)
        return content.flow(m_id) ? contentTr(context(), content.flow(m_id)->title) : QString();
    return content.walkthrough(m_id) ? contentTr(context(), content.walkthrough(m_id)->title) : QString();
}

void PresentationModel::setCurrentIndex(int index)
{
    if (index < 0 || index >= count() || index == m_index)
        return;
    m_index = index;
    m_stage = Stage::Teach; // every question is asked afresh, also on the way back
    Q_EMIT slideChanged();
}

namespace {
/** "A", "B", … for the room to answer by letter. */
QString letter(int index) { return QString(QChar(u'A' + index)); }
} // namespace

QString PresentationModel::slideLine() const
{
    const Step *step = stepAt(m_index);
    if (!step || step->line.isEmpty())
        return {};
    //: A practice slide: %1 the officer's words
    return tr("The officer says: “%1”").arg(contentTr(context(), step->line));
}

QString PresentationModel::slideDocument() const
{
    const Step *step = stepAt(m_index);
    return step && step->illustration.startsWith(QLatin1String("document-"))
            ? QStringLiteral("qrc") + illustrationPath(step->illustration)
            : QString();
}

QString PresentationModel::slideQuestion() const
{
    const Step *step = stepAt(m_index);
    return step && isQuestion() ? contentTr(context(), step->question.prompt) : QString();
}

QList<SlideChoice> PresentationModel::slideChoices() const
{
    QList<SlideChoice> choices;
    if (const Step *step = stepAt(m_index); step && isQuestion()) {
        for (int i = 0; i < step->question.choices.size(); ++i) {
            const Choice &choice = step->question.choices.at(i);
            choices.append({ QStringLiteral("%1. %2").arg(letter(i), contentTr(context(), choice.text)),
                             answerShown() && choice.correct });
        }
    }
    return choices;
}

namespace {
QString correctLetter(const Step *step)
{
    for (int i = 0; step && i < step->question.choices.size(); ++i)
        if (step->question.choices.at(i).correct)
            return letter(i);
    return {};
}
} // namespace

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
        return tr("Answer: %1. Let the room answer, then press Next to show it.").arg(answer);
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
            return contentformat::html(context(), choice.explanation);
    return {};
}

void PresentationModel::revealAnswer()
{
    const Step *step = stepAt(m_index);
    if (!step || step->question.isEmpty() || answerShown())
        return;
    m_stage = Stage::Answer;
    Q_EMIT slideChanged();
}

QString PresentationModel::titleOf(int index) const
{
    if (const WhatIfStageRow *row = stageAt(index))
        return row->title;
    if (const FlowNode *node = nodeAt(index))
        return contentTr(context(), node->text);
    if (const Step *step = stepAt(index))
        return contentTr(context(), step->title);
    return {};
}

QString PresentationModel::slideTitle() const { return titleOf(m_index); }

QString PresentationModel::sourceText(Part part) const
{
    if (const FlowNode *node = nodeAt(m_index))
        return part == Part::Title ? node->text : node->detail;
    if (const Step *step = stepAt(m_index))
        return part == Part::Title ? step->title : step->body;
    return {};
}

QString PresentationModel::slideBody() const
{
    if (const WhatIfStageRow *row = stageAt(m_index))
        return row->text;
    return contentformat::html(context(), sourceText(Part::Body));
}

QString PresentationModel::slideTitleOther() const { return contentformat::other(context(), sourceText(Part::Title)); }

QString PresentationModel::slideBodyOther() const { return contentformat::otherHtml(context(), sourceText(Part::Body)); }

QString PresentationModel::notes() const
{
    // A what-if stage: the rule behind it, for the presenter to say if asked.
    if (const WhatIfStageRow *row = stageAt(m_index))
        return Prose::plain(row->rule);
    if (const Step *step = stepAt(m_index))
        return contentTr(context(), step->notes);
    const FlowNode *node = nodeAt(m_index);
    if (!node)
        return {};
    // A flow node has no notes of its own: the presenter sees where each answer leads.
    QStringList lines;
    for (const FlowEdge &e : node->edges) {
        const FlowNode *target = flow()->node(e.target);
        if (!target)
            continue;
        const QString label = e.label.isEmpty() ? tr("Next") : contentTr(context(), e.label);
        //: Presenter notes of a flow node: an answer and where it leads
        lines.append(tr("%1 → %2").arg(label, contentTr(context(), target->text)));
    }
    if (!lines.isEmpty())
        return lines.join(QLatin1Char('\n'));
    // An outcome: the presenter needs what it means, not only that the path stops here.
    const QString detail = markup::toPlainText(contentTr(context(), node->detail));
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

void PresentationModel::restart()
{
    m_index = 0;
    m_stage = Stage::Teach;
    setBlackout(false);
    Q_EMIT slideChanged();
}

QStringList PresentationModel::revealed() const
{
    return m_isFlow ? m_slideIds.mid(0, m_index + 1) : QStringList();
}

QList<SlideEntry> PresentationModel::slides() const
{
    QList<SlideEntry> list;
    for (int i = 0; i < count(); ++i)
        //: A slide in the presenter's list: %1 its number, %2 its title
        list.append({ i, m_slideIds.at(i), tr("%1. %2").arg(i + 1).arg(titleOf(i)) });
    return list;
}

void PresentationModel::setBlackout(bool on)
{
    if (on == m_blackout)
        return;
    m_blackout = on;
    Q_EMIT blackoutChanged();
}

QString PresentationModel::elapsed() const
{
    const qint64 seconds = m_started.elapsed() / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString PresentationModel::clock() const { return QTime::currentTime().toString(QStringLiteral("HH:mm")); }

bool PresentationModel::next()
{
    // A step with a question: taught, then asked, then answered, before the next step.
    if (const Step *step = stepAt(m_index); step && !step->question.isEmpty() && !answerShown()) {
        m_stage = m_stage == Stage::Teach ? Stage::Ask : Stage::Answer;
        Q_EMIT slideChanged();
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
    const int index = int(m_slideIds.indexOf(slideId));
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void PresentationModel::restartClock()
{
    m_started.restart();
    Q_EMIT tick();
}

} // namespace ktl
