// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentstore.h"

#include <QPointer>

#include <functional>

namespace ktl {

/**
 * @brief A model's tie to the content it shows: the store it reads — the app's, unless a test
 * (or a second window) gives it another — and the two changes it follows: new content (a pack
 * added or removed, an overlay) and a new language. Models hold one instead of calling the
 * process-wide store, so what they depend on is said, and can be swapped.
 */
class ContentSource
{
public:
    using Callback = std::function<void()>;

    /** Follows ContentStore::instance(); @p onContent and @p onText run in @p owner's thread.
     *  Without either, the store is only looked up on first use (so a source made before the
     *  first frame does not wait for the content being read). */
    ContentSource(QObject *owner, Callback onContent, Callback onText);
    ContentSource(const ContentSource &) = delete;
    ContentSource &operator=(const ContentSource &) = delete;

    const ContentStore *store() const { return m_store ? m_store.data() : ContentStore::instance(); }
    const ContentSet &content() const { return store()->content(); }
    const ContentSet &firstPageContent() const { return store()->firstPageContent(); }
    /** Reads and follows @p store from now on, and runs onContent once (the content changed). */
    void setStore(ContentStore *store);

private:
    void connectTo(ContentStore *store);

    QObject *m_owner;
    Callback m_onContent;
    Callback m_onText;
    QPointer<ContentStore> m_store;
    QMetaObject::Connection m_contentConnection;
    QMetaObject::Connection m_textConnection;
};

} // namespace ktl
