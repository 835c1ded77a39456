// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"
#include "playlist.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ktl {

/**
 * @file
 * What presenter mode can show, as slides: one section per thing presented, each cut into the
 * slides the room sees. A walkthrough gives a slide a step; a flow a node, in its outline's
 * order; a topic a section; the glossary (all of it, or a list of terms) a term; the timeline
 * (all of it, or a range of dates) an event; the what-if story a stage (its stages depend on
 * the knobs, so the presentation model fills those in). A session playlist is several sections
 * one after the other.
 *
 * Addresses are the page addresses (pageaddress.h), with two forms of their own:
 * `glossary/<term>,<term>,…` (a subset, in that order) and `timeline/<from>..<to>` (dates as the
 * timeline writes them, YYYY[-MM[-DD]], both ends included).
 */
struct DeckSection
{
    enum class Kind { Walkthrough, Flow, Topic, Glossary, Timeline, WhatIf };

    Kind kind = Kind::Walkthrough;
    QString id;       ///< walkthrough, flow or topic id; empty for the others
    QString address;  ///< as given (a playlist keeps these)
    QString startAt;  ///< the step or node to begin on, or the what-if setting
    /** Step ids, node ids, section numbers ("1", "2", …), term ids or event ids. */
    QStringList slideIds;
    int minutes = 0;  ///< the presenter's time budget for this section, 0 for none
};

namespace deck {

/** The section presenting @p address in @p content; false with @p error saying why. */
bool section(const QString &address, const ContentSet &content, DeckSection *out, QString *error);

/** Whether @p address (a page, or a playlist of @p playlists) has anything to present; else
 *  @p error says why (no such playlist, and the names there are; or why the page cannot be). */
bool canPresent(const QString &address, const ContentSet &content, const QList<Playlist> &playlists, QString *error);

/** The address presenting the saved playlist @p name ("playlist/<name>"); the name is the
 *  rest of it, slashes and all. */
QString playlistAddress(const QString &name);
/** The playlist name in @p address, or "" when it presents no playlist. */
QString playlistName(const QString &address);

/** The topic section, term or event a slide id names (nullptr when it is gone). */
const Section *topicSection(const ContentSet &content, const DeckSection &section, const QString &slideId);
const Event *event(const ContentSet &content, const QString &eventId);

} // namespace deck
} // namespace ktl
