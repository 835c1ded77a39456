// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"
#include "contenttext.h"
#include "glossarymodel.h"
#include "languagemanager.h"
#include "sourcelistmodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ktl;

/** Switching English ↔ Spanish at run time, and what follows it. */
class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ContentStore::instance()->load({}, test::validContent()); }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void switchesBothWays()
    {
        LanguageManager *languages = LanguageManager::instance();
        QCOMPARE(languages->language(), QStringLiteral("en"));
        QSignalSpy changed(languages, &LanguageManager::languageChanged);
        QSignalSpy text(ContentStore::instance(), &ContentStore::textChanged);

        QVERIFY(languages->setLanguage(QStringLiteral("es")));
        QCOMPARE(languages->language(), QStringLiteral("es"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(text.count() >= 1); // content models re-read their text
        QCOMPARE(SourceListModel::kindLabel(QStringLiteral("case")), QStringLiteral("Casos judiciales"));
        QCOMPARE(ContentStore::instance()->reviewedAsOf(), QStringLiteral("28 de noviembre de 2026"));

        QVERIFY(languages->setLanguage(QStringLiteral("en")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(SourceListModel::kindLabel(QStringLiteral("case")), QStringLiteral("Court cases"));
        QCOMPARE(ContentStore::instance()->reviewedAsOf(), QStringLiteral("November 28, 2026"));
    }

    void modelsRefreshWithoutLosingTheirPlace()
    {
        SourceListModel model;
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QVERIFY(dataChanged.count() >= 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(2).data(SourceListModel::KindLabelRole).toString(), QStringLiteral("Casos judiciales"));
    }

    void rejectsUnknownLanguages()
    {
        QSignalSpy changed(LanguageManager::instance(), &LanguageManager::languageChanged);
        QVERIFY(!LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        QVERIFY(!LanguageManager::instance()->setLanguage(QString()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
    }

    void glossaryFollowsSpanishCollation()
    {
        ContentStore::instance()->load({}, ktl::test::dataDir(QStringLiteral("collation")));
        GlossaryModel model;
        auto order = [&] {
            QStringList terms;
            for (int row = 0; row < model.rowCount(); ++row)
                terms.append(model.index(row).data(GlossaryModel::TermRole).toString());
            return terms;
        };
        // English sorts ñ as an n with an accent; Spanish sorts it as its own letter, after n.
        QCOMPARE(order(), QStringList({ QStringLiteral("ñandú"), QStringLiteral("nube"), QStringLiteral("oso") }));
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QCOMPARE(order(), QStringList({ QStringLiteral("nube"), QStringLiteral("ñandú"), QStringLiteral("oso") }));
        ContentStore::instance()->load({}, ktl::test::validContent());
    }

    void datesAreWrittenOutInTheReadersLanguage()
    {
        // Never "2008-10": it reads as "2008 to 2010".
        QCOMPARE(contentDateText(QStringLiteral("2008-10")), QStringLiteral("October 2008"));
        QCOMPARE(contentDateText(QStringLiteral("2011-12-15")), QStringLiteral("December 15, 2011"));
        QCOMPARE(contentDateText(QStringLiteral("1996")), QStringLiteral("1996"));
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QCOMPARE(contentDateText(QStringLiteral("2008-10")), QStringLiteral("octubre de 2008"));
        QCOMPARE(contentDateText(QStringLiteral("2011-12-15")), QStringLiteral("15 de diciembre de 2011"));
        QCOMPARE(contentDateText(QStringLiteral("2026-13")), QStringLiteral("2026-13")); // not a date: as written
        QCOMPARE(contentDateHeading(QStringLiteral("2008-10")), QStringLiteral("Octubre de 2008")); // a timeline row
    }

    void webPagesAreGivenInTheReadersLanguageOrMarked()
    {
        const QString url = QStringLiteral("https://www.uscis.gov/avoid-scams");
        const TranslatedUrls spanish { { QStringLiteral("es"), QStringLiteral("https://www.uscis.gov/es/evite-estafas") } };
        QCOMPARE(webAddressLine(url, spanish, QStringLiteral("en")), url);
        QCOMPARE(webAddressLine(url, spanish, QStringLiteral("es")), spanish.value(QStringLiteral("es")));
        QCOMPARE(webAddressLine(url, {}, QStringLiteral("en")), url);
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QCOMPARE(webAddressLine(url, {}, QStringLiteral("es")), url + QStringLiteral(" (en inglés)"));
        QCOMPARE(webAddressLine(QString(), {}, QStringLiteral("es")), QString());
    }

    void languageNamesAreInTheirOwnLanguage()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        QStringList names;
        for (const QVariant &v : LanguageManager::languages())
            names.append(v.toMap().value(QStringLiteral("name")).toString());
        QCOMPARE(names, QStringList({ QStringLiteral("English"), QStringLiteral("Español") }));
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
