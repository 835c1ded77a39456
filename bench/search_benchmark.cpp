// SPDX-License-Identifier: GPL-3.0-or-later
// Search: a keystroke in the real search page to the frame that shows its results.
//
// Twenty prefixes a reader types (English and Spanish words, with and without accents) are
// typed letter by letter into the search field of the app's window, and the time from each
// letter to the window's next frameSwapped is taken. Measured against a reference in the same
// run: a frame after an update that changes nothing. The search page is opened twice, as a
// reader comes back to it: the first visit builds the index, the second reuses it. Prints the
// median, the 99th percentile and the worst, in milliseconds and as ratios to the reference.
// Not a test: `cmake --build build --target benchmark_search`.
#include "appsettings.h"
#include "languagemanager.h"
#include "navigation.h"

#include "frametiming.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>

#include <cstdio>

using namespace ktl;
using namespace ktl::bench;

namespace {

const QStringList words = { QStringLiteral("detainer"), QStringLiteral("mandamus"), QStringLiteral("warrant"),
                            QStringLiteral("habeas"), QStringLiteral("287g"), QStringLiteral("sanctuary"),
                            QStringLiteral("injunction"), QStringLiteral("bond"), QStringLiteral("jail"),
                            QStringLiteral("consent"), QStringLiteral("detención"), QStringLiteral("detencion"),
                            QStringLiteral("orden"), QStringLiteral("fianza"), QStringLiteral("hábeas"),
                            QStringLiteral("cárcel"), QStringLiteral("carcel"), QStringLiteral("tribunal"),
                            QStringLiteral("retención"), QStringLiteral("policía") };

} // namespace

int main(int argc, char *argv[])
{
    const OwnSettings settings;
    QGuiApplication app(argc, argv);
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    if (!window) {
        std::fprintf(stderr, "no window\n");
        return 1;
    }
    std::printf("a keystroke in the search field to the next frame, %lld words typed letter by letter\n",
                static_cast<long long>(words.size()));
    for (int visit = 1; visit <= 2; ++visit) {
        QList<double> reference, keys;
        double firstKey = 0;
        for (const QString &word : words) {
            toNextFrame(window, [&] { Navigation::instance()->go(QStringLiteral("home")); });
            toNextFrame(window, [&] { Navigation::instance()->go(QStringLiteral("search")); });
            toNextFrame(window, [&] { window->update(); }); // the page settled
            QQuickItem *field = window->findChild<QQuickItem *>(QStringLiteral("searchField"));
            if (!field) {
                std::fprintf(stderr, "no search field\n");
                return 1;
            }
            for (int i = 1; i <= word.size(); ++i) {
                reference.append(toNextFrame(window, [&] { window->update(); }));
                const double ms = toNextFrame(window, [&] { field->setProperty("text", word.left(i)); });
                if (keys.isEmpty())
                    firstKey = ms;
                keys.append(ms);
            }
        }
        const double ref = percentile(reference, 0.5);
        std::printf("  visit %d: reference median %.2f ms; keystroke median %.2f ms (%.2fx), p99 %.2f ms (%.2fx), "
                    "worst %.2f ms; the visit's first keystroke %.2f ms\n",
                    visit, ref, percentile(keys, 0.5), percentile(keys, 0.5) / ref, percentile(keys, 0.99),
                    percentile(keys, 0.99) / ref, percentile(keys, 1.0), firstKey);
    }
    std::printf("  budget: p99 within one 60 Hz frame (16.7 ms)\n");
    return 0;
}
