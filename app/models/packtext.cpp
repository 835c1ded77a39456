// SPDX-License-Identifier: GPL-3.0-or-later
#include "packtext.h"

#include "contenttext.h"
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace ktl::packtext {

QString text(const PackText &text, const PackManifest &manifest)
{
    const QString language = LanguageManager::instance()->language();
    if (text.contains(language))
        return text.value(language);
    //: After a local pack's text shown in the pack's own language because it has none in the reader's; %1 the text
    return QCoreApplication::translate("PackText", "%1 (not translated)").arg(text.value(manifest.languages.value(0)));
}

QString publisher(const PackManifest &manifest)
{
    const QString language = LanguageManager::instance()->language();
    return manifest.publisher.value(language, manifest.publisher.value(manifest.languages.value(0)));
}

QString fromLabel(const PackManifest &manifest)
{
    //: Label on everything from a local pack: %1 the organisation that publishes it, %2 the date it checked it
    return QCoreApplication::translate("PackText", "From %1, checked %2 (local information, not part of this app)")
            .arg(publisher(manifest), contentDateText(manifest.reviewedAsOf));
}

QString overdueWarning(const PackManifest &manifest)
{
    if (QDate::fromString(manifest.reviewAgainBy, Qt::ISODate) >= QDate::currentDate())
        return {};
    //: %1 the date a local pack's publisher meant to check it again
    return QCoreApplication::translate("PackText", "The organisation planned to check this again by %1. It may be out of date.")
            .arg(contentDateText(manifest.reviewAgainBy));
}

QString signatureLabel(const Pack &pack)
{
    if (!pack.signature.isSigned())
        //: A local pack without a signature: nothing shows who made it
        return QCoreApplication::translate("PackText", "Not signed");
    //: %1 a key's fingerprint, such as 3F2A-9C01-77B0-1D4E
    return QCoreApplication::translate("PackText", "Signed by key %1").arg(pack.signature.fingerprint());
}

QString region(const PackManifest &manifest)
{
    QStringList parts = manifest.counties;
    parts.append(manifest.state);
    return parts.join(QStringLiteral(", "));
}

QString languages(const PackManifest &manifest)
{
    // The app's own languages by the names its language switch uses; others by their English
    // name (QLocale's native names carry a country, as in "español de España").
    QStringList names;
    for (const QString &code : manifest.languages) {
        const QLocale::Language language = QLocale::codeToLanguage(code);
        const QString own = LanguageManager::nameOf(code);
        names.append(!own.isEmpty() ? own : language == QLocale::AnyLanguage ? code : QLocale::languageToString(language));
    }
    return names.join(QStringLiteral(", "));
}

QString areaLine(const PackManifest &manifest)
{
    //: %1 counties and state, such as "River County, TX"
    return QCoreApplication::translate("PackText", "Area: %1").arg(region(manifest));
}

QString datesLine(const PackManifest &manifest)
{
    //: %1 the date the publisher checked it; %2 the date they mean to check it again
    return QCoreApplication::translate("PackText", "Checked %1; to be checked again by %2")
            .arg(contentDateText(manifest.reviewedAsOf), contentDateText(manifest.reviewAgainBy));
}

QString languagesLine(const PackManifest &manifest)
{
    //: %1 language names, such as "English, Español"
    return QCoreApplication::translate("PackText", "Languages: %1").arg(languages(manifest));
}

QString holds(const Pack &pack)
{
    //: What a local pack holds; %1, %2, %3 are numbers
    return QCoreApplication::translate("PackText", "Places to find help: %1. State and county items: %2. Local notes: %3.")
            .arg(pack.helpPlaces.size()).arg(pack.status.size()).arg(pack.notes.size());
}

QStringList sources(const QList<PackSource> &sources, const PackManifest &manifest)
{
    QStringList lines;
    for (const PackSource &s : sources)
        lines.append(s.url.isEmpty() ? text(s.citation, manifest) : text(s.citation, manifest) + QStringLiteral(" — ") + s.url);
    return lines;
}

QString statusKind(const QString &kind)
{
    if (kind == QLatin1String("287g-agreement"))
        return QCoreApplication::translate("PackText", "287(g) agreement");
    if (kind == QLatin1String("detainer-policy"))
        return QCoreApplication::translate("PackText", "Detainer policy");
    return QCoreApplication::translate("PackText", "State law");
}

QString agreementModel(const QString &model)
{
    if (model == QLatin1String("jail-enforcement"))
        return QCoreApplication::translate("PackText", "Jail enforcement model");
    if (model == QLatin1String("warrant-service-officer"))
        return QCoreApplication::translate("PackText", "Warrant service officer model");
    if (model == QLatin1String("task-force"))
        return QCoreApplication::translate("PackText", "Task force model");
    return {};
}

} // namespace ktl::packtext
