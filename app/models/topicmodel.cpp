// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicmodel.h"

#include "contentformat.h"
#include "contentstore.h"
#include "pageaddress.h"
#include "contenttext.h"

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

QVariantList TopicModel::sections() const
{
    QVariantList result;
    const Topic *t = find(m_topicId);
    if (!t)
        return result;
    const QString context = contentContext::topic(t->id);
    const ContentSet &content = m_source.content();
    for (const Section &s : t->sections) {
        result.append(QVariantMap { { QStringLiteral("heading"), contentTr(context, s.heading) },
                                    { QStringLiteral("body"), contentformat::html(context, s.body) },
                                    { QStringLiteral("sources"), QVariant::fromValue(contentformat::sourceRefs(content, s.sources)) } });
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

QVariantList TopicModel::related() const
{
    QVariantList result;
    const Topic *t = find(m_topicId);
    if (!t)
        return result;
    for (const QString &id : t->related) {
        if (const Topic *r = find(id))
            result.append(QVariantMap { { QStringLiteral("topicId"), r->id },
                                        { QStringLiteral("address"), page::topic(r->id) },
                                        { QStringLiteral("title"), contentTr(contentContext::topic(r->id), r->title) } });
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

QVariantList TopicModel::flows() const
{
    QVariantList result;
    const Topic *t = find(m_topicId);
    if (!t)
        return result;
    for (const QString &id : t->flows) {
        if (const Flow *f = m_source.content().flow(id))
            result.append(QVariantMap { { QStringLiteral("flowId"), f->id },
                                        { QStringLiteral("address"), page::flow(f->id) },
                                        { QStringLiteral("title"), contentTr(contentContext::flow(f->id), f->title) } });
    }
    return result;
}

} // namespace ktl
