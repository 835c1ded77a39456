// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "whatif.h"

/**
 * @file The content model: plain value types, filled by ContentLoader and checked by
 * ContentValidator. English is the source text; translations are looked up at display time
 * (see contenttext.h), so these types never change with the language.
 */
namespace ktl {

/** id → position of the first item with that id, valid for a list of builtFor items. */
struct IdIndex
{
    QHash<QString, qsizetype> position;
    qsizetype builtFor = -1;
};

struct Meta
{
    QString version;
    QString reviewedAsOf; ///< ISO date, YYYY-MM-DD
    QString disclaimer;
    QString helpNotice;
    QString file; ///< where it was read, for error messages
    QString path; ///< JSON path inside that file
};

struct Section
{
    QString heading;
    QString body; ///< restricted Markdown (markup.h)
    QStringList sources;
    bool statesLaw = true;
    QString path;
};

struct Topic
{
    QString id;
    QString title;
    QString summary;
    int order = 0;
    bool concept = false;
    QList<Section> sections;
    QStringList takeaways;
    QStringList related;
    QStringList sources;
    QString walkthrough;
    QStringList flows;
    QString file;
    QString path;
};

struct Choice
{
    QString id;
    QString text;
    bool correct = false;
    QString explanation;
};

struct Question
{
    QString prompt;
    QList<Choice> choices;
    bool isEmpty() const { return prompt.isEmpty() && choices.isEmpty(); }
};

struct Step
{
    QString id;
    QString title;
    QString body;
    QString notes; ///< presenter notes
    QString illustration;
    /** A practice step: who speaks to the reader ("officer"), and their words (plain text,
     *  written in English; shown translated, with the English beside, as it would be heard). */
    QString speaker;
    QString line;
    /** "Say it in English" phrases: shown in English in every language, with their meaning in
     *  the reader's language beside. */
    QStringList say;
    QStringList sources;
    bool statesLaw = true;
    Question question; ///< empty when the step has none
    QString path;
};

struct Walkthrough
{
    QString id;
    QString title;
    QString topic;
    QString summary;
    QList<Step> steps;
    QString file;
    QString path;
    int stepIndex(const QString &stepId) const;
};

/** An answer of a question node, or the single way forward of an info node. */
struct FlowEdge
{
    QString id; ///< answer id; empty for an info node's "next"
    QString label;
    QString target;
    bool loop = false; ///< an intended edge back to an earlier node
};

struct FlowNode
{
    enum class Kind { Question, Info, Outcome };
    QString id;
    Kind kind = Kind::Info;
    QString text;
    QString detail;
    QList<FlowEdge> edges;
    QStringList sources;
    QStringList topics;
    QString path;
};

struct Flow
{
    QString id;
    QString title;
    QString topic;
    QString summary;
    QString start;
    QList<FlowNode> nodes;
    QString file;
    QString path;
    const FlowNode *node(const QString &nodeId) const;
    /** Rebuilds the id index behind node(); the loader calls it once the nodes are read. */
    void reindex();

private:
    IdIndex m_nodeIndex;
};

struct Term
{
    QString id;
    QString term;
    QString definition;
    QStringList seeAlso;
    QStringList sources;
    QString file;
    QString path;
};

/** The same web page in other languages, by language code ("es"), beside the English `url`. */
using TranslatedUrls = QMap<QString, QString>;

struct Source
{
    QString id;
    QString kind;
    QString citation;
    QString title;
    QString court;
    int year = 0;
    QString url;
    TranslatedUrls translatedUrls;
    QString supports;
    QString file;
    QString path;
};

struct Event
{
    QString id;
    QString date; ///< YYYY, YYYY-MM or YYYY-MM-DD: sorts as text
    QString kind;
    QString title;
    QString body;
    QStringList sources;
    QString file;
    QString path;
};

struct HelpPlace
{
    QString id;
    QString name;
    QString what;
    QString url;
    TranslatedUrls translatedUrls;
    QString file;
    QString path;
};

/** Everything one content directory (or the built-in set plus an overlay) holds. */
struct ContentSet
{
    Meta meta;
    QList<Topic> topics;
    QList<Walkthrough> walkthroughs;
    QList<Flow> flows;
    QList<Term> terms;
    QList<Source> sources;
    QList<Event> events;
    QList<HelpPlace> helpPlaces;
    QList<Explorer> explorers; ///< at most one: the app has one what-if story (validator)

    /** The what-if story the app shows, or nullptr when the content has none the engine can run
     *  (a folder shown despite its problems; the validator reports them from `explorers`). */
    const Explorer *explorer() const
    {
        return explorers.isEmpty() || !whatif::usable(explorers.first()) ? nullptr : &explorers.first();
    }
    const Topic *topic(const QString &id) const;
    const Walkthrough *walkthrough(const QString &id) const;
    const Flow *flow(const QString &id) const;
    const Term *term(const QString &id) const;
    const Source *source(const QString &id) const;

    /** What overlay() replaced: "topic \"partnerships\"", "meta" (the disclaimer and dates). */
    struct Replaced
    {
        QString what;
        QString file; ///< the overlay file that replaced it
    };

    /** Objects of @p overlay replace those with the same id here; the rest are appended.
     *  Returns what was replaced, so the app can say so. */
    QList<Replaced> overlay(const ContentSet &other);
    /** Adds what @p other read from other files (its meta only if this set has none), after
     *  what this set holds; then reindexes. */
    void absorb(ContentSet &&other);
    /** Puts each list in the order of the @p files its items were read from (the order within a
     *  file kept), as reading the files in that order gives it; then reindexes. */
    void sortByFiles(const QStringList &files);
    /** Rebuilds the id indexes behind the lookups above (and each flow's node index). Lookups
     *  stay correct without it, only slower: an index entry is checked before it is trusted. */
    void reindex();

private:
    IdIndex m_topicIndex, m_walkthroughIndex, m_flowIndex, m_termIndex, m_sourceIndex;
};

QString flowNodeKindName(FlowNode::Kind kind);
/** Where the built-in illustration @p name lives (an SVG compiled into the app). */
QString illustrationPath(const QString &name);

/** A language code as content and packs name languages: two lower-case letters ("es"). */
bool isLanguageCode(const QString &code);

} // namespace ktl
