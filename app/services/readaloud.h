// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speechtext.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVoice>

class QTextToSpeech;

namespace ktl {

/**
 * @brief Read-aloud: a Listen control's words spoken by an offline speech engine, one sentence
 * at a time, each language in a voice of its own.
 *
 * Qt 6.4's engines speak straight to the audio device and report no positions inside a text,
 * so the text is cut into sentences here (sentences.h) and said one by one: that is what lets
 * the control show the sentence being read, and pause, resume and stop cleanly. Engines are
 * Qt TextToSpeech plugins: speechd (speech-dispatcher with espeak-ng: English and Spanish)
 * first, flite (English only) after; KTL_SPEECH_ENGINE names one to use alone (the tests' own
 * engine). Nothing starts until something is to be read, so a reader who never turns
 * read-aloud on never starts a speech engine.
 *
 * Reading stops when the page, the step or the language changes, when the app is hidden, and
 * when the control that started it goes away. Nothing read is kept.
 */
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Speaking or paused. */
    Q_PROPERTY(bool reading READ reading NOTIFY readingChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY readingChanged)
    /** The control that started the reading (a Listen button), so it alone shows the controls. */
    Q_PROPERTY(QObject *owner READ owner NOTIFY readingChanged)
    /** The sentence being read now (shown highlighted under the control). */
    Q_PROPERTY(QString sentence READ sentence NOTIFY sentenceChanged)
    Q_PROPERTY(QString sentenceLanguage READ sentenceLanguage NOTIFY sentenceChanged)
    /** "Sentence 2 of 5". */
    Q_PROPERTY(QString progress READ progress NOTIFY sentenceChanged)
    /** The speed setting in words: "Normal speed", "Slower", "Faster". */
    Q_PROPERTY(QString speedText READ speedText NOTIFY speedChanged)

public:
    static ReadAloud *instance();
    static ReadAloud *create(QQmlEngine *, QJSEngine *);
    /** The app has one (instance()); public for tests, which need readers that start afresh. */
    explicit ReadAloud(QObject *parent);
    ~ReadAloud() override;

    bool reading() const { return m_index >= 0; }
    bool paused() const { return m_paused; }
    QObject *owner() const { return m_owner; }
    QString sentence() const;
    QString sentenceLanguage() const;
    QString progress() const;
    QString speedText() const;

    /** Why @p text cannot be read ("" when it can): no engine, or no voice for its language.
     *  Starts the engines the first time it is asked. */
    Q_INVOKABLE QString unavailableReason(const ktl::SpeechText &text);
    /** Reads @p text from its first sentence for @p owner, stopping anything read before. */
    Q_INVOKABLE void read(QObject *owner, const ktl::SpeechText &text);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    /** Pause if reading, resume if paused: the control's one button. */
    Q_INVOKABLE void togglePause() { m_paused ? resume() : pause(); }
    Q_INVOKABLE void stop();

    /** Every sentence as it will be read: { language, sentence } (for tests and the handout). */
    static QList<SpeechPart> sentencesOf(const SpeechText &text);
    /** The engines tried, in order. */
    static QStringList engineOrder();

Q_SIGNALS:
    void readingChanged();
    void sentenceChanged();
    void speedChanged();

private:
    /** A speaker's voice for one language: which engine, and its locale and voice there. */
    struct Voice
    {
        QTextToSpeech *speech = nullptr;
        QLocale locale;
        QVoice voice;
    };
    /** No Speaking this long after a sentence is given to the engine: reading stops. */
    static constexpr int startTimeoutMs = 10000;

    QTextToSpeech *engine(const QString &name);
    /** The voice for @p language (found on first use); nullptr, with @p why, if none. */
    const Voice *voiceFor(const QString &language, QString *why);
    void sayCurrent();
    void onStateChanged(QTextToSpeech *speaker, int state);
    void applyRate();
    void shutDown();

    QHash<QString, QTextToSpeech *> m_engines; // by engine name, made once
    QHash<QString, Voice> m_voices;            // by language; an empty one: none found
    bool m_noEngine = false;
    int m_utterance = 0; // a late timer or signal for an earlier sentence is ignored
    QList<SpeechPart> m_sentences;
    int m_index = -1;
    bool m_paused = false;
    bool m_started = false; // the speaker has reported Speaking for the current sentence
    QTextToSpeech *m_active = nullptr;
    QPointer<QObject> m_owner;
};

} // namespace ktl
