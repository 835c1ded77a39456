// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentvalidator.h"

#include "flowgraph.h"
#include "markup.h"
#include "pageaddress.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace ktl {

namespace {

class Checker
{
public:
    Checker(const ContentSet &content, QString setName)
        : c(content)
        , setName(setName.isEmpty() ? QStringLiteral("(content)") : std::move(setName))
    {
    }

    ContentErrors runIds()
    {
        checkIds();
        return errors;
    }

    ContentErrors run()
    {
        checkMeta();
        checkIds();
        for (const Topic &t : c.topics)
            checkTopic(t);
        for (const Walkthrough &w : c.walkthroughs)
            checkWalkthrough(w);
        for (const Flow &f : c.flows)
            checkFlow(f);
        for (const Explorer &e : c.explorers)
            checkExplorer(e);
        if (c.explorers.size() > 1)
            add(c.explorers.at(1).file, c.explorers.at(1).path,
                QStringLiteral("a second what-if story; the app shows one (the first is in %1)").arg(c.explorers.first().file));
        for (const Term &t : c.terms) {
            checkPlain(t.file, t.path + QStringLiteral(".term"), t.term);
            checkText(t.file, t.path + QStringLiteral(".definition"), t.definition);
            checkRefs(t.file, t.path + QStringLiteral(".seeAlso"), t.seeAlso, "term");
            checkRefs(t.file, t.path + QStringLiteral(".sources"), t.sources, "source");
        }
        for (const Source &s : c.sources)
            checkSource(s);
        for (const Event &e : c.events) {
            static const QRegularExpression date(QStringLiteral(R"(^\d{4}(-\d{2}(-\d{2})?)?$)"));
            if (!date.match(e.date).hasMatch() || !validPartialDate(e.date))
                add(e.file, e.path + QStringLiteral(".date"),
                    QStringLiteral("\"%1\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD").arg(e.date));
            checkPlain(e.file, e.path + QStringLiteral(".title"), e.title);
            checkText(e.file, e.path + QStringLiteral(".body"), e.body);
            checkRefs(e.file, e.path + QStringLiteral(".sources"), e.sources, "source");
        }
        for (const HelpPlace &h : c.helpPlaces) {
            checkPlain(h.file, h.path + QStringLiteral(".name"), h.name);
            checkPlain(h.file, h.path + QStringLiteral(".what"), h.what);
            checkWebAddress(h.file, h.path + QStringLiteral(".url"), h.url);
            checkTranslatedUrls(h.file, h.path, h.url, h.translatedUrls);
        }
        return errors;
    }

private:
    void add(const QString &file, const QString &path, const QString &message)
    {
        errors.append({ file, path, message });
    }

    /** A field shown as plain text: no markup (markup.h). */
    void checkPlain(const QString &file, const QString &path, const QString &text)
    {
        for (const QString &problem : markup::plainTextProblems(text))
            add(file, path, problem);
    }

    void checkPlainList(const QString &file, const QString &path, const QStringList &texts)
    {
        for (int i = 0; i < texts.size(); ++i)
            checkPlain(file, path + QStringLiteral("[%1]").arg(i), texts.at(i));
    }

    /** Sources and help places open in the system browser after the user confirms: only an
     *  https address with a host, nothing a browser would run or a file it would open. */
    void checkWebAddress(const QString &file, const QString &path, const QString &url)
    {
        if (!url.isEmpty() && !isSafeWebAddress(url))
            add(file, path, QStringLiteral("\"%1\" is not an https web address; expected https://…").arg(url));
    }

    static bool validPartialDate(const QString &date)
    {
        if (date.size() == 4)
            return true;
        const QString full = date.size() == 7 ? date + QStringLiteral("-01") : date;
        return QDate::fromString(full, Qt::ISODate).isValid();
    }

    void checkMeta()
    {
        if (c.meta.file.isEmpty()) {
            add(setName, {},
                QStringLiteral("no file defines \"meta\" (version, reviewedAsOf, disclaimer, helpNotice)"));
            return;
        }
        checkPlain(c.meta.file, c.meta.path + QStringLiteral(".version"), c.meta.version);
        checkPlain(c.meta.file, c.meta.path + QStringLiteral(".disclaimer"), c.meta.disclaimer);
        checkPlain(c.meta.file, c.meta.path + QStringLiteral(".helpNotice"), c.meta.helpNotice);
        if (!c.meta.reviewedAsOf.isEmpty() && !QDate::fromString(c.meta.reviewedAsOf, Qt::ISODate).isValid())
            add(c.meta.file, c.meta.path + QStringLiteral(".reviewedAsOf"),
                QStringLiteral("\"%1\" is not a date; expected YYYY-MM-DD").arg(c.meta.reviewedAsOf));
    }

    /** Ids become parts of page addresses (walkthrough/<id>/<step>): a-z, 0-9 and - only. */
    static bool wellFormedId(const QString &id)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        return pattern.match(id).hasMatch();
    }

    void checkIdPattern(const QString &file, const QString &path, const QString &id)
    {
        if (!id.isEmpty() && !wellFormedId(id))
            add(file, path, QStringLiteral("id \"%1\" must use only a-z, 0-9 and -").arg(id));
    }

    template<typename T>
    void checkIdList(const QList<T> &list, const char *kind)
    {
        QHash<QString, const T *> seen;
        for (const T &item : list) {
            if (item.id.isEmpty())
                continue; // already reported by the loader
            checkIdPattern(item.file, item.path + QStringLiteral(".id"), item.id);
            if (const T *first = seen.value(item.id)) {
                add(item.file, item.path + QStringLiteral(".id"),
                    QStringLiteral("duplicate %1 id \"%2\"; first defined in %3 at %4")
                            .arg(QLatin1String(kind), item.id, first->file, first->path));
            } else {
                seen.insert(item.id, &item);
            }
        }
    }

public:
    void checkIds()
    {
        checkIdList(c.topics, "topic");
        checkIdList(c.walkthroughs, "walkthrough");
        checkIdList(c.flows, "flow");
        checkIdList(c.terms, "term");
        checkIdList(c.sources, "source");
        checkIdList(c.events, "event");
        checkIdList(c.helpPlaces, "help place");
        checkIdList(c.explorers, "what-if story");
    }

private:
    bool exists(const char *kind, const QString &id) const
    {
        const QLatin1String k(kind);
        if (k == QLatin1String("term"))
            return c.term(id);
        if (k == QLatin1String("source"))
            return c.source(id);
        if (k == QLatin1String("topic"))
            return c.topic(id);
        if (k == QLatin1String("walkthrough"))
            return c.walkthrough(id);
        if (k == QLatin1String("flow"))
            return c.flow(id);
        return false;
    }

    void checkRef(const QString &file, const QString &path, const QString &id, const char *kind)
    {
        if (!id.isEmpty() && !exists(kind, id))
            add(file, path, QStringLiteral("no %1 has the id \"%2\"").arg(QLatin1String(kind), id));
    }

    void checkRefs(const QString &file, const QString &path, const QStringList &ids, const char *kind)
    {
        for (int i = 0; i < ids.size(); ++i)
            checkRef(file, path + QStringLiteral("[%1]").arg(i), ids.at(i), kind);
    }

    void checkText(const QString &file, const QString &path, const QString &text)
    {
        for (const QString &problem : markup::problems(text))
            add(file, path, problem);
        for (const markup::Link &link : markup::links(text)) {
            if (link.scheme == QLatin1String("term") && !c.term(link.target))
                add(file, path, QStringLiteral("link to unknown term \"%1\"").arg(link.target));
            else if (link.scheme == QLatin1String("source") && !c.source(link.target))
                add(file, path, QStringLiteral("link to unknown source \"%1\"").arg(link.target));
            else if (link.scheme == QLatin1String("page"))
                checkPageLink(file, path, link.target);
        }
    }

    // A page link opens another page of the app ("page:help", "page:flow/<id>"), so it must
    // resolve against the whole set; search and settings are not something content points at.
    void checkPageLink(const QString &file, const QString &path, const QString &target)
    {
        PageAddress address;
        QString error;
        if (!PageAddress::resolve(target, c, &address, &error))
            add(file, path, QStringLiteral("link \"page:%1\": %2").arg(target, error));
        else if (address.kind == PageAddress::Kind::Search || address.kind == PageAddress::Kind::Settings
                 || address.kind == PageAddress::Kind::Workshop)
            add(file, path, QStringLiteral("link \"page:%1\": content may not link to %2").arg(target, address.kindName()));
    }

    // A translated page is the same page in another language, so it needs the English one.
    void checkTranslatedUrls(const QString &file, const QString &path, const QString &url,
                             const TranslatedUrls &translated)
    {
        if (!translated.isEmpty() && url.isEmpty())
            add(file, path + QStringLiteral(".translatedUrls"),
                QStringLiteral("translated pages need the page itself; add \"url\""));
        for (auto it = translated.cbegin(); it != translated.cend(); ++it)
            checkWebAddress(file, path + QStringLiteral(".translatedUrls.") + it.key(), it.value());
    }

    void checkLawSources(const QString &file, const QString &path, bool statesLaw,
                         const QStringList &sources)
    {
        if (statesLaw && sources.isEmpty())
            add(file, path + QStringLiteral(".sources"),
                QStringLiteral("states law but cites no source; add a source id, or set "
                               "\"statesLaw\": false"));
    }

    /** Knob and value ids are written in page addresses (whatif/state=requires). */
    void checkExplorer(const Explorer &e)
    {
        checkPlain(e.file, e.path + QStringLiteral(".title"), e.title);
        checkText(e.file, e.path + QStringLiteral(".summary"), e.summary);
        checkRef(e.file, e.path + QStringLiteral(".topic"), e.topic, "topic");
        checkRef(e.file, e.path + QStringLiteral(".flow"), e.flow, "flow");
        for (const WhatIfKnob &k : e.knobs) {
            checkIdPattern(e.file, k.path + QStringLiteral(".id"), k.id);
            checkPlain(e.file, k.path + QStringLiteral(".label"), k.label);
            checkPlain(e.file, k.path + QStringLiteral(".question"), k.question);
            checkText(e.file, k.path + QStringLiteral(".explain"), k.explain);
            checkRefs(e.file, k.path + QStringLiteral(".sources"), k.sources, "source");
            for (const WhatIfValue &v : k.values) {
                checkIdPattern(e.file, v.path + QStringLiteral(".id"), v.id);
                checkPlain(e.file, v.path + QStringLiteral(".label"), v.label);
            }
        }
        const Flow *flow = c.flow(e.flow);
        for (const WhatIfStage &s : e.stages) {
            checkIdPattern(e.file, s.path + QStringLiteral(".id"), s.id);
            checkPlain(e.file, s.path + QStringLiteral(".label"), s.label);
            for (const WhatIfVariant &v : s.variants) {
                checkIdPattern(e.file, v.path + QStringLiteral(".id"), v.id);
                checkPlain(e.file, v.path + QStringLiteral(".title"), v.title);
                checkText(e.file, v.path + QStringLiteral(".text"), v.text);
                checkText(e.file, v.path + QStringLiteral(".rule"), v.rule);
                checkRefs(e.file, v.path + QStringLiteral(".sources"), v.sources, "source");
                if (v.sameAs.isEmpty())
                    continue;
                const FlowNode *node = flow ? flow->node(v.sameAs) : nullptr;
                if (!node || node->kind != FlowNode::Kind::Outcome)
                    add(e.file, v.path + QStringLiteral(".sameAs"),
                        QStringLiteral("flow \"%1\" has no outcome \"%2\"").arg(e.flow, v.sameAs));
            }
        }
        for (const whatif::Problem &p : whatif::check(e))
            add(e.file, p.path, p.message);
    }

    void checkTopic(const Topic &t)
    {
        checkPlain(t.file, t.path + QStringLiteral(".title"), t.title);
        checkText(t.file, t.path + QStringLiteral(".summary"), t.summary);
        checkPlainList(t.file, t.path + QStringLiteral(".takeaways"), t.takeaways);
        for (const Section &s : t.sections) {
            checkPlain(t.file, s.path + QStringLiteral(".heading"), s.heading);
            checkText(t.file, s.path + QStringLiteral(".body"), s.body);
            checkRefs(t.file, s.path + QStringLiteral(".sources"), s.sources, "source");
            checkLawSources(t.file, s.path, s.statesLaw, s.sources);
        }
        checkRefs(t.file, t.path + QStringLiteral(".related"), t.related, "topic");
        checkRefs(t.file, t.path + QStringLiteral(".sources"), t.sources, "source");
        checkRef(t.file, t.path + QStringLiteral(".walkthrough"), t.walkthrough, "walkthrough");
        checkRefs(t.file, t.path + QStringLiteral(".flows"), t.flows, "flow");
        if (t.related.contains(t.id))
            add(t.file, t.path + QStringLiteral(".related"), QStringLiteral("a topic cannot be related to itself"));
    }

    void checkQuestion(const QString &file, const Step &step)
    {
        const Question &q = step.question;
        if (q.isEmpty())
            return;
        checkPlain(file, step.path + QStringLiteral(".question.prompt"), q.prompt);
        const QString path = step.path + QStringLiteral(".question.choices");
        if (q.choices.size() < 2 || q.choices.size() > 5)
            add(file, path, QStringLiteral("%1 choices; expected 2 to 5").arg(q.choices.size()));
        int correct = 0;
        QSet<QString> ids;
        for (int i = 0; i < q.choices.size(); ++i) {
            const Choice &choice = q.choices.at(i);
            correct += choice.correct ? 1 : 0;
            if (!choice.id.isEmpty() && ids.contains(choice.id))
                add(file, path + QStringLiteral("[%1].id").arg(i),
                    QStringLiteral("duplicate choice id \"%1\"").arg(choice.id));
            ids.insert(choice.id);
            checkPlain(file, path + QStringLiteral("[%1].text").arg(i), choice.text);
            checkText(file, path + QStringLiteral("[%1].explanation").arg(i), choice.explanation);
        }
        if (correct != 1)
            add(file, path, QStringLiteral("%1 choices are marked correct; expected exactly one").arg(correct));
    }

    void checkWalkthrough(const Walkthrough &w)
    {
        checkRef(w.file, w.path + QStringLiteral(".topic"), w.topic, "topic");
        checkPlain(w.file, w.path + QStringLiteral(".title"), w.title);
        checkText(w.file, w.path + QStringLiteral(".summary"), w.summary);
        QHash<QString, QString> stepIds;
        for (const Step &step : w.steps) {
            if (!step.id.isEmpty() && stepIds.contains(step.id))
                add(w.file, step.path + QStringLiteral(".id"),
                    QStringLiteral("duplicate step id \"%1\"; first used at %2").arg(step.id, stepIds.value(step.id)));
            stepIds.insert(step.id, step.path);
            checkIdPattern(w.file, step.path + QStringLiteral(".id"), step.id);
            checkPlain(w.file, step.path + QStringLiteral(".title"), step.title);
            checkPlain(w.file, step.path + QStringLiteral(".notes"), step.notes);
            checkPlain(w.file, step.path + QStringLiteral(".line.text"), step.line);
            for (int i = 0; i < step.say.size(); ++i)
                checkPlain(w.file, step.path + QStringLiteral(".say[%1]").arg(i), step.say.at(i));
            checkText(w.file, step.path + QStringLiteral(".body"), step.body);
            checkRefs(w.file, step.path + QStringLiteral(".sources"), step.sources, "source");
            checkLawSources(w.file, step.path, step.statesLaw, step.sources);
            checkQuestion(w.file, step);
            if (!step.illustration.isEmpty() && !QFile::exists(illustrationPath(step.illustration)))
                add(w.file, step.path + QStringLiteral(".illustration"),
                    QStringLiteral("no illustration \"%1\" in resources/illustrations").arg(step.illustration));
        }
    }

    void checkFlow(const Flow &f)
    {
        checkRef(f.file, f.path + QStringLiteral(".topic"), f.topic, "topic");
        checkPlain(f.file, f.path + QStringLiteral(".title"), f.title);
        checkText(f.file, f.path + QStringLiteral(".summary"), f.summary);
        if (!f.start.isEmpty() && !f.node(f.start))
            add(f.file, f.path + QStringLiteral(".start"),
                QStringLiteral("start node \"%1\" is not a node of this flow").arg(f.start));
        QHash<QString, QString> nodeIds;
        for (const FlowNode &node : f.nodes) {
            if (!node.id.isEmpty() && nodeIds.contains(node.id))
                add(f.file, node.path + QStringLiteral(".id"),
                    QStringLiteral("duplicate node id \"%1\"; first used at %2").arg(node.id, nodeIds.value(node.id)));
            nodeIds.insert(node.id, node.path);
            checkIdPattern(f.file, node.path + QStringLiteral(".id"), node.id);
            checkNode(f, node);
        }
        if (!f.node(f.start))
            return; // reachability means nothing without a start
        const QSet<QString> reachable = flowgraph::reachableFromStart(f);
        for (const FlowNode &node : f.nodes) {
            if (!reachable.contains(node.id))
                add(f.file, node.path,
                    QStringLiteral("node \"%1\" cannot be reached from the start node \"%2\"").arg(node.id, f.start));
        }
        for (const QString &id : flowgraph::nodesWithoutOutcome(f)) {
            if (const FlowNode *node = f.node(id); node && reachable.contains(id))
                add(f.file, node->path,
                    QStringLiteral("no path from node \"%1\" ends at an outcome").arg(id));
        }
        const QStringList cycle = flowgraph::unintendedCycle(f);
        if (!cycle.isEmpty())
            add(f.file, f.node(cycle.first())->path,
                QStringLiteral("unintended cycle %1; mark the edge back with \"loop\": true if it is meant")
                        .arg(cycle.join(QStringLiteral(" → "))));
    }

    void checkNode(const Flow &f, const FlowNode &node)
    {
        checkPlain(f.file, node.path + QStringLiteral(".text"), node.text);
        checkText(f.file, node.path + QStringLiteral(".detail"), node.detail);
        checkRefs(f.file, node.path + QStringLiteral(".sources"), node.sources, "source");
        checkRefs(f.file, node.path + QStringLiteral(".topics"), node.topics, "topic");
        if (node.kind == FlowNode::Kind::Question) {
            if (node.edges.size() < 2)
                add(f.file, node.path + QStringLiteral(".answers"),
                    QStringLiteral("a question needs at least 2 answers; found %1").arg(node.edges.size()));
            QSet<QString> answerIds;
            for (int i = 0; i < node.edges.size(); ++i) {
                const FlowEdge &edge = node.edges.at(i);
                const QString path = node.path + QStringLiteral(".answers[%1]").arg(i);
                if (!edge.id.isEmpty() && answerIds.contains(edge.id))
                    add(f.file, path + QStringLiteral(".id"), QStringLiteral("duplicate answer id \"%1\"").arg(edge.id));
                answerIds.insert(edge.id);
                checkPlain(f.file, path + QStringLiteral(".label"), edge.label);
                if (!edge.target.isEmpty() && !f.node(edge.target))
                    add(f.file, path + QStringLiteral(".next"),
                        QStringLiteral("no node of this flow has the id \"%1\"").arg(edge.target));
                if (edge.target == node.id)
                    add(f.file, path + QStringLiteral(".next"), QStringLiteral("an answer cannot lead back to its own question"));
            }
        } else if (node.kind == FlowNode::Kind::Info && !node.edges.isEmpty()) {
            const FlowEdge &edge = node.edges.first();
            if (!edge.target.isEmpty() && !f.node(edge.target))
                add(f.file, node.path + QStringLiteral(".next"),
                    QStringLiteral("no node of this flow has the id \"%1\"").arg(edge.target));
        }
    }

    void checkSource(const Source &s)
    {
        checkPlain(s.file, s.path + QStringLiteral(".citation"), s.citation);
        checkPlain(s.file, s.path + QStringLiteral(".title"), s.title);
        checkPlain(s.file, s.path + QStringLiteral(".court"), s.court);
        checkPlain(s.file, s.path + QStringLiteral(".supports"), s.supports);
        checkWebAddress(s.file, s.path + QStringLiteral(".url"), s.url);
        checkTranslatedUrls(s.file, s.path, s.url, s.translatedUrls);
        if (s.year != 0 && (s.year < 1700 || s.year > 2100))
            add(s.file, s.path + QStringLiteral(".year"), QStringLiteral("%1 is not a plausible year").arg(s.year));
        if (s.kind == QLatin1String("case") && s.court.isEmpty())
            add(s.file, s.path + QStringLiteral(".court"), QStringLiteral("a case needs its court"));
    }

    const ContentSet &c;
    const QString setName;
    ContentErrors errors;
};

} // namespace

ContentErrors ContentValidator::validate(const ContentSet &content, const QString &setName)
{
    return Checker(content, setName).run();
}

ContentErrors ContentValidator::validateIds(const ContentSet &content)
{
    return Checker(content, {}).runIds();
}

bool isSafeWebAddress(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && parsed.scheme() == QLatin1String("https") && !parsed.host().isEmpty()
            && parsed.userInfo().isEmpty() && !url.contains(QLatin1Char(' '));
}

} // namespace ktl
