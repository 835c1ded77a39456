// SPDX-License-Identifier: GPL-3.0-or-later
#include "handouts.h"

#include "quickhide.h"

#include "appsettings.h"
#include "contentstore.h"
#include "handoutexporter.h"
#include "languagemanager.h"
#include "navigation.h"
#include "walletcard.h"
#include "phonehandout.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ktl {

Handouts::Handouts(QObject *parent)
    : QObject(parent)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &Handouts::lastMessageChanged);
    // Quick hide: "Handout saved as '… <page title>.pdf'" would name what was being read.
    connect(QuickHide::instance(), &QuickHide::hiddenChanged, this, [this] {
        m_lastFile.clear();
        m_lastError.clear();
        Q_EMIT lastMessageChanged();
    });
}

Handouts *Handouts::create(QQmlEngine *, QJSEngine *)
{
    static auto *handouts = new Handouts(nullptr);
    QJSEngine::setObjectOwnership(handouts, QJSEngine::CppOwnership);
    return handouts;
}

QString Handouts::lastMessage() const
{
    if (!m_lastError.isEmpty())
        //: Shown when a handout could not be saved; %1 says why
        return tr("The handout could not be saved: %1").arg(m_lastError);
    if (m_lastFile.isEmpty())
        return {};
    const QFileInfo file(m_lastFile);
    //: Shown after saving a handout; %1 is the file's name, %2 the folder it is in
    return tr("Handout saved as \u201c%1\u201d in %2.").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
}

bool Handouts::openFolder() const
{
    if (m_lastFile.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastFile).absolutePath()));
}

QString Handouts::save(const QString &address)
{
    HandoutExporter::Options options;
    options.address = address;
    options.paper = QLocale::system().measurementSystem() == QLocale::MetricSystem ? HandoutExporter::Paper::A4
                                                                                   : HandoutExporter::Paper::Letter;
    options.bilingual = AppSettings::instance()->bilingual();
    options.explored = Navigation::instance()->visited();
    options.packs = m_source.store()->packs();

    const QString name = address == QLatin1String("explored") ? tr("What I explored")
                                                               : Navigation::instance()->describe(address);
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    QDir().mkpath(m_folder);
    const QString file = QDir(m_folder).filePath(QStringLiteral("Know the Limits - %1.pdf").arg(safe.left(80)));
    QString error;
    const bool written = HandoutExporter::write(m_source.content(), options, file, &error)
            == HandoutExporter::Status::Written;
    m_lastFile = written ? file : QString();
    m_lastError = written ? QString() : error;
    Q_EMIT lastMessageChanged();
    return m_lastFile;
}

QString Handouts::fileFor(const QString &name, const QString &suffix) const
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)")), QStringLiteral("-"));
    QDir().mkpath(m_folder);
    return QDir(m_folder).filePath(QStringLiteral("Know the Limits - %1.%2").arg(safe.left(80), suffix));
}

QString Handouts::writePhoneHandout(const QString &name, const QString &address, const QString &title, const QStringList &addresses)
{
    PhoneHandout::Options options;
    options.address = address;
    options.addresses = addresses;
    options.title = title;
    options.packs = m_source.store()->packs();
    //: The file name of a handout for phones; %1 the page's title (a file is "Know the Limits - %1 (phone).html")
    const QString file = fileFor(tr("%1 (phone)").arg(name), QStringLiteral("html"));
    QString error;
    const bool written = PhoneHandout::write(m_source.content(), options, file, &error) == PhoneHandout::Status::Written;
    m_lastFile = written ? file : QString();
    m_lastError = written ? QString() : error;
    Q_EMIT lastMessageChanged();
    return m_lastFile;
}

QString Handouts::share(const QString &address)
{
    return writePhoneHandout(Navigation::instance()->describe(address), address, {}, {});
}

QString Handouts::sharePlaylist(const QString &title, const QStringList &addresses)
{
    if (addresses.isEmpty()) {
        m_lastFile.clear();
        //: Why a playlist's handout for phones was not saved
        m_lastError = tr("the playlist is empty");
        Q_EMIT lastMessageChanged();
        return {};
    }
    return writePhoneHandout(title, {}, title, addresses);
}

QString Handouts::saveWalletCard()
{
    WalletCard::Options options;
    options.paper = QLocale::system().measurementSystem() == QLocale::MetricSystem ? HandoutExporter::Paper::A4
                                                                                   : HandoutExporter::Paper::Letter;
    LanguageManager *languages = LanguageManager::instance();
    options.languages = { languages->language() };
    if (AppSettings::instance()->bilingual())
        options.languages.append(languages->otherLanguage());
    options.packs = m_source.store()->packs();
    QDir().mkpath(m_folder);
    //: The wallet card's file name, after "Know the Limits - "
    const QString file = QDir(m_folder).filePath(QStringLiteral("Know the Limits - %1.pdf").arg(tr("Wallet card")));
    QString error;
    const bool written = WalletCard::write(m_source.content(), options, file, &error) == WalletCard::Status::Written;
    m_lastFile = written ? file : QString();
    m_lastError = written ? QString() : error;
    Q_EMIT lastMessageChanged();
    return m_lastFile;
}

} // namespace ktl
