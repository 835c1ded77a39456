// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlineexporter.h"

#include "contenttext.h"
#include "contenttypes.h"
#include "languagemanager.h"
#include "packtext.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

namespace ktl {

namespace {

class Writer
{
public:
    Writer(const ContentSet &content, const QList<Pack> &packs)
        : c(content)
        , p(packs)
    {
    }

    QString run()
    {
        header();
        topics();
        walkthroughs();
        flows();
        whatIf();
        glossary();
        sources();
        timeline();
        help();
        local();
        return out;
    }

private:
    void line(const QString &text = {}) { out += text + QLatin1Char('\n'); }
    void para(const QString &text)
    {
        if (text.isEmpty())
            return;
        line(text);
        line();
    }

    void cite(const QStringList &ids)
    {
        if (ids.isEmpty())
            return;
        QStringList parts;
        for (const QString &id : ids) {
            const Source *s = c.source(id);
            parts.append(s ? contentTr(contentContext::citations(), s->citation) : id);
        }
        //: Outline export: the line that lists the sources of a part; %1 is the list
        para(QCoreApplication::translate("OutlineExporter", "Sources: %1").arg(parts.join(QStringLiteral("; "))));
    }

    void header()
    {
        //: Outline export: title of the document
        line(QStringLiteral("# ") + QCoreApplication::translate("OutlineExporter", "Know the Limits — all content"));
        line();
        //: Outline export: %1 is the content version, %2 the date it was reviewed
        para(QCoreApplication::translate("OutlineExporter", "Content version %1, sources checked through %2.")
                     .arg(c.meta.version, contentDateText(c.meta.reviewedAsOf)));
        para(QStringLiteral("> ") + contentTr(contentContext::meta(), c.meta.disclaimer));
        para(QStringLiteral("> ") + contentTr(contentContext::meta(), c.meta.helpNotice));
    }

    void topics()
    {
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Topics"));
        line();
        QList<Topic> sorted = c.topics;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Topic &a, const Topic &b) { return a.order < b.order; });
        for (const Topic &t : sorted) {
            const QString ctx = contentContext::topic(t.id);
            line(QStringLiteral("### %1 (`topic/%2`)").arg(contentTr(ctx, t.title), t.id));
            line();
            para(contentTr(ctx, t.summary));
            for (const Section &s : t.sections) {
                line(QStringLiteral("#### ") + contentTr(ctx, s.heading));
                line();
                para(contentTr(ctx, s.body));
                cite(s.sources);
            }
            line(QStringLiteral("#### ") + QCoreApplication::translate("OutlineExporter", "Key takeaways"));
            line();
            for (const QString &k : t.takeaways)
                line(QStringLiteral("- ") + contentTr(ctx, k));
            line();
            cite(t.sources);
        }
    }

    void walkthroughs()
    {
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Walkthroughs"));
        line();
        for (const Walkthrough &w : c.walkthroughs) {
            const QString ctx = contentContext::walkthrough(w.id);
            line(QStringLiteral("### %1 (`walkthrough/%2`)").arg(contentTr(ctx, w.title), w.id));
            line();
            para(contentTr(ctx, w.summary));
            for (int i = 0; i < w.steps.size(); ++i) {
                const Step &s = w.steps.at(i);
                //: Outline export: step heading; %1 step number, %2 step count, %3 step title
                line(QStringLiteral("#### ") + QCoreApplication::translate("OutlineExporter", "Step %1 of %2: %3")
                                                       .arg(i + 1).arg(w.steps.size()).arg(contentTr(ctx, s.title))
                     + QStringLiteral(" (`walkthrough/%1/%2`)").arg(w.id, s.id));
                line();
                para(contentTr(ctx, s.body));
                if (!s.question.isEmpty()) {
                    para(QStringLiteral("**") + QCoreApplication::translate("OutlineExporter", "Check your understanding:") + QStringLiteral("** ")
                         + contentTr(ctx, s.question.prompt));
                    for (const Choice &ch : s.question.choices) {
                        const QString mark = ch.correct ? QCoreApplication::translate("OutlineExporter", "right") : QCoreApplication::translate("OutlineExporter", "wrong");
                        line(QStringLiteral("- (%1) %2 — %3").arg(mark, contentTr(ctx, ch.text), contentTr(ctx, ch.explanation)));
                    }
                    line();
                }
                para(QStringLiteral("*") + QCoreApplication::translate("OutlineExporter", "Presenter notes:") + QStringLiteral("* ") + contentTr(ctx, s.notes));
                cite(s.sources);
            }
        }
    }

    void flows()
    {
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Decision flows"));
        line();
        for (const Flow &f : c.flows) {
            const QString ctx = contentContext::flow(f.id);
            line(QStringLiteral("### %1 (`flow/%2`)").arg(contentTr(ctx, f.title), f.id));
            line();
            para(contentTr(ctx, f.summary));
            //: Outline export: which node a flow starts at
            para(QCoreApplication::translate("OutlineExporter", "Starts at: %1").arg(f.start));
            for (const FlowNode &n : f.nodes) {
                const QString kind = n.kind == FlowNode::Kind::Question ? QCoreApplication::translate("OutlineExporter", "Question")
                        : n.kind == FlowNode::Kind::Outcome             ? QCoreApplication::translate("OutlineExporter", "Outcome")
                                                                        : QCoreApplication::translate("OutlineExporter", "Information");
                line(QStringLiteral("#### %1 `%2`: %3").arg(kind, n.id, contentTr(ctx, n.text)));
                line();
                para(contentTr(ctx, n.detail));
                for (const FlowEdge &e : n.edges) {
                    const FlowNode *target = f.node(e.target);
                    const QString where = target ? contentTr(ctx, target->text) : QString();
                    const QString label = e.label.isEmpty() ? QCoreApplication::translate("OutlineExporter", "Continue") : contentTr(ctx, e.label);
                    //: Outline export: an answer and where it leads; %1 answer, %2 node id, %3 node text
                    line(QCoreApplication::translate("OutlineExporter", "- \"%1\" leads to `%2`: %3")
                                 .arg(label, e.target, where));
                }
                if (!n.edges.isEmpty())
                    line();
                cite(n.sources);
            }
        }
    }

    /** Every knob and value, and every stage's variants with when each is told: the whole
     *  story for a reviewer, not one path through it. */
    void whatIf()
    {
        const Explorer *e = c.explorer();
        if (!e)
            return;
        const QString ctx = contentContext::whatIf(e->id);
        line(QStringLiteral("## %1 (`whatif`)").arg(contentTr(ctx, e->title)));
        line();
        para(contentTr(ctx, e->summary));
        //: Outline export: heading of the what-if story's settings
        line(QStringLiteral("### ") + QCoreApplication::translate("OutlineExporter", "Settings"));
        line();
        for (const WhatIfKnob &k : e->knobs) {
            QStringList values;
            for (const WhatIfValue &v : k.values)
                values.append(QStringLiteral("`%1` %2").arg(v.id, contentTr(ctx, v.label)));
            //: Outline export: a what-if knob; %1 its name, %2 its id, %3 its values, %4 the one the story starts with
            para(QCoreApplication::translate("OutlineExporter", "**%1** (`%2`): %3. The story starts with `%4`.")
                         .arg(contentTr(ctx, k.label), k.id, values.join(QStringLiteral("; ")), k.typical));
            para(contentTr(ctx, k.explain));
            cite(k.sources);
        }
        for (const WhatIfStage &s : e->stages) {
            line(QStringLiteral("### %1 (`%2`)").arg(contentTr(ctx, s.label), s.id));
            line();
            for (const WhatIfVariant &v : s.variants) {
                QStringList when;
                for (auto it = v.when.cbegin(); it != v.when.cend(); ++it)
                    when.append(QStringLiteral("%1=%2").arg(it.key(), it.value().join(QLatin1Char('|'))));
                //: Outline export: when a what-if variant is told; "otherwise" for the last one
                const QString condition = when.isEmpty() ? QCoreApplication::translate("OutlineExporter", "otherwise") : when.join(QStringLiteral(", "));
                line(QStringLiteral("#### %1 (`%2`; %3)").arg(contentTr(ctx, v.title), v.id, condition));
                line();
                para(contentTr(ctx, v.text));
                //: Outline export: before the legal rule behind a stage of the what-if story
                para(QStringLiteral("*") + QCoreApplication::translate("OutlineExporter", "The rule behind it:") + QStringLiteral("* ") + contentTr(ctx, v.rule));
                cite(v.sources);
            }
        }
    }

    void glossary()
    {
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Glossary"));
        line();
        for (const Term &t : c.terms) {
            para(QStringLiteral("**%1** — %2").arg(contentTr(contentContext::glossary(), t.term),
                                                   contentTr(contentContext::glossary(), t.definition)));
            cite(t.sources);
        }
    }

    void sources()
    {
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Sources"));
        line();
        for (const Source &s : c.sources) {
            line(QStringLiteral("- `%1` %2. %3%4").arg(s.id, contentTr(contentContext::citations(), s.citation),
                                                      contentTr(contentContext::sources(), s.supports),
                                                      link(s.url, s.translatedUrls)));
        }
        line();
    }

    void timeline()
    {
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Timeline"));
        line();
        QList<Event> sorted = c.events;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
        for (const Event &e : sorted) {
            para(QStringLiteral("**%1 — %2.** %3").arg(contentDateHeading(e.date), contentTr(contentContext::timeline(), e.title),
                                                      contentTr(contentContext::timeline(), e.body)));
            cite(e.sources);
        }
    }

    void help()
    {
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Where to find legal help"));
        line();
        for (const HelpPlace &h : c.helpPlaces) {
            line(QStringLiteral("- **%1** — %2%3").arg(contentTr(contentContext::help(), h.name),
                                                      contentTr(contentContext::help(), h.what),
                                                      link(h.url, h.translatedUrls)));
        }
        line();
    }

    /** What local organisations added: never mixed with the app's own parts above. */
    void local()
    {
        if (p.isEmpty())
            return;
        line(QStringLiteral("## ") + QCoreApplication::translate("OutlineExporter", "Local information (not part of this app)"));
        line();
        for (const Pack &pack : p) {
            const PackManifest &m = pack.manifest;
            line(QStringLiteral("### %1: %2").arg(packtext::publisher(m), packtext::region(m)));
            line();
            para(QStringLiteral("*%1* %2 %3").arg(packtext::fromLabel(m), packtext::signatureLabel(pack), packtext::overdueWarning(m)).trimmed());
            for (const PackHelpPlace &h : pack.helpPlaces)
                line(QStringLiteral("- **%1** — %2 %3 %4 %5").arg(packtext::text(h.name, m), packtext::text(h.offers, m),
                                                                  h.hours.isEmpty() ? QString() : packtext::text(h.hours, m), h.phone,
                                                                  h.url.isEmpty() ? QString() : QStringLiteral("<%1>").arg(h.url))
                             .simplified());
            line();
            for (const PackStatus &st : pack.status) {
                line(QStringLiteral("- **%1** %2: %3 %4").arg(packtext::statusKind(st.kind), st.agency, packtext::text(st.summary, m),
                                                           QCoreApplication::translate("OutlineExporter", "As of %1.").arg(contentDateText(st.asOf))));
                line(QStringLiteral("  ") + packtext::sources(st.sources, m).join(QStringLiteral("; ")));
            }
            line();
            for (const PackNote &n : pack.notes) {
                //: Outline export: a local note and the page it is on; %1 the page address
                line(QStringLiteral("- ") + QCoreApplication::translate("OutlineExporter", "Note on the page %1:").arg(n.on) + QLatin1Char(' ')
                     + packtext::text(n.text, m) + QLatin1Char(' ')
                     + QCoreApplication::translate("OutlineExporter", "As of %1.").arg(contentDateText(n.asOf)));
                line(QStringLiteral("  ") + packtext::sources(n.sources, m).join(QStringLiteral("; ")));
            }
            line();
        }
    }

    /** " <address>" (a Markdown autolink), then "(in English)" outside it when the page is not
     *  in the reader's language; "" without an address. */
    static QString link(const QString &url, const TranslatedUrls &translated)
    {
        if (url.isEmpty())
            return {};
        const QString language = LanguageManager::instance()->language();
        const QString note = urlLanguageNote(url, translated, language);
        return QStringLiteral(" <%1>").arg(urlFor(url, translated, language)) + (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
    }

    const ContentSet &c;
    const QList<Pack> &p;
    QString out;
};

} // namespace

QString OutlineExporter::toMarkdown(const ContentSet &content, const QList<Pack> &packs)
{
    return Writer(content, packs).run();
}

bool OutlineExporter::write(const ContentSet &content, const QString &fileName, QString *error, const QList<Pack> &packs)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(toMarkdown(content, packs).toUtf8()) < 0
        || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace ktl
