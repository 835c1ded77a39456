// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourceref.h"
#include "speechtext.h"

#include <QList>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

namespace ktl {

/**
 * @file
 * What models hand QML in lists, as typed values instead of maps: a binding to a field that
 * does not exist is a qmllint error, not an empty string at run time. Every text is in the
 * reader's language already; every address is made in C++ (pageaddress.h).
 */

/** A link to another page: a related topic, a flow to explore. */
struct PageLink
{
    Q_GADGET
    QML_VALUE_TYPE(pageLink)
    Q_PROPERTY(QString id MEMBER id FINAL)
    Q_PROPERTY(QString title MEMBER title FINAL)
    Q_PROPERTY(QString address MEMBER address FINAL)

public:
    QString id;
    QString title;
    QString address;
    bool operator==(const PageLink &o) const { return id == o.id && title == o.title && address == o.address; }
};

/** A section of a topic: its heading, its body (HTML) and its sources. */
struct TopicSection
{
    Q_GADGET
    QML_VALUE_TYPE(topicSection)
    Q_PROPERTY(QString heading MEMBER heading FINAL)
    Q_PROPERTY(QString body MEMBER body FINAL)
    Q_PROPERTY(QList<ktl::SourceRef> sources MEMBER sources FINAL)
    /** What Listen reads: the heading and the body, without markup. */
    Q_PROPERTY(ktl::SpeechText speech MEMBER speech FINAL)

public:
    QString heading;
    QString body;
    QList<SourceRef> sources;
    SpeechText speech;
    bool operator==(const TopicSection &o) const
    {
        return heading == o.heading && body == o.body && sources == o.sources && speech == o.speech;
    }
};

/** A "Say it in English" card of a practice step: the phrase as it is said (English, in every
 *  language), what it means in the reader's language ("" for an English reader), and the
 *  phrase for Listen, in an English voice. */
struct SayPhrase
{
    Q_GADGET
    QML_VALUE_TYPE(sayPhrase)
    Q_PROPERTY(QString english MEMBER english FINAL)
    Q_PROPERTY(QString meaning MEMBER meaning FINAL)
    Q_PROPERTY(ktl::SpeechText speech MEMBER speech FINAL)

public:
    QString english;
    QString meaning;
    SpeechText speech;
    bool operator==(const SayPhrase &o) const { return english == o.english && meaning == o.meaning && speech == o.speech; }
};

/** A choice of a question asked to the room: "B. …", and whether it is shown as the answer. */
struct SlideChoice
{
    Q_GADGET
    QML_VALUE_TYPE(slideChoice)
    Q_PROPERTY(QString text MEMBER text FINAL)
    Q_PROPERTY(bool shownAsAnswer MEMBER shownAsAnswer FINAL)
    Q_PROPERTY(QString letter MEMBER letter FINAL)

public:
    QString text; ///< "A. Yes"
    bool shownAsAnswer = false;
    QString letter; ///< "A"
    bool operator==(const SlideChoice &o) const
    {
        return text == o.text && shownAsAnswer == o.shownAsAnswer && letter == o.letter;
    }
};

/** An answer to a flow's question: what its button says, and where it leads. */
struct FlowAnswer
{
    Q_GADGET
    QML_VALUE_TYPE(flowAnswer)
    Q_PROPERTY(QString answerId MEMBER answerId FINAL)
    Q_PROPERTY(QString label MEMBER label FINAL)
    Q_PROPERTY(QString labelOther MEMBER labelOther FINAL)
    Q_PROPERTY(QString target MEMBER target FINAL)
    /** The button's words: "Continue" for a step with one way on; in bilingual mode both languages. */
    Q_PROPERTY(QString buttonText MEMBER buttonText FINAL)

public:
    QString answerId;
    QString label;
    QString labelOther;
    QString target;
    QString buttonText;
    bool operator==(const FlowAnswer &o) const
    {
        return answerId == o.answerId && label == o.label && labelOther == o.labelOther && target == o.target
                && buttonText == o.buttonText;
    }
};

/** A choice of a self-check question. */
struct QuizChoice
{
    Q_GADGET
    QML_VALUE_TYPE(quizChoice)
    Q_PROPERTY(QString choiceId MEMBER choiceId FINAL)
    Q_PROPERTY(QString text MEMBER text FINAL)
    Q_PROPERTY(QString textOther MEMBER textOther FINAL)

public:
    QString choiceId;
    QString text;
    QString textOther;
    bool operator==(const QuizChoice &o) const { return choiceId == o.choiceId && text == o.text && textOther == o.textOther; }
};

/** A line of a flow's outline: how deep, which node, and what it says (with the answer that
 *  leads to it, "Yes → …", and "(see above)" for a node already listed). */
struct OutlineLine
{
    Q_GADGET
    QML_VALUE_TYPE(outlineLine)
    Q_PROPERTY(int depth MEMBER depth FINAL)
    Q_PROPERTY(QString nodeId MEMBER nodeId FINAL)
    Q_PROPERTY(QString kind MEMBER kind FINAL)
    Q_PROPERTY(QString text MEMBER text FINAL)

public:
    int depth = 0;
    QString nodeId;
    QString kind;
    QString text;
    bool operator==(const OutlineLine &o) const { return depth == o.depth && nodeId == o.nodeId && kind == o.kind && text == o.text; }
};

/** A slide in the presenter's jump list and grid: its place, its numbered title ("3. Who signs
 *  it"), what it belongs to, and its first words, for the grid's small pictures of the slides. */
struct SlideEntry
{
    Q_GADGET
    QML_VALUE_TYPE(slideEntry)
    Q_PROPERTY(int index MEMBER index FINAL)
    Q_PROPERTY(QString slideId MEMBER slideId FINAL)
    Q_PROPERTY(QString label MEMBER label FINAL)
    Q_PROPERTY(QString section MEMBER section FINAL)
    Q_PROPERTY(QString preview MEMBER preview FINAL)
    /** The first slide of a section (a playlist's walkthrough, flow or topic begins here). */
    Q_PROPERTY(bool startsSection MEMBER startsSection FINAL)

public:
    int index = 0;
    QString slideId;
    QString label;
    QString section;
    QString preview;
    bool startsSection = false;
    bool operator==(const SlideEntry &o) const
    {
        return index == o.index && slideId == o.slideId && label == o.label && section == o.section
                && preview == o.preview && startsSection == o.startsSection;
    }
};

/** One bar of a room quiz's show of hands: "B", how many, its share of the largest count (for
 *  the bar's length) and the words a screen reader says ("B: 12 hands"). */
struct HandBar
{
    Q_GADGET
    QML_VALUE_TYPE(handBar)
    Q_PROPERTY(QString letter MEMBER letter FINAL)
    Q_PROPERTY(int count MEMBER count FINAL)
    Q_PROPERTY(qreal share MEMBER share FINAL)
    Q_PROPERTY(QString label MEMBER label FINAL)
    Q_PROPERTY(bool isAnswer MEMBER isAnswer FINAL)

public:
    QString letter;
    int count = 0;
    qreal share = 0;
    QString label;
    bool isAnswer = false; ///< shown once the answer is
    bool operator==(const HandBar &o) const
    {
        return letter == o.letter && count == o.count && qFuzzyCompare(1 + share, 1 + o.share) && label == o.label
                && isAnswer == o.isAnswer;
    }
};

/** A choice with a code and a label: a timeline filter ("law", "Laws"), a language ("es", "Español"). */
struct CodeLabel
{
    Q_GADGET
    QML_VALUE_TYPE(codeLabel)
    Q_PROPERTY(QString code MEMBER code FINAL)
    Q_PROPERTY(QString label MEMBER label FINAL)

public:
    QString code;
    QString label;
    bool operator==(const CodeLabel &o) const { return code == o.code && label == o.label; }
};

/** A value of a what-if knob, as its buttons show it. */
struct WhatIfChoice
{
    Q_GADGET
    QML_VALUE_TYPE(whatIfChoice)
    Q_PROPERTY(QString knobId MEMBER knobId FINAL)
    Q_PROPERTY(QString valueId MEMBER valueId FINAL)
    Q_PROPERTY(QString label MEMBER label FINAL)
    Q_PROPERTY(bool chosen MEMBER chosen FINAL)

public:
    QString knobId;
    QString valueId;
    QString label;
    bool chosen = false;
    bool operator==(const WhatIfChoice &o) const
    {
        return knobId == o.knobId && valueId == o.valueId && label == o.label && chosen == o.chosen;
    }
};

/** A what-if knob: its name, its "What is this?" text (HTML) and sources, and its values. */
struct WhatIfKnobEntry
{
    Q_GADGET
    QML_VALUE_TYPE(whatIfKnobEntry)
    Q_PROPERTY(QString knobId MEMBER knobId FINAL)
    Q_PROPERTY(QString label MEMBER label FINAL)
    Q_PROPERTY(QString question MEMBER question FINAL)
    Q_PROPERTY(QString explain MEMBER explain FINAL)
    Q_PROPERTY(QList<ktl::SourceRef> sources MEMBER sources FINAL)
    Q_PROPERTY(QList<ktl::WhatIfChoice> choices MEMBER choices FINAL)
    /** "State law on detainers: Limits or forbids it", for a screen reader and a summary line. */
    Q_PROPERTY(QString chosenText MEMBER chosenText FINAL)
    /** The values' labels in order, and which is chosen: for a one-line list (the presenter's). */
    Q_PROPERTY(QStringList valueLabels MEMBER valueLabels FINAL)
    Q_PROPERTY(int chosenIndex MEMBER chosenIndex FINAL)

public:
    QString knobId;
    QString label;
    QString question;
    QString explain;
    QList<SourceRef> sources;
    QList<WhatIfChoice> choices;
    QString chosenText;
    QStringList valueLabels;
    int chosenIndex = 0;
    bool operator==(const WhatIfKnobEntry &o) const
    {
        return knobId == o.knobId && label == o.label && question == o.question && explain == o.explain
                && sources == o.sources && choices == o.choices && chosenText == o.chosenText
                && valueLabels == o.valueLabels && chosenIndex == o.chosenIndex;
    }
};

} // namespace ktl
