// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
