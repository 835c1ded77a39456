// SPDX-License-Identifier: GPL-3.0-or-later
#include "markup.h"

#include <QRegularExpression>

namespace ktl::markup {

namespace {

const QRegularExpression &linkPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\[([^\]\n]+)\]\(([^)\s]*)\))"));
    return re;
}

QString inlineToHtml(const QString &escaped)
{
    static const QRegularExpression strong(QStringLiteral(R"(\*\*(.+?)\*\*)"));
    static const QRegularExpression emphasis(QStringLiteral(R"(\*(.+?)\*)"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]\n]+)\]\(((?:term|source):[a-z0-9-]+|page:[a-z]+(?:/[a-z0-9-]+){0,2})\))"));
    QString s = escaped;
    s.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
    s.replace(strong, QStringLiteral("<b>\\1</b>"));
    s.replace(emphasis, QStringLiteral("<i>\\1</i>"));
    return s;
}

bool isBullet(const QString &line) { return line.startsWith(QLatin1String("- ")); }

} // namespace

QList<Link> links(const QString &text)
{
    QList<Link> result;
    auto it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString href = m.captured(2);
        const qsizetype colon = href.indexOf(QLatin1Char(':'));
        result.append({ m.captured(1), colon < 0 ? QString() : href.left(colon),
                        colon < 0 ? href : href.mid(colon + 1) });
    }
    return result;
}

const QRegularExpression &htmlPattern()
{
    static const QRegularExpression html(QStringLiteral(R"(<\s*[/!?]?[A-Za-z!])"));
    return html;
}

QStringList plainTextProblems(const QString &text)
{
    if (text.contains(htmlPattern()))
        return { QStringLiteral("raw HTML is not allowed; this field is plain text") };
    return {};
}

QStringList problems(const QString &text)
{
    QStringList result;
    if (text.contains(htmlPattern()))
        result.append(QStringLiteral("raw HTML is not allowed"));
    if (text.contains(QLatin1String("![")))
        result.append(QStringLiteral("images are not allowed in text"));
    for (const Link &link : links(text)) {
        if (link.scheme == QLatin1String("http") || link.scheme == QLatin1String("https"))
            result.append(QStringLiteral("web link \"%1\" is not allowed in text; put the address "
                                         "in a source's url")
                                  .arg(link.scheme + QLatin1Char(':') + link.target));
        else if (link.scheme != QLatin1String("term") && link.scheme != QLatin1String("source")
                 && link.scheme != QLatin1String("page"))
            result.append(QStringLiteral("link \"%1\" must start with term:, source: or page:")
                                  .arg(link.scheme.isEmpty() ? link.target
                                                             : link.scheme + QLatin1Char(':') + link.target));
    }
    return result;
}

QString toHtml(const QString &text)
{
    QString html;
    const QStringList blocks = text.split(QRegularExpression(QStringLiteral(R"(\n\s*\n)")),
                                          Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        QString paragraph;
        bool inList = false;
        auto flushParagraph = [&] {
            if (!paragraph.isEmpty())
                html += QStringLiteral("<p>") + inlineToHtml(paragraph.toHtmlEscaped()) + QStringLiteral("</p>");
            paragraph.clear();
        };
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (isBullet(line)) {
                flushParagraph();
                if (!inList)
                    html += QStringLiteral("<ul>");
                inList = true;
                html += QStringLiteral("<li>") + inlineToHtml(line.mid(2).toHtmlEscaped()) + QStringLiteral("</li>");
                continue;
            }
            if (inList) {
                html += QStringLiteral("</ul>");
                inList = false;
            }
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        }
        if (inList)
            html += QStringLiteral("</ul>");
        flushParagraph();
    }
    return html;
}

QString toPlainText(const QString &text)
{
    QString s = text;
    s.replace(linkPattern(), QStringLiteral("\\1"));
    s.remove(QLatin1String("**"));
    // No backtracking across the line: each "*" looks only as far as the next "*" or line end,
    // so unclosed stars cost linear time (a lazy ".*?" between \S made it quadratic).
    static const QRegularExpression emphasis(QStringLiteral(R"(\*([^*\s](?:[^*\n]*[^*\s])?)\*)"));
    s.replace(emphasis, QStringLiteral("\\1"));
    static const QRegularExpression bullets(QStringLiteral(R"((^|\n)\s*- )"));
    s.replace(bullets, QStringLiteral("\\1"));
    return s.simplified();
}

} // namespace ktl::markup
