// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/** Shared by the fuzz targets (tests/fuzz): the input bound, the Qt application, checks. */
namespace ktl::fuzz {

/** Larger inputs are rejected up front: per-input work stays bounded (fuzz.sh: -max_len). */
inline constexpr std::size_t maxInputSize = 256 * 1024;

namespace detail {
inline QStringList &toleratedWarnings()
{
    static QStringList prefixes;
    return prefixes;
}

inline void onQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    for (const QString &prefix : std::as_const(toleratedWarnings())) {
        if (type == QtWarningMsg && message.startsWith(prefix))
            return;
    }
    std::fprintf(stderr, "Qt message in a fuzz target: %s\n", qPrintable(message));
    std::abort();
}
} // namespace detail

/**
 * Any Qt warning aborts, as QT_FATAL_WARNINGS makes it in the tests, so libFuzzer keeps the
 * input that caused it. Warnings starting with one of @p tolerated (Qt's own, each listed with
 * the reason where it is tolerated) are let through: this takes over from QT_FATAL_WARNINGS,
 * which would abort on those too.
 */
inline void abortOnQtWarnings(const QStringList &tolerated = {})
{
    qunsetenv("QT_FATAL_WARNINGS");
    qunsetenv("QT_FATAL_CRITICALS");
    detail::toleratedWarnings() = tolerated;
    qInstallMessageHandler(detail::onQtMessage);
}

/** One QCoreApplication for the whole run, created in LLVMFuzzerInitialize. */
inline void ensureApplication(const QStringList &toleratedWarnings = {})
{
    abortOnQtWarnings(toleratedWarnings);
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ktl_fuzz";
    static char *argv[] = { name, nullptr };
    static auto *app = new QCoreApplication(argc, argv);
    (void)app;
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
    std::abort();
}

} // namespace ktl::fuzz

/** An invariant of the code under test: a failure aborts, and libFuzzer keeps the input. */
#define KTL_FUZZ_CHECK(cond)                                                                       \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::ktl::fuzz::fail(#cond, __FILE__, __LINE__);                                          \
    } while (false)
