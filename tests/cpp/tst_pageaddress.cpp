// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "pageaddress.h"
#include "testsupport.h"

#include <QTest>

using namespace ktl;

class TestPageAddress : public QObject
{
    Q_OBJECT

    ContentSet content;

private Q_SLOTS:
    void initTestCase() { content = loadAndValidate(test::validContent()).content; }

    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::newRow("home") << "home" << true << "";
        QTest::newRow("topic") << "topic/partnerships" << true << "";
        QTest::newRow("step") << "walkthrough/detainers-101/hours" << true << "";
        QTest::newRow("node") << "flow/jail/held" << true << "";
        QTest::newRow("glossary") << "glossary" << true << "";
        QTest::newRow("help") << "help" << true << "";
        QTest::newRow("local") << "local" << true << "";
        QTest::newRow("local with more") << "local/x" << false << "malformed";
        QTest::newRow("help takes no id") << "help/x" << false << "malformed page";
        QTest::newRow("unknown kind") << "preferences" << false << "unknown page";
        QTest::newRow("topic without id") << "topic" << false << "malformed page";
        QTest::newRow("empty part") << "flow//x" << false << "malformed page";
        QTest::newRow("too many parts") << "topic/a/b" << false << "malformed page";
        QTest::newRow("unknown topic") << "topic/nope" << false << "no topic \"nope\"";
        QTest::newRow("unknown step") << "walkthrough/detainers-101/nope" << false << "has no step \"nope\"";
        QTest::newRow("unknown node") << "flow/jail/nope" << false << "has no node \"nope\"";
    }
    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, error);
        PageAddress address;
        QString why;
        QCOMPARE(PageAddress::resolve(text, content, &address, &why), ok);
        if (ok)
            QCOMPARE(address.toString(), text);
        else
            QVERIFY2(why.contains(error), qPrintable(why));
    }

    void everyListedPageResolves()
    {
        QStringList pages = allPageAddresses(content);
        QCOMPARE(pages.first(), QStringLiteral("home"));
        // home, 2 topics, 1 walkthrough + 3 steps, 1 flow + 4 nodes, glossary, sources, timeline,
        // help, local, search, settings, workshop
        QCOMPARE(pages.size(), 1 + 2 + 4 + 5 + 8);
        QVERIFY(pages.contains(QStringLiteral("workshop")));
        QVERIFY(pages.contains(QStringLiteral("help")));
        QVERIFY(pages.contains(QStringLiteral("local")));
        for (const QString &page : pages) {
            PageAddress address;
            QString why;
            QVERIFY2(PageAddress::resolve(page, content, &address, &why), qPrintable(page + QStringLiteral(": ") + why));
        }
        QCOMPARE(pages.removeDuplicates(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPageAddress)
#include "tst_pageaddress.moc"
