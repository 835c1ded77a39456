// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include "contentlimits.h"

#include <cstdio>

namespace ktl::terminal {

void printErr(const QString &text) { std::fprintf(stderr, "knowthelimits: %s\n", qPrintable(text)); }
void printOut(const QString &text) { std::fprintf(stdout, "%s\n", qPrintable(text)); }

void printProblems(const ContentErrors &errors)
{
    const qsizetype shown = qMin<qsizetype>(errors.size(), limits::maxProblemsReported);
    for (qsizetype i = 0; i < shown; ++i)
        std::fprintf(stderr, "%s\n", qPrintable(errors.at(i).toString()));
    if (errors.size() > shown)
        std::fprintf(stderr, "…and %lld more problem(s)\n", static_cast<long long>(errors.size() - shown));
}

} // namespace ktl::terminal
