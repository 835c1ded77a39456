// SPDX-License-Identifier: GPL-3.0-or-later
#include "prose.h"

#include <QRegularExpression>

namespace ktl {

namespace {

// markup::toHtml writes links exactly so: <a href="term:id">words</a>, never nested.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(<a href="([^"]*)">(.*?)</a>)re"));
    return re;
}

QRegularExpressionMatch nthLink(const QString &html, int index)
{
    if (index < 0)
        return {};
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(html);
    for (int i = 0; it.hasNext(); ++i) {
        QRegularExpressionMatch match = it.next();
        if (i == index)
            return match;
    }
    return {};
}

} // namespace

QString Prose::display(const QString &html, const QColor &link, int focusedLink, const QColor &focusBackground)
{
    QString body = html;
    const QRegularExpressionMatch focused = nthLink(html, focusedLink);
    if (focused.hasMatch() && focusBackground.isValid()) {
        // A span inside the link, since QTextDocument draws an anchor's own background unreliably.
        const QString marked = QStringLiteral("<a href=\"%1\"><span style=\"background-color: %2; "
                                              "text-decoration: underline;\"><b>%3</b></span></a>")
                                       .arg(focused.captured(1), focusBackground.name(), focused.captured(2));
        body.replace(focused.capturedStart(), focused.capturedLength(), marked);
    }
    return QStringLiteral("<style>a { color: %1; }</style>").arg(link.name()) + body;
}

QString Prose::plain(const QString &html)
{
    QString s = html;
    static const QRegularExpression blockEnd(QStringLiteral("</(p|li)>|<br\\s*/?>"));
    s.replace(blockEnd, QStringLiteral("\n"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    s.remove(tag);
    // The entities QString::toHtmlEscaped writes; &amp; last so "&amp;lt;" stays "&lt;".
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.trimmed();
}

int Prose::linkCount(const QString &html)
{
    int count = 0;
    for (QRegularExpressionMatchIterator it = linkPattern().globalMatch(html); it.hasNext(); it.next())
        ++count;
    return count;
}

QString Prose::linkText(const QString &html, int index)
{
    const QRegularExpressionMatch match = nthLink(html, index);
    return match.hasMatch() ? plain(match.captured(2)) : QString();
}

QString Prose::linkHref(const QString &html, int index)
{
    const QRegularExpressionMatch match = nthLink(html, index);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace ktl
