// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

namespace ktl {

/** One stretch of words in one language: what a voice of that language reads. */
struct SpeechPart
{
    QString language;
    QString text;
    bool operator==(const SpeechPart &o) const { return language == o.language && text == o.text; }
};

/**
 * What a Listen control reads: the words of a step, a section, a node or a term, without their
 * markup (a link's text is read, never its target), in the reader's language and — in bilingual
 * mode — then in the other one, each in its own voice. Made in C++; QML only passes it on.
 */
struct SpeechText
{
    Q_GADGET
    QML_VALUE_TYPE(speechText)
    Q_PROPERTY(bool empty READ empty FINAL)

public:
    QList<SpeechPart> parts;
    bool empty() const { return parts.isEmpty(); }
    bool operator==(const SpeechText &o) const { return parts == o.parts; }
    bool operator!=(const SpeechText &o) const { return !(*this == o); }
};

namespace speechtext {

/** @p texts (Markdown or plain) of the content @p context, translated; the other language too
 *  when bilingual mode is on. Empty texts are skipped. */
SpeechText content(const QString &context, const QStringList &texts);
/** Words already in the reader's language (app text, not content). */
SpeechText plain(const QStringList &texts);

} // namespace speechtext
} // namespace ktl
