// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentsource.h"

namespace ktl {

ContentSource::ContentSource(QObject *owner, Callback onContent, Callback onText)
    : m_owner(owner)
    , m_onContent(std::move(onContent))
    , m_onText(std::move(onText))
{
    if (m_onContent || m_onText)
        connectTo(ContentStore::instance());
}

void ContentSource::connectTo(ContentStore *store)
{
    QObject::disconnect(m_contentConnection);
    QObject::disconnect(m_textConnection);
    m_store = store;
    if (m_onContent)
        m_contentConnection = QObject::connect(store, &ContentStore::contentChanged, m_owner, [this] { m_onContent(); });
    if (m_onText)
        m_textConnection = QObject::connect(store, &ContentStore::textChanged, m_owner, [this] { m_onText(); });
}

void ContentSource::setStore(ContentStore *store)
{
    if (!store || store == m_store)
        return;
    connectTo(store);
    if (m_onContent)
        m_onContent();
}

} // namespace ktl
