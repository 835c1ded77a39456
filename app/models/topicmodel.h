// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"
#include "pageaddress.h"
#include "valuetypes.h"
#include "sourceref.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace ktl {

/** @brief One topic, for the topic page: set topicId, read the rest. */
class TopicModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString topicId READ topicId WRITE setTopicId NOTIFY topicIdChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /** Each { heading, body (HTML), sources: [{ sourceId, title, citation, url }] }. */
    Q_PROPERTY(QList<ktl::TopicSection> sections READ sections NOTIFY changed)
    Q_PROPERTY(QStringList takeaways READ takeaways NOTIFY changed)
    /** Each { topicId, title }. */
    Q_PROPERTY(QList<ktl::PageLink> related READ related NOTIFY changed)
    Q_PROPERTY(QList<ktl::SourceRef> sources READ sources NOTIFY changed)
    Q_PROPERTY(QString walkthrough READ walkthrough NOTIFY changed)
    /** The page of its walkthrough, or "". */
    Q_PROPERTY(QString walkthroughAddress READ walkthroughAddress NOTIFY changed)
    /** This topic's own address: what Present shows, a section a slide. */
    Q_PROPERTY(QString address READ address NOTIFY changed)
    /** Each { flowId, title }. */
    Q_PROPERTY(QList<ktl::PageLink> flows READ flows NOTIFY changed)
    /** The other walkthroughs about this topic (the practice ones), in content order. */
    Q_PROPERTY(QList<ktl::PageLink> moreWalkthroughs READ moreWalkthroughs NOTIFY changed)

public:
    explicit TopicModel(QObject *parent = nullptr);

    QString topicId() const { return m_topicId; }
    void setTopicId(const QString &id);
    bool valid() const;
    QString title() const;
    QString summary() const;
    QList<TopicSection> sections() const;
    QStringList takeaways() const;
    QList<PageLink> related() const;
    SourceRefs sources() const;
    QString walkthrough() const;
    QString walkthroughAddress() const;
    QString address() const { return valid() ? page::topic(m_topicId) : QString(); }
    QList<PageLink> flows() const;
    QList<PageLink> moreWalkthroughs() const;

Q_SIGNALS:
    void topicIdChanged();
    void changed();

public:
    /** Reads @p store instead of the app's (a test's content, a second window). */
    void setStore(ContentStore *store) { m_source.setStore(store); }

private:
    const Topic *find(const QString &id) const { return m_source.content().topic(id); }

    ContentSource m_source { this, [this] { Q_EMIT changed(); }, [this] { Q_EMIT changed(); } };
    QString m_topicId;
};

} // namespace ktl
