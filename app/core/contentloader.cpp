// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"

#include "contentfiles.h"
#include "contentvalidator.h"
#include "jsonreader.h"
#include "jsonscan.h"
#include "whatifreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace ktl {

namespace {

using R = JsonObjectReader;

const QStringList sourceKinds = keyList({ "statute", "regulation", "case", "report", "agency",
                                       "executive-order", "state-law", "study", "news" });
const QStringList eventKinds = keyList({ "law", "case", "program", "policy", "state" });
const QStringList nodeKinds = keyList({ "question", "info", "outcome" });
const QStringList speakers = keyList({ "officer" });

/** Byte offset of the first malformed UTF-8 sequence, or -1. */
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c >= 0x80) {
            if (c >= 0xC2 && c <= 0xDF)
                extra = 1;
            else if (c >= 0xE0 && c <= 0xEF)
                extra = 2;
            else if (c >= 0xF0 && c <= 0xF4)
                extra = 3;
            else
                return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

Meta readMeta(const R &r)
{
    r.rejectUnknownKeys(keyList({ "version", "reviewedAsOf", "disclaimer", "helpNotice" }));
    Meta m;
    m.version = r.string(QStringLiteral("version"));
    m.reviewedAsOf = r.string(QStringLiteral("reviewedAsOf"));
    m.disclaimer = r.string(QStringLiteral("disclaimer"));
    m.helpNotice = r.string(QStringLiteral("helpNotice"));
    m.path = r.path();
    return m;
}

Section readSection(const R &s)
{
    s.rejectUnknownKeys(keyList({ "heading", "body", "sources", "statesLaw" }));
    Section section;
    section.heading = s.string(QStringLiteral("heading"));
    section.body = s.string(QStringLiteral("body"));
    section.sources = s.stringList(QStringLiteral("sources"));
    section.statesLaw = s.boolean(QStringLiteral("statesLaw"), true);
    section.path = s.path();
    return section;
}

Topic readTopic(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "title", "summary", "order", "concept", "sections",
                               "takeaways", "related", "sources", "walkthrough", "flows" }));
    Topic t;
    t.id = r.string(QStringLiteral("id"));
    t.title = r.string(QStringLiteral("title"));
    t.summary = r.string(QStringLiteral("summary"));
    t.order = r.integer(QStringLiteral("order"), R::Required);
    t.concept = r.boolean(QStringLiteral("concept"), false);
    for (const R &s : r.objects(QStringLiteral("sections")))
        t.sections.append(readSection(s));
    t.takeaways = r.stringList(QStringLiteral("takeaways"), R::Required);
    t.related = r.stringList(QStringLiteral("related"));
    t.sources = r.stringList(QStringLiteral("sources"));
    t.walkthrough = r.string(QStringLiteral("walkthrough"), R::Optional);
    t.flows = r.stringList(QStringLiteral("flows"));
    return t;
}

Question readQuestion(const R &q)
{
    q.rejectUnknownKeys(keyList({ "prompt", "choices" }));
    Question question;
    question.prompt = q.string(QStringLiteral("prompt"));
    for (const R &c : q.objects(QStringLiteral("choices"))) {
        c.rejectUnknownKeys(keyList({ "id", "text", "correct", "explanation" }));
        question.choices.append({ c.string(QStringLiteral("id")), c.string(QStringLiteral("text")),
                                  c.boolean(QStringLiteral("correct"), false),
                                  c.string(QStringLiteral("explanation")) });
    }
    return question;
}

Step readStep(const R &s)
{
    s.rejectUnknownKeys(keyList({ "id", "title", "body", "notes", "illustration", "line", "say",
                               "sources", "statesLaw", "question" }));
    Step step;
    step.id = s.string(QStringLiteral("id"));
    step.title = s.string(QStringLiteral("title"));
    step.body = s.string(QStringLiteral("body"));
    step.notes = s.string(QStringLiteral("notes"));
    step.illustration = s.string(QStringLiteral("illustration"), R::Optional);
    if (const auto line = s.object(QStringLiteral("line"), R::Optional)) {
        line->rejectUnknownKeys(keyList({ "speaker", "text" }));
        step.speaker = line->choice(QStringLiteral("speaker"), speakers);
        step.line = line->string(QStringLiteral("text"));
    }
    step.say = s.stringList(QStringLiteral("say"));
    if (step.say.size() > limits::maxSayPhrases)
        s.error(QStringLiteral("at most %1 phrases").arg(limits::maxSayPhrases), QStringLiteral("say"));
    step.sources = s.stringList(QStringLiteral("sources"));
    step.statesLaw = s.boolean(QStringLiteral("statesLaw"), true);
    step.path = s.path();
    if (const auto q = s.object(QStringLiteral("question"), R::Optional))
        step.question = readQuestion(*q);
    return step;
}

Walkthrough readWalkthrough(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "title", "topic", "summary", "steps" }));
    Walkthrough w;
    w.id = r.string(QStringLiteral("id"));
    w.title = r.string(QStringLiteral("title"));
    w.topic = r.string(QStringLiteral("topic"));
    w.summary = r.string(QStringLiteral("summary"));
    for (const R &s : r.objects(QStringLiteral("steps"), R::Required, limits::maxSteps))
        w.steps.append(readStep(s));
    return w;
}

FlowNode readNode(const R &n)
{
    n.rejectUnknownKeys(keyList({ "id", "kind", "text", "detail", "answers", "next", "loop",
                               "sources", "topics" }));
    FlowNode node;
    node.id = n.string(QStringLiteral("id"));
    const QString kind = n.choice(QStringLiteral("kind"), nodeKinds);
    node.kind = kind == QLatin1String("question") ? FlowNode::Kind::Question
            : kind == QLatin1String("outcome")    ? FlowNode::Kind::Outcome
                                                  : FlowNode::Kind::Info;
    node.text = n.string(QStringLiteral("text"));
    node.path = n.path();
    const bool outcome = node.kind == FlowNode::Kind::Outcome;
    node.detail = n.string(QStringLiteral("detail"), outcome ? R::Required : R::Optional);
    node.sources = n.stringList(QStringLiteral("sources"), outcome ? R::Required : R::Optional);
    node.topics = n.stringList(QStringLiteral("topics"));
    if (kind == QLatin1String("question")) {
        for (const R &a : n.objects(QStringLiteral("answers"), R::Required, limits::maxAnswers)) {
            a.rejectUnknownKeys(keyList({ "id", "label", "next", "loop" }));
            node.edges.append({ a.string(QStringLiteral("id")), a.string(QStringLiteral("label")),
                                a.string(QStringLiteral("next")),
                                a.boolean(QStringLiteral("loop"), false) });
        }
        if (n.has(QStringLiteral("next")))
            n.error(QStringLiteral("a question node leads on through its answers, not \"next\""),
                    QStringLiteral("next"));
    } else if (kind == QLatin1String("info")) {
        node.edges.append({ {}, {}, n.string(QStringLiteral("next")),
                            n.boolean(QStringLiteral("loop"), false) });
        if (n.has(QStringLiteral("answers")))
            n.error(QStringLiteral("only question nodes have answers"), QStringLiteral("answers"));
    } else if (outcome) {
        for (const char *key : { "answers", "next" }) {
            if (n.has(QLatin1String(key)))
                n.error(QStringLiteral("an outcome ends the flow; remove this field"),
                        QLatin1String(key));
        }
    }
    return node;
}

Flow readFlow(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "title", "topic", "summary", "start", "nodes" }));
    Flow f;
    f.id = r.string(QStringLiteral("id"));
    f.title = r.string(QStringLiteral("title"));
    f.topic = r.string(QStringLiteral("topic"));
    f.summary = r.string(QStringLiteral("summary"));
    f.start = r.string(QStringLiteral("start"));
    for (const R &n : r.objects(QStringLiteral("nodes"), R::Required, limits::maxFlowNodes))
        f.nodes.append(readNode(n));
    f.reindex();
    return f;
}

Term readTerm(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "term", "definition", "seeAlso", "sources" }));
    Term t;
    t.id = r.string(QStringLiteral("id"));
    t.term = r.string(QStringLiteral("term"));
    t.definition = r.string(QStringLiteral("definition"));
    t.seeAlso = r.stringList(QStringLiteral("seeAlso"));
    t.sources = r.stringList(QStringLiteral("sources"));
    return t;
}

/** `translatedUrls`: {"es": "https://…"}, the same page in another language. The addresses
 *  are checked by the validator like `url`; here only the shape and the language codes. */
TranslatedUrls readTranslatedUrls(const R &r)
{
    TranslatedUrls urls;
    const auto object = r.object(QStringLiteral("translatedUrls"), R::Optional);
    if (!object)
        return urls;
    for (const QString &language : object->keys()) {
        if (!isLanguageCode(language) || language == QLatin1String("en")) {
            object->error(QStringLiteral("\"%1\" is not a language code; expected two lower-case letters "
                                         "such as \"es\" (English is the url itself)")
                                  .arg(language),
                          language);
            continue;
        }
        urls.insert(language, object->string(language));
    }
    return urls;
}

Source readSource(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "kind", "citation", "title", "court", "year", "url",
                               "translatedUrls", "supports" }));
    Source s;
    s.id = r.string(QStringLiteral("id"));
    s.kind = r.choice(QStringLiteral("kind"), sourceKinds);
    s.citation = r.string(QStringLiteral("citation"));
    s.title = r.string(QStringLiteral("title"));
    s.court = r.string(QStringLiteral("court"), R::Optional);
    s.year = r.integer(QStringLiteral("year"), R::Required);
    s.url = r.string(QStringLiteral("url"), R::Optional);
    s.translatedUrls = readTranslatedUrls(r);
    s.supports = r.string(QStringLiteral("supports"));
    return s;
}

Event readEvent(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "date", "kind", "title", "body", "sources" }));
    Event e;
    e.id = r.string(QStringLiteral("id"));
    e.date = r.string(QStringLiteral("date"));
    e.kind = r.choice(QStringLiteral("kind"), eventKinds);
    e.title = r.string(QStringLiteral("title"));
    e.body = r.string(QStringLiteral("body"));
    e.sources = r.stringList(QStringLiteral("sources"), R::Required);
    return e;
}

HelpPlace readHelpPlace(const R &r)
{
    r.rejectUnknownKeys(keyList({ "id", "name", "what", "url", "translatedUrls" }));
    HelpPlace h;
    h.id = r.string(QStringLiteral("id"));
    h.name = r.string(QStringLiteral("name"));
    h.what = r.string(QStringLiteral("what"));
    h.url = r.string(QStringLiteral("url"), R::Optional);
    h.translatedUrls = readTranslatedUrls(r);
    return h;
}

/** Reads every object of list @p key with @p read, stamping each with its file and path. */
template<typename T, typename ReadFn>
void readList(const R &root, const char *key, QList<T> &into, const QString &file, ReadFn read)
{
    for (const R &item : root.objects(QLatin1String(key), R::Optional)) {
        T value = read(item);
        value.file = file;
        value.path = item.path();
        into.append(value);
    }
}

} // namespace

std::optional<QJsonObject> ContentLoader::parseStrictObject(const QString &fileName, const QByteArray &file,
                                                            ContentErrors &errors)
{
    // A byte-order mark (as some Windows editors save UTF-8) is skipped, for the parser and the
    // structure scan alike: Qt's parser skips it by itself, and the scan must see what it sees.
    const QByteArray bytes = file.startsWith("\xEF\xBB\xBF") ? file.mid(3) : file;
    if (bytes.size() > limits::maxFileBytes) {
        errors.append({ fileName, {},
                        QStringLiteral("file is %1 bytes; the limit is %2 bytes")
                                .arg(bytes.size())
                                .arg(limits::maxFileBytes) });
        return std::nullopt;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        errors.append({ fileName, {},
                        QStringLiteral("not valid UTF-8 at byte %1 (%2); save the file as UTF-8")
                                .arg(bad)
                                .arg(lineAndColumn(bytes, bad)) });
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({ fileName, {},
                        QStringLiteral("not valid JSON at %1: %2")
                                .arg(lineAndColumn(bytes, parseError.offset), parseError.errorString()) });
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors.append({ fileName, QStringLiteral("$"), QStringLiteral("expected an object") });
        return std::nullopt;
    }
    if (const ContentErrors structure = scanJsonStructure(fileName, bytes, limits::maxJsonNesting);
        !structure.isEmpty()) {
        errors.append(structure);
        return std::nullopt;
    }
    return doc.object();
}

namespace {
/** The object in @p bytes, parsed and nothing more (Check::ParseOnly). */
std::optional<QJsonObject> parseObject(const QString &fileName, const QByteArray &bytes, ContentErrors &errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors.append({ fileName, {}, QStringLiteral("not a valid JSON object: %1").arg(parseError.errorString()) });
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

void ContentLoader::loadFile(const QString &fileName, const QByteArray &bytes, ContentSet &into,
                             ContentErrors &errors, Check check)
{
    const std::optional<QJsonObject> object = check == Check::Strict ? parseStrictObject(fileName, bytes, errors)
                                                                     : parseObject(fileName, bytes, errors);
    if (!object)
        return;
    const R root(*object, QStringLiteral("$"), fileName, &errors);
    root.rejectUnknownKeys(keyList({ "meta", "topics", "walkthroughs", "flows", "terms", "sources",
                                  "events", "helpPlaces", "explorers" }));
    if (const auto meta = root.object(QStringLiteral("meta"), R::Optional)) {
        if (!into.meta.file.isEmpty()) {
            meta->error(QStringLiteral("meta is already defined in %1").arg(into.meta.file));
        } else {
            into.meta = readMeta(*meta);
            into.meta.file = fileName;
        }
    }
    readList(root, "topics", into.topics, fileName, readTopic);
    readList(root, "walkthroughs", into.walkthroughs, fileName, readWalkthrough);
    readList(root, "flows", into.flows, fileName, readFlow);
    readList(root, "terms", into.terms, fileName, readTerm);
    readList(root, "sources", into.sources, fileName, readSource);
    readList(root, "events", into.events, fileName, readEvent);
    readList(root, "helpPlaces", into.helpPlaces, fileName, readHelpPlace);
    readList(root, "explorers", into.explorers, fileName, readExplorer);
}

ContentLoader::Result ContentLoader::loadDirectory(const QString &directory, Check check)
{
    const ContentFiles files = listContentFiles(directory);
    Result result = loadFiles(files.paths, check);
    result.errors = files.errors + result.errors;
    if (files.paths.isEmpty() && files.errors.isEmpty())
        result.errors.append({ directory, {}, QStringLiteral("no .json content files found") });
    return result;
}

ContentLoader::Result ContentLoader::loadFiles(const QStringList &paths, Check check)
{
    Result result;
    result.files = paths;
    qint64 total = 0;
    for (const QString &path : std::as_const(result.files)) {
        QByteArray bytes;
        if (const QString why = readContentFile(path, &bytes); !why.isEmpty()) {
            result.errors.append({ path, {}, why });
            continue;
        }
        total += bytes.size();
        if (total > limits::maxTotalBytes) {
            result.errors.append({ path, {},
                                   QStringLiteral("the folder's files pass %1 bytes together; that is the limit, "
                                                  "so this file and the rest were not read")
                                           .arg(limits::maxTotalBytes) });
            break;
        }
        loadFile(path, bytes, result.content, result.errors, check);
    }
    result.content.reindex();
    return result;
}

ContentLoader::Result loadAndValidate(const QString &directory)
{
    ContentLoader::Result result = ContentLoader::loadDirectory(directory);
    if (!result.files.isEmpty())
        result.errors.append(ContentValidator::validate(result.content, directory));
    return result;
}

OverlayResult loadOverlay(const ContentSet &base, const QString &directory)
{
    OverlayResult result;
    ContentLoader::Result overlay = ContentLoader::loadDirectory(directory);
    result.files = overlay.files;
    result.errors = overlay.errors;
    if (!overlay.files.isEmpty())
        result.errors.append(ContentValidator::validateIds(overlay.content));
    result.content = base;
    if (!result.ok())
        return result;
    ContentSet merged = base;
    result.replaced = merged.overlay(overlay.content);
    result.errors = ContentValidator::validate(merged, directory);
    if (result.ok())
        result.content = merged;
    else
        result.replaced.clear();
    return result;
}

} // namespace ktl
