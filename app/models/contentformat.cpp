// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentformat.h"

#include "contenttext.h"
#include "contenttypes.h"
#include "languagemanager.h"
#include "markup.h"

#include <QVariantMap>

namespace ktl::contentformat {

QString html(const QString &context, const QString &text)
{
    return markup::toHtml(contentTr(context, text));
}

QString other(const QString &context, const QString &text)
{
    LanguageManager *languages = LanguageManager::instance();
    return languages->translate(languages->otherLanguage(), context.toUtf8().constData(), text);
}

QString otherHtml(const QString &context, const QString &text)
{
    return markup::toHtml(other(context, text));
}

SourceRefs sourceRefs(const ContentSet &content, const QStringList &ids)
{
    SourceRefs result;
    for (const QString &id : ids) {
        if (const Source *s = content.source(id))
            result.append({ s->id, contentTr(contentContext::sources(), s->title),
                            contentTr(contentContext::citations(), s->citation), s->url });
    }
    return result;
}

} // namespace ktl::contentformat
