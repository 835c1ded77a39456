// SPDX-License-Identifier: GPL-3.0-or-later
#include "walkthroughmodel.h"

#include "appsettings.h"
#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"
#include "languagemanager.h"

#include <QVariantMap>

namespace ktl {

WalkthroughModel::WalkthroughModel(QObject *parent)
    : QObject(parent)
{
}

void WalkthroughModel::retranslate()
{
    Q_EMIT textChanged();
    Q_EMIT stepChanged();
    Q_EMIT answerChanged();
}

const Walkthrough *WalkthroughModel::walkthrough() const
{
    return m_source.content().walkthrough(m_walkthroughId);
}

const Step *WalkthroughModel::step() const
{
    const Walkthrough *w = walkthrough();
    return w && m_index >= 0 && m_index < w->steps.size() ? &w->steps.at(m_index) : nullptr;
}

QString WalkthroughModel::context() const { return contentContext::walkthrough(m_walkthroughId); }

void WalkthroughModel::setWalkthroughId(const QString &id)
{
    if (id == m_walkthroughId)
        return;
    m_walkthroughId = id;
    const Walkthrough *w = walkthrough();
    m_index = w ? qMax(0, w->stepIndex(m_pendingStep)) : 0;
    m_pendingStep.clear();
    m_answers.clear();
    Q_EMIT walkthroughIdChanged();
    retranslate();
}

QString WalkthroughModel::title() const
{
    const Walkthrough *w = walkthrough();
    return w ? contentTr(context(), w->title) : QString();
}

QString WalkthroughModel::summary() const
{
    const Walkthrough *w = walkthrough();
    return w ? contentformat::html(context(), w->summary) : QString();
}

QString WalkthroughModel::topicId() const
{
    const Walkthrough *w = walkthrough();
    return w ? w->topic : QString();
}

int WalkthroughModel::stepCount() const
{
    const Walkthrough *w = walkthrough();
    return w ? int(w->steps.size()) : 0;
}

void WalkthroughModel::setCurrentIndex(int index)
{
    if (index < 0 || index >= stepCount() || index == m_index)
        return;
    m_index = index;
    Q_EMIT stepChanged();
    Q_EMIT answerChanged();
}

QString WalkthroughModel::stepId() const
{
    const Step *s = step();
    return s ? s->id : QString();
}

void WalkthroughModel::setStepId(const QString &stepId)
{
    if (stepId.isEmpty() || stepId == this->stepId())
        return;
    if (!walkthrough()) {
        m_pendingStep = stepId;
        return;
    }
    goToStep(stepId);
}

QString WalkthroughModel::stepTitle() const
{
    const Step *s = step();
    return s ? contentTr(context(), s->title) : QString();
}

QString WalkthroughModel::stepBody() const
{
    const Step *s = step();
    return s ? contentformat::html(context(), s->body) : QString();
}

SpeechText WalkthroughModel::stepSpeech() const
{
    const Step *s = step();
    if (!s)
        return {};
    QStringList texts { s->title, s->line, s->body };
    if (!s->question.isEmpty())
        texts.append(s->question.prompt);
    return speechtext::content(context(), texts);
}

QString WalkthroughModel::stepTitleOther() const
{
    const Step *s = step();
    return s ? contentformat::other(context(), s->title) : QString();
}

QString WalkthroughModel::stepBodyOther() const
{
    const Step *s = step();
    return s ? contentformat::otherHtml(context(), s->body) : QString();
}

QString WalkthroughModel::stepIllustration() const
{
    const Step *s = step();
    return s && !s->illustration.isEmpty() ? QStringLiteral("qrc") + illustrationPath(s->illustration) : QString();
}

bool WalkthroughModel::stepIllustrationLarge() const
{
    const Step *s = step();
    return s && s->illustration.startsWith(QLatin1String("document-"));
}

QString WalkthroughModel::stepSpeaker() const
{
    const Step *s = step();
    if (!s || s->speaker.isEmpty())
        return {};
    //: A practice step: the words an officer says at the door follow
    return tr("The officer says:");
}

QString WalkthroughModel::stepLine() const
{
    const Step *s = step();
    return s ? contentTr(context(), s->line) : QString();
}

QString WalkthroughModel::stepLineEnglish() const
{
    const Step *s = step();
    const bool english = LanguageManager::instance()->language() == QLatin1String("en");
    return s && !english ? s->line : QString();
}

SpeechText WalkthroughModel::stepLineSpeech() const
{
    const Step *s = step();
    if (!s || s->line.isEmpty())
        return {};
    SpeechText speech = speechtext::content(context(), { s->line });
    if (LanguageManager::instance()->language() != QLatin1String("en") && !AppSettings::instance()->bilingual())
        speech.parts.append({ QStringLiteral("en"), s->line }); // heard as it would be at the door
    return speech;
}

QList<SayPhrase> WalkthroughModel::stepSay() const
{
    QList<SayPhrase> result;
    const Step *s = step();
    if (!s)
        return result;
    const bool english = LanguageManager::instance()->language() == QLatin1String("en");
    for (const QString &phrase : s->say)
        result.append({ phrase, english ? QString() : contentTr(context(), phrase),
                        SpeechText { { { QStringLiteral("en"), phrase } } } });
    return result;
}

QString WalkthroughModel::stepNotes() const
{
    const Step *s = step();
    return s ? contentTr(context(), s->notes) : QString();
}

SourceRefs WalkthroughModel::stepSources() const
{
    const Step *s = step();
    return s ? contentformat::sourceRefs(m_source.content(), s->sources) : SourceRefs();
}

bool WalkthroughModel::hasQuestion() const
{
    const Step *s = step();
    return s && !s->question.isEmpty();
}

QString WalkthroughModel::questionPrompt() const
{
    const Step *s = step();
    return s ? contentTr(context(), s->question.prompt) : QString();
}

QString WalkthroughModel::questionPromptOther() const
{
    const Step *s = step();
    return s ? contentformat::other(context(), s->question.prompt) : QString();
}

QList<QuizChoice> WalkthroughModel::choices() const
{
    QList<QuizChoice> result;
    if (const Step *s = step()) {
        for (const Choice &c : s->question.choices)
            result.append({ c.id, contentTr(context(), c.text), contentformat::other(context(), c.text) });
    }
    return result;
}

QString WalkthroughModel::chosenChoice() const { return m_answers.value(stepId()); }

const Choice *WalkthroughModel::chosen() const
{
    const Step *s = step();
    if (!s)
        return nullptr;
    const QString id = chosenChoice();
    for (const Choice &c : s->question.choices) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool WalkthroughModel::answeredCorrectly() const
{
    const Choice *c = chosen();
    return c && c->correct;
}

QString WalkthroughModel::feedback() const
{
    const Choice *c = chosen();
    return c ? contentformat::html(context(), c->explanation) : QString();
}

QString WalkthroughModel::feedbackOther() const
{
    const Choice *c = chosen();
    return c ? contentformat::otherHtml(context(), c->explanation) : QString();
}

bool WalkthroughModel::next()
{
    if (atEnd())
        return false;
    setCurrentIndex(m_index + 1);
    return true;
}

bool WalkthroughModel::previous()
{
    if (atStart())
        return false;
    setCurrentIndex(m_index - 1);
    return true;
}

bool WalkthroughModel::goToStep(const QString &stepId)
{
    const Walkthrough *w = walkthrough();
    const int index = w ? w->stepIndex(stepId) : -1;
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

bool WalkthroughModel::choose(const QString &choiceId)
{
    const Step *s = step();
    if (!s)
        return false;
    for (const Choice &c : s->question.choices) {
        if (c.id == choiceId) {
            m_answers.insert(s->id, choiceId);
            Q_EMIT answerChanged();
            return true;
        }
    }
    return false;
}

} // namespace ktl
