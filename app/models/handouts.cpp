// SPDX-License-Identifier: GPL-3.0-or-later
#include "handouts.h"

#include "appsettings.h"
#include "contentstore.h"
#include "handoutexporter.h"
#include "navigation.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ktl {

Handouts::Handouts(QObject *parent)
    : QObject(parent)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
}

Handouts *Handouts::create(QQmlEngine *, QJSEngine *)
{
    static auto *handouts = new Handouts(nullptr);
    QJSEngine::setObjectOwnership(handouts, QJSEngine::CppOwnership);
    return handouts;
}

void Handouts::setMessage(const QString &message)
{
    m_lastMessage = message;
    Q_EMIT lastMessageChanged();
}

QString Handouts::save(const QString &address)
{
    HandoutExporter::Options options;
    options.address = address;
    options.paper = QLocale::system().measurementSystem() == QLocale::MetricSystem ? HandoutExporter::Paper::A4
                                                                                   : HandoutExporter::Paper::Letter;
    options.bilingual = AppSettings::instance()->bilingual();
    options.explored = Navigation::instance()->visited();

    const QString name = address == QLatin1String("explored") ? tr("What I explored")
                                                               : Navigation::instance()->describe(address);
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    QDir().mkpath(m_folder);
    const QString file = QDir(m_folder).filePath(QStringLiteral("Know the Limits - %1.pdf").arg(safe.left(80)));
    QString error;
    if (HandoutExporter::write(ContentStore::instance()->content(), options, file, &error)
        != HandoutExporter::Status::Written) {
        //: Shown when a handout could not be saved; %1 says why
        setMessage(tr("The handout could not be saved: %1").arg(error));
        return {};
    }
    //: Shown after saving a handout; %1 is the file's path
    setMessage(tr("Handout saved: %1").arg(QDir::toNativeSeparators(file)));
    return file;
}

} // namespace ktl
