// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playlist.h"

#include <QObject>
#include <QQmlEngine>
#include <QSettings>
#include <QStringList>

namespace ktl {

/**
 * @brief The few preferences the app keeps, through QSettings.
 *
 * Only preferences and the last page address are stored — never anything a user answered
 * (design.md, Privacy). A bad value in the settings file is reported with the file and the key
 * and replaced by the default; the file itself is not rewritten until the user changes that value.
 */
class AppSettings : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool canEnlargeText READ canEnlargeText NOTIFY textScaleChanged)
    Q_PROPERTY(bool canShrinkText READ canShrinkText NOTIFY textScaleChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString lastPage READ lastPage WRITE setLastPage NOTIFY lastPageChanged)
    /** English and Spanish together, for mixed-language rooms. */
    Q_PROPERTY(bool bilingual READ bilingual WRITE setBilingual NOTIFY bilingualChanged)
    /** The Listen controls (read-aloud); off by default. */
    Q_PROPERTY(bool readAloud READ readAloud WRITE setReadAloud NOTIFY readAloudChanged)
    /** Read-aloud speed, from minSpeechRate (slower) to maxSpeechRate (faster); 0 is the voice's own. */
    Q_PROPERTY(qreal speechRate READ speechRate NOTIFY speechRateChanged)
    Q_PROPERTY(bool canSpeakFaster READ canSpeakFaster NOTIFY speechRateChanged)
    Q_PROPERTY(bool canSpeakSlower READ canSpeakSlower NOTIFY speechRateChanged)
    /** True on a first run, until a language is chosen (not when --lang gave one for this run). */
    Q_PROPERTY(bool needsLanguageChoice READ needsLanguageChoice NOTIFY languageChanged)
    Q_PROPERTY(QStringList problems READ problems CONSTANT)
    /** The page open when the app last closed, for "continue where you left off"; "" if none. */
    Q_PROPERTY(QString resumePage READ resumePage NOTIFY resumePageChanged)

public:
    static constexpr qreal minTextScale = 0.8;
    static constexpr qreal maxTextScale = 2.0;
    static constexpr qreal minSpeechRate = -0.6;
    static constexpr qreal maxSpeechRate = 0.6;

    static AppSettings *instance();
    static AppSettings *create(QQmlEngine *, QJSEngine *);

    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    /** One step (10 %) up or down, within minTextScale … maxTextScale: the settings page's
     *  A+/A− and Ctrl++/Ctrl+−. */
    Q_INVOKABLE void enlargeText() { setTextScale(stepped(+1)); }
    Q_INVOKABLE void shrinkText() { setTextScale(stepped(-1)); }
    bool canEnlargeText() const { return m_textScale < maxTextScale - 0.05; }
    bool canShrinkText() const { return m_textScale > minTextScale + 0.05; }
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);
    /** "" until the user (or --lang) has chosen. */
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QString lastPage() const { return m_lastPage; }
    bool bilingual() const { return m_bilingual; }
    void setBilingual(bool on);
    bool readAloud() const { return m_readAloud; }
    void setReadAloud(bool on);
    qreal speechRate() const { return m_speechRate; }
    void setSpeechRate(qreal rate);
    /** One step (0.2) faster or slower, within minSpeechRate … maxSpeechRate. */
    Q_INVOKABLE void speakFaster() { setSpeechRate(m_speechRate + 0.2); }
    Q_INVOKABLE void speakSlower() { setSpeechRate(m_speechRate - 0.2); }
    bool canSpeakFaster() const { return m_speechRate < maxSpeechRate - 0.05; }
    bool canSpeakSlower() const { return m_speechRate > minSpeechRate + 0.05; }
    bool needsLanguageChoice() const { return m_language.isEmpty() && !m_languageGivenForRun; }
    /** `--lang` chose the language for this run: no first-run question. */
    void setLanguageGivenForRun(bool given) { m_languageGivenForRun = given; }
    void setLastPage(const QString &address);
    QStringList problems() const { return m_problems; }
    QString fileName() const { return m_settings->fileName(); }
    QString resumePage() const { return m_resumePage; }

    /** Dark or light for this run only (`--theme`): shown, not saved. */
    void overrideDarkTheme(bool dark);
    /** Both languages for this run only (`--bilingual`): shown, not saved. */
    void overrideBilingual(bool on);

    /** Quick hide: the page open now is not offered again ("continue where you left off"), and
     *  the next start opens Home. Preferences stay. */
    void forgetSession();

    /** Clears everything stored ("Forget my progress", shared computers). */
    Q_INVOKABLE void forgetAll();

    /** The presenter's saved session playlists (checked when read: see playlist.h). */
    QList<Playlist> playlists() const { return m_playlists; }
    /** Saves @p playlists in place of all; false (nothing saved) if they would not fit the file. */
    bool setPlaylists(const QList<Playlist> &playlists);
    /** Presenter mode: the screen pairs ("eDP-1+HDMI-1", names sorted) where the presenter
     *  swapped the slides to the other screen, so the same pair comes up swapped next time. */
    bool screensSwapped(const QString &pair) const { return m_swappedScreens.contains(pair); }
    void setScreensSwapped(const QString &pair, bool swapped);

    /** Reads @p settings; public for tests. */
    explicit AppSettings(QSettings *settings, QObject *parent);

Q_SIGNALS:
    void textScaleChanged();
    void darkThemeChanged();
    void languageChanged();
    void lastPageChanged();
    void resumePageChanged();
    void bilingualChanged();
    void readAloudChanged();
    void speechRateChanged();
    void playlistsChanged();

private:
    void read();
    void save();
    void readFlag(const QString &key, bool &flag);
    /** Sets a boolean preference, saving it under @p key unless that is empty (this run only). */
    void setFlag(bool &flag, bool value, const QString &key, void (AppSettings::*changed)());
    void problem(const QString &key, const QString &expected, const QVariant &found);

    QSettings *m_settings;
    qreal stepped(int direction) const { return qRound((m_textScale + 0.1 * direction) * 10) / 10.0; }
    qreal m_textScale = 1.0;
    bool m_darkTheme = false;
    QString m_language;
    QString m_lastPage;
    QString m_resumePage;
    bool m_bilingual = false;
    bool m_readAloud = false;
    qreal m_speechRate = 0.0;
    bool m_languageGivenForRun = false;
    QStringList m_problems;
    QList<Playlist> m_playlists;
    QStringList m_swappedScreens;
};

} // namespace ktl
