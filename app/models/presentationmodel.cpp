// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmodel.h"

#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"
#include "flowgraph.h"
#include "pageaddress.h"

#include <QTime>
#include <QVariantMap>

namespace ktl {

PresentationModel::PresentationModel(QObject *parent)
    : QObject(parent)
{
    m_started.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PresentationModel::tick);
    m_ticker.start();
    connect(ContentStore::instance(), &ContentStore::textChanged, this, [this] {
        Q_EMIT textChanged();
        Q_EMIT slideChanged();
    });
}

QString PresentationModel::context() const
{
    return m_isFlow ? contentContext::flow(m_id) : contentContext::walkthrough(m_id);
}

void PresentationModel::setAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    m_slideIds.clear();
    m_index = 0;
    m_id.clear();
    PageAddress page;
    QString why;
    const ContentSet &content = ContentStore::instance()->content();
    if (PageAddress::resolve(address, content, &page, &why)) {
        if (page.kind == PageAddress::Kind::Walkthrough) {
            m_isFlow = false;
            m_id = page.id;
            for (const Step &s : content.walkthrough(page.id)->steps)
                m_slideIds.append(s.id);
        } else if (page.kind == PageAddress::Kind::Flow) {
            m_isFlow = true;
            m_id = page.id;
            for (const flowgraph::OutlineLine &line : flowgraph::outline(*content.flow(page.id))) {
                if (!line.repeat)
                    m_slideIds.append(line.nodeId);
            }
        }
        m_index = qMax(0, int(m_slideIds.indexOf(page.sub)));
    }
    Q_EMIT addressChanged();
    Q_EMIT textChanged();
    Q_EMIT slideChanged();
}

QString PresentationModel::title() const
{
    const ContentSet &content = ContentStore::instance()->content();
    if (m_isFlow)
        return content.flow(m_id) ? contentTr(context(), content.flow(m_id)->title) : QString();
    return content.walkthrough(m_id) ? contentTr(context(), content.walkthrough(m_id)->title) : QString();
}

void PresentationModel::setCurrentIndex(int index)
{
    if (index < 0 || index >= count() || index == m_index)
        return;
    m_index = index;
    Q_EMIT slideChanged();
}

QString PresentationModel::titleOf(int index) const
{
    if (index < 0 || index >= count())
        return {};
    const ContentSet &content = ContentStore::instance()->content();
    if (m_isFlow)
        return contentTr(context(), content.flow(m_id)->node(m_slideIds.at(index))->text);
    const Walkthrough *w = content.walkthrough(m_id);
    return contentTr(context(), w->steps.at(w->stepIndex(m_slideIds.at(index))).title);
}

QString PresentationModel::slideTitle() const { return titleOf(m_index); }

QString PresentationModel::sourceText(Part part) const
{
    if (!valid())
        return {};
    const ContentSet &content = ContentStore::instance()->content();
    if (m_isFlow) {
        const FlowNode *node = content.flow(m_id)->node(slideId());
        return part == Part::Title ? node->text : node->detail;
    }
    const Step &step = content.walkthrough(m_id)->steps.at(m_index);
    return part == Part::Title ? step.title : step.body;
}

QString PresentationModel::slideBody() const { return contentformat::html(context(), sourceText(Part::Body)); }

QString PresentationModel::slideTitleOther() const { return contentformat::other(context(), sourceText(Part::Title)); }

QString PresentationModel::slideBodyOther() const { return contentformat::otherHtml(context(), sourceText(Part::Body)); }

QString PresentationModel::notes() const
{
    if (!valid())
        return {};
    const ContentSet &content = ContentStore::instance()->content();
    if (!m_isFlow)
        return contentTr(context(), content.walkthrough(m_id)->steps.at(m_index).notes);
    // A flow node has no notes of its own: the presenter sees where each answer leads.
    const Flow *flow = content.flow(m_id);
    QStringList lines;
    for (const FlowEdge &e : flow->node(slideId())->edges) {
        const QString label = e.label.isEmpty() ? tr("Next") : contentTr(context(), e.label);
        //: Presenter notes of a flow node: an answer and where it leads
        lines.append(tr("%1 → %2").arg(label, contentTr(context(), flow->node(e.target)->text)));
    }
    return lines.isEmpty() ? tr("This is where the path ends.") : lines.join(QLatin1Char('\n'));
}

QString PresentationModel::nextTitle() const { return titleOf(m_index + 1); }

QStringList PresentationModel::revealed() const
{
    return m_isFlow ? m_slideIds.mid(0, m_index + 1) : QStringList();
}

QVariantList PresentationModel::slides() const
{
    QVariantList list;
    for (int i = 0; i < count(); ++i)
        list.append(QVariantMap { { QStringLiteral("index"), i },
                                  { QStringLiteral("slideId"), m_slideIds.at(i) },
                                  { QStringLiteral("title"), titleOf(i) } });
    return list;
}

void PresentationModel::setBlackout(bool on)
{
    if (on == m_blackout)
        return;
    m_blackout = on;
    Q_EMIT blackoutChanged();
}

QString PresentationModel::elapsed() const
{
    const qint64 seconds = m_started.elapsed() / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString PresentationModel::clock() const { return QTime::currentTime().toString(QStringLiteral("HH:mm")); }

QScreen *PresentationModel::audienceScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    return screens.size() > 1 ? screens.at(1) : QGuiApplication::primaryScreen();
}

QScreen *PresentationModel::notesScreen() { return QGuiApplication::primaryScreen(); }

bool PresentationModel::next()
{
    if (m_index + 1 >= count())
        return false;
    setCurrentIndex(m_index + 1);
    return true;
}

bool PresentationModel::previous()
{
    if (m_index <= 0)
        return false;
    setCurrentIndex(m_index - 1);
    return true;
}

bool PresentationModel::goTo(const QString &slideId)
{
    const int index = int(m_slideIds.indexOf(slideId));
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void PresentationModel::restartClock()
{
    m_started.restart();
    Q_EMIT tick();
}

} // namespace ktl
