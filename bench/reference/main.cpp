// SPDX-License-Identifier: GPL-3.0-or-later
// The smallest Qt Quick Controls app, started the way knowthelimits starts, for the benchmark.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KtlReference/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // The benchmark's signal: the first frame is on screen.
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        std::puts("first-frame");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }, Qt::QueuedConnection);
    return app.exec();
}
