// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "settingsfile.h"

#include <QDir>
#include "playlist.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ktl;

/** Preferences: good values are read, bad ones are reported by file and key, never fatal. */
class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QSettings *settingsFile(const QByteArray &contents)
    {
        const QString path = dir.filePath(QStringLiteral("knowthelimits.conf"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(contents);
        file.close();
        return new QSettings(path, QSettings::IniFormat);
    }

private Q_SLOTS:
    void readsGoodValues()
    {
        AppSettings settings(settingsFile("language=es\nlastPage=glossary\n[display]\ntextScale=1.5\ndarkTheme=true\n"), nullptr);
        QVERIFY(settings.problems().isEmpty());
        QCOMPARE(settings.language(), QStringLiteral("es"));
        QCOMPARE(settings.textScale(), 1.5);
        QVERIFY(settings.darkTheme());
        QCOMPARE(settings.lastPage(), QStringLiteral("glossary"));
    }

    void reportsBadValuesByFileAndKey()
    {
        AppSettings settings(settingsFile("language=fr\n[display]\ntextScale=huge\ndarkTheme=maybe\n"), nullptr);
        const QStringList problems = settings.problems();
        QCOMPARE(problems.size(), 3);
        const QString file = dir.filePath(QStringLiteral("knowthelimits.conf"));
        QVERIFY2(problems.at(0).startsWith(file + QStringLiteral(": [display/textScale]: expected a number from 0.8 to 2")),
                 qPrintable(problems.at(0)));
        QVERIFY(problems.at(1).contains(QStringLiteral("[display/darkTheme]: expected true or false, found \"maybe\"")));
        QVERIFY(problems.at(2).contains(QStringLiteral("[language]: expected en or es, found \"fr\"")));
        QCOMPARE(settings.textScale(), 1.0);
        QVERIFY(!settings.darkTheme());
        QVERIFY(settings.language().isEmpty());
    }

    void playlistsAndScreenPairsAreKeptAndChecked()
    {
        {
            AppSettings settings(settingsFile(""), nullptr);
            QVERIFY(settings.setPlaylists({ { QStringLiteral("Martes, 7 pm"),
                                              { { QStringLiteral("walkthrough/detainers-101"), 10 },
                                                { QStringLiteral("glossary/detainer,judicial-warrant"), 0 } } } }));
            settings.setScreensSwapped(QStringLiteral("HDMI-1+eDP-1"), true);
            settings.setScreensSwapped(QStringLiteral("bad|name"), true); // cannot be stored apart: refused
            // More than the file may hold: refused whole, and what was saved stays.
            QList<Playlist> huge(playlist::maxPlaylists, Playlist { QStringLiteral("x"), {} });
            for (int i = 0; i < huge.size(); ++i) {
                huge[i].name = QString::number(i);
                huge[i].items = QList<PlaylistItem>(playlist::maxItems, { QString(playlist::maxAddressLength, u'a'), 1 });
            }
            QVERIFY(!settings.setPlaylists(huge));
            QCOMPARE(settings.playlists().size(), 1);
        }
        AppSettings again(new QSettings(dir.filePath(QStringLiteral("knowthelimits.conf")), QSettings::IniFormat), nullptr);
        QVERIFY2(again.problems().isEmpty(), qPrintable(again.problems().join(u'\n')));
        QCOMPARE(again.playlists().size(), 1);
        QCOMPARE(again.playlists().first().name, QStringLiteral("Martes, 7 pm"));
        QCOMPARE(again.playlists().first().items.at(1).address, QStringLiteral("glossary/detainer,judicial-warrant"));
        QVERIFY(again.screensSwapped(QStringLiteral("HDMI-1+eDP-1")));
        QVERIFY(!again.screensSwapped(QStringLiteral("bad|name")));
        again.setScreensSwapped(QStringLiteral("HDMI-1+eDP-1"), false);
        QVERIFY(!again.screensSwapped(QStringLiteral("HDMI-1+eDP-1")));
    }

    void hostilePlaylistsAreReportedByPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kept");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("{nope") << 0 << "expected a JSON list of playlists";
        QTest::newRow("no name") << QByteArray(R"([{"items":[]},{"name":"ok","items":[]}])") << 1 << "[0].name: expected a name";
        QTest::newRow("control characters in a name") << QByteArray(R"([{"name":"a\u0007b","items":[]}])") << 0
                                                      << "[0].name: expected a name without control characters";
        QTest::newRow("a bidi override in a name") << QByteArray("[{\"name\":\"a\u202eb\",\"items\":[]}]") << 0
                                                   << "[0].name: expected a name without control characters";
        QTest::newRow("the same name twice") << QByteArray(R"([{"name":"a","items":[]},{"name":"a","items":[]}])") << 1
                                             << "[1].name: a second playlist named the same";
        QTest::newRow("minutes out of range") << QByteArray(R"([{"name":"a","items":[{"address":"help","minutes":9999}]}])") << 1
                                              << "[0].items[0].minutes: expected a whole number from 0 to 240";
        QTest::newRow("minutes not whole") << QByteArray(R"([{"name":"a","items":[{"address":"help","minutes":1.5}]}])") << 1
                                           << "[0].items[0].minutes";
        QTest::newRow("no address") << QByteArray(R"([{"name":"a","items":[{"minutes":3}]}])") << 1
                                    << "[0].items[0].address: expected a page address";
    }

    void hostilePlaylistsAreReportedByPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kept);
        QFETCH(QString, problem);
        QStringList problems;
        const QList<Playlist> playlists = playlist::fromJson(json, &problems);
        QCOMPARE(playlists.size(), kept);
        QVERIFY2(!problems.isEmpty() && problems.first().startsWith(problem), qPrintable(problems.join(u'\n')));
        // And through the settings file: reported with the file and the key, the app still starts.
        QSettings *file = settingsFile("");
        file->setValue(QStringLiteral("presenter/playlists"), QString::fromUtf8(json));
        file->sync();
        delete file;
        AppSettings settings(new QSettings(dir.filePath(QStringLiteral("knowthelimits.conf")), QSettings::IniFormat), nullptr);
        QVERIFY(!settings.problems().isEmpty());
        QVERIFY2(settings.problems().first().contains(QStringLiteral("[presenter/playlists]") + problem),
                 qPrintable(settings.problems().first()));
        QCOMPARE(settings.playlists().size(), kept);
    }

    void thousandsOfBadPlaylistsCostLittleAndSayLittle()
    {
        QByteArray json = "[";
        for (int i = 0; i < 20000; ++i)
            json += QByteArray(i ? "," : "") + "{\"name\":\"\"}";
        json += "]";
        QStringList problems;
        QVERIFY(playlist::fromJson(json, &problems).isEmpty());
        QVERIFY2(problems.size() <= 22, qPrintable(QString::number(problems.size())));
        QVERIFY(problems.last().startsWith(QLatin1String("and ")));
    }

    void bilingualAndFirstRun()
    {
        QSettings *file = settingsFile("");
        AppSettings settings(file, nullptr);
        QVERIFY(settings.needsLanguageChoice());
        settings.setLanguageGivenForRun(true); // --lang: no question this time
        QVERIFY(!settings.needsLanguageChoice());
        settings.setLanguageGivenForRun(false);
        settings.setLanguage(QStringLiteral("es"));
        QVERIFY(!settings.needsLanguageChoice());
        settings.setBilingual(true);
        QCOMPARE(file->value(QStringLiteral("display/bilingual")).toString(), QStringLiteral("true"));
        settings.overrideDarkTheme(true); // --theme dark is shown, not saved
        QVERIFY(settings.darkTheme());
        QVERIFY(!file->contains(QStringLiteral("display/darkTheme")));
        settings.forgetAll(); // a shared computer: the next person chooses again
        QVERIFY(settings.needsLanguageChoice());
        QVERIFY(!settings.bilingual());
    }

    void storesChangesAndForgets()
    {
        QSettings *file = settingsFile("");
        AppSettings settings(file, nullptr);
        settings.setTextScale(5.0); // clamped
        QCOMPARE(settings.textScale(), AppSettings::maxTextScale);
        settings.setLastPage(QStringLiteral("timeline"));
        settings.setLanguage(QStringLiteral("xx")); // ignored
        QVERIFY(settings.language().isEmpty());
        QCOMPARE(file->value(QStringLiteral("lastPage")).toString(), QStringLiteral("timeline"));
        settings.forgetAll();
        QVERIFY(settings.lastPage().isEmpty());
        QVERIFY(file->allKeys().isEmpty());
    }

    void forgettingResetsWhatIsOnScreen()
    {
        // The file is wiped; what the window shows must follow, not keep the old theme and size.
        QSettings *file = settingsFile("[display]\ntextScale=1.6\ndarkTheme=true\n");
        AppSettings settings(file, nullptr);
        QSignalSpy themeSpy(&settings, &AppSettings::darkThemeChanged);
        QSignalSpy scaleSpy(&settings, &AppSettings::textScaleChanged);
        settings.forgetAll();
        QVERIFY(!settings.darkTheme());
        QCOMPARE(settings.textScale(), 1.0);
        QCOMPARE(themeSpy.count(), 1);
        QCOMPARE(scaleSpy.count(), 1);
    }

    void hostileValuesAreShownEscapedAndShort()
    {
        AppSettings settings(settingsFile(QByteArray("language=<img src=http://127.0.0.1:9/x>\n"
                                                     "lastPage=") + QByteArray(500, 'a') + "\n[display]\ntextScale=1e309\n"),
                             nullptr);
        const QStringList problems = settings.problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("[display/textScale]")), qPrintable(problems.at(0)));
        QVERIFY(problems.at(1).contains(QStringLiteral("found \"<img src=http://127.0.0.1:9/x>\"")));
        QVERIFY(settings.language().isEmpty());
    }

    void writtenFileIsOwnerOnly()
    {
        const QString path = dir.filePath(QStringLiteral("private/knowthelimits.conf"));
        QVERIFY(settingsfile::prepare(path).problem.isEmpty());
        AppSettings settings(new QSettings(path, QSettings::IniFormat), nullptr);
        settings.setLastPage(QStringLiteral("glossary"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QVERIFY(QFile(path).size() > 0);
        // A file left world-readable by an older version is tightened on the next start.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(settingsfile::prepare(path).problem.isEmpty());
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void unusableFilesAreMovedAsideOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not an ordinary file");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("a folder");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("neither a [section] nor key=value");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("line 3 is neither");
        QTest::newRow("binary") << QStringLiteral("binary") << QStringLiteral("NUL byte");
        QTest::newRow("not utf-8") << QStringLiteral("latin1") << QStringLiteral("not UTF-8");
        QTest::newRow("huge") << QStringLiteral("huge") << QStringLiteral("more than a settings file can be");
    }

    void unusableFilesAreMovedAsideOnce()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString folder = dir.filePath(QStringLiteral("aside-") + kind);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/knowthelimits.conf");
        auto write = [&](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(path));
        else if (kind == QLatin1String("garbage"))
            write("\x7f""ELF this is not a settings file at all\n");
        else if (kind == QLatin1String("truncated"))
            write("language=es\n[display]\ntextSc");
        else if (kind == QLatin1String("binary"))
            write(QByteArray("language=es\n\0\0\0", 15));
        else if (kind == QLatin1String("latin1"))
            write("lastPage=caf\xe9\n");
        else if (kind == QLatin1String("huge"))
            write("lastPage=" + QByteArray(int(settingsfile::maxBytes), 'a') + "\n");

        const settingsfile::Check check = settingsfile::prepare(path);
        QVERIFY2(check.usable, qPrintable(check.problem));
        QVERIFY2(check.problem.contains(reason), qPrintable(check.problem));
        QVERIFY2(check.problem.startsWith(path + QStringLiteral(": not a usable settings file")), qPrintable(check.problem));
        QVERIFY(check.problem.contains(QStringLiteral("moved to ") + path + QStringLiteral(".corrupt")));
        // Nothing is lost: the old file is beside, and the path is free for a clean start.
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".corrupt")));
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) != 0);
        // The next start says nothing: it was reported once.
        QVERIFY(settingsfile::prepare(path).problem.isEmpty());
        AppSettings settings(new QSettings(path, QSettings::IniFormat), nullptr);
        QVERIFY(settings.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
