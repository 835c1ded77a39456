// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstrings.h"
#include "contenttext.h"
#include "languagemanager.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace ktl;

/**
 * The Spanish translation file: complete, faithful to the English's placeholders and markup,
 * true to the term base, and really different from the English. (That it matches the current
 * sources, nothing missing and nothing vanished, is the `translations_current` test.)
 */
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString translation;
        QString type; ///< "", "unfinished", "vanished", "obsolete"
        QStringList numerusForms;
    };
    QList<Message> messages;
    QHash<QString, const Message *> byKey;

    static QString key(const QString &context, const QString &source) { return context + QChar(0x1F) + source; }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
        QStringList found;
        auto it = re.globalMatch(text);
        while (it.hasNext())
            found.append(it.next().captured());
        found.sort();
        return found;
    }

    static QStringList linkTargets(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral(R"(\]\(((?:term|source):[a-z0-9-]+|page:[a-z0-9/-]+)\))"));
        QStringList found;
        auto it = re.globalMatch(text);
        while (it.hasNext())
            found.append(it.next().captured(1));
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KTL_SOURCE_DIR "/translations/knowthelimits_es.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message { context, {}, {}, {}, {} };
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.numerusForms.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                current.translation = current.numerusForms.isEmpty() ? text : current.numerusForms.constFirst();
                messages.append(current);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages.size() > 1000);
        for (const Message &m : std::as_const(messages))
            byKey.insert(key(m.context, m.source), &m);
    }

    void everyStringIsFinished()
    {
        QStringList problems;
        for (const Message &m : std::as_const(messages)) {
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" is %3").arg(m.context, m.source.left(60),
                                                                        m.type.isEmpty() ? QStringLiteral("empty") : m.type));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyContentStringIsTranslated()
    {
        const auto loaded = loadAndValidate(QStringLiteral(":/content"));
        QVERIFY(loaded.ok());
        QStringList missing;
        for (const ContentString &s : translatableStrings(loaded.content)) {
            if (!byKey.contains(key(s.context, s.text)))
                missing.append(s.where);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no Spanish for:\n") + missing.join(QLatin1Char('\n'))));
    }

    void placeholdersAndMarkupSurvive()
    {
        QStringList problems;
        for (const Message &m : std::as_const(messages)) {
            const QStringList forms = m.numerusForms.isEmpty() ? QStringList { m.translation } : m.numerusForms;
            for (const QString &form : forms) {
                if (placeholders(form) != placeholders(m.source))
                    problems.append(QStringLiteral("%1: placeholders differ in \"%2\"").arg(m.context, m.source.left(60)));
            }
            if (linkTargets(m.translation) != linkTargets(m.source))
                problems.append(QStringLiteral("%1: links differ in \"%2\"").arg(m.context, m.source.left(60)));
            if (m.translation.count(QStringLiteral("\n\n")) != m.source.count(QStringLiteral("\n\n")))
                problems.append(QStringLiteral("%1: paragraphs differ in \"%2\"").arg(m.context, m.source.left(60)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void termBaseIsFollowed()
    {
        QFile file(QStringLiteral(KTL_SOURCE_DIR "/translations/terminology.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rules = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rules")).toArray();
        QVERIFY(rules.size() >= 20);
        const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        QStringList problems;
        int applied = 0;
        for (const QJsonValue &v : rules) {
            const QJsonObject rule = v.toObject();
            const QRegularExpression en(rule.value(QLatin1String("en")).toString(), options);
            const QRegularExpression es(rule.value(QLatin1String("es")).toString(), options);
            QVERIFY2(en.isValid() && es.isValid(), qPrintable(rule.value(QLatin1String("en")).toString()));
            for (const Message &m : std::as_const(messages)) {
                // Citations keep their English names and titles; only their connecting words change.
                if (!m.context.startsWith(QLatin1String("content/")) || m.context == contentContext::citations()
                    || !en.match(m.source).hasMatch())
                    continue;
                ++applied;
                if (!es.match(m.translation).hasMatch())
                    problems.append(QStringLiteral("\"%1\" needs /%2/ in: %3").arg(en.pattern(), es.pattern(), m.translation.left(90)));
                for (const QJsonValue &never : rule.value(QLatin1String("never")).toArray()) {
                    if (QRegularExpression(never.toString(), options).match(m.translation).hasMatch())
                        problems.append(QStringLiteral("never /%1/ in: %2").arg(never.toString(), m.translation.left(90)));
                }
            }
        }
        QVERIFY(applied > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void spanishDiffersExceptForNamesAndCitations()
    {
        // What may stay the same: case names, citations, numbers, acronyms and proper names.
        static const QRegularExpression allowed(QStringLiteral(
                R"((\bv\.\s)|U\.S\.C\.|C\.F\.R\.|§|Pub\. L\.|^[\d%.,\s]+$|^[A-Z0-9][\w.&'’,() -]*\(\d{4}\)$|^[A-Z]{2,}[\w ()-]*$|^Form [A-Z]-\d)"));
        // Words that are the same in both languages.
        static const QStringList sameInBoth = { QStringLiteral("No"), QStringLiteral("Aa"), QStringLiteral("A−"),
                                                QStringLiteral("A+"), QStringLiteral("%1 → "), QStringLiteral("%1 %"), QStringLiteral("%1 · %2"), QStringLiteral("%1 / %2"),
                                                QStringLiteral("%1 → %2"), QStringLiteral("%1: %2"), QStringLiteral("%1. %2"),
                                                QStringLiteral("−5 min"), QStringLiteral("+5 min"),
                                                QStringLiteral("Ultra vires") };
        QStringList same;
        for (const Message &m : std::as_const(messages)) {
            if (m.context == contentContext::citations()) // names and numbers, the same in both
                continue;
            if (m.translation == m.source && !sameInBoth.contains(m.source) && !allowed.match(m.source).hasMatch())
                same.append(QStringLiteral("%1: %2").arg(m.context, m.source.left(80)));
        }
        QVERIFY2(same.isEmpty(), qPrintable(QStringLiteral("left in English:\n") + same.join(QLatin1Char('\n'))));
    }

    void noIsoDateInProse()
    {
        // "2008-10" reads as "2008 to 2010"; dates are written out in both languages.
        static const QRegularExpression iso(QStringLiteral(R"(\b(1[89]|20)\d\d-(0[1-9]|1[0-2])\b)"));
        QStringList found;
        for (const Message &m : std::as_const(messages)) {
            if (!m.context.startsWith(QLatin1String("content/")))
                continue;
            for (const QString &text : { m.source, m.translation }) {
                const auto match = iso.match(text);
                if (match.hasMatch())
                    found.append(QStringLiteral("%1: \"%2\" in: %3").arg(m.context, match.captured(), text.left(80)));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theBuiltTranslationIsTheFile()
    {
        // The .qm compiled into the app says what the .ts file says.
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("es")));
        int checked = 0;
        for (const Message &m : std::as_const(messages)) {
            if (!m.context.startsWith(QLatin1String("content/")) || (checked++ % 17) != 0)
                continue;
            QCOMPARE(contentTr(m.context, m.source), m.translation);
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(checked > 50);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
