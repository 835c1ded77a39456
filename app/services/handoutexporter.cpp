// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutexporter.h"

#include "contenttext.h"
#include "contenttypes.h"
#include "flowlayout.h"
#include "languagemanager.h"
#include "markup.h"
#include "pageaddress.h"

#include <QAbstractTextDocumentLayout>
#include <QCollator>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace ktl {

namespace {

/** Markup as print HTML: links become plain words (a printout cannot follow them). */
QString linklessHtml(const QString &text)
{
    static const QRegularExpression anchors(QStringLiteral("</?a[^>]*>"));
    return markup::toHtml(text).remove(anchors);
}

QString printHtml(const QString &context, const QString &text) { return linklessHtml(contentTr(context, text)); }

QString otherHtml(const QString &context, const QString &text)
{
    LanguageManager *languages = LanguageManager::instance();
    return linklessHtml(languages->translate(languages->otherLanguage(), context.toUtf8().constData(), text));
}

QString esc(const QString &text) { return text.toHtmlEscaped(); }

class Body
{
public:
    Body(const ContentSet &content, const HandoutExporter::Options &options)
        : c(content)
        , o(options)
    {
    }

    QString html;
    QString title;

    void sources(const QStringList &ids)
    {
        QStringList cited;
        for (const QString &id : ids) {
            if (const Source *s = c.source(id))
                cited.append(esc(s->citation) + (s->url.isEmpty() ? QString() : QStringLiteral(" — ") + esc(s->url)));
        }
        if (!cited.isEmpty())
            //: Handout: the list of sources under a part; %1 is the list
            html += QStringLiteral("<p style=\"font-size:8.5pt\">%1</p>")
                            .arg(QCoreApplication::translate("HandoutExporter", "Sources: %1").arg(cited.join(QStringLiteral("; "))));
    }

    void other(const QString &context, const QString &heading, const QString &text)
    {
        if (!o.bilingual)
            return;
        LanguageManager *languages = LanguageManager::instance();
        html += QStringLiteral("<p style=\"font-size:9pt\"><i>%1 — %2</i></p>")
                        .arg(esc(languages->otherLanguageName()),
                             esc(languages->translate(languages->otherLanguage(), context.toUtf8().constData(), heading)));
        if (!text.isEmpty())
            html += QStringLiteral("<div style=\"font-size:9pt\"><i>%1</i></div>").arg(otherHtml(context, text));
    }

    void walkthrough(const Walkthrough &w)
    {
        const QString ctx = contentContext::walkthrough(w.id);
        title = contentTr(ctx, w.title);
        html += QStringLiteral("<h1>%1</h1>").arg(esc(title)) + printHtml(ctx, w.summary);
        for (int i = 0; i < w.steps.size(); ++i) {
            const Step &s = w.steps.at(i);
            //: Handout: a step heading; %1 step number, %2 step count, %3 step title
            html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("HandoutExporter", "Step %1 of %2: %3")
                                                              .arg(i + 1).arg(w.steps.size()).arg(contentTr(ctx, s.title))));
            html += printHtml(ctx, s.body);
            other(ctx, s.title, s.body);
            if (!s.question.isEmpty()) {
                html += QStringLiteral("<p><b>%1</b> %2</p><ul>").arg(esc(QCoreApplication::translate("HandoutExporter", "Check your understanding:")),
                                                                      esc(contentTr(ctx, s.question.prompt)));
                for (const Choice &ch : s.question.choices) {
                    html += QStringLiteral("<li>%1%2</li>")
                                    .arg(esc(contentTr(ctx, ch.text)),
                                         ch.correct ? QStringLiteral(" — <b>%1</b> %2").arg(esc(QCoreApplication::translate("HandoutExporter", "Right answer.")),
                                                                                             printHtml(ctx, ch.explanation).remove(QStringLiteral("<p>")).remove(QStringLiteral("</p>")))
                                                    : QString());
                }
                html += QStringLiteral("</ul>");
            }
            sources(s.sources);
        }
    }

    void flow(const Flow &f)
    {
        const QString ctx = contentContext::flow(f.id);
        title = contentTr(ctx, f.title);
        html += QStringLiteral("<h1>%1</h1>").arg(esc(title)) + printHtml(ctx, f.summary);
        html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("HandoutExporter", "Where each path ends")));
        for (const FlowNode &n : f.nodes) {
            if (n.kind != FlowNode::Kind::Outcome)
                continue;
            html += QStringLiteral("<h3>%1</h3>").arg(esc(contentTr(ctx, n.text))) + printHtml(ctx, n.detail);
            other(ctx, n.text, n.detail);
            sources(n.sources);
        }
    }

    void glossary()
    {
        title = QCoreApplication::translate("HandoutExporter", "Glossary");
        html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
        QList<Term> terms = c.terms;
        // The app's language orders the terms, as on screen (not the system's locale).
        QCollator collator { QLocale(LanguageManager::instance()->language()) };
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(terms.begin(), terms.end(), [&](const Term &a, const Term &b) {
            return collator.compare(contentTr(contentContext::glossary(), a.term),
                                    contentTr(contentContext::glossary(), b.term)) < 0;
        });
        for (const Term &t : terms) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(contentTr(contentContext::glossary(), t.term)))
                    + printHtml(contentContext::glossary(), t.definition);
            other(contentContext::glossary(), t.term, t.definition);
        }
    }

    void explored()
    {
        title = QCoreApplication::translate("HandoutExporter", "What I explored");
        html += QStringLiteral("<h1>%1</h1><p>%2</p><ul>")
                        .arg(esc(title), esc(QCoreApplication::translate("HandoutExporter", "The pages opened in this session, to look at again later. No answers are listed.")));
        for (const QString &address : o.explored) {
            PageAddress page;
            QString why;
            if (!PageAddress::resolve(address, c, &page, &why))
                continue;
            QString name = address;
            if (page.kind == PageAddress::Kind::Topic)
                name = contentTr(contentContext::topic(page.id), c.topic(page.id)->title);
            else if (page.kind == PageAddress::Kind::Walkthrough)
                name = contentTr(contentContext::walkthrough(page.id), c.walkthrough(page.id)->title);
            else if (page.kind == PageAddress::Kind::Flow)
                name = contentTr(contentContext::flow(page.id), c.flow(page.id)->title);
            html += QStringLiteral("<li>%1</li>").arg(esc(name));
        }
        html += QStringLiteral("</ul>");
    }

private:
    const ContentSet &c;
    const HandoutExporter::Options &o;
};

/** The flow diagram, laid out by Graphviz, drawn to fit @p area in black and white. */
void drawDiagram(QPainter &p, const Flow &flow, const QRectF &area, const QFont &font)
{
    const QString ctx = contentContext::flow(flow.id);
    const QFontMetricsF metrics(font, p.device());
    QFont labelFont = font;
    labelFont.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF labelMetrics(labelFont, p.device());
    const qreal pad = metrics.height() * 0.5, maxWidth = metrics.averageCharWidth() * 22;
    QList<FlowLayout::NodeIn> nodes;
    QList<FlowLayout::EdgeIn> edges;
    QStringList edgeLabels;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, p.device());
    for (const FlowNode &n : flow.nodes) {
        // Questions are drawn bold: measure them bold, or their text would not fit the box.
        const QFontMetricsF &m = n.kind == FlowNode::Kind::Question ? boldMetrics : metrics;
        const QRectF box = m.boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::TextWordWrap, contentTr(ctx, n.text));
        nodes.append({ n.id, box.size() + QSizeF(2 * pad, 2 * pad) });
        for (const FlowEdge &e : n.edges) {
            const QString label = contentTr(ctx, e.label);
            edges.append({ n.id, e.target, label.isEmpty() ? QSizeF() : labelMetrics.size(0, label) + QSizeF(4, 2) });
            edgeLabels.append(label);
        }
    }
    const FlowLayout::Result layout = FlowLayout::layOut(nodes, edges);
    if (!layout.error.isEmpty() || layout.size.isEmpty()) {
        // Said on the page, not left blank: the outcomes still follow on the next pages.
        //: On a handout's diagram page when the diagram could not be laid out; %1 says why
        const QString why = layout.error.isEmpty() ? QCoreApplication::translate("HandoutExporter", "the flow is empty")
                                                   : layout.error;
        p.setFont(font);
        p.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   QCoreApplication::translate("HandoutExporter", "The diagram could not be drawn: %1. Every outcome follows on the next pages.")
                           .arg(why));
        return;
    }
    const qreal scale = qMin(1.0, qMin(area.width() / layout.size.width(), area.height() / layout.size.height()));
    p.save();
    p.translate(area.left() + (area.width() - layout.size.width() * scale) / 2, area.top());
    p.scale(scale, scale);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < layout.edges.size(); ++i) {
        const FlowLayout::EdgeOut &e = layout.edges.at(i);
        if (e.spline.size() < 4)
            continue;
        QPainterPath path(e.spline.first());
        for (int k = 1; k + 2 < e.spline.size(); k += 3)
            path.cubicTo(e.spline.at(k), e.spline.at(k + 1), e.spline.at(k + 2));
        p.setPen(QPen(Qt::black, 0.8));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        QLineF stem(e.spline.constLast(), e.tip);
        if (stem.length() > 0.1) {
            QLineF a = stem, b = stem;
            a.setAngle(stem.angle() + 160);
            b.setAngle(stem.angle() - 160);
            a.setLength(5);
            b.setLength(5);
            p.setBrush(Qt::black);
            p.drawPolygon(QPolygonF({ e.tip, e.tip + (a.p2() - a.p1()), e.tip + (b.p2() - b.p1()) }));
        }
        if (!e.labelRect.isEmpty()) {
            p.setFont(labelFont);
            p.drawText(e.labelRect, Qt::AlignCenter, edgeLabels.at(i));
        }
    }
    p.setFont(font);
    for (const FlowLayout::NodeOut &n : layout.nodes) {
        const FlowNode *node = flow.node(n.id);
        const bool outcome = node->kind == FlowNode::Kind::Outcome;
        p.setPen(QPen(Qt::black, node->kind == FlowNode::Kind::Question ? 1.4 : 0.8));
        p.setBrush(outcome ? QColor(235, 235, 235) : Qt::white);
        if (outcome)
            p.drawRoundedRect(n.rect, 8, 8);
        else
            p.drawRect(n.rect);
        QFont nodeFont = font;
        nodeFont.setBold(node->kind == FlowNode::Kind::Question);
        p.setFont(nodeFont);
        p.drawText(n.rect.adjusted(pad, pad, -pad, -pad), Qt::AlignCenter | Qt::TextWordWrap, contentTr(ctx, node->text));
    }
    p.restore();
}

} // namespace

QString HandoutExporter::bodyHtml(const ContentSet &content, const Options &options, QString *error)
{
    PageAddress page;
    QString why;
    Body body(content, options);
    if (options.address == QLatin1String("explored")) {
        body.explored();
        return body.html;
    }
    if (!PageAddress::resolve(options.address, content, &page, &why)) {
        *error = QStringLiteral("--page: ") + why;
        return {};
    }
    switch (page.kind) {
    case PageAddress::Kind::Walkthrough:
        body.walkthrough(*content.walkthrough(page.id));
        break;
    case PageAddress::Kind::Flow:
        body.flow(*content.flow(page.id));
        break;
    case PageAddress::Kind::Glossary:
        body.glossary();
        break;
    default:
        *error = QStringLiteral("--page: \"%1\" has no handout; use walkthrough/<id>, flow/<id>, glossary or explored")
                         .arg(options.address);
        return {};
    }
    return body.html;
}

HandoutExporter::Status HandoutExporter::write(const ContentSet &content, const Options &options,
                                               const QString &fileName, QString *error)
{
    const QString html = bodyHtml(content, options, error);
    if (html.isEmpty())
        return Status::BadAddress;
    PageAddress page;
    QString why;
    PageAddress::parse(options.address, &page, &why);
    const Flow *flow = page.kind == PageAddress::Kind::Flow ? content.flow(page.id) : nullptr;

    QPdfWriter writer(fileName);
    writer.setResolution(72); // one unit is one point
    writer.setPageSize(QPageSize(options.paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Know the Limits"));
    writer.setCreator(QStringLiteral("Know the Limits"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("%1: cannot write the PDF").arg(fileName);
        return Status::CannotWrite;
    }

    const QRectF pageRect = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF full(QPointF(0, 0), pageRect.size());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    QFont small = font;
    small.setPointSizeF(8);
    const qreal band = QFontMetricsF(small, &writer).height() * 2.6;
    const QRectF body = full.adjusted(0, band, 0, -band);

    const QString reviewedText = reviewDateText(content.meta.reviewedAsOf);
    int pageNumber = 0;
    auto frame = [&](const QString &title) {
        ++pageNumber;
        painter.setPen(Qt::black);
        painter.setFont(small);
        painter.drawText(QRectF(full.left(), full.top(), full.width(), band * 0.6), Qt::AlignLeft | Qt::AlignTop,
                         QStringLiteral("Know the Limits · Conoce los límites — ") + title);
        painter.drawLine(QPointF(full.left(), band * 0.7), QPointF(full.right(), band * 0.7));
        //: Handout footer on every page; %1 is the review date, %2 the page number
        const QString footer = QCoreApplication::translate("HandoutExporter", "General information, not legal advice. Reviewed as of %1. Page %2")
                                       .arg(reviewedText)
                                       .arg(pageNumber);
        painter.drawText(QRectF(full.left(), full.bottom() - band * 0.9, full.width(), band * 0.9),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, footer);
    };

    // The full notice opens the handout; every page's footer repeats the short form.
    const QString notice = QStringLiteral("<p style=\"font-size:9pt\"><i>%1 %2</i></p>")
                                   .arg(contentTr(contentContext::meta(), content.meta.disclaimer).toHtmlEscaped(),
                                        contentTr(contentContext::meta(), content.meta.helpNotice).toHtmlEscaped());
    QTextDocument document;
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 12px; } "
                                                 "h3 { font-size: 11.5pt; margin-top: 10px; }"));
    document.setHtml(html + notice);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body.size());
    const QString title = document.toPlainText().section(QLatin1Char('\n'), 0, 0);

    if (flow) {
        frame(title);
        painter.setFont(font);
        QFont heading = font;
        heading.setPointSizeF(15);
        heading.setBold(true);
        painter.setFont(heading);
        const qreal headingHeight = QFontMetricsF(heading, &writer).height() * 1.6;
        painter.drawText(QRectF(body.left(), body.top(), body.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         contentTr(contentContext::flow(flow->id), flow->title));
        QFont diagramFont = font;
        diagramFont.setPointSizeF(8.5);
        drawDiagram(painter, *flow, body.adjusted(0, headingHeight, 0, 0), diagramFont);
        writer.newPage();
    }
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        frame(title);
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
    }
    painter.end();
    return Status::Written;
}

} // namespace ktl
