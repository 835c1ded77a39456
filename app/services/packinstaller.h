// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

namespace ktl {

/**
 * @brief Adding and removing local packs from inside the app: a file from the file dialog, a
 * drop on the window or the command line is checked first and shown to the reader — who
 * publishes it, where, when they checked it, its signature and, for an update, what changes —
 * and only installed when the reader confirms. Every model follows at once (ContentStore).
 *
 * Every text shown is made here, in the reader's language; QML only lays it out.
 */
class PackInstaller : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(LocalPacks)
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    /** Something to show: a pack to confirm, or why it cannot be added. */
    Q_PROPERTY(bool showing READ showing NOTIFY changed)
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY changed)
    /** Where the file dialog starts: the Downloads folder, where a mailed pack lands. */
    Q_PROPERTY(QUrl startFolder READ startFolder CONSTANT)
    Q_PROPERTY(QString heading READ heading NOTIFY changed)
    /** Publisher, region, dates, languages, signature, what it holds: one line each. */
    Q_PROPERTY(QStringList details READ details NOTIFY changed)
    Q_PROPERTY(QString warning READ warning NOTIFY changed)
    /** For an update: a line per entry added, changed or removed. */
    Q_PROPERTY(QStringList changes READ changes NOTIFY changed)
    /** Why the file is not added: file, place and what was expected, a line each. */
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(QString confirmLabel READ confirmLabel NOTIFY changed)
    /** What the last install or removal did, for the settings page to say. */
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY lastResultChanged)

public:
    enum class Stage {
        Idle,    ///< nothing to show
        Confirm, ///< checked, waiting for the reader: install or update
        Refused, ///< problems, or a different signer: nothing is installed
        NotNewer ///< the same or an older version is installed already
    };
    Q_ENUM(Stage)

    static PackInstaller *instance();
    static PackInstaller *create(QQmlEngine *, QJSEngine *);

    /** Checks @p file (a local file address) and shows what adding it would do. */
    Q_INVOKABLE void open(const QUrl &file);
    /** Checks the pack at @p path, as open() does. */
    void openPath(const QString &path);
    /** Installs what open() checked. */
    Q_INVOKABLE void confirm();
    /** Closes what open() showed, installing nothing. */
    Q_INVOKABLE void dismiss();
    /** Removes the installed pack @p packId. */
    Q_INVOKABLE void remove(const QString &packId);
    /** Whether a drop holding @p urls has a pack to offer: one local *.ktlpack file. */
    Q_INVOKABLE bool acceptsDrop(const QList<QUrl> &urls) const;

    Stage stage() const { return m_stage; }
    bool showing() const { return m_stage != Stage::Idle; }
    bool canConfirm() const { return m_stage == Stage::Confirm; }
    static QUrl startFolder();
    QString heading() const;
    QStringList details() const;
    QString warning() const;
    QStringList changes() const;
    QStringList problems() const { return m_problems; }
    QString confirmLabel() const;
    QString lastResult() const { return m_lastResult; }

    /** Where packs are installed; the default unless a test says otherwise. */
    void setStore(const PackStore &store) { m_store = store; }

Q_SIGNALS:
    void changed();
    void lastResultChanged();

private:
    explicit PackInstaller(QObject *parent);
    void setLastResult(const QString &text);
    QString entryLabel(const QString &key) const;

    PackStore m_store;
    PackStore::InstallResult m_checked;
    Stage m_stage = Stage::Idle;
    QStringList m_problems; ///< bounded, as ContentStore's
    QString m_lastResult;
};

} // namespace ktl
