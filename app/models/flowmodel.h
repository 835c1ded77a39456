// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"
#include "speechtext.h"
#include "valuetypes.h"
#include "sourceref.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace ktl {

struct Flow;
struct FlowNode;

/**
 * @brief Walks a decision flow: the current node, its answers, the path taken.
 *
 * All traversal lives here (design.md: a flow step is `flowModel.choose(answerId)`). What a
 * user answers stays in memory only.
 */
class FlowModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString flowId READ flowId WRITE setFlowId NOTIFY flowIdChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY flowIdChanged)
    /** The flow's page (its start), for a handout or a presentation. */
    Q_PROPERTY(QString address READ address NOTIFY flowIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY textChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY textChanged)
    Q_PROPERTY(int nodeCount READ nodeCount NOTIFY flowIdChanged)
    /** The current node; setting it (even before flowId) jumps there. */
    Q_PROPERTY(QString currentNodeId READ currentNodeId WRITE setCurrentNodeId NOTIFY nodeChanged)
    /** "question", "info" or "outcome". */
    Q_PROPERTY(QString nodeKind READ nodeKind NOTIFY nodeChanged)
    Q_PROPERTY(QString nodeText READ nodeText NOTIFY nodeChanged)
    Q_PROPERTY(QString nodeDetail READ nodeDetail NOTIFY nodeChanged)
    /** The node in the other language, for bilingual mode. */
    /** What Listen reads: the node's text and detail, without markup. */
    Q_PROPERTY(ktl::SpeechText nodeSpeech READ nodeSpeech NOTIFY nodeChanged)
    Q_PROPERTY(QString nodeTextOther READ nodeTextOther NOTIFY nodeChanged)
    Q_PROPERTY(QString nodeDetailOther READ nodeDetailOther NOTIFY nodeChanged)
    /** Each { answerId, label, labelOther, target }; an info node has one answer with an empty id. */
    Q_PROPERTY(QList<ktl::FlowAnswer> answers READ answers NOTIFY nodeChanged)
    Q_PROPERTY(QList<ktl::SourceRef> nodeSources READ nodeSources NOTIFY nodeChanged)
    /** Node ids from the start to the current node. */
    Q_PROPERTY(QStringList path READ path NOTIFY nodeChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY nodeChanged)
    Q_PROPERTY(bool atOutcome READ atOutcome NOTIFY nodeChanged)
    /** The flow as a text tree: each { depth, nodeId, kind, text, via, repeat }. */
    Q_PROPERTY(QList<ktl::OutlineLine> outline READ outline NOTIFY textChanged)

public:
    explicit FlowModel(QObject *parent = nullptr);

    QString flowId() const { return m_flowId; }
    QString address() const;
    void setFlowId(const QString &id);
    bool valid() const { return flow(); }
    QString title() const;
    QString summary() const;
    int nodeCount() const;
    QString currentNodeId() const { return m_path.isEmpty() ? QString() : m_path.last(); }
    void setCurrentNodeId(const QString &nodeId);
    QString nodeKind() const;
    QString nodeText() const;
    QString nodeDetail() const;
    QString nodeTextOther() const;
    SpeechText nodeSpeech() const;
    QString nodeDetailOther() const;
    QList<FlowAnswer> answers() const;
    SourceRefs nodeSources() const;
    QStringList path() const { return m_path; }
    bool canGoBack() const { return m_path.size() > 1; }
    bool atOutcome() const;
    QList<OutlineLine> outline() const;
    /** Whether the path taken runs through @p nodeId (bind to `path` to follow changes). */
    Q_INVOKABLE bool isOnPath(const QString &nodeId) const { return m_path.contains(nodeId); }
    /** Whether the path taken goes straight from @p from to @p to. */
    Q_INVOKABLE bool isEdgeTaken(const QString &from, const QString &to) const;

    /** What a screen reader says of a diagram node besides its words: what kind it is, whether
     *  it is the current node (@p current) or on the path taken (@p onPath), and where each of
     *  its answers leads, since the arrows themselves cannot be read. */
    Q_INVOKABLE QString describeNode(const QString &nodeId, bool current, bool onPath) const;

    /** Follows the answer @p answerId of the current question (or "" from an info node). */
    Q_INVOKABLE bool choose(const QString &answerId);
    Q_INVOKABLE bool back();
    Q_INVOKABLE void restart();
    /** Jumps to any node ("what if…"); the path then runs through it. */
    Q_INVOKABLE bool jumpTo(const QString &nodeId);

Q_SIGNALS:
    void flowIdChanged();
    void nodeChanged();
    void textChanged();

public:
    /** Reads @p store instead of the app's (a test's content, a second window). */
    void setStore(ContentStore *store) { m_source.setStore(store); }

private:
    ContentSource m_source { this, [this] {
                                 Q_EMIT flowIdChanged();
                                 restart();
                             },
                             [this] {
                                 Q_EMIT textChanged();
                                 Q_EMIT nodeChanged();
                             } };
    const Flow *flow() const;
    const FlowNode *node() const;
    QString context() const;

    QString m_flowId;
    QStringList m_path;
    QString m_pendingNode; ///< asked for before the flow was known
};

} // namespace ktl
