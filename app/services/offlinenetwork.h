// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlNetworkAccessManagerFactory>
#include <QUrl>

class QQmlEngine;

namespace ktl {

/**
 * @brief The QML engine's only way to the network, and it refuses everything.
 *
 * The app opens no connection (design.md, Privacy). Content text is plain or escaped before it
 * reaches a label, so nothing should ever ask for a remote image or file; this is the second
 * wall, so that a future mistake in a page still cannot reach the network. Every request
 * (http, https, ftp, data through the network stack — local files and qrc do not come here)
 * gets an immediate error reply, and is counted and reported once on stderr.
 */
class OfflineNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;

    /** Installs the factory on @p engine (the app's and the QML tests' engines). */
    static void install(QQmlEngine *engine);
    /** How many requests were refused in this process (for tests). */
    static int refusedCount();
    /** The last refused address (for tests and the message). */
    static QUrl lastRefused();
};

} // namespace ktl
