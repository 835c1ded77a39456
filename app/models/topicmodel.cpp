// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicmodel.h"

#include "contentformat.h"
#include "contentstore.h"
#include "pageaddress.h"
#include "contenttext.h"
#include "speechtext.h"

#include <QVariantMap>

namespace ktl {

TopicModel::TopicModel(QObject *parent)
    : QObject(parent)
{
}

void TopicModel::setTopicId(const QString &id)
{
    if (id == m_topicId)
        return;
    m_topicId = id;
    Q_EMIT topicIdChanged();
    Q_EMIT changed();
}

bool TopicModel::valid() const { return find(m_topicId); }

QString TopicModel::title() const
{
    const Topic *t = find(m_topicId);
    return t ? contentTr(contentContext::topic(t->id), t->title) : QString();
}

QString TopicModel::summary() const
{
    const Topic *t = find(m_topicId);
    return t ? contentformat::html(contentContext::topic(t->id), t->summary) : QString();
}

QList<TopicSection> TopicModel::sections() const
{
    QList<TopicSection> result;
    const Topic *t = find(m_topicId);
    if (!t)
        return result;
    const QString context = contentContext::topic(t->id);
    const ContentSet &content = m_source.content();
    for (const Section &s : t->sections) {
        result.append({ contentTr(context, s.heading), contentformat::html(context, s.body),
                        contentformat::sourceRefs(content, s.sources),
                        speechtext::content(context, { s.heading, s.body }) });
    }
    return result;
}

QStringList TopicModel::takeaways() const
{
    QStringList result;
    if (const Topic *t = find(m_topicId)) {
        for (const QString &line : t->takeaways)
            result.append(contentTr(contentContext::topic(t->id), line));
    }
    return result;
}

QList<PageLink> TopicModel::related() const
{
    QList<PageLink> result;
    const Topic *t = find(m_topicId);
    if (!t)
        return result;
    for (const QString &id : t->related) {
        if (const Topic *r = find(id))
            result.append({ r->id, contentTr(contentContext::topic(r->id), r->title), page::topic(r->id) });
    }
    return result;
}

SourceRefs TopicModel::sources() const
{
    const Topic *t = find(m_topicId);
    return t ? contentformat::sourceRefs(m_source.content(), t->sources) : SourceRefs();
}

QString TopicModel::walkthrough() const
{
    const Topic *t = find(m_topicId);
    return t ? t->walkthrough : QString();
}

QString TopicModel::walkthroughAddress() const
{
    const QString id = walkthrough();
    return id.isEmpty() ? QString() : page::walkthrough(id);
}

QList<PageLink> TopicModel::flows() const
{
    QList<PageLink> result;
    const Topic *t = find(m_topicId);
    if (!t)
        return result;
    for (const QString &id : t->flows) {
        if (const Flow *f = m_source.content().flow(id))
            result.append({ f->id, contentTr(contentContext::flow(f->id), f->title), page::flow(f->id) });
    }
    return result;
}

QList<PageLink> TopicModel::moreWalkthroughs() const
{
    QList<PageLink> result;
    const Topic *t = find(m_topicId);
    if (!t)
        return result;
    for (const Walkthrough &w : m_source.content().walkthroughs) {
        if (w.topic == t->id && w.id != t->walkthrough)
            result.append({ w.id, contentTr(contentContext::walkthrough(w.id), w.title), page::walkthrough(w.id) });
    }
    return result;
}

} // namespace ktl
