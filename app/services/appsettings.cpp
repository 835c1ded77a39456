// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "languagemanager.h"

#include "contenterror.h"
#include "settingsfile.h"

#include <QCoreApplication>
#include <QDir>

namespace ktl {

namespace {
const QString textScaleKey = QStringLiteral("display/textScale");
const QString darkThemeKey = QStringLiteral("display/darkTheme");
const QString languageKey = QStringLiteral("language");
const QString lastPageKey = QStringLiteral("lastPage");
const QString bilingualKey = QStringLiteral("display/bilingual");
const QString readAloudKey = QStringLiteral("speech/readAloud");
const QString speechRateKey = QStringLiteral("speech/rate");
const QString playlistsKey = QStringLiteral("presenter/playlists");
const QString swappedScreensKey = QStringLiteral("presenter/swappedScreens");
/** Screen pairs remembered: more than any presenter meets, fewer than a hostile file holds. */
constexpr int maxSwappedScreens = 20;
/** Playlists are most of what the settings file holds; it stays well under settingsfile::maxBytes. */
constexpr int maxPlaylistBytes = int(settingsfile::maxBytes / 2);
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
    static auto *settings = [] {
        const QString path = settingsfile::defaultPath();
        const settingsfile::Check check = settingsfile::prepare(path);
        // A file that is still unsafe to read is never handed to QSettings: this run keeps its
        // settings in a file of its own that nothing reads again.
        const QString usedPath = check.usable ? path
                                              : QDir::tempPath() + QStringLiteral("/knowthelimits-unsaved-%1.conf")
                                                        .arg(QCoreApplication::applicationPid());
        auto *s = new AppSettings(new QSettings(usedPath, QSettings::IniFormat), QCoreApplication::instance());
        if (!check.problem.isEmpty())
            s->m_problems.prepend(escapeControls(check.problem));
        return s;
    }();
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
    // The value came from a file anyone could have edited: shown short, as plain text, escaped.
    QString value = found.toString();
    if (value.size() > 80)
        value = value.left(80) + QStringLiteral("…");
    m_problems.append(escapeControls(QStringLiteral("%1: [%2]: expected %3, found \"%4\"; using the default")
                                             .arg(m_settings->fileName(), key, expected, value)));
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
    if (m_settings->contains(speechRateKey)) {
        const QVariant v = m_settings->value(speechRateKey);
        bool ok = false;
        const qreal rate = v.toString().toDouble(&ok);
        if (ok && rate >= minSpeechRate - 0.001 && rate <= maxSpeechRate + 0.001)
            m_speechRate = rate;
        else
            problem(speechRateKey, QStringLiteral("a number from %1 to %2").arg(minSpeechRate).arg(maxSpeechRate), v);
    }
    readFlag(readAloudKey, m_readAloud);
    readFlag(darkThemeKey, m_darkTheme);
    readFlag(bilingualKey, m_bilingual);
    if (m_settings->contains(languageKey)) {
        const QVariant v = m_settings->value(languageKey);
        if (LanguageManager::codes().contains(v.toString()))
            m_language = v.toString();
        else
            problem(languageKey, LanguageManager::codes().join(QStringLiteral(" or ")), v);
    }
    if (m_settings->contains(playlistsKey)) {
        QStringList problems;
        m_playlists = playlist::fromJson(m_settings->value(playlistsKey).toString().toUtf8(), &problems);
        for (const QString &p : problems)
            m_problems.append(escapeControls(QStringLiteral("%1: [%2]%3; left out").arg(m_settings->fileName(), playlistsKey, p)));
    }
    if (m_settings->contains(swappedScreensKey)) {
        const QStringList pairs = m_settings->value(swappedScreensKey).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (pairs.size() <= maxSwappedScreens)
            m_swappedScreens = pairs;
        else
            problem(swappedScreensKey, QStringLiteral("at most %1 screen pairs").arg(maxSwappedScreens), pairs.size());
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
    save();
    Q_EMIT textScaleChanged();
}

void AppSettings::setSpeechRate(qreal rate)
{
    rate = qBound(minSpeechRate, qRound(rate * 10) / 10.0, maxSpeechRate);
    if (qFuzzyCompare(1.0 + rate, 1.0 + m_speechRate))
        return;
    m_speechRate = rate;
    m_settings->setValue(speechRateKey, rate);
    save();
    Q_EMIT speechRateChanged();
}

void AppSettings::setFlag(bool &flag, bool value, const QString &key, void (AppSettings::*changed)())
{
    if (value == flag)
        return;
    flag = value;
    if (!key.isEmpty()) {
        m_settings->setValue(key, value);
        save();
    }
    Q_EMIT(this->*changed)();
}

void AppSettings::setDarkTheme(bool dark) { setFlag(m_darkTheme, dark, darkThemeKey, &AppSettings::darkThemeChanged); }
void AppSettings::setBilingual(bool on) { setFlag(m_bilingual, on, bilingualKey, &AppSettings::bilingualChanged); }
void AppSettings::setReadAloud(bool on) { setFlag(m_readAloud, on, readAloudKey, &AppSettings::readAloudChanged); }
void AppSettings::overrideBilingual(bool on) { setFlag(m_bilingual, on, {}, &AppSettings::bilingualChanged); }
void AppSettings::overrideDarkTheme(bool dark) { setFlag(m_darkTheme, dark, {}, &AppSettings::darkThemeChanged); }

void AppSettings::setLanguage(const QString &code)
{
    if (code == m_language || !LanguageManager::codes().contains(code))
        return;
    m_language = code;
    m_settings->setValue(languageKey, code);
    save();
    Q_EMIT languageChanged();
}

void AppSettings::setLastPage(const QString &address)
{
    if (address == m_lastPage)
        return;
    m_lastPage = address;
    m_settings->setValue(lastPageKey, address);
    save();
    Q_EMIT lastPageChanged();
}

bool AppSettings::setPlaylists(const QList<Playlist> &playlists)
{
    const QByteArray json = playlist::toJson(playlists);
    if (json.size() > maxPlaylistBytes)
        return false;
    if (playlists == m_playlists)
        return true;
    m_playlists = playlists;
    m_settings->setValue(playlistsKey, QString::fromUtf8(json));
    save();
    Q_EMIT playlistsChanged();
    return true;
}

void AppSettings::setScreensSwapped(const QString &pair, bool swapped)
{
    if (pair.contains(QLatin1Char('|')) || swapped == m_swappedScreens.contains(pair))
        return;
    if (swapped)
        m_swappedScreens.append(pair);
    else
        m_swappedScreens.removeAll(pair);
    while (m_swappedScreens.size() > maxSwappedScreens) // the oldest pair is forgotten first
        m_swappedScreens.removeFirst();
    m_settings->setValue(swappedScreensKey, m_swappedScreens.join(QLatin1Char('|')));
    save();
}

void AppSettings::forgetSession()
{
    setLastPage(QStringLiteral("home"));
    if (m_resumePage.isEmpty())
        return;
    m_resumePage.clear();
    Q_EMIT resumePageChanged();
}

void AppSettings::forgetAll()
{
    m_settings->clear();
    m_settings->sync();
    settingsfile::restrictPermissions(m_settings->fileName());
    // What is on screen follows what is stored: every preference is back to its default.
    m_lastPage.clear();
    m_resumePage.clear();
    m_language.clear();
    const bool themeChanged = m_darkTheme;
    const bool scaleChanged = !qFuzzyCompare(m_textScale, 1.0);
    const bool bilingualChanged = m_bilingual;
    const bool readAloudChanged = m_readAloud;
    const bool rateChanged = !qFuzzyIsNull(m_speechRate);
    m_darkTheme = false;
    m_readAloud = false;
    m_speechRate = 0.0;
    m_textScale = 1.0;
    m_bilingual = false;
    m_swappedScreens.clear();
    const bool hadPlaylists = !m_playlists.isEmpty();
    m_playlists.clear();
    if (hadPlaylists)
        Q_EMIT playlistsChanged();
    Q_EMIT languageChanged();
    if (bilingualChanged)
        Q_EMIT this->bilingualChanged();
    if (readAloudChanged)
        Q_EMIT this->readAloudChanged();
    if (rateChanged)
        Q_EMIT speechRateChanged();
    if (themeChanged)
        Q_EMIT darkThemeChanged();
    if (scaleChanged)
        Q_EMIT textScaleChanged();
    Q_EMIT lastPageChanged();
    Q_EMIT resumePageChanged();
}

void AppSettings::save()
{
    // QSettings would write later; the file is written now so that its permissions are known.
    m_settings->sync();
    settingsfile::restrictPermissions(m_settings->fileName());
}

} // namespace ktl
