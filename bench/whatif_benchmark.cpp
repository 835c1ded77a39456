// SPDX-License-Identifier: GPL-3.0-or-later
// "What changes if…": a knob change, from the call to the frame that shows it, on the real page.
//
// Measured against a reference in the same run: a frame the window draws after an update that
// changes nothing (what one frame costs here at all). From every combination of the knobs, one
// knob (each in turn) is moved to its next value, and the time from that change to the window's
// next frameSwapped is taken. Prints the median
// and the 99th percentile in milliseconds and as ratios to the reference, and whether the p99
// is within one 60 Hz frame (16.7 ms). Not a test: `cmake --build build --target benchmark_whatif`.
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "whatif.h"

#include "frametiming.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ktl;
using namespace ktl::bench;

int main(int argc, char *argv[])
{
    const OwnSettings settings; // the language it switches is not the user's
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine);
    const Explorer *e = ContentStore::instance()->content().explorer();
    if (!window || !e) {
        std::fprintf(stderr, "no window or no what-if story\n");
        return 1;
    }
    Navigation::instance()->go(QStringLiteral("whatif"));
    toNextFrame(window, [&] { window->update(); });
    QObject *model = window->findChild<QObject *>(QStringLiteral("whatIfModel"));
    if (!model) {
        std::fprintf(stderr, "no what-if model on the page\n");
        return 1;
    }

    QList<double> reference, changes, models;
    for (const char *language : { "en", "es" }) {
        LanguageManager::instance()->setLanguage(QString::fromLatin1(language));
        toNextFrame(window, [&] { window->update(); });
        whatif::forEachScenario(*e, [&](const Scenario &from) {
            // Start from this combination (not timed), then turn one knob to its next value.
            QMetaObject::invokeMethod(model, "restart");
            for (int k = 0; k < from.size(); ++k)
                QMetaObject::invokeMethod(model, "choose", Q_ARG(QString, e->knobs.at(k).id),
                                          Q_ARG(QString, e->knobs.at(k).values.at(from.at(k)).id));
            toNextFrame(window, [&] { window->update(); });
            const int k = int(changes.size() % from.size());
            const WhatIfKnob &knob = e->knobs.at(k);
            const QString next = knob.values.at((from.at(k) + 1) % knob.values.size()).id;
            reference.append(toNextFrame(window, [&] { window->update(); }));
            changes.append(toNextFrame(window, [&] {
                QElapsedTimer call;
                call.start();
                QMetaObject::invokeMethod(model, "choose", Q_ARG(QString, knob.id), Q_ARG(QString, next));
                models.append(call.nsecsElapsed() / 1e6);
            }));
        });
    }
    const double refMedian = percentile(reference, 0.5);
    const double median = percentile(changes, 0.5);
    const double p99 = percentile(changes, 0.99);
    std::printf("what-if knob change to the next frame, %lld changes (every combination, English and Spanish)\n",
                static_cast<long long>(changes.size()));
    std::printf("  reference (a frame with no change): median %.2f ms\n", refMedian);
    std::printf("  knob change: median %.2f ms (%.2fx the reference), p99 %.2f ms (%.2fx)\n", median,
                median / refMedian, p99, p99 / refMedian);
    // The part spent in the call itself: the model's new story and every binding it sets off.
    std::printf("  of which the call (model and bindings, before layout and drawing): median %.2f ms, p99 %.2f ms\n",
                percentile(models, 0.5), percentile(models, 0.99));
    std::printf("  budget: p99 within one 60 Hz frame (16.7 ms): %s\n", p99 <= 16.7 ? "met" : "NOT met");
    return 0;
}
