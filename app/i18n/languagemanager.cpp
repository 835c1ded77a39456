// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QVariantMap>

namespace ktl {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager *LanguageManager::instance()
{
    static auto *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager *LanguageManager::create(QQmlEngine *engine, QJSEngine *)
{
    LanguageManager *manager = instance();
    manager->setEngine(engine);
    QJSEngine::setObjectOwnership(manager, QJSEngine::CppOwnership);
    return manager;
}

namespace {

const QString sourceLanguage = QStringLiteral("en");
const QString translationPattern = QStringLiteral("knowthelimits_%1.qm");

/** Each translation's name for its own language (Spanish: "Español"), found by lupdate here. */
struct TranslatableName
{
    const char *source;
    const char *comment;
};
constexpr TranslatableName ownName = QT_TRANSLATE_NOOP3("LanguageManager", "English",
                                                        "the name of this language, in this language (Spanish: Español)");

QString translationFile(const QString &code)
{
    return QStringLiteral(":/i18n/") + translationPattern.arg(code);
}

/** The source language, then one per translation compiled in (translations/*.ts): a language
 *  is added by adding its .ts file, and nothing in C++, QML or the command line names it. */
const QList<QPair<QString, QString>> &shipped()
{
    static const QList<QPair<QString, QString>> languages = [] {
        QList<QPair<QString, QString>> list { { sourceLanguage, QStringLiteral("English") } };
        const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ translationPattern.arg(QLatin1Char('*')) },
                                                                            QDir::Files, QDir::Name);
        static const QRegularExpression name(QStringLiteral("^knowthelimits_([a-z]{2})\\.qm$"));
        for (const QString &file : files) {
            const auto m = name.match(file);
            QTranslator translator;
            if (!m.hasMatch() || !translator.load(QStringLiteral(":/i18n/") + file))
                continue;
            // Each language names itself, in its own translation: anyone can find theirs.
            const QString own = translator.translate("LanguageManager", ownName.source, ownName.comment);
            list.append({ m.captured(1), own.isEmpty() ? m.captured(1) : own });
        }
        return list;
    }();
    return languages;
}

} // namespace

QStringList LanguageManager::codes()
{
    QStringList result;
    for (const auto &language : shipped())
        result.append(language.first);
    return result;
}

QVariantList LanguageManager::languages()
{
    QVariantList result;
    for (const auto &[code, name] : shipped())
        result.append(QVariantMap { { QStringLiteral("code"), code }, { QStringLiteral("name"), name } });
    return result;
}

QString LanguageManager::nameOf(const QString &code)
{
    for (const auto &language : shipped()) {
        if (language.first == code)
            return language.second;
    }
    return {};
}

QString LanguageManager::systemLanguage()
{
    const QString code = QLocale::languageToCode(QLocale::system().language());
    return codes().contains(code) ? code : sourceLanguage;
}

std::unique_ptr<QTranslator> LanguageManager::translatorFor(const QString &code)
{
    if (code == sourceLanguage)
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    return translator->load(translationFile(code)) ? std::move(translator) : nullptr;
}

QString LanguageManager::otherLanguage() const
{
    // Bilingual mode pairs a translation with English, and English with the first translation.
    if (m_language != sourceLanguage)
        return sourceLanguage;
    return codes().value(1, sourceLanguage);
}

QString LanguageManager::otherLanguageName() const
{
    return nameOf(otherLanguage());
}

QString LanguageManager::translate(const QString &language, const char *context, const QString &text) const
{
    if (language == sourceLanguage || text.isEmpty()) // English is the source
        return text;
    std::shared_ptr<QTranslator> &lookup = m_lookups[language];
    if (!lookup) {
        lookup = std::make_shared<QTranslator>();
        if (!lookup->load(translationFile(language)))
            return text;
    }
    const QString translated = lookup->translate(context, text.toUtf8().constData());
    return translated.isEmpty() ? text : translated;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!codes().contains(code))
        return false;
    if (code == m_language)
        return true;

    std::unique_ptr<QTranslator> next;
    if (code != sourceLanguage) {
        next = std::make_unique<QTranslator>();
        if (!next->load(translationFile(code)))
            return false;
    }
    // The language is set before the swap: the swap sends LanguageChange, and whatever reacts
    // to it (models, the search index) must already see the new code.
    m_language = code;
    // Dates, numbers and sorting follow the language, not a translated string.
    QLocale::setDefault(QLocale(code));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

} // namespace ktl
