// SPDX-License-Identifier: GPL-3.0-or-later
// Quick hide: from the call (what Esc twice and the Hide button do) to the frame that shows the
// neutral page, from every kind of page, in the real window.
//
// Measured against a reference in the same run: a frame the window draws after an update that
// changes nothing. Every page of the built-in content (every step, node, topic, the what-if
// story and the reference pages), in English and Spanish, is opened, then hidden; the time
// from hide() to the window's next frameSwapped is taken. Prints the median and the worst in
// milliseconds and as ratios to the reference, and whether the worst is within one 60 Hz frame
// (16.7 ms). Not a test: `cmake --build build --target benchmark_quickhide`.
#include "languagemanager.h"
#include "navigation.h"
#include "quickhide.h"

#include "frametiming.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>

#include <cstdio>

using namespace ktl;
using namespace ktl::bench;

int main(int argc, char *argv[])
{
    const OwnSettings settings; // hiding forgets the last page, and it is not the user's
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    if (!window)
        return 1;
    QuickHide *quickHide = QuickHide::instance();
    QList<double> reference, hides;
    QString worstPage;
    double worst = 0;
    const QStringList pages = Navigation::instance()->allPages();
    for (const char *language : { "en", "es" }) {
        LanguageManager::instance()->setLanguage(QString::fromLatin1(language));
        for (const QString &page : pages) {
            toNextFrame(window, [&] { Navigation::instance()->go(page); });
            toNextFrame(window, [&] { window->update(); }); // the page settled
            reference.append(toNextFrame(window, [&] { window->update(); }));
            const double ms = toNextFrame(window, [&] { quickHide->hide(); });
            hides.append(ms);
            if (ms > worst) {
                worst = ms;
                worstPage = page + QLatin1Char(' ') + QString::fromLatin1(language);
            }
            toNextFrame(window, [&] { quickHide->reveal(); });
        }
    }
    const double refMedian = percentile(reference, 0.5);
    const double median = percentile(hides, 0.5);
    std::printf("quick hide to the next frame, from %lld pages (every page, English and Spanish)\n",
                static_cast<long long>(hides.size()));
    std::printf("  reference (a frame with no change): median %.2f ms\n", refMedian);
    std::printf("  hide: median %.2f ms (%.2fx the reference), worst %.2f ms (%.2fx, %s)\n", median,
                median / refMedian, worst, worst / refMedian, qPrintable(worstPage));
    std::printf("  budget: the worst within one 60 Hz frame (16.7 ms): %s\n", worst <= 16.7 ? "met" : "NOT met");
    return 0;
}
