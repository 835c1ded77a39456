// SPDX-License-Identifier: GPL-3.0-or-later
// Search: a keystroke in the real search page to the frame that shows its answer, at 1x, 10x and
// 100x the built-in content (bench/syntheticcontent.h).
//
// Twenty words a reader types (ten English in the English window, ten Spanish in the Spanish
// one, with and without accents) are typed letter by letter into the search field of the app's
// window. For each letter two times are taken: to the next frame (the letter shows: the GUI
// thread was free) and to the first frame after the answer reached the list. The search page is
// opened afresh for each word, as a reader comes back to it; the index is built once per size
// and language, when the page first opens, on the search thread. Measured against a reference
// in the same run: a frame after an update that changes nothing. Prints medians, 99th
// percentiles and the worst, in milliseconds and as ratios to the reference.
// Not a test: `cmake --build build --target benchmark_search`.
#include "contentstore.h"
#include "languagemanager.h"
#include "navigation.h"
#include "searchmodel.h"

#include "frametiming.h"
#include "syntheticcontent.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>

#include <cstdio>

using namespace ktl;
using namespace ktl::bench;

namespace {

struct Words
{
    QString language;
    QStringList words;
};

const QList<Words> typed = {
    { QStringLiteral("en"),
      { QStringLiteral("detainer"), QStringLiteral("mandamus"), QStringLiteral("warrant"), QStringLiteral("habeas"),
        QStringLiteral("287g"), QStringLiteral("sanctuary"), QStringLiteral("injunction"), QStringLiteral("bond"),
        QStringLiteral("jail"), QStringLiteral("consent") } },
    { QStringLiteral("es"),
      { QStringLiteral("detención"), QStringLiteral("detencion"), QStringLiteral("orden"), QStringLiteral("fianza"),
        QStringLiteral("hábeas"), QStringLiteral("cárcel"), QStringLiteral("carcel"), QStringLiteral("tribunal"),
        QStringLiteral("retención"), QStringLiteral("policía") } },
};

struct Keystroke
{
    double shown = -1;    ///< to the next frame: the letter is on screen
    double answered = -1; ///< to the first frame after the answer reached the list
};

/** Types @p text into @p field and times the two frames (Keystroke). */
Keystroke type(QQuickWindow *window, QQuickItem *field, SearchModel *results, const QString &text)
{
    Keystroke times;
    QEventLoop loop;
    QElapsedTimer timer;
    bool answered = false;
    const auto onAnswer = QObject::connect(results, &SearchModel::searchingChanged, &loop, [&] {
        if (!results->searching()) {
            answered = true;
            window->update(); // a frame even where the answer changes nothing on screen
        }
    });
    const auto onFrame = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        const double ms = timer.nsecsElapsed() / 1e6;
        if (times.shown < 0)
            times.shown = ms;
        if (answered) {
            times.answered = ms;
            loop.quit();
        }
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    timer.start();
    field->setProperty("text", text);
    if (!results->searching()) // answered at once (nothing to ask)
        answered = true;
    loop.exec();
    QObject::disconnect(onAnswer);
    QObject::disconnect(onFrame);
    return times;
}

SearchModel *resultsOf(QQuickWindow *window)
{
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("searchResults"));
    return list ? qobject_cast<SearchModel *>(list->property("model").value<QObject *>()) : nullptr;
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
    ContentStore *store = ContentStore::instance();
    const ContentSet builtIn = store->content();
    std::printf("a keystroke in the search field: to the next frame (shown) and to the frame with its answer\n");
    for (const int scale : { 1, 10, 100 }) {
        QList<double> reference, shown, answered;
        double indexBuilt = 0;
        for (const Words &set : typed) {
            LanguageManager::instance()->setLanguage(set.language);
            store->useContent(bench::syntheticContent(builtIn, scale, set.language));
            bool first = true;
            for (const QString &word : set.words) {
                toNextFrame(window, [&] { Navigation::instance()->go(QStringLiteral("home")); });
                toNextFrame(window, [&] { Navigation::instance()->go(QStringLiteral("search")); });
                toNextFrame(window, [&] { window->update(); }); // the page settled
                QQuickItem *field = window->findChild<QQuickItem *>(QStringLiteral("searchField"));
                SearchModel *results = resultsOf(window);
                if (!field || !results) {
                    std::fprintf(stderr, "no search field or results\n");
                    return 1;
                }
                if (first) { // the index is built as the page opens: the first letter waits for it
                    indexBuilt += type(window, field, results, word.left(1)).answered;
                    type(window, field, results, QString());
                    first = false;
                }
                for (int i = 1; i <= word.size(); ++i) {
                    reference.append(toNextFrame(window, [&] { window->update(); }));
                    const Keystroke k = type(window, field, results, word.left(i));
                    shown.append(k.shown);
                    answered.append(k.answered);
                }
            }
        }
        const double ref = percentile(reference, 0.5);
        std::printf("  %3dx the content (%lld documents): reference frame median %.2f ms\n", scale,
                    static_cast<long long>(SearchIndex::contentDocuments(store->content(), contentTr).size()), ref);
        std::printf("       letter shown:    median %6.2f ms (%.2fx), p99 %6.2f ms (%.2fx), worst %6.2f ms\n",
                    percentile(shown, 0.5), percentile(shown, 0.5) / ref, percentile(shown, 0.99),
                    percentile(shown, 0.99) / ref, percentile(shown, 1.0));
        std::printf("       answer shown:    median %6.2f ms (%.2fx), p99 %6.2f ms (%.2fx), worst %6.2f ms\n",
                    percentile(answered, 0.5), percentile(answered, 0.5) / ref, percentile(answered, 0.99),
                    percentile(answered, 0.99) / ref, percentile(answered, 1.0));
        std::printf("       index built on the search thread, first letter answered after %.0f ms (mean of EN and ES)\n",
                    indexBuilt / typed.size());
    }
    std::printf("  budget: every keystroke's answer on screen within one 60 Hz frame (16.7 ms) at 100x, p99\n");
    return 0;
}
