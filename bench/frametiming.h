// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the frame benchmarks share: the app's window, and the time from an action to the frame
// that shows it.
#include "appsettings.h"
#include "languagemanager.h"

#include <QQmlApplicationEngine>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace ktl::bench {

/** Settings and data folders of the benchmark's own, made before the application: what it
 *  switches (the language, the last page) is never the user's. Offscreen, as in CI. */
class OwnSettings
{
public:
    OwnSettings()
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.path().toLocal8Bit());
    }

private:
    QTemporaryDir m_dir;
};

/** The app's main window, loaded in @p engine as the binary loads it, past the first-run
 *  language choice (English); nullptr, said on stderr, if it failed. */
inline QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine)
{
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    LanguageManager::instance()->setEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KnowTheLimits/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        std::fprintf(stderr, "the app's window could not be made\n");
    return window;
}

/** Milliseconds from @p act to the window's next frame. */
inline double toNextFrame(QQuickWindow *window, const std::function<void()> &act)
{
    QEventLoop loop;
    QElapsedTimer timer;
    double ms = -1;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        ms = timer.nsecsElapsed() / 1e6;
        loop.quit();
    });
    QTimer::singleShot(2000, &loop, &QEventLoop::quit); // no frame at all: reported as 2 s
    timer.start();
    act();
    loop.exec();
    QObject::disconnect(connection);
    return ms < 0 ? 2000 : ms;
}

inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5));
    return values.at(i);
}

} // namespace ktl::bench
