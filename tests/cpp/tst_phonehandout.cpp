// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"
#include "contentstore.h"
#include "contenttext.h"
#include "handouts.h"
#include "languagemanager.h"
#include "phonehandout.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ktl;

/** The handout for phones: one HTML page that loads nothing, in both languages, with the
 *  notice, the review date and the sources; hostile content stays text. (tests/e2e/
 *  test_phone_handout.py opens it in Chromium.) */
class TestPhoneHandout : public QObject
{
    Q_OBJECT

    ContentSet content;
    QTemporaryDir dir;

    static QString es(const QString &context, const QString &text)
    {
        return LanguageManager::instance()->translate(QStringLiteral("es"), context.toUtf8().constData(), text);
    }
    QString make(const PhoneHandout::Options &options) const
    {
        QString error;
        const QString html = PhoneHandout::html(content, options, &error);
        [&] { QVERIFY2(!html.isEmpty(), qPrintable(error)); }();
        return html;
    }
    static PhoneHandout::Options at(const QString &address)
    {
        PhoneHandout::Options o;
        o.address = address;
        return o;
    }
    /** Everything that would make a browser fetch something, anywhere on the page. */
    static QStringList loads(const QString &html)
    {
        static const QRegularExpression re(
                QStringLiteral(R"(\bsrc\s*=|\bsrcset\s*=|url\s*\(|@import|<link\b|<iframe\b|<object\b|<embed\b|<img\b|<base\b|<frame\b|<audio\b|<video\b|<source\b|<form\b|<meta[^>]+refresh|\bposter\s*=|\bbackground\s*=|javascript:|xlink:href|import\s*\(|fetch\s*\(|XMLHttpRequest|new\s+Image|\.src\b)"),
                QRegularExpression::CaseInsensitiveOption);
        // The markup only: the tags, the style and the script. Text (escaped content such as
        // "&lt;img src=x&gt;") is words on the page and loads nothing.
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        QString markup = between(html, QStringLiteral("<style>"), QStringLiteral("</style>"))
                + between(html, QStringLiteral("<script>"), QStringLiteral("</script>"));
        for (auto t = tag.globalMatch(html); t.hasNext();)
            markup += t.next().captured(0);
        QStringList found;
        auto it = re.globalMatch(markup);
        while (it.hasNext())
            found.append(it.next().captured(0));
        return found;
    }
    static QString between(const QString &html, const QString &open, const QString &close)
    {
        const qsizetype from = html.indexOf(open);
        const qsizetype to = html.indexOf(close, from);
        return from < 0 || to < 0 ? QString() : html.mid(from + open.size(), to - from - open.size());
    }
    static QString sha256(const QString &text)
    {
        return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toBase64());
    }

    /** What every phone handout holds, whatever its page. */
    void checkPage(const QString &html)
    {
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY2(loads(html).isEmpty(), qPrintable(loads(html).join(QStringLiteral(", "))));
        // The policy forbids every load and lets only this page's own style and script run.
        const QString csp = between(html, QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\""), QStringLiteral("\""));
        QVERIFY2(csp.startsWith(QStringLiteral("default-src 'none';")), qPrintable(csp));
        QVERIFY(csp.contains(QStringLiteral("img-src data:")));
        QVERIFY(!csp.contains(QStringLiteral("unsafe")));
        QCOMPARE(html.count(QStringLiteral("<style")), 1);
        QCOMPARE(html.count(QStringLiteral("<script")), 1);
        QVERIFY(html.indexOf(QStringLiteral("Content-Security-Policy")) < html.indexOf(QStringLiteral("<style>")));
        QVERIFY2(csp.contains(QStringLiteral("style-src 'sha256-%1'").arg(sha256(between(html, QStringLiteral("<style>"), QStringLiteral("</style>"))))),
                 "the style's hash is the policy's");
        QVERIFY2(csp.contains(QStringLiteral("script-src 'sha256-%1'").arg(sha256(between(html, QStringLiteral("<script>"), QStringLiteral("</script>"))))),
                 "the script's hash is the policy's");
        QVERIFY(html.contains(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")));
        // Both languages, each block in its own language, and a switch that needs no script.
        QVERIFY(html.contains(QStringLiteral("<div class=\"l-en\" lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("<div class=\"l-es\" lang=\"es\">")));
        QVERIFY(html.contains(QStringLiteral("<label for=\"lang-en\" lang=\"en\">English</label>")));
        QVERIFY(html.contains(QStringLiteral("<label for=\"lang-es\" lang=\"es\">Español</label>")));
        QVERIFY(html.contains(QStringLiteral("#lang-en:checked~.page .l-es{display:none}")));
        QVERIFY(html.contains(QStringLiteral("#lang-es:checked~.page .l-en{display:none}")));
        // The notice and the review date, in both.
        QVERIFY(html.contains(content.meta.disclaimer.toHtmlEscaped()));
        QVERIFY(html.contains(es(contentContext::meta(), content.meta.disclaimer).toHtmlEscaped()));
        QVERIFY(es(contentContext::meta(), content.meta.disclaimer) != content.meta.disclaimer);
        const QDate reviewed = QDate::fromString(content.meta.reviewedAsOf, Qt::ISODate);
        QVERIFY(html.contains(QStringLiteral("Sources checked through %1").arg(QLocale(QStringLiteral("en")).toString(reviewed, QStringLiteral("MMMM d, yyyy")))));
        QVERIFY2(html.contains(QStringLiteral("Fuentes revisadas hasta el %1").arg(QLocale(QStringLiteral("es")).toString(reviewed, QStringLiteral("d 'de' MMMM 'de' yyyy")))),
                 "the review date in Spanish");
        // Large type: the body is at least 18 px (1.25rem of the default 16 px).
        QVERIFY(html.contains(QStringLiteral("font-size:1.25rem")));
        QVERIFY(html.contains(QStringLiteral("prefers-color-scheme:dark")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        content = loadAndValidate(QStringLiteral(":/content")).content;
        QVERIFY(!content.walkthroughs.isEmpty() && !content.flows.isEmpty());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        // The detector itself: it finds a load in markup, not in escaped words.
        QVERIFY(!loads(QStringLiteral("<p><img src=\"x\"></p>")).isEmpty());
        QVERIFY(!loads(QStringLiteral("<style>p{background:url(x)}</style>")).isEmpty());
        QVERIFY(!loads(QStringLiteral("<a href=\"javascript:alert(1)\">")).isEmpty());
        QVERIFY(loads(QStringLiteral("<p>&lt;img src=x&gt;</p>")).isEmpty());
    }

    void walkthrough()
    {
        const Walkthrough &w = content.walkthroughs.first();
        const QString html = make(at(QStringLiteral("walkthrough/") + w.id));
        checkPage(html);
        const QString ctx = contentContext::walkthrough(w.id);
        QVERIFY(html.contains(QStringLiteral("<h1>%1</h1>").arg(w.title.toHtmlEscaped())));
        QVERIFY(html.contains(QStringLiteral("<h1>%1</h1>").arg(es(ctx, w.title).toHtmlEscaped())));
        QVERIFY(es(ctx, w.title) != w.title);
        for (const Step &s : w.steps) {
            QVERIFY2(html.contains(s.title.toHtmlEscaped()), qPrintable(s.title));
            QVERIFY2(html.contains(es(ctx, s.title).toHtmlEscaped()), qPrintable(s.title));
            for (const QString &id : s.sources) {
                const Source *source = content.source(id);
                QVERIFY2(html.contains(source->citation.toHtmlEscaped()), qPrintable(id));
                if (source->url.startsWith(QLatin1String("https://")))
                    QVERIFY2(html.contains(QStringLiteral("<a href=\"%1\" rel=\"noreferrer noopener\">").arg(QUrl(source->url).toString(QUrl::FullyEncoded).toHtmlEscaped())),
                             qPrintable(source->url));
            }
        }
        // Ends with where to find help, as the printed handout does.
        QVERIFY(html.contains(QStringLiteral("<h2>Find legal help</h2>")));
        for (const HelpPlace &h : content.helpPlaces)
            QVERIFY2(html.contains(h.name.toHtmlEscaped()), qPrintable(h.name));
    }

    void illustrationsAreInline()
    {
        // A walkthrough with a step illustration: drawn inline, never fetched.
        for (const Walkthrough &w : content.walkthroughs) {
            for (const Step &s : w.steps) {
                if (s.illustration.isEmpty())
                    continue;
                const QString html = make(at(QStringLiteral("walkthrough/") + w.id));
                QVERIFY(html.contains(QStringLiteral("<figure class=\"ill\"><svg aria-hidden=\"true\"")));
                QVERIFY(loads(html).isEmpty());
                return;
            }
        }
        QSKIP("no walkthrough has an illustration");
    }

    void everyFlowIsAnOutlineOfEveryNode_data()
    {
        QTest::addColumn<QString>("flowId");
        for (const Flow &f : content.flows)
            QTest::newRow(qPrintable(f.id)) << f.id;
    }
    void everyFlowIsAnOutlineOfEveryNode()
    {
        QFETCH(QString, flowId);
        const Flow &f = *content.flow(flowId);
        const QString html = make(at(QStringLiteral("flow/") + f.id));
        checkPage(html);
        const QString ctx = contentContext::flow(f.id);
        // Each node once per language (later ways to it link back), with its text and detail.
        QCOMPARE(html.count(QStringLiteral("<li class=\"node\"")), 2 * f.nodes.size());
        for (int i = 0; i < f.nodes.size(); ++i) {
            const FlowNode &n = f.nodes.at(i);
            QVERIFY2(html.contains(QStringLiteral("id=\"en-p1-n%1\" data-node=\"%1\"").arg(i)), qPrintable(n.id));
            QVERIFY2(html.contains(QStringLiteral("id=\"es-p1-n%1\" data-node=\"%1\"").arg(i)), qPrintable(n.id));
            QVERIFY2(html.contains(QStringLiteral("<p class=\"nodetext\">%1</p>").arg(n.text.toHtmlEscaped())), qPrintable(n.id));
            QVERIFY2(html.contains(QStringLiteral("<p class=\"nodetext\">%1</p>").arg(es(ctx, n.text).toHtmlEscaped())), qPrintable(n.id));
            for (const FlowEdge &e : n.edges) {
                if (!e.label.isEmpty())
                    QVERIFY2(html.contains(QStringLiteral("<span class=\"answerlabel\">%1</span>").arg(e.label.toHtmlEscaped())), qPrintable(e.label));
            }
            for (const QString &id : n.sources)
                QVERIFY2(html.contains(content.source(id)->citation.toHtmlEscaped()), qPrintable(id));
        }
        int start = -1;
        for (int i = 0; i < f.nodes.size(); ++i)
            start = f.nodes.at(i).id == f.start ? i : start;
        QVERIFY(html.contains(QStringLiteral("data-flow=\"p1\" data-start=\"%1\"").arg(start)));
    }

    void topicGlossaryAndHelp()
    {
        const Topic &t = content.topics.first();
        QString html = make(at(QStringLiteral("topic/") + t.id));
        checkPage(html);
        QVERIFY(html.contains(t.title.toHtmlEscaped()));
        html = make(at(QStringLiteral("glossary")));
        checkPage(html);
        for (const Term &term : content.terms)
            QVERIFY2(html.contains(term.term.toHtmlEscaped()), qPrintable(term.term));
        html = make(at(QStringLiteral("help")));
        checkPage(html);
        QVERIFY(html.contains(QStringLiteral("<h1>Find legal help</h1>")));
        QVERIFY(html.contains(QStringLiteral("<h1>Buscar ayuda legal</h1>")));
        QCOMPARE(html.count(QStringLiteral("Find legal help</h")), 1); // its title once, not again at the end
    }

    void playlist()
    {
        PhoneHandout::Options o;
        o.title = QStringLiteral("Workshop <b>night</b> 100%1");
        o.addresses = { QStringLiteral("walkthrough/") + content.walkthroughs.first().id, QStringLiteral("flow/") + content.flows.first().id,
                        QStringLiteral("topic/") + content.topics.first().id };
        const QString html = make(o);
        checkPage(html);
        QVERIFY(html.contains(QStringLiteral("<h1>Workshop &lt;b&gt;night&lt;/b&gt; 100%1</h1>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"#en-p1\">%1</a>").arg(content.walkthroughs.first().title.toHtmlEscaped())));
        QVERIFY(html.contains(QStringLiteral("<a href=\"#es-p2\">%1</a>")
                                      .arg(es(contentContext::flow(content.flows.first().id), content.flows.first().title).toHtmlEscaped())));
        QVERIFY(html.contains(QStringLiteral("id=\"en-p3\"")));
        QVERIFY(html.contains(QStringLiteral("data-flow=\"p2\"")));
        QVERIFY(html.contains(QStringLiteral("id=\"en-p4\""))); // where to find help, after them
    }

    void aPlaylistsGlossarySubsetAndWhatOnlyThePresenterShows()
    {
        PhoneHandout::Options o;
        o.title = QStringLiteral("Taller");
        o.addresses = { QStringLiteral("glossary/judicial-warrant,detainer"), QStringLiteral("timeline/2012..2019"),
                        QStringLiteral("whatif") };
        const QString html = make(o);
        checkPage(html);
        const Term *detainer = content.term(QStringLiteral("detainer"));
        const Term *other = content.term(QStringLiteral("287g-agreement"));
        QVERIFY(detainer && other);
        QVERIFY(html.contains(detainer->term.toHtmlEscaped()));
        QVERIFY2(!html.contains(QStringLiteral("<h3>%1</h3>").arg(other->term.toHtmlEscaped())), "only the subset's terms");
        QVERIFY(html.contains(QStringLiteral("id=\"en-p2\""))); // the subset, then where to find help: the timeline and the story left out
        QVERIFY(!html.contains(QStringLiteral("id=\"en-p3\"")));
        // Nothing but what a phone page cannot show: said so.
        o.addresses = { QStringLiteral("timeline") };
        QString error;
        QVERIFY(PhoneHandout::html(content, o, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("the playlist has nothing a phone handout can show"));
        // A part whose page has gone is left out, as when presenting the playlist.
        o.addresses = { QStringLiteral("glossary/detainer,nope"), QStringLiteral("walkthrough/gone"), QStringLiteral("help") };
        QVERIFY(!PhoneHandout::html(content, o, &error).isEmpty());
        o.address = QStringLiteral("glossary/detainer,nope");
        o.addresses.clear();
        QVERIFY(PhoneHandout::html(content, o, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no term \"nope\"")), qPrintable(error));
    }

    void opensInTheCurrentLanguage()
    {
        const QString address = QStringLiteral("help");
        QVERIFY(make(at(address)).contains(QStringLiteral("id=\"lang-en\" aria-label=\"English\" checked>")));
        QVERIFY(make(at(address)).startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
        LanguageManager::instance()->setLanguage(QStringLiteral("es"));
        const QString html = make(at(address));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(html.contains(QStringLiteral("id=\"lang-es\" aria-label=\"Español\" checked>")));
        QVERIFY(!html.contains(QStringLiteral("aria-label=\"English\" checked")));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"es\">")));
        // The same page either way, but for which is open: both languages are in the file.
        QVERIFY(html.contains(QStringLiteral("<h1>Find legal help</h1>")));
        // And an explicit choice wins.
        PhoneHandout::Options o = at(address);
        o.language = QStringLiteral("es");
        QVERIFY(make(o).contains(QStringLiteral("aria-label=\"Español\" checked>")));
    }

    /** Content and packs are hostile: every text of theirs stays text, every link a web link. */
    void hostileContentStaysText()
    {
        ContentSet hostile = content;
        const QString evil = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)> %1 %2 </style></div>");
        Walkthrough &w = hostile.walkthroughs.first();
        w.title = evil;
        w.summary = evil + QStringLiteral(" [x](javascript:alert(3)) ![i](http://example.com/i.png)");
        w.steps.first().title = evil;
        w.steps.first().body = QStringLiteral("**bold** <iframe src=\"http://example.com\"></iframe> ") + evil;
        w.steps.first().illustration = QStringLiteral("../../etc/passwd");
        w.steps.first().question.prompt = evil;
        if (!w.steps.first().question.choices.isEmpty())
            w.steps.first().question.choices.first().explanation = evil;
        Flow &f = hostile.flows.first();
        f.title = evil;
        f.nodes.first().text = evil;
        for (FlowNode &n : f.nodes) {
            for (FlowEdge &e : n.edges)
                e.label = evil;
        }
        Source &s = hostile.sources.first();
        s.citation = evil;
        s.url = QStringLiteral("javascript:alert(4)");
        if (hostile.sources.size() > 1)
            hostile.sources[1].url = QStringLiteral("https://example.org/\"><script>alert(5)</script>");
        hostile.helpPlaces.first().name = evil;
        hostile.helpPlaces.first().url = QStringLiteral("data:text/html,<script>alert(6)</script>");
        hostile.meta.disclaimer = evil;

        QString outcome;
        for (const FlowNode &n : f.nodes) {
            if (n.kind == FlowNode::Kind::Outcome) {
                outcome = n.id;
                break;
            }
        }
        Pack pack;
        pack.manifest.id = QStringLiteral("river");
        pack.manifest.publisher = { { QStringLiteral("en"), QStringLiteral("River <b>Legal</b> Aid") } };
        pack.manifest.languages = { QStringLiteral("en") };
        pack.manifest.state = QStringLiteral("TX");
        pack.manifest.counties = { QStringLiteral("River County") };
        pack.manifest.reviewedAsOf = QStringLiteral("2026-11-01");
        pack.manifest.reviewAgainBy = QStringLiteral("2099-01-01");
        PackHelpPlace place;
        place.name = { { QStringLiteral("en"), evil } };
        place.offers = { { QStringLiteral("en"), QStringLiteral("Free advice") } };
        place.phone = QStringLiteral("+1 555 0100\"><script>");
        place.url = QStringLiteral("javascript:alert(7)");
        pack.helpPlaces.append(place);
        PackNote note;
        note.on = QStringLiteral("flow/%1/%2").arg(f.id, outcome);
        note.text = { { QStringLiteral("en"), QStringLiteral("Call the river hotline. ") + evil } };
        note.asOf = QStringLiteral("2026-10-01");
        note.sources = { PackSource { { { QStringLiteral("en"), QStringLiteral("County order") } }, QStringLiteral("https://river.example/order") } };
        pack.notes.append(note);

        PhoneHandout::Options o;
        o.addresses = { QStringLiteral("walkthrough/") + w.id, QStringLiteral("flow/") + f.id };
        o.title = evil;
        o.packs = { pack };
        QString error;
        const QString html = PhoneHandout::html(hostile, o, &error);
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        QVERIFY2(loads(html).isEmpty(), qPrintable(loads(html).join(QStringLiteral(", "))));
        QCOMPARE(html.count(QStringLiteral("<script")), 1);
        QCOMPARE(html.count(QStringLiteral("</style")), 1);
        QVERIFY(!html.contains(QStringLiteral("<iframe")));
        QVERIFY(!html.contains(QStringLiteral("onerror=alert")) || html.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<[^>]*\\sonerror\\s*="))));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt; %1 %2 &lt;/style&gt;&lt;/div&gt;")));
        QVERIFY(html.contains(QStringLiteral("<b>bold</b>")));
        // No link but to the web (and the phone): the bad addresses are shown as words.
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://"))
                             || target.startsWith(QLatin1Char('#')) || target.startsWith(QLatin1String("tel:")),
                     qPrintable(target));
            QVERIFY2(!target.contains(QLatin1Char('<')) && !target.contains(QLatin1Char('>')), qPrintable(target));
        }
        QVERIFY(html.contains(QStringLiteral("<a href=\"tel:+15550100\">")));
        QVERIFY(html.contains(QStringLiteral("javascript:alert(4)").toHtmlEscaped()) || !html.contains(QStringLiteral("alert(4)")));
        // The pack's words, labelled with whose they are.
        QVERIFY(html.contains(QStringLiteral("From River &lt;b&gt;Legal&lt;/b&gt; Aid, checked November 1, 2026 (local information, not part of this app)")));
        QVERIFY(html.contains(QStringLiteral("Call the river hotline.")));
        QVERIFY(html.contains(QStringLiteral("Local help: River County, TX")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://river.example/order\" rel=\"noreferrer noopener\">")));
        // In Spanish the pack's English is marked as such.
        QVERIFY(html.contains(QStringLiteral("Call the river hotline. ")));
        QVERIFY(!html.contains(QStringLiteral("passwd")) || !html.contains(QStringLiteral("root:")));
    }

    void badAddressesAreRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown flow") << QStringList { QStringLiteral("flow/nope") } << "no flow \"nope\"";
        QTest::newRow("timeline") << QStringList { QStringLiteral("timeline") } << "\"timeline\" has no phone handout";
        QTest::newRow("nonsense") << QStringList { QStringLiteral("<script>") } << "--page:";
        QTest::newRow("nothing left of a playlist") << QStringList { QStringLiteral("walkthrough/nope"), QStringLiteral("timeline") }
                                                    << "the playlist has nothing a phone handout can show";
    }
    void badAddressesAreRefusedClearly()
    {
        QFETCH(QStringList, addresses);
        QFETCH(QString, error);
        PhoneHandout::Options o;
        if (addresses.size() == 1)
            o.address = addresses.first();
        else
            o.addresses = addresses;
        QString why;
        QVERIFY(PhoneHandout::html(content, o, &why).isEmpty());
        QVERIFY2(why.contains(error), qPrintable(why));
        const QString file = dir.filePath(QStringLiteral("bad.html"));
        QCOMPARE(PhoneHandout::write(content, o, file, &why), PhoneHandout::Status::BadAddress);
        QVERIFY(!QFileInfo::exists(file));
    }

    void writesOneFile()
    {
        const QString file = dir.filePath(QStringLiteral("help.html"));
        QString error;
        QCOMPARE(PhoneHandout::write(content, at(QStringLiteral("help")), file, &error), PhoneHandout::Status::Written);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), make(at(QStringLiteral("help"))));
        QCOMPARE(PhoneHandout::write(content, at(QStringLiteral("help")), dir.filePath(QStringLiteral("no/such/dir/x.html")), &error),
                 PhoneHandout::Status::CannotWrite);
        QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    }

    void sharedFromTheAppIntoAFolder()
    {
        ContentStore::instance()->load({}, QStringLiteral(":/content"));
        Handouts *handouts = Handouts::create(nullptr, nullptr);
        handouts->setFolder(dir.filePath(QStringLiteral("documents")));
        const QString address = QStringLiteral("flow/") + content.flows.first().id;
        const QString file = handouts->share(address);
        QVERIFY2(QFileInfo::exists(file), qPrintable(handouts->lastMessage()));
        QVERIFY(file.endsWith(QStringLiteral(" (phone).html")));
        QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("Know the Limits - ") + content.flows.first().title.left(20)));
        QVERIFY(handouts->lastSaved());
        QVERIFY2(handouts->lastMessage().contains(QStringLiteral("Handout saved")), qPrintable(handouts->lastMessage()));
        QVERIFY(handouts->lastMessage().contains(QFileInfo(file).fileName()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<div class=\"flow\" data-flow=\"p1\""));

        const QString list = handouts->sharePlaylist(QStringLiteral("Tuesday/night"), { QStringLiteral("help"), address });
        QVERIFY2(QFileInfo::exists(list), qPrintable(handouts->lastMessage()));
        QCOMPARE(QFileInfo(list).fileName(), QStringLiteral("Know the Limits - Tuesday-night (phone).html"));

        QVERIFY(handouts->share(QStringLiteral("search")).isEmpty());
        QVERIFY(!handouts->lastSaved());
        QVERIFY2(handouts->lastMessage().contains(QStringLiteral("could not be saved")), qPrintable(handouts->lastMessage()));
        QVERIFY(handouts->sharePlaylist(QStringLiteral("x"), {}).isEmpty());
        QVERIFY(handouts->lastMessage().contains(QStringLiteral("the playlist is empty")));
    }
};

QTEST_MAIN(TestPhoneHandout)
#include "tst_phonehandout.moc"
