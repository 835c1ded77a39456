// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "contenttext.h"
#include "languagemanager.h"
#include "navigation.h"
#include "readaloud.h"
#include "sentences.h"
#include "speechtext.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

using namespace ktl;

/**
 * Read-aloud without audio: the tests' speech engine (tests/speech) logs every call, so these
 * check what is said, in which language and voice, in which order, and that speech pauses,
 * resumes and stops (on a page change too). One test asks the real engine for its voices.
 */
class TestReadAloud : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString logPath;

    QStringList logLines() const
    {
        QFile file(logPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    /** The "say" lines as "locale|text". */
    QStringList said() const
    {
        QStringList result;
        for (const QString &line : logLines()) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.value(0) == QLatin1String("say"))
                result.append(f.value(1) + QLatin1Char('|') + f.value(4));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        logPath = dir.filePath(QStringLiteral("speech.log"));
        qputenv("KTL_TEST_SPEECH_LOG", logPath.toLocal8Bit());
        QCOMPARE(qEnvironmentVariable("KTL_SPEECH_ENGINE"), QStringLiteral("ktltest"));
        QVERIFY2(QTextToSpeech::availableEngines().contains(QStringLiteral("ktltest")),
                 "the tests' speech engine is not on QT_PLUGIN_PATH");
        AppSettings::instance()->setLanguage(QStringLiteral("en"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QFile::remove(logPath);
        AppSettings::instance()->setReadAloud(true);
        AppSettings::instance()->setBilingual(false);
        AppSettings::instance()->setSpeechRate(0);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two") << "ICE sent a detainer. The jail may hold the person."
                             << QStringList { "ICE sent a detainer.", "The jail may hold the person." };
        QTest::newRow("abbreviations stay whole") << "A U.S. citizen can be flagged by mistake. See 8 C.F.R. §287.7 for the rule."
                             << QStringList { "A U.S. citizen can be flagged by mistake.", "See 8 C.F.R. §287.7 for the rule." };
        QTest::newRow("case names") << "In Lunn v. Commonwealth the court ruled. It was 2017."
                             << QStringList { "In Lunn v. Commonwealth the court ruled.", "It was 2017." };
        QTest::newRow("Spanish questions") << "¿Qué es una orden? Es un papel firmado."
                             << QStringList { "¿Qué es una orden?", "Es un papel firmado." };
        QTest::newRow("lines end sentences") << "Keep the door closed\n\nAsk for the warrant  \n- Stay calm"
                             << QStringList { "Keep the door closed", "Ask for the warrant", "- Stay calm" };
        QTest::newRow("nothing") << "  \n " << QStringList {};
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(splitSentences(text), expected);
    }

    void readsWordsNotMarkup()
    {
        const SpeechText speech = speechtext::content(QStringLiteral("none"),
                { QStringLiteral("A title"), QStringLiteral("A [detainer](term:detainer) is a **request**. See [the rule](source:cfr-287-7).") });
        QCOMPARE(speech.parts.size(), 1);
        QCOMPARE(speech.parts.constFirst().language, QStringLiteral("en"));
        QCOMPARE(speech.parts.constFirst().text, QStringLiteral("A title\nA detainer is a request. See the rule."));
    }

    void readsInOrderWithTheSentenceShown()
    {
        ReadAloud *reader = ReadAloud::instance();
        QStringList shown;
        connect(reader, &ReadAloud::sentenceChanged, this, [&] {
            if (reader->reading())
                shown.append(reader->sentence());
        });
        reader->read(this, speechtext::plain({ QStringLiteral("Title"), QStringLiteral("First one. Second one.") }));
        QVERIFY(reader->reading());
        QCOMPARE(reader->owner(), this);
        QCOMPARE(reader->progress(), QStringLiteral("Sentence 1 of 3"));
        QTRY_VERIFY(!reader->reading());
        QCOMPARE(said(), (QStringList { "en_US|Title", "en_US|First one.", "en_US|Second one." }));
        QCOMPARE(shown, (QStringList { "Title", "First one.", "Second one." }));
        // A reading that ends is not "stopped": speechd's stop would cut a screen reader off too.
        QVERIFY(!logLines().contains(QStringLiteral("stop")));
        disconnect(reader, nullptr, this, nullptr);
    }

    void readsSpanishInASpanishVoice()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        const Walkthrough &w = ContentStore::instance()->content().walkthroughs.constFirst();
        const Step &step = w.steps.constFirst();
        const QString context = contentContext::walkthrough(w.id);
        const SpeechText speech = speechtext::content(context, { step.title, step.body });
        QCOMPARE(speech.parts.constFirst().language, QStringLiteral("es"));
        QVERIFY(speech.parts.constFirst().text.startsWith(contentTr(context, step.title)));
        QVERIFY(contentTr(context, step.title) != step.title); // it is Spanish, not the English
        ReadAloud::instance()->read(this, speech);
        QTRY_VERIFY(!ReadAloud::instance()->reading());
        const QStringList lines = said();
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(line.startsWith(QLatin1String("es_419|")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("term:")) && !line.contains(QLatin1String("](")), qPrintable(line));
        }
    }

    void bilingualReadsEachLanguageInItsVoice()
    {
        AppSettings::instance()->setBilingual(true);
        const QString context = contentContext::glossary();
        const Term &term = ContentStore::instance()->content().terms.constFirst();
        const SpeechText speech = speechtext::content(context, { term.term });
        QCOMPARE(speech.parts.size(), 2);
        ReadAloud::instance()->read(this, speech);
        QTRY_VERIFY(!ReadAloud::instance()->reading());
        const QStringList lines = said();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("en_US|") + term.term);
        QVERIFY2(lines.at(1).startsWith(QLatin1String("es_419|")), qPrintable(lines.at(1)));
    }

    void pausesResumesAndStops()
    {
        qputenv("KTL_TEST_SPEECH_MS", "200");
        ReadAloud *reader = ReadAloud::instance();
        reader->read(this, speechtext::plain({ QStringLiteral("One. Two. Three.") }));
        reader->togglePause();
        QVERIFY(reader->paused());
        QVERIFY(reader->reading());
        QTest::qWait(400); // paused: nothing more is said
        QCOMPARE(said(), (QStringList { "en_US|One." }));
        // Paused by stopping the sentence (the engine's own pause would pause a screen reader
        // too), so resume says that sentence again, then goes on.
        QCOMPARE(logLines().constLast(), QStringLiteral("stop"));
        reader->togglePause();
        QVERIFY(!reader->paused());
        QTRY_COMPARE(said(), (QStringList { "en_US|One.", "en_US|One.", "en_US|Two." }));
        reader->stop();
        QVERIFY(!reader->reading());
        QTest::qWait(400);
        QCOMPARE(said().size(), 3);
        QCOMPARE(logLines().constLast(), QStringLiteral("stop"));
        qunsetenv("KTL_TEST_SPEECH_MS");
    }

    void stopsOnAPageChange()
    {
        qputenv("KTL_TEST_SPEECH_MS", "500");
        Navigation::instance()->go(QStringLiteral("home"));
        ReadAloud::instance()->read(this, speechtext::plain({ QStringLiteral("One. Two.") }));
        QVERIFY(ReadAloud::instance()->reading());
        Navigation::instance()->go(QStringLiteral("glossary"));
        QVERIFY(!ReadAloud::instance()->reading());
        QCOMPARE(logLines().constLast(), QStringLiteral("stop"));
        qunsetenv("KTL_TEST_SPEECH_MS");
    }

    void stopsWhenItsControlGoes()
    {
        qputenv("KTL_TEST_SPEECH_MS", "500");
        auto *control = new QObject;
        ReadAloud::instance()->read(control, speechtext::plain({ QStringLiteral("One. Two.") }));
        QVERIFY(ReadAloud::instance()->reading());
        delete control;
        QVERIFY(!ReadAloud::instance()->reading());
        qunsetenv("KTL_TEST_SPEECH_MS");
    }

    void speedIsKept()
    {
        AppSettings::instance()->speakSlower();
        QCOMPARE(AppSettings::instance()->speechRate(), -0.2);
        QCOMPARE(ReadAloud::instance()->speedText(), QStringLiteral("20 % slower"));
        ReadAloud::instance()->read(this, speechtext::plain({ QStringLiteral("Slow.") }));
        QTRY_VERIFY(!ReadAloud::instance()->reading());
        QCOMPARE(logLines().constFirst().section(QLatin1Char('\t'), 3, 3), QStringLiteral("-0.2"));
        // Kept in the settings file, bounded: far past the end stays at the end.
        for (int i = 0; i < 10; ++i)
            AppSettings::instance()->speakFaster();
        QCOMPARE(AppSettings::instance()->speechRate(), AppSettings::maxSpeechRate);
        QSettings stored(AppSettings::instance()->fileName(), QSettings::IniFormat);
        QCOMPARE(stored.value(QStringLiteral("speech/rate")).toDouble(), AppSettings::maxSpeechRate);
    }

    void offMeansSilent()
    {
        AppSettings::instance()->setReadAloud(false);
        ReadAloud::instance()->read(this, speechtext::plain({ QStringLiteral("Nothing.") }));
        QVERIFY(!ReadAloud::instance()->reading());
        QVERIFY(logLines().isEmpty());
    }

    void saysWhenThereIsNoVoice()
    {
        // Readers of their own: the app's one has found its voices already.
        qputenv("KTL_TEST_SPEECH_LOCALES", "en_US");
        {
            ReadAloud reader(nullptr);
            const SpeechText english = speechtext::plain({ QStringLiteral("Hi.") });
            QCOMPARE(reader.unavailableReason(english), QString());
            LanguageManager::instance()->setLanguage(QStringLiteral("es"));
            const SpeechText spanish = speechtext::plain({ QStringLiteral("Hola.") });
            LanguageManager::instance()->setLanguage(QStringLiteral("en"));
            QCOMPARE(reader.unavailableReason(spanish), QStringLiteral("Read-aloud has no Spanish voice on this computer."));
            // Bilingual: the missing language is left out, the other is read.
            AppSettings::instance()->setBilingual(true);
            const SpeechText both = speechtext::content(contentContext::glossary(),
                                                        { ContentStore::instance()->content().terms.constFirst().term });
            QCOMPARE(both.parts.size(), 2);
            QCOMPARE(reader.unavailableReason(both), QString());
            reader.read(this, both);
            QTRY_VERIFY(!reader.reading());
            QCOMPARE(said().size(), 1);
            QVERIFY(said().constFirst().startsWith(QLatin1String("en_US|")));
        }
        qunsetenv("KTL_TEST_SPEECH_LOCALES");
        qputenv("KTL_SPEECH_ENGINE", "no-such-engine");
        {
            ReadAloud reader(nullptr);
            QCOMPARE(reader.unavailableReason(speechtext::plain({ QStringLiteral("Hi.") })),
                     QStringLiteral("Read-aloud needs a speech engine, and this computer has none."));
            reader.read(this, speechtext::plain({ QStringLiteral("Hi.") }));
            QVERIFY(!reader.reading());
        }
        qputenv("KTL_SPEECH_ENGINE", "ktltest");
    }

    void realEngineHasSpanish()
    {
        // The one test of a real engine: speech-dispatcher with espeak-ng lists a Spanish voice.
#ifdef KTL_SANITIZED
        // libspeechd parses its voice list with strstr over the whole reply, once a line: with
        // ASan checking every call, espeak-ng's ~2,000 voices take many minutes. It is a test of
        // the system's engine, not of our code, and the plain build runs it.
        QSKIP("the real speech engine is not asked under the sanitizers (libspeechd is too slow instrumented)");
#endif
        if (!QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")))
            QSKIP("the speechd engine (qt6-speech-speechd-plugin) is not installed");
        if (!QFile::exists(QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")))
            QSKIP("espeak-ng for speech-dispatcher (speech-dispatcher-espeak-ng) is not installed");
        QTextToSpeech speech(QStringLiteral("speechd"));
        QTRY_VERIFY_WITH_TIMEOUT(!speech.availableLocales().isEmpty() || speech.state() == QTextToSpeech::Error, 10000);
        if (speech.state() == QTextToSpeech::Error)
            QSKIP(qPrintable(QStringLiteral("speech-dispatcher did not start here: ") + speech.errorString()));
        bool spanish = false;
        for (const QLocale &locale : speech.availableLocales())
            spanish = spanish || locale.language() == QLocale::Spanish;
        QVERIFY(spanish);
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
