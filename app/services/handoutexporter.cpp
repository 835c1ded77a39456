// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutexporter.h"

#include "contenttext.h"
#include "contenttypes.h"
#include "flowlayout.h"
#include "languagemanager.h"
#include "packtext.h"
#include "markup.h"
#include "pageaddress.h"
#include "whatiftext.h"

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

#include <algorithm>
#include <optional>

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
            if (const Source *s = c.source(id)) {
                const QString address = webAddressLine(s->url, s->translatedUrls, LanguageManager::instance()->language());
                cited.append(esc(contentTr(contentContext::citations(), s->citation))
                             + (address.isEmpty() ? QString() : QStringLiteral(" — ") + esc(address)));
            }
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
                // The right choice is bold and ticked; its explanation already opens with the
                // verdict ("Right. …"), so no label says it a second time.
                for (const Choice &ch : s.question.choices) {
                    if (!ch.correct) {
                        html += QStringLiteral("<li>%1</li>").arg(esc(contentTr(ctx, ch.text)));
                        continue;
                    }
                    html += QStringLiteral("<li><b>%1 \u2713</b> — %2</li>")
                                    .arg(esc(contentTr(ctx, ch.text)),
                                         printHtml(ctx, ch.explanation).remove(QStringLiteral("<p>")).remove(QStringLiteral("</p>")));
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
            PageAddress outcome;
            outcome.kind = PageAddress::Kind::Flow;
            outcome.id = f.id;
            outcome.sub = n.id;
            localNotes(outcome.toString());
        }
    }

    /** The what-if story for @p scenario, stage by stage, each with its rule and sources; a
     *  stage that differs from the story as it starts says so, why, and what it was there. */
    void whatIf(const Explorer &e, const Scenario &scenario)
    {
        const QString ctx = contentContext::whatIf(e.id);
        title = contentTr(ctx, e.title);
        html += QStringLiteral("<h1>%1</h1>").arg(esc(title)) + printHtml(ctx, e.summary);
        const Scenario start = whatif::typical(e);
        //: Handout of the what-if story: heading of the list of its settings
        html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(QCoreApplication::translate("HandoutExporter", "The settings of this story")));
        for (int k = 0; k < e.knobs.size(); ++k) {
            const QString value = esc(whatiftext::valueLabel(e, k, scenario));
            html += QStringLiteral("<li>%1: %2</li>").arg(esc(contentTr(ctx, e.knobs.at(k).label)),
                                                          scenario.at(k) == start.at(k) ? value : QStringLiteral("<b>%1</b>").arg(value));
        }
        html += QStringLiteral("</ul>");
        const QList<whatif::ShownStage> story = whatif::resolve(e, scenario);
        const QList<whatif::ShownStage> startStory = whatif::resolve(e, start);
        for (int i = 0; i < story.size(); ++i) {
            const whatif::ShownStage &shown = story.at(i);
            if (shown.variant < 0)
                break;
            const WhatIfStage &stage = e.stages.at(shown.stage);
            const WhatIfVariant &v = stage.variants.at(shown.variant);
            //: Handout: a stage heading of the what-if story; %1 its number, %2 how many, %3 the stage's name, %4 its title
            html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("HandoutExporter", "Step %1 of %2 · %3: %4")
                                                              .arg(i + 1).arg(story.size()).arg(contentTr(ctx, stage.label), contentTr(ctx, v.title))));
            const whatif::StageChange change = whatif::change(e, shown.stage, start, scenario);
            if (change.changed) {
                const QString was = i < startStory.size() && startStory.at(i).variant >= 0
                        ? contentTr(ctx, stage.variants.at(startStory.at(i).variant).title)
                        //: Handout: a stage the story as it starts does not reach
                        : QCoreApplication::translate("HandoutExporter", "(the story as it starts ends before this step)");
                //: Handout: %1 why the stage changed ("Changed because: …"), %2 what it was in the story as it starts
                html += QStringLiteral("<p style=\"font-size:9pt\"><b>%1</b></p>")
                                .arg(esc(QCoreApplication::translate("HandoutExporter", "%1 In the story as it starts, this step is: %2")
                                                 .arg(whatiftext::because(e, change.because, scenario), was)));
            }
            html += printHtml(ctx, v.text);
            //: Handout: before the legal rule behind a stage of the what-if story
            html += QStringLiteral("<p style=\"font-size:9pt\"><b>%1</b></p>").arg(esc(QCoreApplication::translate("HandoutExporter", "The rule behind it:")))
                    + QStringLiteral("<div style=\"font-size:9pt\">%1</div>").arg(printHtml(ctx, v.rule));
            sources(v.sources);
        }
    }

    /** The local packs' notes on @p place, each framed and labelled with whose it is. */
    void localNotes(const QString &place)
    {
        for (const auto &[manifest, note] : packNotesOn(o.packs, place)) {
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellpadding=\"6\" cellspacing=\"0\"><tr><td>"
                                   "<p><b>%1</b><br/><i style=\"font-size:9pt\">%2</i></p><p>%3</p>"
                                   "<p style=\"font-size:8.5pt\">%4 %5</p></td></tr></table>")
                            .arg(esc(QCoreApplication::translate("HandoutExporter", "Local note")),
                                 esc(packtext::fromLabel(manifest)), esc(packtext::text(note.text, manifest)),
                                 esc(QCoreApplication::translate("HandoutExporter", "As of %1.").arg(contentDateText(note.asOf))),
                                 esc(packtext::sources(note.sources, manifest).join(QStringLiteral("; "))));
        }
    }

    /** The installed packs' help places, after the national ones, under whose they are. */
    void localHelp()
    {
        for (const Pack &pack : o.packs) {
            if (pack.helpPlaces.isEmpty())
                continue;
            const PackManifest &m = pack.manifest;
            //: Handout: heading of a local pack's places to find help; %1 counties and state
            html += QStringLiteral("<h3>%1</h3><p style=\"font-size:9pt\"><i>%2</i>%3</p><ul>")
                            .arg(esc(QCoreApplication::translate("HandoutExporter", "Local help: %1").arg(packtext::region(m))),
                                 esc(packtext::fromLabel(m)),
                                 packtext::overdueWarning(m).isEmpty() ? QString()
                                                                       : QStringLiteral("<br/><b>%1</b>").arg(esc(packtext::overdueWarning(m))));
            for (const PackHelpPlace &h : pack.helpPlaces) {
                QStringList reach { h.phone, h.url };
                reach.removeAll(QString());
                html += QStringLiteral("<li><b>%1</b> — %2%3 <i>%4</i></li>")
                                .arg(esc(packtext::text(h.name, m)), esc(packtext::text(h.offers, m)),
                                     h.hours.isEmpty() ? QString() : QLatin1Char(' ') + esc(packtext::text(h.hours, m)),
                                     esc(reach.join(QStringLiteral(" · "))));
            }
            html += QStringLiteral("</ul>");
        }
    }

    /** The "Find legal help" page on its own. */
    void helpPage()
    {
        title = QCoreApplication::translate("HandoutExporter", "Find legal help");
        html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                        .arg(esc(title), esc(contentTr(contentContext::meta(), c.meta.helpNotice)));
        places();
    }

    /** Every other handout ends with where to find legal help: the page its text points to. */
    void help()
    {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("HandoutExporter", "Find legal help")));
        places();
    }

    void places()
    {
        html += QStringLiteral("<ul>");
        const QString language = LanguageManager::instance()->language();
        for (const HelpPlace &h : c.helpPlaces) {
            const QString address = webAddressLine(h.url, h.translatedUrls, language);
            html += QStringLiteral("<li><b>%1</b> — %2%3</li>")
                            .arg(esc(contentTr(contentContext::help(), h.name)), esc(contentTr(contentContext::help(), h.what)),
                                 address.isEmpty() ? QString() : QStringLiteral(" <i>%1</i>").arg(esc(address)));
        }
        html += QStringLiteral("</ul>");
        localHelp();
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

/** Smallest type a handout prints: a label any smaller is hard to read on paper. */
constexpr qreal minPrintedPointSize = 8;
constexpr qreal diagramPointSize = 9;

/** A flow diagram laid out by Graphviz with the printer's font metrics, ready to draw at any
 *  scale, whole or a tile of it at a time. */
struct PrintedDiagram
{
    FlowLayout::Result layout;
    QStringList edgeLabels;
    QStringList nodeTexts;
    QList<FlowNode::Kind> kinds;
    QFont font;
    QFont labelFont;
    qreal pad = 0;

    PrintedDiagram(const Flow &flow, const QFont &baseFont, QPaintDevice *device)
        : font(baseFont)
        , labelFont(baseFont)
    {
        const QString ctx = contentContext::flow(flow.id);
        labelFont.setPointSizeF(qMax(minPrintedPointSize, font.pointSizeF() * 0.9));
        const QFontMetricsF metrics(font, device);
        const QFontMetricsF labelMetrics(labelFont, device);
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF boldMetrics(bold, device);
        pad = metrics.height() * 0.5;
        const qreal maxWidth = metrics.averageCharWidth() * 22;
        QList<FlowLayout::NodeIn> nodes;
        QList<FlowLayout::EdgeIn> edges;
        for (const FlowNode &n : flow.nodes) {
            // Questions are drawn bold: measured bold, or their text would not fit the box. A
            // point of slack each way: drawText re-wraps in exactly the measured width, and a
            // rounding difference there gave a line more than the box had room for.
            const QFontMetricsF &m = n.kind == FlowNode::Kind::Question ? boldMetrics : metrics;
            const QString text = contentTr(ctx, n.text);
            const QRectF box = m.boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::TextWordWrap, text);
            nodes.append({ n.id, box.size() + QSizeF(2 * pad + 2, 2 * pad + m.height() * 0.25) });
            for (const FlowEdge &e : n.edges) {
                const QString label = contentTr(ctx, e.label);
                edges.append({ n.id, e.target, label.isEmpty() ? QSizeF() : labelMetrics.size(0, label) + QSizeF(4, 2) });
                edgeLabels.append(label);
            }
        }
        layout = FlowLayout::layOut(nodes, edges);
        for (const FlowLayout::NodeOut &n : layout.nodes) {
            const FlowNode *node = flow.node(n.id);
            nodeTexts.append(contentTr(ctx, node->text));
            kinds.append(node->kind);
        }
    }

    bool ok() const { return layout.error.isEmpty() && !layout.size.isEmpty(); }
    /** The scale at which the diagram fits @p area whole (at most 1). */
    qreal fitScale(const QSizeF &area) const
    {
        return qMin(1.0, qMin(area.width() / layout.size.width(), area.height() / layout.size.height()));
    }
    /** The smallest printed type at @p scale. */
    qreal smallestPoints(qreal scale) const { return qMin(font.pointSizeF(), labelFont.pointSizeF()) * scale; }

    /** Draws the part of the diagram at @p origin (diagram units) into @p area at @p scale. */
    void draw(QPainter &p, const QRectF &area, const QPointF &origin, qreal scale) const
    {
        p.save();
        p.setClipRect(area);
        const qreal wholeWidth = layout.size.width() * scale;
        // Centred when it is narrower than the page; otherwise from the tile's corner.
        const qreal left = wholeWidth < area.width() ? area.left() + (area.width() - wholeWidth) / 2 : area.left();
        p.translate(left, area.top());
        p.scale(scale, scale);
        p.translate(-origin);
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
                p.drawText(e.labelRect, Qt::AlignCenter | Qt::TextDontClip, edgeLabels.at(i));
            }
        }
        for (int i = 0; i < layout.nodes.size(); ++i) {
            const FlowLayout::NodeOut &n = layout.nodes.at(i);
            const FlowNode::Kind kind = kinds.at(i);
            const bool outcome = kind == FlowNode::Kind::Outcome;
            p.setPen(QPen(Qt::black, kind == FlowNode::Kind::Question ? 1.4 : 0.8));
            p.setBrush(outcome ? QColor(235, 235, 235) : Qt::white);
            if (outcome)
                p.drawRoundedRect(n.rect, 8, 8);
            else
                p.drawRect(n.rect);
            QFont nodeFont = font;
            nodeFont.setBold(kind == FlowNode::Kind::Question);
            p.setFont(nodeFont);
            p.drawText(n.rect.adjusted(pad - 1, 0, 1 - pad, 0), Qt::AlignCenter | Qt::TextWordWrap | Qt::TextDontClip,
                       nodeTexts.at(i));
        }
        p.restore();
    }
};

/** How a diagram goes on paper: whole on one page when its type stays at 8 pt or more
 *  (portrait, else landscape), otherwise in landscape tiles at full size, read left to right
 *  and top to bottom. */
struct DiagramPlan
{
    bool landscape = false;
    qreal scale = 1;
    QList<QPointF> tiles; ///< each page's top-left corner, in diagram units

    static DiagramPlan make(const PrintedDiagram &d, const QSizeF &portraitArea, const QSizeF &landscapeArea)
    {
        DiagramPlan plan;
        const qreal portrait = d.fitScale(portraitArea);
        const qreal landscape = d.fitScale(landscapeArea);
        if (d.smallestPoints(portrait) >= minPrintedPointSize) {
            plan.scale = portrait;
        } else if (d.smallestPoints(landscape) >= minPrintedPointSize) {
            plan.landscape = true;
            plan.scale = landscape;
        } else if (landscapeArea.width() < 1 || landscapeArea.height() < 1) {
            // No room left under the title (it cannot happen with real titles): print it whole.
            plan.landscape = true;
            plan.scale = landscape;
        } else {
            plan.landscape = true;
            plan.scale = 1;
            // Tiles overlap by a tenth, so a box cut at one edge is whole on the next page.
            const QSizeF step = landscapeArea * 0.9;
            for (qreal y = 0;; y += step.height()) {
                for (qreal x = 0;; x += step.width()) {
                    // A tile with no box in it would print as an empty page.
                    const QRectF tile(QPointF(x, y), landscapeArea);
                    if (std::any_of(d.layout.nodes.cbegin(), d.layout.nodes.cend(),
                                    [&](const FlowLayout::NodeOut &n) { return tile.intersects(n.rect); }))
                        plan.tiles.append(tile.topLeft());
                    if (x + landscapeArea.width() >= d.layout.size.width())
                        break;
                }
                if (y + landscapeArea.height() >= d.layout.size.height())
                    break;
            }
            if (!plan.tiles.isEmpty())
                return plan;
        }
        plan.tiles.append(QPointF(0, 0));
        return plan;
    }
};

} // namespace

QString HandoutExporter::bodyHtml(const ContentSet &content, const Options &options, QString *error)
{
    PageAddress page;
    QString why;
    Body body(content, options);
    if (options.address == QLatin1String("explored")) {
        body.explored();
        body.help();
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
    case PageAddress::Kind::WhatIf: {
        const Explorer &e = *content.explorer();
        body.whatIf(e, *whatif::fromText(e, page.sub, &why));
        break;
    }
    case PageAddress::Kind::Glossary:
        body.glossary();
        break;
    case PageAddress::Kind::Help:
        body.helpPage();
        return body.html;
    default:
        *error = QStringLiteral("--page: \"%1\" has no handout; use walkthrough/<id>, flow/<id>, whatif, glossary, help or explored")
                         .arg(options.address);
        return {};
    }
    body.help();
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

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10.5);
    QFont small = font;
    small.setPointSizeF(8);
    QFont heading = font;
    heading.setPointSizeF(15);
    heading.setBold(true);
    const qreal band = QFontMetricsF(small, &writer).height() * 2.6;
    const QSizeF portraitPage = writer.pageLayout().paintRectPixels(writer.resolution()).size();
    const QRectF portraitBody = QRectF(QPointF(0, 0), portraitPage).adjusted(0, band, 0, -band);
    const QRectF landscapeBody = QRectF(QPointF(0, 0), portraitPage.transposed()).adjusted(0, band, 0, -band);

    // The diagram pages come first, so their orientation is chosen before the first page
    // exists: a QPdfWriter page takes a new orientation only from the next page on.
    const QString flowTitle = flow ? contentTr(contentContext::flow(flow->id), flow->title) : QString();
    // The title wraps (a long Spanish title ran off the margin); the diagram takes the rest.
    const auto headingHeight = [&](qreal width) {
        const QFontMetricsF metrics(heading, &writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, flowTitle).height() + metrics.height() * 0.6;
    };
    QFont diagramFont = font;
    diagramFont.setPointSizeF(diagramPointSize);
    std::optional<PrintedDiagram> diagram;
    DiagramPlan plan;
    if (flow) {
        diagram.emplace(*flow, diagramFont, &writer);
        if (diagram->ok()) {
            plan = DiagramPlan::make(*diagram,
                                     portraitBody.size() - QSizeF(0, headingHeight(portraitBody.width())),
                                     landscapeBody.size() - QSizeF(0, headingHeight(landscapeBody.width())));
            if (plan.landscape)
                writer.setPageOrientation(QPageLayout::Landscape);
        }
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("%1: cannot write the PDF").arg(fileName);
        return Status::CannotWrite;
    }

    const QString reviewedText = contentDateText(content.meta.reviewedAsOf);
    //: The name of the app at the top of every handout page
    const QString appName = QCoreApplication::translate("HandoutExporter", "Know the Limits");
    int pageNumber = 0;
    QRectF full(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    auto frame = [&](const QString &title) {
        ++pageNumber;
        painter.setPen(Qt::black);
        painter.setFont(small);
        painter.drawText(QRectF(full.left(), full.top(), full.width(), band * 0.6), Qt::AlignLeft | Qt::AlignTop,
                         appName + QStringLiteral(" — ") + title);
        painter.drawLine(QPointF(full.left(), band * 0.7), QPointF(full.right(), band * 0.7));
        //: Handout footer on every page; %1 is the review date, %2 the page number
        const QString footer = QCoreApplication::translate("HandoutExporter", "General information, not legal advice. Sources checked through %1. Page %2")
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
    document.setPageSize(portraitBody.size());
    const QString title = document.toPlainText().section(QLatin1Char('\n'), 0, 0);

    if (diagram && !diagram->ok()) {
        frame(title);
        painter.setFont(font);
        // Said on the page, not left blank: the outcomes still follow on the next pages.
        //: On a handout's diagram page when the diagram could not be laid out; %1 says why
        const QString reason = diagram->layout.error.isEmpty() ? QCoreApplication::translate("HandoutExporter", "the flow is empty")
                                                               : diagram->layout.error;
        painter.drawText(portraitBody, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         QCoreApplication::translate("HandoutExporter", "The diagram could not be drawn: %1. Every outcome follows on the next pages.")
                                 .arg(reason));
        writer.newPage();
    } else if (diagram) {
        const QRectF body = plan.landscape ? landscapeBody : portraitBody;
        const qreal top = headingHeight(body.width());
        for (int t = 0; t < plan.tiles.size(); ++t) {
            if (t > 0)
                writer.newPage();
            frame(title);
            painter.setFont(heading);
            painter.drawText(QRectF(body.left(), body.top(), body.width(), top),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, flowTitle);
            if (plan.tiles.size() > 1) {
                painter.setFont(small);
                //: Handout: a wide diagram printed over several pages; %1 this part, %2 how many
                painter.drawText(QRectF(body.left(), body.top(), body.width(), top), Qt::AlignRight | Qt::AlignBottom,
                                 QCoreApplication::translate("HandoutExporter", "Diagram, part %1 of %2").arg(t + 1).arg(plan.tiles.size()));
            }
            diagram->draw(painter, body.adjusted(0, top, 0, 0), plan.tiles.at(t), plan.scale);
        }
        writer.setPageOrientation(QPageLayout::Portrait); // from the next page: the text
        writer.newPage();
        full = QRectF(QPointF(0, 0), portraitPage);
    }
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        frame(title);
        painter.save();
        painter.translate(portraitBody.left(), portraitBody.top() - i * portraitBody.height());
        document.drawContents(&painter, QRectF(0, i * portraitBody.height(), portraitBody.width(), portraitBody.height()));
        painter.restore();
    }
    painter.end();
    return Status::Written;
}

} // namespace ktl
