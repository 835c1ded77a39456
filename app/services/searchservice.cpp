// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "languagemanager.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ktl {

/** Owns the indexes; every member function runs on the service's thread. */
class SearchService::Worker : public QObject
{
public:
    struct Built
    {
        QString key;
        std::unique_ptr<SearchIndex> index;
        QString error;
    };

    const Built &index(const Input &input)
    {
        for (const Built &built : m_built)
            if (built.key == input.key)
                return built;
        // The words in the index's own language, from a translator of this thread's own: the
        // app's may change language while this runs.
        const std::unique_ptr<QTranslator> translator = LanguageManager::translatorFor(input.language);
        const SearchIndex::Translate translate = [&translator](const QString &context, const QString &text) {
            if (!translator)
                return text;
            const QString translated = translator->translate(context.toUtf8().constData(), text.toUtf8().constData());
            return translated.isEmpty() ? text : translated;
        };
        Built made { input.key, std::make_unique<SearchIndex>(), {} };
        // The packs' first: past SearchIndex::rankedMatches, what comes first is what is ranked.
        if (!made.index->build(input.packDocuments + SearchIndex::contentDocuments(input.content, translate), &made.error))
            made.error = made.error.isEmpty() ? QStringLiteral("the search index could not be built") : made.error;
        m_built.push_back(std::move(made));
        if (m_built.size() > 2)
            m_built.erase(m_built.begin());
        return m_built.back();
    }

    /** Closes every index (and its SQL connection) here, on the thread that opened them. */
    void closeAll() { m_built.clear(); }

private:
    std::vector<Built> m_built;
};

SearchService::SearchService(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

SearchService::~SearchService()
{
    // The indexes are closed on their own thread (a SQL connection may only be closed where it
    // was opened), after whatever it is doing; then the thread ends and the empty worker goes.
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

SearchService *SearchService::instance()
{
    // The application's: stopped with it, while the SQL driver is still loaded.
    static QPointer<SearchService> service;
    if (!service)
        service = new SearchService(QCoreApplication::instance());
    return service;
}

void SearchService::prepare(const Input &input)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, input] { worker->index(input); }, Qt::QueuedConnection);
}

void SearchService::search(const Input &input, const QString &query, const Ticket &ticket, quint64 number,
                           QObject *receiver, std::function<void(const Answer &)> reply)
{
    // The receiver is only looked at on its own thread (a QPointer is not for other threads):
    // the answer goes back through this object, which lives there.
    QPointer<QObject> to(receiver);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, service = this, input, query, ticket, number, to, reply] {
        if (ticket->load() != number) // typed past already
            return;
        const Worker::Built &built = worker->index(input);
        Answer answer { built.index->search(query), built.error };
        if (ticket->load() != number)
            return;
        QMetaObject::invokeMethod(service, [to, ticket, number, reply, answer] {
            if (to && ticket->load() == number)
                reply(answer);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace ktl
