// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlist.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>

namespace ktl::playlist {

namespace {

/** Control characters, and the invisible ones that reorder or break what is shown (bidi
 *  overrides, line and paragraph separators): a name shows in the notes window and file names. */
bool hasControls(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const QChar::Category k = c.category();
        return k == QChar::Other_Control || k == QChar::Other_Format || k == QChar::Separator_Line
                || k == QChar::Separator_Paragraph;
    });
}

/** A hostile file can hold thousands of bad entries: this many problems are said, then a count. */
constexpr int maxProblems = 20;

} // namespace

QString addressProblem(const QString &address)
{
    if (address.isEmpty() || address.size() > maxAddressLength || hasControls(address))
        return QStringLiteral("a page address of 1 to %1 characters without control characters").arg(maxAddressLength);
    return {};
}

const Playlist *find(const QList<Playlist> &playlists, const QString &name)
{
    const auto it = std::find_if(playlists.begin(), playlists.end(), [&](const Playlist &p) { return p.name == name; });
    return it == playlists.end() ? nullptr : &*it;
}

QString nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a name");
    if (name.size() > maxNameLength)
        return QStringLiteral("a name of at most %1 characters").arg(maxNameLength);
    if (hasControls(name))
        return QStringLiteral("a name without control characters");
    return {};
}

QByteArray toJson(const QList<Playlist> &playlists)
{
    QJsonArray list;
    for (const Playlist &p : playlists) {
        QJsonArray items;
        for (const PlaylistItem &item : p.items)
            items.append(QJsonObject { { QStringLiteral("address"), item.address },
                                       { QStringLiteral("minutes"), item.minutes } });
        list.append(QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("items"), items } });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<Playlist> fromJson(const QByteArray &json, QStringList *problems)
{
    QList<Playlist> result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        problems->append(QStringLiteral("expected a JSON list of playlists"));
        return result;
    }
    const QJsonArray list = doc.array();
    const auto problemsBefore = problems->size();
    // Bounded work: no more entries are looked at than the limits could keep, bad ones included.
    for (int i = 0; i < list.size() && i < 2 * maxPlaylists; ++i) {
        const QString place = QStringLiteral("[%1]").arg(i);
        if (result.size() >= maxPlaylists) {
            problems->append(QStringLiteral("%1: more than %2 playlists; the rest are left out").arg(place).arg(maxPlaylists));
            break;
        }
        const QJsonObject object = list.at(i).toObject();
        Playlist p;
        p.name = object.value(QStringLiteral("name")).toString();
        if (const QString why = nameProblem(p.name); !why.isEmpty()) {
            problems->append(QStringLiteral("%1.name: expected %2").arg(place, why));
            continue;
        }
        if (find(result, p.name)) {
            problems->append(QStringLiteral("%1.name: a second playlist named the same").arg(place));
            continue;
        }
        const QJsonArray items = object.value(QStringLiteral("items")).toArray();
        for (int j = 0; j < items.size() && j < 2 * maxItems && p.items.size() < maxItems; ++j) {
            const QString itemPlace = QStringLiteral("%1.items[%2]").arg(place).arg(j);
            const QJsonObject item = items.at(j).toObject();
            const QString address = item.value(QStringLiteral("address")).toString();
            if (const QString why = addressProblem(address); !why.isEmpty()) {
                problems->append(QStringLiteral("%1.address: expected %2").arg(itemPlace, why));
                continue;
            }
            const QJsonValue minutes = item.value(QStringLiteral("minutes"));
            const double m = minutes.toDouble(-1);
            if (!minutes.isDouble() || m < 0 || m > maxMinutes || m != int(m)) {
                problems->append(QStringLiteral("%1.minutes: expected a whole number from 0 to %2").arg(itemPlace).arg(maxMinutes));
                continue;
            }
            p.items.append({ address, int(m) });
        }
        if (items.size() > maxItems)
            problems->append(QStringLiteral("%1.items: more than %2; the rest are left out").arg(place).arg(maxItems));
        result.append(p);
    }
    if (list.size() > 2 * maxPlaylists)
        problems->append(QStringLiteral("[%1]: more entries than playlists can be; the rest are left out").arg(2 * maxPlaylists));
    if (problems->size() - problemsBefore > maxProblems) {
        const auto more = problems->size() - problemsBefore - maxProblems;
        problems->erase(problems->begin() + problemsBefore + maxProblems, problems->end());
        problems->append(QStringLiteral("and %1 more problems").arg(more));
    }
    return result;
}

} // namespace ktl::playlist
