// SPDX-License-Identifier: GPL-3.0-or-later
// Language switch: English to Spanish and back on every kind of page of the real window, to the
// next frame, at 1x and 100x the built-in content (bench/syntheticcontent.h).
//
// Each page is opened, left to settle, then switched five times each way. Measured against a
// reference in the same run: a frame after an update that changes nothing. Prints, per page, the
// median and the worst in milliseconds and in 60 Hz frames.
// Not a test: `cmake --build build --target benchmark_languageswitch`. To look at one page (under
// callgrind, say): `ktl_languageswitch_benchmark --page glossary --scale 100`.
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"

#include "frametiming.h"
#include "syntheticcontent.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>

#include <cstdio>

using namespace ktl;
using namespace ktl::bench;

namespace {

constexpr double frame = 1000.0 / 60;

QStringList pages(const ContentSet &content)
{
    const Walkthrough &w = content.walkthroughs.constFirst();
    return { QStringLiteral("home"), QStringLiteral("topic/") + content.topics.constFirst().id,
             QStringLiteral("walkthrough/%1/%2").arg(w.id, w.steps.at(1).id), QStringLiteral("flow/") + content.flows.constFirst().id,
             QStringLiteral("whatif"), QStringLiteral("glossary"), QStringLiteral("sources"), QStringLiteral("timeline"),
             QStringLiteral("help"), QStringLiteral("local"), QStringLiteral("search"), QStringLiteral("settings"),
             QStringLiteral("workshop") };
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
    const QStringList args = app.arguments();
    const QString onlyPage = args.contains(QStringLiteral("--page")) ? args.value(args.indexOf(QStringLiteral("--page")) + 1) : QString();
    QList<int> scales { 1, 100 };
    if (args.contains(QStringLiteral("--scale")))
        scales = { args.value(args.indexOf(QStringLiteral("--scale")) + 1).toInt() };
    ContentStore *store = ContentStore::instance();
    const ContentSet builtIn = store->content();
    std::printf("language switch (English <-> Spanish) to the next frame, five times each way per page\n");
    double worstOfAll = 0;
    for (const int scale : std::as_const(scales)) {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        store->useContent(bench::syntheticContent(builtIn, scale, QStringLiteral("en")));
        QList<double> reference;
        std::printf("  %dx the content\n", scale);
        for (const QString &page : pages(builtIn)) {
            if (!onlyPage.isEmpty() && !page.startsWith(onlyPage))
                continue;
            toNextFrame(window, [&] { Navigation::instance()->go(page); });
            for (int i = 0; i < 3; ++i) // settled: what the page does "later" is done
                toNextFrame(window, [&] { window->update(); });
            QList<double> switches;
            for (int i = 0; i < 5; ++i) {
                for (const char *language : { "es", "en" }) {
                    reference.append(toNextFrame(window, [&] { window->update(); }));
                    switches.append(toNextFrame(window, [&] {
                        LanguageManager::instance()->setLanguage(QString::fromLatin1(language));
                    }));
                }
            }
            const double worst = percentile(switches, 1.0);
            worstOfAll = std::max(worstOfAll, scale == 100 ? worst : 0.0);
            std::printf("    %-28s median %7.2f ms (%4.2f frames), worst %7.2f ms (%4.2f frames)\n", qPrintable(page),
                        percentile(switches, 0.5), percentile(switches, 0.5) / frame, worst, worst / frame);
        }
        std::printf("    reference frame median %.2f ms\n", percentile(reference, 0.5));
    }
    if (scales.contains(100))
        std::printf("  budget: at most 2 frames (%.1f ms) on every page at 100x; worst here %.2f ms (%.2f frames)\n",
                    2 * frame, worstOfAll, worstOfAll / frame);
    return 0;
}
