// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlisteditor.h"

#include "appsettings.h"
#include "contentstore.h"
#include "contenttext.h"
#include "decktext.h"
#include "pageaddress.h"
#include "slidedeck.h"

#include <algorithm>

namespace ktl {

namespace {
const QString glossarySubset = QStringLiteral("glossary/");
}

PlaylistEditor::PlaylistEditor(QObject *parent)
    : ContentListModel(parent)
{
    connect(AppSettings::instance(), &AppSettings::playlistsChanged, this, &PlaylistEditor::savedChanged);
    startNew();
}

QHash<int, QByteArray> PlaylistEditor::roleNames() const
{
    return { { AddressRole, "address" }, { TitleRole, "title" }, { KindRole, "kind" },
             { MinutesRole, "minutes" }, { ProblemRole, "problem" }, { LabelRole, "label" } };
}

QVariant PlaylistEditor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlaylistItem &item = m_items.at(index.row());
    DeckSection section;
    QString why;
    const bool ok = deck::section(item.address, store()->content(), &section, &why);
    switch (role) {
    case AddressRole:
        return item.address;
    case Qt::DisplayRole:
    case TitleRole:
        return ok ? decktext::title(store()->content(), section, true) : item.address;
    case KindRole:
        return ok ? decktext::kindName(section.kind) : QString();
    case LabelRole:
        //: A part of a playlist: %1 its number, %2 its title
        return tr("%1. %2").arg(index.row() + 1).arg(ok ? decktext::title(store()->content(), section, true) : item.address);
    case MinutesRole:
        return item.minutes;
    case ProblemRole:
        //: The workshop page: a playlist part whose page has gone; %1 why (in English)
        return ok ? QString() : tr("This cannot be presented now: %1").arg(why);
    }
    return {};
}

QStringList PlaylistEditor::savedNames() const
{
    QStringList names;
    for (const Playlist &p : AppSettings::instance()->playlists())
        names.append(p.name);
    return names;
}

void PlaylistEditor::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT nameChanged();
    Q_EMIT savedChanged(); // whether this name is saved
}

QString PlaylistEditor::summary() const
{
    if (m_items.isEmpty())
        return {};
    int minutes = 0;
    for (const PlaylistItem &item : m_items)
        minutes += item.minutes;
    //: The workshop page: %1 how many parts a playlist has, %2 the minutes they add up to
    return tr("Parts: %1 · Minutes: %2").arg(m_items.size()).arg(minutes);
}

QList<CodeLabel> PlaylistEditor::choices() const
{
    const ContentSet &content = store()->content();
    QList<CodeLabel> list;
    // Each section made directly, not read back from its address by deck::section(): these come
    // from the content itself, so they are valid, and making every one's slides to name it
    // would cost more than a frame at a hundred times the content.
    auto add = [&](DeckSection::Kind kind, const QString &id, const QString &address, const QStringList &slideIds = {}) {
        DeckSection section;
        section.kind = kind;
        section.id = id;
        section.address = address;
        section.slideIds = slideIds;
        //: A choice to add to a playlist: %1 its kind ("Walkthrough"), %2 its title
        list.append({ address, tr("%1: %2").arg(decktext::kindName(kind), decktext::title(content, section, true)) });
    };
    for (const Topic &t : content.topics)
        add(DeckSection::Kind::Topic, t.id, page::topic(t.id));
    for (const Walkthrough &w : content.walkthroughs)
        add(DeckSection::Kind::Walkthrough, w.id, page::walkthrough(w.id));
    for (const Flow &f : content.flows)
        add(DeckSection::Kind::Flow, f.id, page::flow(f.id));
    if (content.explorer())
        add(DeckSection::Kind::WhatIf, {}, page::whatIf());
    add(DeckSection::Kind::Glossary, {}, QStringLiteral("glossary"));
    for (const Term &t : content.terms)
        add(DeckSection::Kind::Glossary, {}, glossarySubset + t.id, { t.id });
    if (!content.events.isEmpty())
        add(DeckSection::Kind::Timeline, {}, QStringLiteral("timeline"));
    return list;
}

int PlaylistEditor::firstYear() const
{
    const QList<Event> &events = store()->content().events;
    const auto it = std::min_element(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
    return it == events.end() ? 0 : it->date.left(4).toInt();
}

int PlaylistEditor::lastYear() const
{
    const QList<Event> &events = store()->content().events;
    const auto it = std::max_element(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
    return it == events.end() ? 0 : it->date.left(4).toInt();
}

void PlaylistEditor::changed()
{
    Q_EMIT itemsChanged();
    Q_EMIT countChanged();
    setMessage({});
}

void PlaylistEditor::add(const QString &address)
{
    DeckSection section;
    QString why;
    if (!deck::section(address, store()->content(), &section, &why))
        return; // nothing chosen, or a page that has gone: the list offers only what exists
    if (m_items.size() >= playlist::maxItems) {
        //: The workshop page: a playlist is full; %1 its most parts
        setMessage(tr("A playlist has at most %1 parts.").arg(playlist::maxItems));
        return;
    }
    // Terms added one after another make one part: a glossary subset, in the order added.
    if (address.startsWith(glossarySubset) && !m_items.isEmpty() && m_items.last().address.startsWith(glossarySubset)) {
        const QString term = address.mid(glossarySubset.size());
        QStringList terms = m_items.last().address.mid(glossarySubset.size()).split(QLatin1Char(','));
        const QString merged = glossarySubset + terms.join(QLatin1Char(',')) + QLatin1Char(',') + term;
        if (!terms.contains(term) && merged.size() > playlist::maxAddressLength) {
            //: The workshop page: too many terms in one glossary part
            setMessage(tr("That part has as many terms as it can hold: add another part first."));
            return;
        }
        if (!terms.contains(term)) {
            terms.append(term);
            m_items.last().address = glossarySubset + terms.join(QLatin1Char(','));
            const QModelIndex last = index(int(m_items.size()) - 1);
            Q_EMIT dataChanged(last, last);
        }
        changed();
        return;
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append({ address, 0 });
    endInsertRows();
    changed();
}

void PlaylistEditor::addTimeline(int fromYear, int toYear)
{
    if (fromYear > toYear)
        std::swap(fromYear, toYear);
    fromYear = qBound(1000, fromYear, 9999);
    toYear = qBound(1000, toYear, 9999);
    add(QStringLiteral("timeline/%1..%2").arg(fromYear).arg(toYear));
}

void PlaylistEditor::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    if (row < m_items.size()) // the parts after it are numbered again
        Q_EMIT dataChanged(index(row), index(int(m_items.size()) - 1), { LabelRole });
    changed();
}

void PlaylistEditor::moveUp(int row)
{
    if (row <= 0 || row >= m_items.size())
        return;
    beginMoveRows({}, row, row, {}, row - 1);
    m_items.move(row, row - 1);
    endMoveRows();
    Q_EMIT dataChanged(index(row - 1), index(row), { LabelRole }); // numbered again
    changed();
}

void PlaylistEditor::moveDown(int row) { moveUp(row + 1); }

void PlaylistEditor::setMinutes(int row, int minutes)
{
    if (row < 0 || row >= m_items.size())
        return;
    minutes = qBound(0, minutes, playlist::maxMinutes);
    if (m_items.at(row).minutes == minutes)
        return;
    m_items[row].minutes = minutes;
    Q_EMIT dataChanged(index(row), index(row), { MinutesRole });
    changed();
}

void PlaylistEditor::startNew()
{
    const QStringList taken = savedNames();
    //: The name a new session playlist starts with
    const QString base = tr("Workshop");
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    beginResetModel();
    m_items.clear();
    endResetModel();
    setName(name);
    changed();
}

bool PlaylistEditor::load(const QString &name)
{
    const QList<Playlist> saved = AppSettings::instance()->playlists();
    const Playlist *found = playlist::find(saved, name);
    if (!found)
        return false;
    beginResetModel();
    m_items = found->items;
    endResetModel();
    setName(name);
    changed();
    return true;
}

bool PlaylistEditor::save()
{
    const QString name = m_name.trimmed();
    if (const QString why = playlist::nameProblem(name); !why.isEmpty()) {
        //: The workshop page: the playlist's name is not usable
        setMessage(tr("Give the playlist a name of up to %1 letters.").arg(playlist::maxNameLength));
        return false;
    }
    if (m_items.isEmpty()) {
        setMessage(tr("Add at least one part before saving."));
        return false;
    }
    QList<Playlist> saved = AppSettings::instance()->playlists();
    if (const Playlist *found = playlist::find(saved, name))
        saved[found - saved.constData()].items = m_items;
    else if (saved.size() >= playlist::maxPlaylists) {
        setMessage(tr("There are %1 playlists already: delete one first.").arg(playlist::maxPlaylists));
        return false;
    } else
        saved.append({ name, m_items });
    if (!AppSettings::instance()->setPlaylists(saved)) {
        setMessage(tr("The playlists are too long to save: make this one shorter."));
        return false;
    }
    setName(name);
    //: The workshop page: saved; %1 the playlist's name
    setMessage(tr("Saved “%1”. It holds only what to present and the minutes, nothing personal.").arg(name));
    Q_EMIT savedChanged();
    return true;
}

void PlaylistEditor::deleteSaved(const QString &name)
{
    QList<Playlist> saved = AppSettings::instance()->playlists();
    saved.erase(std::remove_if(saved.begin(), saved.end(), [&](const Playlist &p) { return p.name == name; }), saved.end());
    AppSettings::instance()->setPlaylists(saved);
    Q_EMIT savedChanged();
}

QString PlaylistEditor::addressOf(const QString &name) const { return deck::playlistAddress(name); }

QStringList PlaylistEditor::addressesOf(const QString &name) const
{
    QStringList addresses;
    const QList<Playlist> saved = AppSettings::instance()->playlists();
    if (const Playlist *found = playlist::find(saved, name))
        for (const PlaylistItem &item : found->items)
            addresses.append(item.address);
    return addresses;
}

QString PlaylistEditor::presentAddress() const { return isSaved() ? deck::playlistAddress(m_name) : QString(); }

bool PlaylistEditor::isSaved() const
{
    const QList<Playlist> saved = AppSettings::instance()->playlists();
    const Playlist *found = playlist::find(saved, m_name);
    return found && found->items == m_items;
}

void PlaylistEditor::languageChanged()
{
    Q_EMIT choicesChanged();
    Q_EMIT itemsChanged();
}

void PlaylistEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace ktl
