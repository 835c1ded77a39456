// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentloader.h"
#include "contenttypes.h"
#include "pack.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include <future>

namespace ktl {

/**
 * @brief The loaded content, shared by every model, and its problems.
 *
 * Built-in content comes from `:/content`; an optional directory (`--content DIR`) lays its
 * objects on top. If that directory has any problem it is left out whole — the app runs on the
 * built-in content and lists the problems — so nothing is ever half-loaded.
 *
 * Emits textChanged() when the language changes so models re-read their translated text.
 */
class ContentStore : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Content)
    QML_SINGLETON
    Q_PROPERTY(QString version READ version NOTIFY contentChanged)
    /** Whether the content has a what-if story (a --content folder may be without one). */
    Q_PROPERTY(bool hasWhatIf READ hasWhatIf NOTIFY contentChanged)
    Q_PROPERTY(QString reviewedAsOf READ reviewedAsOf NOTIFY textChanged)
    Q_PROPERTY(QString disclaimer READ disclaimer NOTIFY textChanged)
    Q_PROPERTY(QString helpNotice READ helpNotice NOTIFY textChanged)
    /** The first limits::maxProblemsReported problems, as plain text ("file: $.path: what"). */
    Q_PROPERTY(QStringList problems READ problems NOTIFY contentChanged)
    /** How many problems there were in all (more than problems holds when the list was cut). */
    Q_PROPERTY(int problemCount READ problemCount NOTIFY contentChanged)
    Q_PROPERTY(QStringList problemPreview READ problemPreview NOTIFY contentChanged)
    Q_PROPERTY(QStringList replacementPreview READ replacementPreview NOTIFY contentChanged)
    /** What a --content folder replaced of the built-in content ("topic \"x\" (file)"). */
    Q_PROPERTY(QStringList replacements READ replacements NOTIFY contentChanged)

public:
    static constexpr auto builtInDirectory = ":/content";
    /** How many problems (and replacements) a banner lists before "…and N more". */
    static constexpr int previewCount = 5;

    /** The process-wide store; created on first use with the built-in content. */
    static ContentStore *instance();
    /** Starts reading what the first page needs of the built-in content (firstPageFiles()) on
     *  a worker thread, so the QML engine can start meanwhile; the first instance() takes it
     *  (waiting if it is not ready yet). The rest is read by readRestInBackground(), or when
     *  content() or builtIn() is first asked for, whichever comes first. */
    static void preloadBuiltIn(const QString &resumePage = {});
    /** Whether @p path, a compiled-in content file, is one the home page needs: the notice and
     *  review date (meta), the topics it lists and the what-if story it offers. */
    static bool isFirstPageFile(const QString &path);
    /** Of the compiled-in @p files, those read before the first frame: the home page's, and
     *  the file of the walkthrough, flow or glossary term its "Continue" card names
     *  (@p resumePage), found by the built-in set's file names (`walkthroughs/<id>.json`,
     *  `glossary.json`). Only listed files are taken, whatever the settings file says. */
    static QStringList firstPageFiles(const QStringList &files, const QString &resumePage);
    /** After the first frame: reads the rest of the built-in content on a worker thread. */
    void readRestInBackground();
    /** The compiled-in files read so far (all of them, unless started by preloadBuiltIn()). */
    QStringList builtInFilesRead() const { return m_builtInFilesRead; }
    static ContentStore *create(QQmlEngine *, QJSEngine *);

    /** Reads the installed packs again (after an install or a removal) and tells every model. */
    void reloadPacks();

    /** Loads @p baseDirectory (the built-in content unless a test says otherwise) and, if
     *  given, @p overlayDirectory on top. */
    void load(const QString &overlayDirectory = {},
              const QString &baseDirectory = QString::fromLatin1(builtInDirectory));

    /** Shows @p content in place of the built-in set and tells every model, as a new load
     *  would: the benchmarks' synthetic content (bench/syntheticcontent.h); the app never
     *  calls it. */
    void useContent(const ContentSet &content);
    /** All the content (the rest of the built-in set read first, if it is still to come). */
    const ContentSet &content() const;
    /** What the home page reads, without waiting for the rest of the built-in set: the meta,
     *  the topics and the what-if story are complete; the other lists may not be yet. */
    const ContentSet &firstPageContent() const { return m_content; }
    /** The built-in content alone: what packs are checked against. */
    const ContentSet &builtIn() const;
    /** The installed local packs that read cleanly (PackStore); a broken one is a problem. */
    const QList<Pack> &packs() const { return m_packs; }
    // The what-if story is among the first page's files: asking does not read the rest.
    bool hasWhatIf() const { return m_content.explorer(); }
    QString version() const { return m_content.meta.version; }
    /** The review date written out in the current language ("November 28, 2026"). */
    QString reviewedAsOf() const;
    QString disclaimer() const;
    QString helpNotice() const;
    QStringList problems() const { return m_problems; }
    int problemCount() const { return m_problemCount; }
    QStringList replacements() const { return m_replacements; }
    /** Grows by one on every load: lets caches (the search index) know they are stale. */
    int generation() const { return m_generation; }

    /** The first previewCount problems and replacements: what a banner has room for. */
    QStringList problemPreview() const { return m_problems.mid(0, previewCount); }
    QStringList replacementPreview() const { return m_replacements.mid(0, previewCount); }

    /** { termId, term, definition (HTML), heading, bodyHtml } of a glossary term, or an empty
     *  map. heading and bodyHtml are what a link popup shows, for terms and sources alike. */
    Q_INVOKABLE QVariantMap term(const QString &termId) const;
    /** { sourceId, title, citation, url, supports, heading, bodyHtml } of a source, or {}. */
    Q_INVOKABLE QVariantMap source(const QString &sourceId) const;
    /** What a link in content text (term:id or source:id) opens: term() or source(); {} for
     *  anything else. */
    Q_INVOKABLE QVariantMap linkTarget(const QString &href) const;
    /** The page address a page link (page:help, page:flow/<id>) goes to, or "". */
    Q_INVOKABLE QString linkPage(const QString &href) const;

Q_SIGNALS:
    void contentChanged();
    void textChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    /** A store of its own, empty until load(): for a test, or a second window on other content.
     *  The app's models read instance() unless given another (ContentSource::setStore). No
     *  default argument: a default constructor would let QML make an empty singleton of its
     *  own instead of calling create(). */
    explicit ContentStore(QObject *parent);

private:
    void adoptBuiltIn(const ContentLoader::Result &builtIn);
    /** Reads (or waits for) the built-in files not read yet and adds them: the set is then as
     *  one read of the whole folder gives it. Nothing is told: nothing has seen the set without
     *  them but what the first page reads, which they do not change. */
    void finishBuiltIn();
    /** Before another set replaces it: the built-in files still to read are not wanted. */
    void forgetUnreadBuiltIn();
    void readPacks();

    void listProblems();

    ContentSet m_content;
    ContentSet m_builtIn; ///< what packs are checked against: their notes point at built-in pages
    ContentErrors m_contentErrors; ///< of the built-in content and the overlay, kept across pack reloads
    ContentErrors m_packErrors;
    QList<Pack> m_packs;
    QStringList m_problems;
    int m_problemCount = 0;
    QStringList m_replacements;
    int m_generation = 0;
    QStringList m_builtInFilesRead;
    QStringList m_builtInFilesToRead; ///< left for finishBuiltIn()
    QStringList m_builtInFileOrder; ///< every built-in file, in the folder's order
    std::future<ContentLoader::Result> m_restOfBuiltIn; ///< readRestInBackground()'s read, if started
};

} // namespace ktl
