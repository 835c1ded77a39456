// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextToSpeechEngine>
#include <QTextToSpeechPlugin>
#include <QVoice>

/**
 * Says nothing, logs everything: one line per call in KTL_TEST_SPEECH_LOG ("say\tes_419\t
 * Test es_419\t0.2\tthe text", "pause", "resume", "stop"). A sentence "lasts"
 * KTL_TEST_SPEECH_MS milliseconds (20 by default). KTL_TEST_SPEECH_LOCALES ("en_US,es_419" by
 * default) lists the languages it has a voice for, so a test can take one away.
 */
class TestSpeechEngine : public QTextToSpeechEngine
{
    Q_OBJECT

public:
    explicit TestSpeechEngine(QObject *parent);

    QList<QLocale> availableLocales() const override { return m_locales; }
    QList<QVoice> availableVoices() const override;
    void say(const QString &text) override;
    void stop(QTextToSpeech::BoundaryHint) override;
    void pause(QTextToSpeech::BoundaryHint) override;
    void resume() override;
    double rate() const override { return m_rate; }
    bool setRate(double rate) override;
    double pitch() const override { return 0; }
    bool setPitch(double) override { return true; }
    QLocale locale() const override { return m_locale; }
    bool setLocale(const QLocale &locale) override;
    double volume() const override { return 1; }
    bool setVolume(double) override { return true; }
    QVoice voice() const override { return m_voice; }
    bool setVoice(const QVoice &voice) override;
    QTextToSpeech::State state() const override { return m_state; }
    QTextToSpeech::ErrorReason errorReason() const override { return QTextToSpeech::ErrorReason::NoError; }
    QString errorString() const override { return {}; }

private:
    void log(const QString &line) const;
    void setState(QTextToSpeech::State state);
    void finishLater();

    QList<QLocale> m_locales;
    QLocale m_locale;
    QVoice m_voice;
    double m_rate = 0;
    QTextToSpeech::State m_state = QTextToSpeech::Ready;
    int m_utterance = 0; // a finish scheduled for an earlier utterance is ignored
};

class TestSpeechPlugin : public QObject, public QTextToSpeechPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "ktltest.json")
    Q_INTERFACES(QTextToSpeechPlugin)

public:
    QTextToSpeechEngine *createTextToSpeechEngine(const QVariantMap &, QObject *parent,
                                                  QString *) const override
    {
        return new TestSpeechEngine(parent);
    }
};
