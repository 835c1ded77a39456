// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechtext.h"

#include "appsettings.h"
#include "contentformat.h"
#include "contenttext.h"
#include "languagemanager.h"
#include "markup.h"

namespace ktl::speechtext {

namespace {
/** The words of @p texts as one part, one text a line (each line ends a sentence). */
void append(SpeechText &speech, const QString &language, const QStringList &texts)
{
    QStringList words;
    for (const QString &text : texts) {
        const QString plain = markup::toPlainText(text).trimmed();
        if (!plain.isEmpty())
            words.append(plain);
    }
    if (!words.isEmpty())
        speech.parts.append({ language, words.join(QLatin1Char('\n')) });
}
} // namespace

SpeechText content(const QString &context, const QStringList &texts)
{
    SpeechText speech;
    QStringList shown;
    for (const QString &text : texts)
        shown.append(contentTr(context, text));
    LanguageManager *languages = LanguageManager::instance();
    append(speech, languages->language(), shown);
    if (AppSettings::instance()->bilingual()) {
        QStringList other;
        for (const QString &text : texts)
            other.append(contentformat::other(context, text));
        append(speech, languages->otherLanguage(), other);
    }
    return speech;
}

SpeechText plain(const QStringList &texts)
{
    SpeechText speech;
    append(speech, LanguageManager::instance()->language(), texts);
    return speech;
}

} // namespace ktl::speechtext
