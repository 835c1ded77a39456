// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "languagemanager.h"

#include <QCoreApplication>

namespace ktl {

namespace {
const QString textScaleKey = QStringLiteral("display/textScale");
const QString darkThemeKey = QStringLiteral("display/darkTheme");
const QString languageKey = QStringLiteral("language");
const QString lastPageKey = QStringLiteral("lastPage");
const QString bilingualKey = QStringLiteral("display/bilingual");
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_settings->setParent(this);
    read();
}

AppSettings *AppSettings::instance()
{
    static auto *settings = new AppSettings(new QSettings(), QCoreApplication::instance());
    return settings;
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    AppSettings *settings = instance();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

void AppSettings::problem(const QString &key, const QString &expected, const QVariant &found)
{
    m_problems.append(QStringLiteral("%1: [%2]: expected %3, found \"%4\"; using the default")
                              .arg(m_settings->fileName(), key, expected, found.toString()));
}

void AppSettings::readFlag(const QString &key, bool &flag)
{
    if (!m_settings->contains(key))
        return;
    const QVariant v = m_settings->value(key);
    const QString s = v.toString();
    if (s == QLatin1String("true") || s == QLatin1String("false"))
        flag = s == QLatin1String("true");
    else
        problem(key, QStringLiteral("true or false"), v);
}

void AppSettings::read()
{
    if (m_settings->status() == QSettings::FormatError)
        m_problems.append(QStringLiteral("%1: the file is not a valid settings file; using the defaults")
                                  .arg(m_settings->fileName()));
    if (m_settings->contains(textScaleKey)) {
        const QVariant v = m_settings->value(textScaleKey);
        bool ok = false;
        const qreal scale = v.toString().toDouble(&ok);
        if (ok && scale >= minTextScale && scale <= maxTextScale)
            m_textScale = scale;
        else
            problem(textScaleKey, QStringLiteral("a number from %1 to %2").arg(minTextScale).arg(maxTextScale), v);
    }
    readFlag(darkThemeKey, m_darkTheme);
    readFlag(bilingualKey, m_bilingual);
    if (m_settings->contains(languageKey)) {
        const QVariant v = m_settings->value(languageKey);
        if (LanguageManager::codes().contains(v.toString()))
            m_language = v.toString();
        else
            problem(languageKey, LanguageManager::codes().join(QStringLiteral(" or ")), v);
    }
    m_lastPage = m_settings->value(lastPageKey).toString();
    m_resumePage = m_lastPage == QLatin1String("home") ? QString() : m_lastPage;
}

void AppSettings::setTextScale(qreal scale)
{
    scale = qBound(minTextScale, scale, maxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    m_settings->setValue(textScaleKey, scale);
    Q_EMIT textScaleChanged();
}

void AppSettings::setFlag(bool &flag, bool value, const QString &key, void (AppSettings::*changed)())
{
    if (value == flag)
        return;
    flag = value;
    if (!key.isEmpty())
        m_settings->setValue(key, value);
    Q_EMIT(this->*changed)();
}

void AppSettings::setDarkTheme(bool dark) { setFlag(m_darkTheme, dark, darkThemeKey, &AppSettings::darkThemeChanged); }
void AppSettings::setBilingual(bool on) { setFlag(m_bilingual, on, bilingualKey, &AppSettings::bilingualChanged); }
void AppSettings::overrideBilingual(bool on) { setFlag(m_bilingual, on, {}, &AppSettings::bilingualChanged); }
void AppSettings::overrideDarkTheme(bool dark) { setFlag(m_darkTheme, dark, {}, &AppSettings::darkThemeChanged); }

void AppSettings::setLanguage(const QString &code)
{
    if (code == m_language || !LanguageManager::codes().contains(code))
        return;
    m_language = code;
    m_settings->setValue(languageKey, code);
    Q_EMIT languageChanged();
}

void AppSettings::setLastPage(const QString &address)
{
    if (address == m_lastPage)
        return;
    m_lastPage = address;
    m_settings->setValue(lastPageKey, address);
    Q_EMIT lastPageChanged();
}

void AppSettings::forgetAll()
{
    m_settings->clear();
    m_settings->sync();
    m_lastPage.clear();
    m_resumePage.clear();
    m_language.clear();
    m_bilingual = false;
    Q_EMIT languageChanged();
    Q_EMIT bilingualChanged();
    Q_EMIT lastPageChanged();
    Q_EMIT resumePageChanged();
}

} // namespace ktl
