// SPDX-License-Identifier: GPL-3.0-or-later
// Memory over 1,000 navigations in the real window: every kind of page in turn, each shown
// (to its next frame) before the next. Resident memory is read after every navigation.
//
// Printed (all resident memory, and the process's own part): at the first frame, after the first visit of every page, after
// 330 navigations (the warm-up: every page's type, fonts and layouts made) and after 1,000, and
// the growth "in all" (from the first frame) and after the warm-up. Measured against a reference
// in the same run: the same number of frames with no navigation, on the home page.
// Not a test: `cmake --build build --target benchmark_memory`.
#include "contentstore.h"
#include "navigation.h"

#include "frametiming.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

#include <cstdio>

using namespace ktl;
using namespace ktl::bench;

namespace {

/** A line of /proc/self/status ("VmRSS", "RssAnon"), in MiB. */
double statusMiB(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

/** Resident memory: all of it, and the part that is the process's own (heap and the like, not
 *  the pages of program and library code, which are read from their files and shared). */
struct Resident
{
    double all = statusMiB("VmRSS");
    double own = statusMiB("RssAnon");
};

QStringList pages(const ContentSet &content)
{
    QStringList list { QStringLiteral("home"), QStringLiteral("whatif"), QStringLiteral("glossary"), QStringLiteral("sources"),
                       QStringLiteral("timeline"), QStringLiteral("help"), QStringLiteral("local"), QStringLiteral("search"),
                       QStringLiteral("settings"), QStringLiteral("workshop") };
    for (const Topic &t : content.topics)
        list.append(QStringLiteral("topic/") + t.id);
    for (const Walkthrough &w : content.walkthroughs)
        list.append(QStringLiteral("walkthrough/%1/%2").arg(w.id, w.steps.constLast().id));
    for (const Flow &f : content.flows)
        list.append(QStringLiteral("flow/") + f.id);
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    const OwnSettings settings;
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    if (!window)
        return 1;
    toNextFrame(window, [&] { window->update(); });
    const Resident atStart;

    constexpr int navigations = 1000, warmUp = 330;
    // The reference: as many frames, nothing navigated.
    for (int i = 0; i < navigations; ++i)
        toNextFrame(window, [&] { window->update(); });
    const Resident afterReference;

    const QStringList all = pages(ContentStore::instance()->content());
    Resident afterEveryPage, afterWarmUp;
    double peak = 0;
    for (int i = 1; i <= navigations; ++i) {
        toNextFrame(window, [&] { Navigation::instance()->go(all.at((i - 1) % all.size())); });
        const Resident now;
        peak = std::max(peak, now.all);
        if (i == all.size())
            afterEveryPage = now;
        if (i == warmUp)
            afterWarmUp = now;
    }
    const Resident atEnd;
    auto growth = [](double from, double to) { return 100 * (to - from) / from; };
    std::printf("memory over %d navigations through %lld pages (resident MiB: all / the process's own)\n", navigations,
                static_cast<long long>(all.size()));
    std::printf("  first frame %.1f / %.1f; every page seen once %.1f / %.1f; after %d %.1f / %.1f; after %d %.1f / %.1f "
                "(peak %.1f)\n",
                atStart.all, atStart.own, afterEveryPage.all, afterEveryPage.own, warmUp, afterWarmUp.all,
                afterWarmUp.own, navigations, atEnd.all, atEnd.own, peak);
    std::printf("  growth in all %+.1f%% / %+.1f%% (budget +10%%); after the warm-up %+.1f%% / %+.1f%% (budget +2%%)\n",
                growth(atStart.all, atEnd.all), growth(atStart.own, atEnd.own), growth(afterWarmUp.all, atEnd.all),
                growth(afterWarmUp.own, atEnd.own));
    std::printf("  reference, %d frames with no navigation: %+.1f%% / %+.1f%%\n", navigations,
                growth(atStart.all, afterReference.all), growth(atStart.own, afterReference.own));
    return 0;
}
