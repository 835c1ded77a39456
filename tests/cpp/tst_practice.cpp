// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "contenttext.h"
#include "languagemanager.h"
#include "topicmodel.h"
#include "walkthroughmodel.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace ktl;

/**
 * The practice walkthroughs as their readers get them: the door rehearsal's spoken lines (in
 * the reader's language, with the English as it would be heard), its "Say it in English"
 * cards (English in every language, the meaning beside), the warrant practice's drawn papers
 * (they load, and are shown large), and nothing chosen written to disk.
 */
class TestPractice : public QObject
{
    Q_OBJECT

    static const Walkthrough &walkthrough(const QString &id)
    {
        const Walkthrough *w = ContentStore::instance()->content().walkthrough(id);
        Q_ASSERT(w);
        return *w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppSettings::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(ContentStore::instance()->content().walkthrough(QStringLiteral("practice-at-the-door")));
        QVERIFY(ContentStore::instance()->content().walkthrough(QStringLiteral("reading-a-warrant")));
    }

    void init() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void doorStepsSpeak_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Spanish") << "es";
    }

    void doorStepsSpeak()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language);
        const Walkthrough &w = walkthrough(QStringLiteral("practice-at-the-door"));
        const QString context = contentContext::walkthrough(w.id);
        WalkthroughModel model;
        model.setWalkthroughId(w.id);
        int spoken = 0, phrases = 0;
        for (const Step &step : w.steps) {
            model.setStepId(step.id);
            QCOMPARE(model.stepId(), step.id);
            QVERIFY2(!step.question.isEmpty() || step.id == QLatin1String("afterwards"), qPrintable(step.id));
            if (step.line.isEmpty()) {
                QVERIFY(model.stepSpeaker().isEmpty() && model.stepLineSpeech().empty());
                continue;
            }
            ++spoken;
            QCOMPARE(step.speaker, QStringLiteral("officer"));
            QVERIFY(!model.stepSpeaker().isEmpty());
            QCOMPARE(model.stepLine(), contentTr(context, step.line));
            const SpeechText speech = model.stepLineSpeech();
            QCOMPARE(speech.parts.constFirst().language, language);
            if (language == QLatin1String("en")) {
                QCOMPARE(model.stepLine(), step.line);
                QVERIFY(model.stepLineEnglish().isEmpty());
                QCOMPARE(speech.parts.size(), 1);
            } else {
                QVERIFY2(model.stepLine() != step.line, qPrintable(step.line)); // translated
                QCOMPARE(model.stepLineEnglish(), step.line); // and as it would be heard
                QCOMPARE(speech.parts.size(), 2);
                QCOMPARE(speech.parts.at(1), (SpeechPart { QStringLiteral("en"), step.line }));
            }
            const QList<SayPhrase> say = model.stepSay();
            QCOMPARE(say.size(), step.say.size());
            for (int i = 0; i < say.size(); ++i) {
                ++phrases;
                QCOMPARE(say.at(i).english, step.say.at(i)); // English in every language
                QCOMPARE(say.at(i).speech.parts, (QList<SpeechPart> { { QStringLiteral("en"), step.say.at(i) } }));
                if (language == QLatin1String("en"))
                    QVERIFY(say.at(i).meaning.isEmpty());
                else
                    QVERIFY2(!say.at(i).meaning.isEmpty() && say.at(i).meaning != step.say.at(i), qPrintable(step.say.at(i)));
            }
        }
        QVERIFY(spoken >= 4);
        QVERIFY(phrases >= 4);
    }

    void warrantPapersAreDrawnLarge()
    {
        const Walkthrough &w = walkthrough(QStringLiteral("reading-a-warrant"));
        WalkthroughModel model;
        model.setWalkthroughId(w.id);
        int papers = 0;
        for (const Step &step : w.steps) {
            model.setStepId(step.id);
            const bool paper = step.illustration.startsWith(QLatin1String("document-"));
            QCOMPARE(model.stepIllustrationLarge(), paper);
            if (!paper)
                continue;
            ++papers;
            QVERIFY(!step.question.isEmpty()); // each paper comes with something to find on it
            const QImage image(illustrationPath(step.illustration));
            QVERIFY2(!image.isNull(), qPrintable(step.illustration));
            QVERIFY(image.width() > image.height()); // a page drawn wide enough to read on a slide
        }
        QCOMPARE(papers, 4);
    }

    void reachedFromTheirTopic()
    {
        TopicModel topic;
        topic.setTopicId(QStringLiteral("what-you-can-do"));
        QStringList addresses;
        for (const PageLink &link : topic.moreWalkthroughs())
            addresses.append(link.address);
        QVERIFY(!addresses.contains(QStringLiteral("walkthrough/") + topic.walkthrough()));
        QVERIFY2(addresses.contains(QStringLiteral("walkthrough/practice-at-the-door"))
                         && addresses.contains(QStringLiteral("walkthrough/reading-a-warrant")),
                 qPrintable(addresses.join(QLatin1Char(' '))));
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        for (const PageLink &link : topic.moreWalkthroughs())
            QVERIFY2(link.title.startsWith(QStringLiteral("Práctica")), qPrintable(link.title));
    }

    void choicesAreNotStored()
    {
        WalkthroughModel model;
        model.setWalkthroughId(QStringLiteral("practice-at-the-door"));
        model.setStepId(QStringLiteral("questions"));
        AppSettings::instance()->setLastPage(QStringLiteral("walkthrough/practice-at-the-door/questions"));
        const auto stored = [] {
            QFile file(AppSettings::instance()->fileName());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = stored();
        QVERIFY(before.contains("practice-at-the-door"));
        for (const char *choice : { "make-up", "silent" }) { // a wrong answer, then the right one
            QVERIFY(model.choose(QString::fromLatin1(choice)));
            QCOMPARE(model.chosenChoice(), QString::fromLatin1(choice));
            QCOMPARE(stored(), before); // not a byte of it written
        }
    }
};

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
