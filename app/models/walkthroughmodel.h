// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"
#include "speechtext.h"
#include "valuetypes.h"
#include "sourceref.h"

#include "pageaddress.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace ktl {

struct Walkthrough;
struct Step;
struct Choice;

/**
 * @brief One walkthrough, one step at a time, with its check-your-understanding question.
 *
 * Answers are kept in memory for the session only and are never written anywhere.
 */
class WalkthroughModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString walkthroughId READ walkthroughId WRITE setWalkthroughId NOTIFY walkthroughIdChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY walkthroughIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY textChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY textChanged)
    Q_PROPERTY(QString topicId READ topicId NOTIFY walkthroughIdChanged)
    /** Its topic's page, and this step's page (what presenting it starts from). */
    Q_PROPERTY(QString topicAddress READ topicAddress NOTIFY walkthroughIdChanged)
    Q_PROPERTY(QString stepAddress READ stepAddress NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY walkthroughIdChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY stepChanged)
    /** The current step; setting it (even before walkthroughId) goes to that step. */
    Q_PROPERTY(QString stepId READ stepId WRITE setStepId NOTIFY stepChanged)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY stepChanged)
    Q_PROPERTY(QString stepBody READ stepBody NOTIFY stepChanged)
    Q_PROPERTY(QString stepNotes READ stepNotes NOTIFY stepChanged)
    /** The step's picture as a URL for an Image, or "" when it has none. */
    Q_PROPERTY(QString stepIllustration READ stepIllustration NOTIFY stepChanged)
    /** A drawn paper to read (resources/illustrations/document-*.svg): shown large. */
    Q_PROPERTY(bool stepIllustrationLarge READ stepIllustrationLarge NOTIFY stepChanged)
    /** A practice step's speaker ("The officer says:"), or "" when nobody speaks. */
    Q_PROPERTY(QString stepSpeaker READ stepSpeaker NOTIFY stepChanged)
    /** What the speaker says, in the reader's language. */
    Q_PROPERTY(QString stepLine READ stepLine NOTIFY stepChanged)
    /** The same words in English, as they would be heard at the door ("" for an English reader). */
    Q_PROPERTY(QString stepLineEnglish READ stepLineEnglish NOTIFY stepChanged)
    /** The line for Listen: in the reader's language, then in English in an English voice. */
    Q_PROPERTY(ktl::SpeechText stepLineSpeech READ stepLineSpeech NOTIFY stepChanged)
    /** The step's "Say it in English" cards. */
    Q_PROPERTY(QList<ktl::SayPhrase> stepSay READ stepSay NOTIFY stepChanged)
    /** The step's title and body in the other language, for bilingual mode. */
    /** What Listen reads: the step's title, body and question, without markup. */
    Q_PROPERTY(ktl::SpeechText stepSpeech READ stepSpeech NOTIFY stepChanged)
    Q_PROPERTY(QString stepTitleOther READ stepTitleOther NOTIFY stepChanged)
    Q_PROPERTY(QString stepBodyOther READ stepBodyOther NOTIFY stepChanged)
    Q_PROPERTY(QList<ktl::SourceRef> stepSources READ stepSources NOTIFY stepChanged)
    Q_PROPERTY(bool hasQuestion READ hasQuestion NOTIFY stepChanged)
    Q_PROPERTY(QString questionPrompt READ questionPrompt NOTIFY stepChanged)
    /** The prompt in the other language (bilingual mode; each choice has its textOther). */
    Q_PROPERTY(QString questionPromptOther READ questionPromptOther NOTIFY stepChanged)
    /** Each { choiceId, text }. */
    Q_PROPERTY(QList<ktl::QuizChoice> choices READ choices NOTIFY stepChanged)
    Q_PROPERTY(QString chosenChoice READ chosenChoice NOTIFY answerChanged)
    Q_PROPERTY(bool answeredCorrectly READ answeredCorrectly NOTIFY answerChanged)
    /** The chosen choice's explanation (HTML), or "". */
    Q_PROPERTY(QString feedback READ feedback NOTIFY answerChanged)
    Q_PROPERTY(QString feedbackOther READ feedbackOther NOTIFY answerChanged)
    Q_PROPERTY(bool atStart READ atStart NOTIFY stepChanged)
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY stepChanged)

public:
    explicit WalkthroughModel(QObject *parent = nullptr);

    QString walkthroughId() const { return m_walkthroughId; }
    void setWalkthroughId(const QString &id);
    bool valid() const { return walkthrough(); }
    QString title() const;
    QString summary() const;
    QString topicId() const;
    QString topicAddress() const { return page::topic(topicId()); }
    QString stepAddress() const { return page::walkthrough(m_walkthroughId, stepId()); }
    int stepCount() const;
    int currentIndex() const { return m_index; }
    void setCurrentIndex(int index);
    QString stepId() const;
    void setStepId(const QString &stepId);
    QString stepTitle() const;
    QString stepBody() const;
    QString stepNotes() const;
    QString stepIllustration() const;
    bool stepIllustrationLarge() const;
    QString stepSpeaker() const;
    QString stepLine() const;
    QString stepLineEnglish() const;
    SpeechText stepLineSpeech() const;
    QList<SayPhrase> stepSay() const;
    QString stepTitleOther() const;
    SpeechText stepSpeech() const;
    QString stepBodyOther() const;
    SourceRefs stepSources() const;
    bool hasQuestion() const;
    QString questionPrompt() const;
    QString questionPromptOther() const;
    QList<QuizChoice> choices() const;
    QString chosenChoice() const;
    bool answeredCorrectly() const;
    QString feedback() const;
    QString feedbackOther() const;
    bool atStart() const { return m_index <= 0; }
    bool atEnd() const { return m_index >= stepCount() - 1; }

    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    /** Goes to the step with @p stepId; false if there is none. */
    Q_INVOKABLE bool goToStep(const QString &stepId);
    /** Answers the current step's question; false for an unknown choice. */
    Q_INVOKABLE bool choose(const QString &choiceId);

Q_SIGNALS:
    void walkthroughIdChanged();
    void stepChanged();
    void answerChanged();
    void textChanged();

public:
    /** Reads @p store instead of the app's (a test's content, a second window). */
    void setStore(ContentStore *store) { m_source.setStore(store); }

private:
    ContentSource m_source { this, [this] {
                                 m_index = qBound(0, m_index, qMax(0, stepCount() - 1));
                                 Q_EMIT walkthroughIdChanged();
                                 retranslate();
                             },
                             [this] { retranslate(); } };
    const Walkthrough *walkthrough() const;
    const Step *step() const;
    /** The answer given on this step, or null. */
    const Choice *chosen() const;
    QString context() const;
    void retranslate();

    QString m_walkthroughId;
    int m_index = 0;
    QString m_pendingStep; ///< asked for before the walkthrough was known
    QHash<QString, QString> m_answers; ///< step id → choice id, this session only
};

} // namespace ktl
