// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ktl {

/**
 * @file
 * A session playlist: what a presenter shows in one workshop, in order, each with its time
 * budget, saved by name. It holds page addresses and minutes only, never anything personal.
 * It is kept in the settings file, which anyone could have edited, so reading it checks every
 * value and drops what is wrong, saying where.
 */
struct PlaylistItem
{
    QString address; ///< what slidedeck.h presents: walkthrough/<id>, topic/<id>, glossary/<a>,<b>…
    int minutes = 0; ///< 0: no budget of its own
    bool operator==(const PlaylistItem &o) const { return address == o.address && minutes == o.minutes; }
};

struct Playlist
{
    QString name;
    QList<PlaylistItem> items;
    bool operator==(const Playlist &o) const { return name == o.name && items == o.items; }
};

namespace playlist {

inline constexpr int maxPlaylists = 50;
inline constexpr int maxItems = 40;
inline constexpr int maxMinutes = 240;
inline constexpr int maxNameLength = 60;
inline constexpr int maxAddressLength = 2000;

/** "" when @p name can name a playlist; else why not (empty, too long, control characters). */
QString nameProblem(const QString &name);
/** "" when @p address can stand in a playlist (or be given to --present); else what is expected. */
QString addressProblem(const QString &address);
/** The playlist named @p name in @p playlists, or nullptr. */
const Playlist *find(const QList<Playlist> &playlists, const QString &name);

QByteArray toJson(const QList<Playlist> &playlists);
/** Reads what toJson() wrote. What is wrong is left out and described in @p problems, with its
 *  place ("[2].items[0].minutes"); the rest is kept. */
QList<Playlist> fromJson(const QByteArray &json, QStringList *problems);

} // namespace playlist
} // namespace ktl
