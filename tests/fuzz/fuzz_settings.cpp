// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a settings file (INI) read by AppSettings, as at start-up.
#include "appsettings.h"
#include "fuzzsupport.h"
#include "languagemanager.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

QTemporaryDir *folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // QSettings reads `@Variant(...)` values with QDataStream, and Qt warns (qWarning) on a
    // type it does not know; AppSettings cannot stop that, and then reports the value as bad.
    // Under QT_FATAL_WARNINGS such a file would abort every run, so these three are let through.
    ktl::fuzz::ensureApplication({ QStringLiteral("QVariant::load: unknown user type"),
                                   QStringLiteral("QVariant::load: unable to load type"),
                                   QStringLiteral("Trying to construct an instance of an invalid type") });
    static QTemporaryDir dir; // removed at exit
    folder = &dir;
    if (!folder->isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > ktl::fuzz::maxInputSize)
        return -1;
    // A new name each time: QSettings caches parsed files by path and by modification time,
    // so rewriting one file within the same millisecond could hand back the previous input.
    static quint64 counter = 0;
    const QString path = folder->filePath(QStringLiteral("settings-%1.conf").arg(++counter));
    {
        QFile file(path);
        KTL_FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        KTL_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    {
        const ktl::AppSettings settings(new QSettings(path, QSettings::IniFormat), nullptr);
        // Whatever the file says, the values in use are in range (bad ones fall back).
        KTL_FUZZ_CHECK(settings.textScale() >= ktl::AppSettings::minTextScale);
        KTL_FUZZ_CHECK(settings.textScale() <= ktl::AppSettings::maxTextScale);
        KTL_FUZZ_CHECK(settings.language().isEmpty()
                       || ktl::LanguageManager::codes().contains(settings.language()));
        KTL_FUZZ_CHECK(settings.resumePage() != QLatin1String("home"));
        for (const QString &problem : settings.problems())
            KTL_FUZZ_CHECK(problem.startsWith(path));
        (void)settings.darkTheme();
        (void)settings.bilingual();
        (void)settings.lastPage();
        (void)settings.needsLanguageChoice();
    }
    QFile::remove(path);
    return 0;
}
