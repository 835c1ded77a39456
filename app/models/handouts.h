// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

#include <QObject>
#include <QQmlEngine>

namespace ktl {

/**
 * @brief Saves printable handouts from the app (HandoutExporter) into the Documents folder:
 * Letter or A4 by the system's measurement system, both languages in bilingual mode.
 */
class Handouts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Where the last handout went, or why it could not be written, in the language shown now
     *  (a switch of language retranslates it). */
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY lastMessageChanged)
    /** Whether the last handout was saved, so its folder can be opened. */
    Q_PROPERTY(bool lastSaved READ lastSaved NOTIFY lastMessageChanged)

public:
    static Handouts *create(QQmlEngine *, QJSEngine *);

    /** Saves the handout of @p address (walkthrough/<id>, flow/<id>, glossary or explored);
     *  returns the file's path, or "" on failure (see lastMessage). */
    Q_INVOKABLE QString save(const QString &address);
    /** Saves the wallet card (WalletCard): the app's language, or both in bilingual mode, with
     *  the installed packs' hotlines; returns the file's path, or "" on failure (see lastMessage). */
    Q_INVOKABLE QString saveWalletCard();
    /** Saves the handout for phones of @p address (walkthrough/<id>, flow/<id>, topic/<id>,
     *  glossary or help): one web page that loads nothing (PhoneHandout), in the same folder;
     *  returns the file's path, or "" on failure (see lastMessage). */
    Q_INVOKABLE QString share(const QString &address);
    /** The same for a playlist: its pages in order, under the playlist's name @p title. */
    Q_INVOKABLE QString sharePlaylist(const QString &title, const QStringList &addresses);
    QString lastMessage() const;
    bool lastSaved() const { return !m_lastFile.isEmpty(); }
    /** Opens the folder of the last saved handout in the file manager (a local folder only). */
    Q_INVOKABLE bool openFolder() const;

    /** The folder handouts go to (tests point it elsewhere). */
    void setFolder(const QString &folder) { m_folder = folder; }

Q_SIGNALS:
    void lastMessageChanged();

private:
    /** The content it resolves against (it follows nothing: every use reads it afresh). */
    ContentSource m_source { this, nullptr, nullptr };
    explicit Handouts(QObject *parent);
    /** The file "Know the Limits - <name>.<suffix>" in the folder (made if missing). */
    QString fileFor(const QString &name, const QString &suffix) const;
    QString writePhoneHandout(const QString &name, const QString &address, const QString &title, const QStringList &addresses);
    QString m_folder;
    QString m_lastFile;  ///< the last handout saved, or ""
    QString m_lastError; ///< why the last one was not, or ""
};

} // namespace ktl
