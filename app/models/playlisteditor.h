// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "playlist.h"
#include "valuetypes.h"

#include <QQmlEngine>

namespace ktl {

/**
 * @brief The workshop page's session playlists: the saved ones by name, and the one being
 * edited as rows (what is presented, in order, each with its minutes).
 *
 * Anything presentable can be added: a topic, a walkthrough, a flow, the what-if story, the
 * glossary or single terms (terms added one after another make one glossary part), the
 * timeline or a range of its years. Only ids and minutes are kept (playlist.h), in the settings
 * file; a page that has gone since is shown with the reason, and left out when presenting.
 */
class PlaylistEditor : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList savedNames READ savedNames NOTIFY savedChanged)
    /** The name the playlist is saved under. */
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    /** "3 parts · 55 minutes", or "" when empty. */
    Q_PROPERTY(QString summary READ summary NOTIFY itemsChanged)
    /** Everything that can be added, as { code: address, label: "Walkthrough: …" }. */
    Q_PROPERTY(QList<ktl::CodeLabel> choices READ choices NOTIFY choicesChanged)
    /** The timeline's first and last years, for a range. */
    Q_PROPERTY(int firstYear READ firstYear NOTIFY choicesChanged)
    Q_PROPERTY(int lastYear READ lastYear NOTIFY choicesChanged)
    /** Why the last save did not happen, or that it did; "" before any. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /** Presenting the saved playlist of this name (what Present starts). */
    Q_PROPERTY(QString presentAddress READ presentAddress NOTIFY savedChanged)
    Q_PROPERTY(bool isSaved READ isSaved NOTIFY savedChanged)

public:
    enum Role {
        AddressRole = Qt::UserRole,
        TitleRole,   ///< "Words to know: Detainer, Judicial warrant"
        KindRole,    ///< "Walkthrough"
        MinutesRole,
        ProblemRole, ///< why it cannot be presented now, or ""
        LabelRole,   ///< "2. Words to know: Detainer" (its place and its title)
    };
    Q_ENUM(Role)

    explicit PlaylistEditor(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList savedNames() const;
    QString name() const { return m_name; }
    void setName(const QString &name);
    QString summary() const;
    QList<CodeLabel> choices() const;
    int firstYear() const;
    int lastYear() const;
    QString message() const { return m_message; }
    QString presentAddress() const;
    bool isSaved() const;

    Q_INVOKABLE void add(const QString &address);
    /** The timeline's events from @p fromYear to @p toYear (in either order). */
    Q_INVOKABLE void addTimeline(int fromYear, int toYear);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void moveUp(int row);
    Q_INVOKABLE void moveDown(int row);
    /** Minutes for the part at @p row: 0 (no budget) to playlist::maxMinutes. */
    Q_INVOKABLE void setMinutes(int row, int minutes);
    /** Starts a new, empty playlist ("Workshop 2" if "Workshop" is taken). */
    Q_INVOKABLE void startNew();
    /** Opens the saved playlist @p name for editing. */
    Q_INVOKABLE bool load(const QString &name);
    /** Saves under name(), replacing one of that name; false with message() saying why. */
    Q_INVOKABLE bool save();
    /** Deletes the saved playlist @p name (what is being edited stays, unsaved). */
    Q_INVOKABLE void deleteSaved(const QString &name);
    /** The address presenting the saved playlist @p name. */
    Q_INVOKABLE QString addressOf(const QString &name) const;
    /** The pages of the saved playlist @p name, in order (for its handout for phones). */
    Q_INVOKABLE QStringList addressesOf(const QString &name) const;

Q_SIGNALS:
    void savedChanged();
    void nameChanged();
    void itemsChanged();
    void choicesChanged();
    void messageChanged();

protected:
    /** New content: what can be added changes (a pack, a --content folder). */
    void rebuild() override { Q_EMIT choicesChanged(); }
    int rows() const override { return int(m_items.size()); }
    void languageChanged() override;

private:
    void setMessage(const QString &message);
    /** Items changed: rows and summary. */
    void changed();

    QString m_name;
    QList<PlaylistItem> m_items;
    QString m_message;
};

} // namespace ktl
