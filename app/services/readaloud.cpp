// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaloud.h"

#include "appsettings.h"
#include "languagemanager.h"
#include "navigation.h"
#include "sentences.h"

#include <QCoreApplication>
#include <QTextToSpeech>
#include <QTimer>

#include <algorithm>

namespace ktl {

namespace {
/** The best of @p locales for a reader of @p language: US English, Latin American Spanish
 *  (most Spanish speakers in the US), then any of that language. */
QLocale bestLocale(const QList<QLocale> &locales, const QString &language)
{
    const QLocale wanted(language);
    const QList<QLocale::Territory> preferred { QLocale::UnitedStates, QLocale::LatinAmerica, QLocale::Mexico };
    QList<QLocale> matching;
    for (const QLocale &locale : locales)
        if (locale.language() == wanted.language())
            matching.append(locale);
    for (QLocale::Territory territory : preferred)
        for (const QLocale &locale : matching)
            if (locale.territory() == territory)
                return locale;
    return matching.isEmpty() ? QLocale::c() : matching.constFirst();
}
} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
    Navigation *navigation = Navigation::instance();
    connect(navigation, &Navigation::addressChanged, this, &ReadAloud::stop);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &ReadAloud::stop);
    connect(AppSettings::instance(), &AppSettings::readAloudChanged, this, &ReadAloud::stop);
    connect(AppSettings::instance(), &AppSettings::speechRateChanged, this, [this] {
        applyRate();
        Q_EMIT speedChanged();
    });
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &ReadAloud::speedChanged);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ReadAloud::shutDown);
}

ReadAloud::~ReadAloud()
{
    shutDown();
}

ReadAloud *ReadAloud::instance()
{
    static auto *readAloud = new ReadAloud(QCoreApplication::instance());
    return readAloud;
}

ReadAloud *ReadAloud::create(QQmlEngine *, QJSEngine *)
{
    ReadAloud *readAloud = instance();
    QJSEngine::setObjectOwnership(readAloud, QJSEngine::CppOwnership);
    return readAloud;
}

QStringList ReadAloud::engineOrder()
{
    const QString chosen = qEnvironmentVariable("KTL_SPEECH_ENGINE");
    if (!chosen.isEmpty())
        return { chosen };
    // availableEngines() comes in no fixed order: speechd speaks Spanish, flite only English.
    QStringList engines = QTextToSpeech::availableEngines();
    const auto rank = [](const QString &name) {
        return name == QLatin1String("speechd") ? 0 : name == QLatin1String("flite") ? 2 : 1;
    };
    std::stable_sort(engines.begin(), engines.end(), [&](const QString &a, const QString &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return engines;
}

QTextToSpeech *ReadAloud::engine(const QString &name)
{
    // One per engine for the whole run: speechd's plugin keeps its engines in a shared list
    // that its callback thread walks, so engines are never made and dropped per language.
    if (!m_engines.contains(name)) {
        auto *speech = new QTextToSpeech(name, this);
        connect(speech, &QTextToSpeech::stateChanged, this,
                [this, speech](QTextToSpeech::State state) { onStateChanged(speech, state); });
        speech->setRate(AppSettings::instance()->speechRate());
        m_engines.insert(name, speech);
    }
    return m_engines.value(name);
}

const ReadAloud::Voice *ReadAloud::voiceFor(const QString &language, QString *why)
{
    if (!m_voices.contains(language)) {
        Voice found;
        bool anyEngine = false;
        const QStringList available = QTextToSpeech::availableEngines();
        for (const QString &name : engineOrder()) {
            if (!available.contains(name))
                continue;
            anyEngine = true;
            QTextToSpeech *speech = engine(name);
            if (speech->state() == QTextToSpeech::Error)
                continue;
            const QLocale locale = bestLocale(speech->availableLocales(), language);
            if (locale == QLocale::c())
                continue;
            const QLocale before = speech->locale();
            speech->setLocale(locale);
            const QList<QVoice> voices = speech->availableVoices();
            speech->setLocale(before);
            if (voices.isEmpty())
                continue;
            found = { speech, locale, voices.constFirst() };
            break;
        }
        m_noEngine = m_noEngine || !anyEngine;
        m_voices.insert(language, found);
    }
    const Voice &voice = m_voices[language];
    if (!voice.speech && why) {
        *why = m_noEngine
                //: Read-aloud, when the computer has no speech engine (the README says which to install)
                ? tr("Read-aloud needs a speech engine, and this computer has none.")
                : language == QLatin1String("es")
                //: Read-aloud, when no voice of the page's language is installed
                ? tr("Read-aloud has no Spanish voice on this computer.")
                : tr("Read-aloud has no English voice on this computer.");
    }
    return voice.speech ? &voice : nullptr;
}

QString ReadAloud::unavailableReason(const SpeechText &text)
{
    if (text.empty())
        return {};
    // The page's own language decides; a missing voice for the other one (bilingual mode) only
    // leaves that part out.
    QString why;
    voiceFor(text.parts.constFirst().language, &why);
    return why;
}

QList<SpeechPart> ReadAloud::sentencesOf(const SpeechText &text)
{
    QList<SpeechPart> sentences;
    for (const SpeechPart &part : text.parts)
        for (const QString &sentence : splitSentences(part.text))
            sentences.append({ part.language, sentence });
    return sentences;
}

void ReadAloud::read(QObject *owner, const SpeechText &text)
{
    stop();
    if (!AppSettings::instance()->readAloud() || !unavailableReason(text).isEmpty())
        return;
    for (const SpeechPart &sentence : sentencesOf(text))
        if (voiceFor(sentence.language, nullptr)) // a language without a voice is left out
            m_sentences.append(sentence);
    if (m_sentences.isEmpty())
        return;
    m_owner = owner;
    if (owner)
        connect(owner, &QObject::destroyed, this, &ReadAloud::stop, Qt::UniqueConnection);
    m_index = 0;
    sayCurrent();
    Q_EMIT readingChanged();
}

void ReadAloud::sayCurrent()
{
    const SpeechPart sentence = m_sentences.at(m_index); // a copy: a slot below may stop reading
    const Voice *voice = voiceFor(sentence.language, nullptr);
    m_active = voice->speech;
    if (m_active->locale() != voice->locale)
        m_active->setLocale(voice->locale);
    if (m_active->voice() != voice->voice)
        m_active->setVoice(voice->voice);
    m_started = false;
    const int utterance = ++m_utterance;
    m_active->say(sentence.text);
    // An engine that never starts (a stuck module, no audio) must not leave "reading" on forever.
    QTimer::singleShot(startTimeoutMs, this, [this, utterance] {
        if (utterance == m_utterance && m_index >= 0 && !m_started && !m_paused)
            stop();
    });
    Q_EMIT sentenceChanged();
}

void ReadAloud::onStateChanged(QTextToSpeech *speaker, int state)
{
    if (speaker != m_active || m_index < 0 || m_paused)
        return;
    if (state == QTextToSpeech::Speaking) {
        m_started = true;
    } else if (state == QTextToSpeech::Error) {
        stop();
    } else if (state == QTextToSpeech::Ready && m_started) {
        if (m_index + 1 >= m_sentences.size()) {
            stop();
            return;
        }
        ++m_index;
        sayCurrent();
    }
}

void ReadAloud::pause()
{
    if (m_index < 0 || m_paused)
        return;
    // Paused by stopping this sentence, to say it again on resume: Qt 6.4's speechd engine
    // pauses every speech-dispatcher client, a screen reader's voice too.
    m_paused = true;
    ++m_utterance;
    m_active->stop(QTextToSpeech::BoundaryHint::Immediate);
    Q_EMIT readingChanged();
}

void ReadAloud::resume()
{
    if (m_index < 0 || !m_paused)
        return;
    m_paused = false;
    sayCurrent();
    Q_EMIT readingChanged();
}

void ReadAloud::stop()
{
    if (m_index < 0)
        return;
    m_index = -1; // first: the engine's Ready after stop() must not start the next sentence
    ++m_utterance;
    m_paused = false;
    m_sentences.clear();
    if (m_owner)
        disconnect(m_owner, &QObject::destroyed, this, &ReadAloud::stop);
    m_owner = nullptr;
    // Only a voice still speaking is stopped: speechd's stop cancels every client's speech,
    // a screen reader's included, and a reading that ended has nothing left to cancel.
    if (m_active && m_active->state() == QTextToSpeech::Speaking)
        m_active->stop(QTextToSpeech::BoundaryHint::Immediate);
    m_active = nullptr;
    Q_EMIT sentenceChanged();
    Q_EMIT readingChanged();
}

QString ReadAloud::sentence() const
{
    return m_index < 0 ? QString() : m_sentences.at(m_index).text;
}

QString ReadAloud::sentenceLanguage() const
{
    return m_index < 0 ? QString() : m_sentences.at(m_index).language;
}

QString ReadAloud::progress() const
{
    if (m_index < 0)
        return {};
    //: Read-aloud: which sentence is being read; %1 its number, %2 how many there are
    return tr("Sentence %1 of %2").arg(m_index + 1).arg(m_sentences.size());
}

QString ReadAloud::speedText() const
{
    const qreal rate = AppSettings::instance()->speechRate();
    if (qFuzzyIsNull(rate))
        return tr("Normal speed");
    //: Read-aloud speed: %1 a percentage such as 20
    return rate < 0 ? tr("%1 % slower").arg(qRound(-rate * 100)) : tr("%1 % faster").arg(qRound(rate * 100));
}

void ReadAloud::applyRate()
{
    for (QTextToSpeech *speech : std::as_const(m_engines))
        speech->setRate(AppSettings::instance()->speechRate());
}

void ReadAloud::shutDown()
{
    // Before the application goes: engines own threads and audio sinks of their own.
    stop();
    m_voices.clear();
    qDeleteAll(m_engines);
    m_engines.clear();
}

} // namespace ktl
