// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "contentstore.h"
#include "offlinenetwork.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KnowTheLimitsPlugin)

/** Every QML test runs on the small fixture content, with the module importable from qrc. */
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        ktl::OfflineNetworkFactory::install(engine);
        ktl::ContentStore::instance()->load({}, QStringLiteral(KTL_TEST_DATA_DIR "/valid"));
        ktl::AppSettings::instance()->forgetAll();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(knowthelimits, Setup)
#include "main.moc"
