// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonehandout.h"

#include "slidedeck.h"

#include "contenttext.h"
#include "contenttypes.h"
#include "languagemanager.h"
#include "markup.h"
#include "pageaddress.h"

#include <QCollator>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace ktl {

namespace {

/* The page's own style and script. The Content-Security-Policy allows exactly these two, by
 * their SHA-256, so nothing else can run or style the page even if some text got through. */

const char pageStyle[] = R"css(
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1a1a1a;--muted:#4a4f57;--line:#c9ccd1;--card:#f3f5f8;--accent:#1d5fa8;--accentfg:#ffffff;--note:#fff7e0;--noteline:#b88a00}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--fg:#eceff3;--muted:#b9bfc8;--line:#4a5059;--card:#1e2228;--accent:#8ab4f8;--accentfg:#0b1a33;--note:#2b2614;--noteline:#d9b44a}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;font-size:1.25rem;line-height:1.55;overflow-wrap:anywhere}
.page{max-width:42rem;margin:0 auto;padding:0.75rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:0.75rem 0 0.5rem}
h2{font-size:1.45rem;line-height:1.3;margin:2rem 0 0.5rem}
h3{font-size:1.25rem;line-height:1.35;margin:1.25rem 0 0.25rem}
p{margin:0.5rem 0}
a{color:var(--accent)}
ul,ol{padding-left:1.4rem}
.top{display:flex;flex-wrap:wrap;gap:0.5rem;align-items:center;justify-content:space-between;border-bottom:1px solid var(--line);padding-bottom:0.5rem}
.app{font-weight:700;margin:0;font-size:0.95rem}
.switch{display:flex;gap:0.25rem}
.switch label{display:inline-block;min-height:2.75rem;padding:0.4rem 0.55rem;font-size:1.05rem;border:2px solid var(--accent);border-radius:0.5rem;cursor:pointer;color:var(--accent);font-weight:600}
.langradio{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.notice{background:var(--note);border-left:0.3rem solid var(--noteline);padding:0.25rem 0.75rem;margin:0.75rem 0}
.notice p{margin:0.25rem 0}
.reviewed{color:var(--muted)}
.summary{font-size:1.3rem}
.toc{background:var(--card);padding:0.5rem 0.75rem;border-radius:0.5rem}
.part{border-top:2px solid var(--line);margin-top:2rem}
.step{margin-top:1.5rem}
.sources{color:var(--muted);font-size:1.125rem;margin:0.5rem 0}
.sources ul{margin:0.25rem 0}
.check{background:var(--card);border-radius:0.5rem;padding:0.5rem 0.75rem;margin:0.75rem 0}
details summary{cursor:pointer;font-weight:600;color:var(--accent);min-height:2.75rem;padding:0.4rem 0}
.right{font-weight:700}
figure.ill{margin:0.75rem 0;background:#ffffff;border:1px solid var(--line);border-radius:0.5rem;padding:0.5rem;text-align:center}
figure.ill svg{width:100%;max-width:16rem;height:auto}
.localnote,.localhelp{border:2px solid var(--noteline);border-radius:0.5rem;padding:0.5rem 0.75rem;margin:0.75rem 0}
.from{color:var(--muted);font-style:italic;font-size:1.125rem}
.outline,.outline ol{list-style:none;padding-left:0;margin:0.25rem 0}
.outline ol{padding-left:0.6rem;border-left:0.2rem solid var(--line);margin-left:0.15rem}
.node{margin:0.5rem 0}
.nodetext{font-weight:700;margin:0.25rem 0}
.answers{list-style:none;padding-left:0;margin:0.25rem 0}
.answer{margin:0.5rem 0}
.answerlabel{font-weight:700;color:var(--accent)}
.kind{display:inline-block;font-size:1rem;font-weight:700;color:var(--muted);text-transform:uppercase;letter-spacing:0.03em}
.stepper{background:var(--card);border-radius:0.75rem;padding:0.75rem;margin:0.75rem 0}
.stepper:focus{outline:3px solid var(--accent)}
.buttons{display:flex;flex-direction:column;gap:0.5rem;margin:0.75rem 0}
.buttons.small{flex-direction:row;flex-wrap:wrap}
button{font:inherit;min-height:3rem;padding:0.5rem 1rem;border-radius:0.5rem;border:2px solid var(--accent);background:var(--bg);color:var(--accent);font-weight:600;text-align:left;cursor:pointer}
button.go{background:var(--accent);color:var(--accentfg)}
button:disabled{opacity:0.45;cursor:default}
button:focus-visible,.switch label:focus-visible{outline:3px solid var(--fg);outline-offset:2px}
.flow.js .outline{display:none}
.flow.js.all .outline{display:block}
.flow.js.all .stepper{display:none}
footer{margin-top:2.5rem;border-top:2px solid var(--line)}
@media print{.switch,.stepper,.buttons{display:none}.flow.js .outline{display:block}}
)css";

const char pageScript[] = R"js(
(function(){
var state={};
function each(list,fn){Array.prototype.forEach.call(list,fn);}
function flows(key){var r=[];each(document.querySelectorAll('.flow'),function(s){if(s.getAttribute('data-flow')===key)r.push(s);});return r;}
function kids(el,cls){var r=[];each(el.children,function(c){if(c.classList.contains(cls))r.push(c);});return r;}
function button(text,cls,fn){var b=document.createElement('button');b.type='button';b.className=cls;b.textContent=text;b.addEventListener('click',fn);return b;}
function render(sec,focus){
 var key=sec.getAttribute('data-flow'),h=state[key],node=sec._nodes[h[h.length-1]],box=sec._box;
 box.textContent='';
 if(!node)return;
 var body=kids(node,'nodebody')[0].cloneNode(true);
 box.appendChild(body);
 var row=document.createElement('div');row.className='buttons';
 kids(node,'answers').forEach(function(list){kids(list,'answer').forEach(function(li){
  var label=kids(li,'answerlabel')[0];
  row.appendChild(button(label?label.textContent:'','go',function(){h.push(li.getAttribute('data-target'));update(key,true);}));
 });});
 box.appendChild(row);
 var nav=document.createElement('div');nav.className='buttons small';
 var back=button(sec.getAttribute('data-back'),'',function(){if(h.length>1){h.pop();update(key,true);}});
 back.disabled=h.length<2;back.setAttribute('data-role','back');
 var again=button(sec.getAttribute('data-restart'),'',function(){h.length=1;update(key,true);});
 again.disabled=h.length<2;again.setAttribute('data-role','restart');
 nav.appendChild(back);nav.appendChild(again);box.appendChild(nav);
 if(focus&&box.offsetParent)box.focus();
}
function update(key,focus){flows(key).forEach(function(s){render(s,focus);});}
document.addEventListener('click',function(e){
 var a=e.target.closest&&e.target.closest('a[href^="#"]'),t=a&&document.getElementById(a.getAttribute('href').slice(1)),sec=t&&t.closest('.flow.js');
 if(sec&&!sec.classList.contains('all')){sec.classList.add('all');each(sec.querySelectorAll('[data-role=all]'),function(b){b.setAttribute('aria-pressed','true');});}
});
each(document.querySelectorAll('.flow'),function(sec){
 var key=sec.getAttribute('data-flow');
 sec._nodes={};
 each(sec.querySelectorAll('.node'),function(n){sec._nodes[n.getAttribute('data-node')]=n;});
 if(!state[key])state[key]=[sec.getAttribute('data-start')];
 var box=document.createElement('div');box.className='stepper';box.tabIndex=-1;box.setAttribute('aria-live','polite');
 sec._box=box;
 var all=button(sec.getAttribute('data-all'),'',function(){var on=sec.classList.toggle('all');all.setAttribute('aria-pressed',on?'true':'false');});
 all.setAttribute('aria-pressed','false');all.setAttribute('data-role','all');
 var tools=document.createElement('div');tools.className='buttons small';tools.appendChild(all);
 var outline=kids(sec,'outline')[0];
 sec.insertBefore(box,outline);sec.insertBefore(tools,outline);
 sec.classList.add('js');
 render(sec,false);
});
})();
)js";

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString cspHash(const char *text)
{
    return QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(text), QCryptographicHash::Sha256).toBase64()));
}

/** A web address that is safe as a link: http(s) with a host, nothing else (no javascript:,
 *  no data:, no file:). "" otherwise, and the address is then shown as text only. */
QString safeHref(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()
        || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        return {};
    return u.toString(QUrl::FullyEncoded);
}

/** One of the page's languages: every string in it is looked up in that language, whatever the
 *  app shows (the page holds them all). */
struct Lang
{
    QString code;

    QString lookup(const char *context, const char *source) const
    {
        return LanguageManager::instance()->translate(code, context, QString::fromUtf8(source));
    }
    /** The page's own strings. */
    QString ui(const char *source) const { return lookup("PhoneHandout", source); }
    QString content(const QString &context, const QString &text) const
    {
        return LanguageManager::instance()->translate(code, context.toUtf8().constData(), text);
    }
    /** Content markup as HTML: escaped by markup::toHtml; links become their words (their
     *  targets are pages of the app, not of this file). */
    QString markup(const QString &context, const QString &text) const
    {
        static const QRegularExpression anchors(QStringLiteral("</?a[^>]*>"));
        return markup::toHtml(content(context, text)).remove(anchors);
    }
    /** contentDateText() in this language. */
    QString date(const QString &iso) const
    {
        return contentDateText(iso, QLocale(code), lookup("ContentStore", "MMMM yyyy"), lookup("ContentStore", "MMMM d, yyyy"));
    }
    /** packtext::text() in this language. */
    QString pack(const PackText &text, const PackManifest &manifest) const
    {
        if (text.contains(code))
            return text.value(code);
        return lookup("PackText", "%1 (not translated)").arg(text.value(manifest.languages.value(0)));
    }
    QString fromLabel(const PackManifest &m) const
    {
        const QString publisher = m.publisher.value(code, m.publisher.value(m.languages.value(0)));
        return lookup("PackText", "From %1, checked %2 (local information, not part of this app)").arg(publisher, date(m.reviewedAsOf));
    }
    QString overdue(const PackManifest &m) const
    {
        if (QDate::fromString(m.reviewAgainBy, Qt::ISODate) >= QDate::currentDate())
            return {};
        return lookup("PackText", "The organisation planned to check this again by %1. It may be out of date.").arg(date(m.reviewAgainBy));
    }
};

/** "(in English)" after an address whose page has no @p l version (as the app says it). */
QString englishOnly(const Lang &l, const TranslatedUrls &translated)
{
    return l.code == QLatin1String("en") || translated.contains(l.code) ? QString()
                                                                        : QLatin1Char(' ') + esc(l.lookup("ContentStore", "(in English)"));
}

/** A web address as a link (when it is a safe one) with its text escaped. */
QString link(const QString &url, const QString &shown)
{
    const QString href = safeHref(url);
    if (href.isEmpty())
        return esc(shown);
    return QStringLiteral("<a href=\"%1\" rel=\"noreferrer noopener\">%2</a>").arg(esc(href), esc(shown));
}

/** The body of one language: the same parts, in the same order, in every language. */
class Body
{
public:
    Body(const ContentSet &content, const PhoneHandout::Options &options, const Lang &lang)
        : single(options.addresses.isEmpty())
        , c(content)
        , o(options)
        , l(lang)
    {
    }

    QString html;
    /** One page, not a playlist: its title is the page's, so a part does not repeat it. */
    const bool single;

    /** A part's heading (the h1 says it already when the handout is that one page). */
    QString heading(const QString &title) const
    {
        return single ? QString() : QStringLiteral("<h2>%1</h2>").arg(esc(title));
    }

    /** "en-p2-n5": ids are made of numbers only, never of content. */
    QString id(int part, const QString &rest = {}) const
    {
        return QStringLiteral("%1-p%2%3").arg(l.code).arg(part).arg(rest.isEmpty() ? QString() : QLatin1Char('-') + rest);
    }

    void sources(const QStringList &ids)
    {
        QStringList items;
        for (const QString &sourceId : ids) {
            const Source *s = c.source(sourceId);
            if (!s)
                continue;
            QString item = esc(l.content(contentContext::citations(), s->citation));
            if (!s->url.isEmpty()) {
                const QString address = urlFor(s->url, s->translatedUrls, l.code);
                item += QStringLiteral(" — ") + link(address, address) + englishOnly(l, s->translatedUrls);
            }
            items.append(QStringLiteral("<li>%1</li>").arg(item));
        }
        if (items.isEmpty())
            return;
        //: Phone handout: heading of the list of sources under a part
        html += QStringLiteral("<div class=\"sources\"><p>%1</p><ul>%2</ul></div>")
                        .arg(esc(l.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Sources:"))), items.join(QString()));
    }

    /** The installed packs' notes on @p place, each framed and labelled with whose it is. */
    void localNotes(const QString &place)
    {
        for (const auto &[manifest, note] : packNotesOn(o.packs, place)) {
            QStringList cited;
            for (const PackSource &s : note.sources) {
                const QString citation = l.pack(s.citation, manifest);
                cited.append(s.url.isEmpty() ? esc(citation) : esc(citation) + QStringLiteral(" — ") + link(s.url, s.url));
            }
            html += QStringLiteral("<aside class=\"localnote\"><p><b>%1</b></p><p class=\"from\">%2</p><p>%3</p>"
                                   "<p class=\"sources\">%4 %5</p></aside>")
                            .arg(esc(l.lookup("HandoutExporter", "Local note")), esc(l.fromLabel(manifest)),
                                 esc(l.pack(note.text, manifest)),
                                 esc(l.lookup("HandoutExporter", "As of %1.").arg(l.date(note.asOf))), cited.join(QStringLiteral("; ")));
        }
    }

    void places()
    {
        html += QStringLiteral("<ul>");
        for (const HelpPlace &h : c.helpPlaces) {
            const QString address = h.url.isEmpty() ? QString() : urlFor(h.url, h.translatedUrls, l.code);
            html += QStringLiteral("<li><b>%1</b> — %2%3</li>")
                            .arg(esc(l.content(contentContext::help(), h.name)), esc(l.content(contentContext::help(), h.what)),
                                 address.isEmpty() ? QString() : QStringLiteral("<br>") + link(address, address) + englishOnly(l, h.translatedUrls));
        }
        html += QStringLiteral("</ul>");
        for (const Pack &pack : o.packs) {
            if (pack.helpPlaces.isEmpty())
                continue;
            const PackManifest &m = pack.manifest;
            QStringList region = m.counties;
            region.append(m.state);
            const QString overdue = l.overdue(m);
            html += QStringLiteral("<section class=\"localhelp\"><h3>%1</h3><p class=\"from\">%2</p>%3<ul>")
                            .arg(esc(l.lookup("HandoutExporter", "Local help: %1").arg(region.join(QStringLiteral(", ")))),
                                 esc(l.fromLabel(m)), overdue.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b></p>").arg(esc(overdue)));
            for (const PackHelpPlace &h : pack.helpPlaces) {
                QStringList reach;
                if (!h.phone.isEmpty()) {
                    QString dial = h.phone;
                    dial.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
                    reach.append(dial.isEmpty() ? esc(h.phone)
                                                : QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(esc(dial), esc(h.phone)));
                }
                if (!h.url.isEmpty())
                    reach.append(link(h.url, h.url));
                html += QStringLiteral("<li><b>%1</b> — %2%3%4</li>")
                                .arg(esc(l.pack(h.name, m)), esc(l.pack(h.offers, m)),
                                     h.hours.isEmpty() ? QString() : QLatin1Char(' ') + esc(l.pack(h.hours, m)),
                                     reach.isEmpty() ? QString() : QStringLiteral("<br>") + reach.join(QStringLiteral(" · ")));
            }
            html += QStringLiteral("</ul></section>");
        }
    }

    void helpSection(int part)
    {
        html += QStringLiteral("<section class=\"part\" id=\"%1\"><h2>%2</h2>")
                        .arg(id(part), esc(l.lookup("HandoutExporter", "Find legal help")));
        places();
        html += QStringLiteral("</section>");
    }

    /** A step's illustration, from the app's own resources (never from content), inline. */
    static QString illustration(const QString &name)
    {
        if (name.isEmpty())
            return {};
        QFile file(illustrationPath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            return {};
        QString svg = QString::fromUtf8(file.readAll());
        static const QRegularExpression comments(QStringLiteral("<!--.*?-->|<\\?xml[^>]*\\?>"),
                                                 QRegularExpression::DotMatchesEverythingOption);
        svg.remove(comments);
        // Only plain shapes: anything that could load or run is left out with the picture.
        static const QRegularExpression risky(QStringLiteral("href|url\\s*\\(|@import|<script|<foreignObject|<image|<style|\\son\\w+\\s*="),
                                              QRegularExpression::CaseInsensitiveOption);
        if (!svg.trimmed().startsWith(QLatin1String("<svg")) || svg.contains(risky))
            return {};
        svg.replace(0, 4, QStringLiteral("<svg aria-hidden=\"true\" focusable=\"false\""));
        return QStringLiteral("<figure class=\"ill\">%1</figure>").arg(svg.trimmed());
    }

    void walkthrough(int part, const Walkthrough &w)
    {
        const QString ctx = contentContext::walkthrough(w.id);
        for (int i = 0; i < w.steps.size(); ++i) {
            const Step &s = w.steps.at(i);
            html += QStringLiteral("<section class=\"step\" id=\"%1\"><h3>%2</h3>")
                            .arg(id(part, QStringLiteral("s%1").arg(i + 1)),
                                 esc(l.lookup("HandoutExporter", "Step %1 of %2: %3").arg(i + 1).arg(w.steps.size()).arg(l.content(ctx, s.title))));
            html += illustration(s.illustration);
            html += l.markup(ctx, s.body);
            if (!s.question.isEmpty()) {
                html += QStringLiteral("<div class=\"check\"><p><b>%1</b> %2</p><ul>")
                                .arg(esc(l.lookup("HandoutExporter", "Check your understanding:")), esc(l.content(ctx, s.question.prompt)));
                QString answer;
                for (const Choice &ch : s.question.choices) {
                    html += QStringLiteral("<li>%1</li>").arg(esc(l.content(ctx, ch.text)));
                    if (ch.correct)
                        answer += QStringLiteral("<p class=\"right\">%1 \u2713</p>%2").arg(esc(l.content(ctx, ch.text)), l.markup(ctx, ch.explanation));
                }
                // The answer behind a tap (works without script): a reader can try first.
                //: Phone handout: opens the answer of a self-check question
                html += QStringLiteral("</ul><details><summary>%1</summary>%2</details></div>")
                                .arg(esc(l.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Show the answer"))), answer);
            }
            sources(s.sources);
            html += QStringLiteral("</section>");
        }
    }

    /** A flow as a nested outline: each node once, where it is first reached; a later way to it
     *  points back with an in-page link. The inline script turns it into one question at a time. */
    void flow(int part, const Flow &f)
    {
        const QString ctx = contentContext::flow(f.id);
        QHash<QString, int> index;
        for (int i = 0; i < f.nodes.size(); ++i)
            index.insert(f.nodes.at(i).id, i);
        QSet<int> shown;
        const int start = index.value(f.start, -1);
        html += QStringLiteral("<div class=\"flow\" data-flow=\"p%1\" data-start=\"%2\" data-back=\"%3\" data-restart=\"%4\" data-all=\"%5\">")
                        .arg(part)
                        .arg(start)
                        .arg(esc(l.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Back"))),
                             esc(l.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Start over"))),
                             //: Phone handout: button that shows the whole flow as an outline instead of one question at a time
                             esc(l.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Show every step at once"))));
        html += QStringLiteral("<ol class=\"outline\">");
        if (start >= 0)
            node(part, f, ctx, index, shown, start, 0);
        html += QStringLiteral("</ol>");
        // Anything the start does not lead to is still on the page.
        for (int i = 0; i < f.nodes.size(); ++i) {
            if (!shown.contains(i)) {
                html += QStringLiteral("<ol class=\"outline\">");
                node(part, f, ctx, index, shown, i, 0);
                html += QStringLiteral("</ol>");
            }
        }
        html += QStringLiteral("</div>");
        //: Phone handout: heading before a flow's outcomes
        html += QStringLiteral("<h3>%1</h3>").arg(esc(l.lookup("HandoutExporter", "Where each path ends")));
        html += QStringLiteral("<ul>");
        for (int i = 0; i < f.nodes.size(); ++i) {
            if (f.nodes.at(i).kind == FlowNode::Kind::Outcome)
                html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(id(part, QStringLiteral("n%1").arg(i)), esc(l.content(ctx, f.nodes.at(i).text)));
        }
        html += QStringLiteral("</ul>");
    }

    void node(int part, const Flow &f, const QString &ctx, const QHash<QString, int> &index, QSet<int> &shown, int i, int depth)
    {
        shown.insert(i);
        const FlowNode &n = f.nodes.at(i);
        // Phone handout: the small label over a step of a flow: a question, an outcome, or
        // something to know on the way.
        //: Phone handout: label over a step of a flow that asks a question
        const char *kind = n.kind == FlowNode::Kind::Question ? QT_TRANSLATE_NOOP("PhoneHandout", "Question")
                //: Phone handout: label over an outcome of a flow (where a path ends)
                : n.kind == FlowNode::Kind::Outcome ? QT_TRANSLATE_NOOP("PhoneHandout", "Where this ends")
                //: Phone handout: label over a step of a flow that only informs (no question)
                                                    : QT_TRANSLATE_NOOP("PhoneHandout", "Good to know");
        html += QStringLiteral("<li class=\"node\" id=\"%1\" data-node=\"%2\"><div class=\"nodebody\"><span class=\"kind\">%3</span>"
                               "<p class=\"nodetext\">%4</p>%5")
                        .arg(id(part, QStringLiteral("n%1").arg(i)))
                        .arg(i)
                        .arg(esc(l.ui(kind)), esc(l.content(ctx, n.text)), l.markup(ctx, n.detail));
        sources(n.sources);
        if (n.kind == FlowNode::Kind::Outcome) {
            PageAddress outcome;
            outcome.kind = PageAddress::Kind::Flow;
            outcome.id = f.id;
            outcome.sub = n.id;
            localNotes(outcome.toString());
        }
        html += QStringLiteral("</div>");
        if (!n.edges.isEmpty()) {
            html += QStringLiteral("<ul class=\"answers\">");
            for (const FlowEdge &e : n.edges) {
                const int target = index.value(e.target, -1);
                if (target < 0)
                    continue;
                //: Phone handout: the way on from a step that asks nothing
                const QString label = e.label.isEmpty() ? l.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Next"))
                                                        : l.content(ctx, e.label);
                html += QStringLiteral("<li class=\"answer\" data-target=\"%1\"><span class=\"answerlabel\">%2</span> \u2192 ")
                                .arg(target)
                                .arg(esc(label));
                // A node already on the page (or a loop, or a very deep path): point to it.
                if (shown.contains(target) || e.loop || depth > 40) {
                    //: Phone handout: a way that leads to a step shown elsewhere on the page; %1 that step
                    html += QStringLiteral("<a href=\"#%1\">%2</a>")
                                    .arg(id(part, QStringLiteral("n%1").arg(target)),
                                         esc(l.ui(QT_TRANSLATE_NOOP("PhoneHandout", "see “%1”")).arg(l.content(ctx, f.nodes.at(target).text))));
                } else {
                    html += QStringLiteral("<ol>");
                    node(part, f, ctx, index, shown, target, depth + 1);
                    html += QStringLiteral("</ol>");
                }
                html += QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("</li>");
    }

    void topic(int part, const Topic &t)
    {
        const QString ctx = contentContext::topic(t.id);
        for (const Section &s : t.sections) {
            if (!s.heading.isEmpty())
                html += QStringLiteral("<h3>%1</h3>").arg(esc(l.content(ctx, s.heading)));
            html += l.markup(ctx, s.body);
            sources(s.sources);
        }
        if (!t.takeaways.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString &k : t.takeaways)
                html += QStringLiteral("<li>%1</li>").arg(l.markup(ctx, k));
            html += QStringLiteral("</ul>");
        }
        sources(t.sources);
        localNotes(page::topic(t.id));
        Q_UNUSED(part)
    }

    /** The glossary, or only the terms @p ids (a presenter's subset), in the page's language's order. */
    void glossary(const QStringList &ids = {})
    {
        QList<Term> terms;
        for (const Term &t : c.terms)
            if (ids.isEmpty() || ids.contains(t.id))
                terms.append(t);
        QCollator collator { QLocale(l.code) };
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(terms.begin(), terms.end(), [&](const Term &a, const Term &b) {
            return collator.compare(l.content(contentContext::glossary(), a.term), l.content(contentContext::glossary(), b.term)) < 0;
        });
        for (const Term &t : terms) {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(l.content(contentContext::glossary(), t.term)))
                    + l.markup(contentContext::glossary(), t.definition);
            sources(t.sources);
        }
    }

    /** One page of the handout; its title in @p title. False when it has no phone handout. */
    bool part(int part, const PageAddress &page, QString *title, const QStringList &terms = {})
    {
        html += QStringLiteral("<article class=\"part\" id=\"%1\">").arg(id(part));
        switch (page.kind) {
        case PageAddress::Kind::Walkthrough: {
            const Walkthrough &w = *c.walkthrough(page.id);
            *title = l.content(contentContext::walkthrough(w.id), w.title);
            html += heading(*title) + QStringLiteral("<div class=\"summary\">%1</div>").arg(l.markup(contentContext::walkthrough(w.id), w.summary));
            walkthrough(part, w);
            break;
        }
        case PageAddress::Kind::Flow: {
            const Flow &f = *c.flow(page.id);
            *title = l.content(contentContext::flow(f.id), f.title);
            html += heading(*title) + QStringLiteral("<div class=\"summary\">%1</div>").arg(l.markup(contentContext::flow(f.id), f.summary));
            flow(part, f);
            break;
        }
        case PageAddress::Kind::Topic: {
            const Topic &t = *c.topic(page.id);
            *title = l.content(contentContext::topic(t.id), t.title);
            html += heading(*title) + QStringLiteral("<div class=\"summary\">%1</div>").arg(l.markup(contentContext::topic(t.id), t.summary));
            topic(part, t);
            break;
        }
        case PageAddress::Kind::Glossary:
            *title = l.lookup("HandoutExporter", "Glossary");
            html += heading(*title);
            glossary(terms);
            break;
        case PageAddress::Kind::Help:
            *title = l.lookup("HandoutExporter", "Find legal help");
            html += heading(*title) + QStringLiteral("<p>%1</p>").arg(esc(l.content(contentContext::meta(), c.meta.helpNotice)));
            places();
            break;
        default:
            return false;
        }
        html += QStringLiteral("</article>");
        return true;
    }

private:
    const ContentSet &c;
    const PhoneHandout::Options &o;
    const Lang &l;
};

} // namespace

QString PhoneHandout::html(const ContentSet &content, const Options &options, QString *error)
{
    const bool playlist = !options.addresses.isEmpty();
    const QStringList addresses = playlist ? options.addresses : QStringList { options.address };
    QList<PageAddress> pages;
    QList<QStringList> termsOf; // per page: a glossary subset's terms, else empty
    for (const QString &address : addresses) {
        PageAddress page;
        QString why;
        // A playlist's glossary subset (glossary/<term>,<term>): those terms, in one part.
        DeckSection subset;
        if (address.startsWith(QLatin1String("glossary/"))) {
            if (!deck::section(address, content, &subset, &why)) {
                if (playlist)
                    continue;
                *error = QStringLiteral("--page: ") + why;
                return {};
            }
            page.kind = PageAddress::Kind::Glossary;
            pages.append(page);
            termsOf.append(subset.slideIds);
            continue;
        }
        // What a playlist holds but a phone page cannot show (the timeline, the what-if story)
        // is left out of a playlist's handout; asked for alone, it is an error.
        const bool presenterOnly = address.startsWith(QLatin1String("timeline")) || address.startsWith(QLatin1String("whatif"));
        if (playlist && presenterOnly)
            continue;
        if (!PageAddress::resolve(address, content, &page, &why)) {
            if (playlist)
                continue; // as when presenting it: a part whose page has gone is left out
            *error = QStringLiteral("--page: ") + why;
            return {};
        }
        if (page.kind != PageAddress::Kind::Walkthrough && page.kind != PageAddress::Kind::Flow && page.kind != PageAddress::Kind::Topic
            && page.kind != PageAddress::Kind::Glossary && page.kind != PageAddress::Kind::Help) {
            *error = QStringLiteral("--page: \"%1\" has no phone handout; use walkthrough/<id>, flow/<id>, topic/<id>, glossary or help")
                             .arg(address);
            return {};
        }
        pages.append(page);
        termsOf.append(QStringList());
    }
    if (pages.isEmpty()) {
        *error = QStringLiteral("the playlist has nothing a phone handout can show");
        return {};
    }
    const QStringList codes = LanguageManager::codes();
    QString opening = options.language.isEmpty() ? LanguageManager::instance()->language() : options.language;
    if (!codes.contains(opening))
        opening = codes.constFirst();

    QString switches, blocks, style = QString::fromUtf8(pageStyle), pageTitle;
    for (const QString &code : codes) {
        const Lang lang { code };
        // Each language's radio button hides the other languages' blocks, in CSS only.
        switches += QStringLiteral("<label for=\"lang-%1\" lang=\"%1\">%2</label>").arg(code, esc(LanguageManager::nameOf(code)));
        for (const QString &other : codes) {
            if (other != code)
                style += QStringLiteral("#lang-%1:checked~.page .l-%2{display:none}\n").arg(code, other);
        }
        style += QStringLiteral("#lang-%1:checked~.page label[for=lang-%1]{background:var(--accent);color:var(--accentfg)}\n"
                                "#lang-%1:focus-visible~.page label[for=lang-%1]{outline:3px solid var(--fg);outline-offset:2px}\n")
                         .arg(code);

        Body body(content, options, lang);
        QStringList titles;
        bool needsHelp = true;
        for (int i = 0; i < pages.size(); ++i) {
            QString title;
            body.part(i + 1, pages.at(i), &title, termsOf.at(i));
            titles.append(title);
            needsHelp = needsHelp && pages.at(i).kind != PageAddress::Kind::Help;
        }
        // Every handout ends with where to find legal help, as the printed one does.
        if (needsHelp)
            body.helpSection(pages.size() + 1);

        const QString title = playlist ? (options.title.isEmpty() ? lang.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Workshop pages")) : options.title)
                                       : titles.constFirst();
        if (code == opening)
            pageTitle = title;
        // The short notice the app's notice bar shows opens the page; the whole one ends it.
        const QString reviewed = esc(lang.lookup("NoticeBar", "Sources checked through %1").arg(lang.date(content.meta.reviewedAsOf)));
        QString head = QStringLiteral("<h1>%1</h1>").arg(esc(title));
        //: Phone handout: link from the short notice at the top to the whole notice at the end
        head += QStringLiteral("<div class=\"notice\"><p><b>%1</b></p><p class=\"reviewed\">%2</p><p><a href=\"#%3-notice\">%4</a></p></div>")
                        .arg(esc(lang.lookup("NoticeBar", "General information, not legal advice. For your situation, talk to a lawyer or a DOJ-accredited representative.")),
                             reviewed, code, esc(lang.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Read the whole notice"))));
        if (playlist) {
            //: Phone handout of a playlist: heading of its list of pages
            head += QStringLiteral("<nav class=\"toc\"><p><b>%1</b></p><ol>").arg(esc(lang.ui(QT_TRANSLATE_NOOP("PhoneHandout", "On this page"))));
            for (int i = 0; i < titles.size(); ++i)
                head += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(body.id(i + 1), esc(titles.at(i)));
            head += QStringLiteral("</ol></nav>");
        }
        //: Phone handout: the last line; %1 the content's version
        const QString made = lang.ui(QT_TRANSLATE_NOOP("PhoneHandout", "Made with the Know the Limits app, content version %1."))
                                     .arg(content.meta.version);
        //: Phone handout: heading of the whole notice at the end of the page
        const QString footer = QStringLiteral("<footer id=\"%1-notice\"><h2>%2</h2><p class=\"notice\">%3</p><p>%4</p><p>%5</p><p>%6</p></footer>")
                                       .arg(code, esc(lang.ui(QT_TRANSLATE_NOOP("PhoneHandout", "About this information"))),
                                            esc(lang.content(contentContext::meta(), content.meta.disclaimer)),
                                            esc(lang.content(contentContext::meta(), content.meta.helpNotice)), reviewed, esc(made));
        blocks += QStringLiteral("<div class=\"l-%1\" lang=\"%1\">%2%3%4</div>\n").arg(code, head, body.html, footer);
    }

    QString radios;
    for (const QString &code : codes)
        radios += QStringLiteral("<input type=\"radio\" name=\"lang\" class=\"langradio\" id=\"lang-%1\" aria-label=\"%2\"%3>\n")
                          .arg(code, esc(LanguageManager::nameOf(code)), code == opening ? QStringLiteral(" checked") : QString());
    const QByteArray styleBytes = style.toUtf8();
    const QString csp = QStringLiteral("default-src 'none'; style-src %1; script-src %2; img-src data:; "
                                       "base-uri 'none'; form-action 'none'")
                                .arg(cspHash(styleBytes.constData()), cspHash(pageScript));
    const Lang openingLang { opening };
    // Put together by concatenation, not arg(): a "%1" in some content must stay as it is.
    const QString appName = esc(openingLang.lookup("HandoutExporter", "Know the Limits"));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + opening
            + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"") + csp
            + QStringLiteral("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                             "<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
            + esc(pageTitle) + QStringLiteral(" — ") + appName + QStringLiteral("</title>\n<style>") + style
            + QStringLiteral("</style>\n</head>\n<body>\n") + radios
            + QStringLiteral("<div class=\"page\">\n<header class=\"top\"><p class=\"app\">") + appName
            // The switch is named in both languages: it is how a reader of either finds theirs.
            + QStringLiteral("</p><nav class=\"switch\" aria-label=\"Language / Idioma\">") + switches
            + QStringLiteral("</nav></header>\n") + blocks + QStringLiteral("</div>\n<script>") + QString::fromUtf8(pageScript)
            + QStringLiteral("</script>\n</body>\n</html>\n");
}

PhoneHandout::Status PhoneHandout::write(const ContentSet &content, const Options &options, const QString &fileName, QString *error)
{
    const QString page = html(content, options, error);
    if (page.isEmpty())
        return Status::BadAddress;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(page.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: cannot write the page: %2").arg(fileName, file.errorString());
        return Status::CannotWrite;
    }
    return Status::Written;
}

} // namespace ktl
