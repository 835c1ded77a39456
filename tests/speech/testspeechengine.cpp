// SPDX-License-Identifier: GPL-3.0-or-later
#include "testspeechengine.h"

#include <QFile>
#include <QTimer>

TestSpeechEngine::TestSpeechEngine(QObject *parent)
    : QTextToSpeechEngine(parent)
{
    const QString locales = qEnvironmentVariable("KTL_TEST_SPEECH_LOCALES", QStringLiteral("en_US,es_419"));
    for (const QString &name : locales.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_locales.append(QLocale(name));
    if (!m_locales.isEmpty())
        setLocale(m_locales.constFirst());
}

QList<QVoice> TestSpeechEngine::availableVoices() const
{
    if (!m_locales.contains(m_locale))
        return {};
    return { createVoice(QStringLiteral("Test ") + m_locale.name(), m_locale, QVoice::Female, QVoice::Adult, {}) };
}

bool TestSpeechEngine::setLocale(const QLocale &locale)
{
    if (!m_locales.contains(locale))
        return false;
    m_locale = locale;
    m_voice = availableVoices().value(0);
    return true;
}

bool TestSpeechEngine::setVoice(const QVoice &voice)
{
    m_voice = voice;
    return true;
}

bool TestSpeechEngine::setRate(double rate)
{
    m_rate = rate;
    return true;
}

void TestSpeechEngine::log(const QString &line) const
{
    const QString path = qEnvironmentVariable("KTL_TEST_SPEECH_LOG");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(line.toUtf8() + '\n');
}

void TestSpeechEngine::setState(QTextToSpeech::State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TestSpeechEngine::finishLater()
{
    const int utterance = ++m_utterance;
    QTimer::singleShot(qEnvironmentVariableIntValue("KTL_TEST_SPEECH_MS") > 0
                               ? qEnvironmentVariableIntValue("KTL_TEST_SPEECH_MS") : 20,
                       this, [this, utterance] {
                           if (utterance == m_utterance && m_state == QTextToSpeech::Speaking)
                               setState(QTextToSpeech::Ready);
                       });
}

void TestSpeechEngine::say(const QString &text)
{
    log(QStringLiteral("say\t%1\t%2\t%3\t%4").arg(m_locale.name(), m_voice.name()).arg(m_rate).arg(text));
    setState(QTextToSpeech::Speaking);
    finishLater();
}

void TestSpeechEngine::stop(QTextToSpeech::BoundaryHint)
{
    log(QStringLiteral("stop"));
    ++m_utterance;
    setState(QTextToSpeech::Ready);
}

void TestSpeechEngine::pause(QTextToSpeech::BoundaryHint)
{
    log(QStringLiteral("pause"));
    ++m_utterance;
    setState(QTextToSpeech::Paused);
}

void TestSpeechEngine::resume()
{
    log(QStringLiteral("resume"));
    setState(QTextToSpeech::Speaking);
    finishLater();
}
