// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"
#include "flowdiagrammodel.h"
#include "markup.h"
#include "presentationscreens.h"
#include "prose.h"
#include "testsupport.h"
#include "windowfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTest>

using namespace ktl;

/** What real use rests on below the QML: what a screen reader reads of a paragraph, which link
 *  the keyboard is on, where windows open, and how a diagram is framed. */
class TestProse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ContentStore::instance()->load({}, test::validContent()); }

    /** The diagram is fitted whole only while its text stays readable; otherwise the current
     *  node and its neighbours are framed, at no less than the readable zoom. */
    void diagramFramingKeepsTextReadable()
    {
        FlowDiagramModel diagram;
        diagram.setFontPixelSize(17);
        diagram.setFlowId(QStringLiteral("jail"));
        QTRY_VERIFY(diagram.width() > 0); // laid out off the GUI thread
        const QVariantMap roomy = diagram.frame({}, QStringLiteral("law"), diagram.width() * 3, diagram.height() * 3, 1, 1.25);
        QCOMPARE(roomy.value(QStringLiteral("zoom")).toReal(), 1.25);
        QCOMPARE(roomy.value(QStringLiteral("centerX")).toReal(), diagram.width() / 2);
        // 70 % of the room the whole needs: fitting it all would shrink the text below body size.
        const qreal viewW = diagram.width() * 0.7, viewH = diagram.height() * 0.7;
        const QVariantMap tight = diagram.frame({}, QStringLiteral("held"), viewW, viewH, 1, 1.25);
        QVERIFY(tight.value(QStringLiteral("zoom")).toReal() >= 1);
        QVariantMap held;
        for (const QVariant &n : diagram.nodes()) {
            if (n.toMap().value(QStringLiteral("nodeId")) == QStringLiteral("held"))
                held = n.toMap();
        }
        const qreal cx = tight.value(QStringLiteral("centerX")).toReal();
        const qreal cy = tight.value(QStringLiteral("centerY")).toReal();
        const qreal zoom = tight.value(QStringLiteral("zoom")).toReal();
        const qreal halfW = viewW / 2 / zoom, halfH = viewH / 2 / zoom; // the view, in diagram units
        QVERIFY2(held.value(QStringLiteral("x")).toReal() >= cx - halfW - 1
                         && held.value(QStringLiteral("x")).toReal() + held.value(QStringLiteral("width")).toReal() <= cx + halfW + 1
                         && held.value(QStringLiteral("y")).toReal() >= cy - halfH - 1,
                 qPrintable(QStringLiteral("the current node is in the framed view: node %1,%2 %3x%4; centre %5,%6 zoom %7; diagram %8x%9")
                                    .arg(held.value(QStringLiteral("x")).toReal()).arg(held.value(QStringLiteral("y")).toReal())
                                    .arg(held.value(QStringLiteral("width")).toReal()).arg(held.value(QStringLiteral("height")).toReal())
                                    .arg(cx).arg(cy).arg(zoom).arg(diagram.width()).arg(diagram.height())));
        // Fitting everything (the Fit button) goes as small as it must.
        QVERIFY(diagram.frame({}, {}, diagram.width() / 2, diagram.height() / 2, 0.3, 1.25).value(QStringLiteral("zoom")).toReal() < 1);
    }

    void plainTextHasNoMarkup()
    {
        // What markup::toHtml makes of the content's Markdown, entities and all.
        const QString html = markup::toHtml(QStringLiteral("A [detainer](term:detainer) is **not** a warrant & <never> \"a\" 'b'.\n\n- one\n- two"));
        const QString plain = Prose::plain(html);
        QCOMPARE(plain, QStringLiteral("A detainer is not a warrant & <never> \"a\" 'b'.\none\ntwo"));
        QCOMPARE(Prose::plain(QStringLiteral("<p>&amp;lt;b&amp;gt;</p>")), QStringLiteral("&lt;b&gt;"));
    }

    void linksOneByOne()
    {
        const QString html = markup::toHtml(QStringLiteral("See [ICE](term:ice) and [the rule](source:rule-2017)."));
        QCOMPARE(Prose::linkCount(html), 2);
        QCOMPARE(Prose::linkText(html, 0), QStringLiteral("ICE"));
        QCOMPARE(Prose::linkHref(html, 1), QStringLiteral("source:rule-2017"));
        QCOMPARE(Prose::linkHref(html, 2), QString());
        QCOMPARE(Prose::linkHref(html, -1), QString());
        QCOMPARE(Prose::linkCount(markup::toHtml(QStringLiteral("No links here."))), 0);
    }

    void displayMarksTheFocusedLinkOnly()
    {
        const QString html = markup::toHtml(QStringLiteral("[a](term:a) [b](term:b)"));
        const QString none = Prose::display(html, QColor(0x1a, 0x56, 0xa0));
        QVERIFY(none.startsWith(QStringLiteral("<style>a { color: #1a56a0; }</style>")));
        QVERIFY(!none.contains(QStringLiteral("background-color")));
        const QString second = Prose::display(html, QColor(Qt::blue), 1, QColor(Qt::yellow));
        QCOMPARE(second.count(QStringLiteral("background-color: #ffff00")), 1);
        QVERIFY(second.indexOf(QStringLiteral("background-color")) > second.indexOf(QStringLiteral("term:b")));
        // The words and links are unchanged for a screen reader either way.
        QCOMPARE(Prose::plain(second.section(QStringLiteral("</style>"), 1)), Prose::plain(html));
    }

    void presenterScreens()
    {
        QScreen *laptop = QGuiApplication::primaryScreen();
        QVERIFY(laptop);
        auto *projector = reinterpret_cast<QScreen *>(0x1); // only compared, never used
        const QList<QScreen *> two { projector, laptop }; // the order Qt lists them in varies
        QCOMPARE(PresentationScreens::choose(two, laptop, false).notes, laptop);
        QCOMPARE(PresentationScreens::choose(two, laptop, false).audience, projector);
        QCOMPARE(PresentationScreens::choose(two, laptop, true).audience, laptop);
        QCOMPARE(PresentationScreens::choose(two, laptop, true).notes, projector);
        const QList<QScreen *> one { laptop };
        QCOMPARE(PresentationScreens::choose(one, laptop, false).audience, laptop);
        QCOMPARE(PresentationScreens::choose({}, laptop, false).audience, nullptr);
        QCOMPARE(PresentationScreens::centred(QSize(1100, 680), QRect(1366, 0, 1920, 1080)),
                 QRect(1366 + 410, 200, 1100, 680));
        QCOMPARE(PresentationScreens::centred(QSize(1100, 680), QRect(0, 0, 1024, 600)), QRect(0, 0, 1024, 600));
    }

    void mainWindowFitsItsScreen()
    {
        const QSize preferred(1280, 720);
        QCOMPARE(windowfit::initialGeometry(preferred, QRect(0, 0, 1024, 600)), QRect(0, 0, 1024, 600));
        QVERIFY(windowfit::startsMaximized(preferred, QRect(0, 0, 1024, 600)));
        QCOMPARE(windowfit::initialGeometry(preferred, QRect(0, 24, 1920, 1056)), QRect(320, 192, 1280, 720));
        QVERIFY(!windowfit::startsMaximized(preferred, QRect(0, 24, 1920, 1056)));
        QCOMPARE(windowfit::initialGeometry(preferred, QRect()), QRect(0, 0, 1280, 720));
    }
};

QTEST_MAIN(TestProse)
#include "tst_prose.moc"
