// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinenetwork.h"

#include <QAtomicInt>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlEngine>
#include <QTimer>

#include <cstdio>

namespace ktl {

namespace {

QAtomicInt refused;
QMutex lastMutex;
QUrl last;

/** A reply that is already over: no data, ContentAccessDenied. */
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        setOpenMode(QIODevice::ReadOnly);
        setError(QNetworkReply::ContentAccessDenied, QStringLiteral("Know the Limits opens no network connections"));
        setFinished(true);
        // Signals after the caller has connected to them, as a real reply would.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT errorOccurred(QNetworkReply::ContentAccessDenied);
            Q_EMIT finished();
        });
    }

    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

class RefusingManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *) override
    {
        if (refused.fetchAndAddRelaxed(1) == 0) {
            // Once per run: stderr is for real problems, and this is one (a page asked for the net).
            std::fprintf(stderr, "knowthelimits: refused a network request for %s\n",
                         request.url().toDisplayString(QUrl::RemoveUserInfo).toLocal8Bit().constData());
        }
        {
            const QMutexLocker lock(&lastMutex);
            last = request.url();
        }
        return new RefusedReply(request, operation, this);
    }
};

} // namespace

QNetworkAccessManager *OfflineNetworkFactory::create(QObject *parent)
{
    return new RefusingManager(parent);
}

void OfflineNetworkFactory::install(QQmlEngine *engine)
{
    // The engine does not own its factory; one for the whole process is enough.
    static OfflineNetworkFactory factory;
    engine->setNetworkAccessManagerFactory(&factory);
}

int OfflineNetworkFactory::refusedCount() { return refused.loadRelaxed(); }

QUrl OfflineNetworkFactory::lastRefused()
{
    const QMutexLocker lock(&lastMutex);
    return last;
}

} // namespace ktl
