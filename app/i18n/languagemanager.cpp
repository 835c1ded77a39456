// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLocale>
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

QStringList LanguageManager::codes() { return { QStringLiteral("en"), QStringLiteral("es") }; }

QVariantList LanguageManager::languages()
{
    // Language names stay in their own language, untranslated, so anyone can find theirs.
    return { QVariantMap { { QStringLiteral("code"), QStringLiteral("en") },
                           { QStringLiteral("name"), QStringLiteral("English") } },
             QVariantMap { { QStringLiteral("code"), QStringLiteral("es") },
                           { QStringLiteral("name"), QStringLiteral("Español") } } };
}

QString LanguageManager::systemLanguage()
{
    const QString code = QLocale::languageToCode(QLocale::system().language());
    return codes().contains(code) ? code : QStringLiteral("en");
}

QString LanguageManager::otherLanguage() const
{
    return m_language == QLatin1String("en") ? QStringLiteral("es") : QStringLiteral("en");
}

QString LanguageManager::otherLanguageName() const
{
    for (const QVariant &v : languages()) {
        const QVariantMap language = v.toMap();
        if (language.value(QStringLiteral("code")).toString() == otherLanguage())
            return language.value(QStringLiteral("name")).toString();
    }
    return {};
}

QString LanguageManager::translate(const QString &language, const char *context, const QString &text) const
{
    if (language == QLatin1String("en") || text.isEmpty()) // English is the source
        return text;
    std::shared_ptr<QTranslator> &lookup = m_lookups[language];
    if (!lookup) {
        lookup = std::make_shared<QTranslator>();
        if (!lookup->load(QStringLiteral(":/i18n/knowthelimits_%1.qm").arg(language)))
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
    if (code != QLatin1String("en")) {
        next = std::make_unique<QTranslator>();
        if (!next->load(QStringLiteral(":/i18n/knowthelimits_%1.qm").arg(code)))
            return false;
    }
    // The language is set before the swap: the swap sends LanguageChange, and whatever reacts
    // to it (models, the search index) must already see the new code.
    m_language = code;
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
