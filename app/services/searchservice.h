// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"
#include "searchindex.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace ktl {

/**
 * @brief Search on a thread of its own: indexes are built and queried there, never on the GUI
 * thread, and each answer comes back to the thread that asked.
 *
 * A Qt SQL connection belongs to the thread that opened it, so the worker owns every index.
 * It keeps two (the last two languages or contents, for a reader who switches back and forth),
 * each built the first time it is asked for: prepare() asks ahead of the first query. A query
 * overtaken by a newer one from the same asker is dropped unanswered, so fast typing never
 * queues up searches nobody will see.
 */
class SearchService : public QObject
{
    Q_OBJECT

public:
    /** What one index is made of, taken on the asking thread: the content as it is (shared,
     *  not copied: its lists are implicitly shared), its language, and the local packs' words. */
    struct Input
    {
        QString key; ///< names the index: language and content generation
        QString language;
        ContentSet content;
        QList<SearchIndex::Document> packDocuments;
    };
    struct Answer
    {
        QList<SearchIndex::Hit> hits;
        QString error; ///< why the index could not be built, or ""
    };
    /** One asker's latest question: an answer to an earlier one is not delivered. */
    using Ticket = std::shared_ptr<std::atomic<quint64>>;

    static SearchService *instance();
    ~SearchService() override;

    /** Builds the index @p input names, if it is not built yet, without a query. */
    void prepare(const Input &input);
    /** @p query in the index @p input names. @p reply runs on this object's thread (the GUI
     *  thread) with the answer, unless @p receiver is gone or @p ticket has moved past
     *  @p number by then. */
    void search(const Input &input, const QString &query, const Ticket &ticket, quint64 number,
                QObject *receiver, std::function<void(const Answer &)> reply);

private:
    explicit SearchService(QObject *parent);
    class Worker;

    QThread m_thread;
    Worker *m_worker; ///< lives on m_thread; its indexes are closed there (~SearchService)
};

} // namespace ktl
