// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the app's SVG icon as a square PNG of one size, with Qt's own SVG renderer (the one the
// app uses), so the hicolor PNGs are made at build time from the drawings in packaging/icons.
//
// usage: ktl_render_icon IN.svg OUT.png SIZE
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No QGuiApplication: shapes need no fonts or platform, and a GUI app would go looking for a
    // runtime folder at build time and say so on stderr.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(3).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 8 || size > 1024) {
        std::fprintf(stderr, "usage: ktl_render_icon IN.svg OUT.png SIZE (8 to 1024)\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "%s: not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(args.at(2), "PNG")) {
        std::fprintf(stderr, "%s: cannot write\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
