// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistmodel.h"

#include "contentstore.h"
#include "pageaddress.h"
#include "contenttext.h"
#include "languagemanager.h"
#include "navigation.h"

#include <QVariantMap>

#include <algorithm>

namespace ktl {

namespace {
const QStringList kindOrder = { QStringLiteral("statute"),   QStringLiteral("regulation"),
                                QStringLiteral("executive-order"), QStringLiteral("case"),
                                QStringLiteral("state-law"), QStringLiteral("agency"),
                                QStringLiteral("report"),    QStringLiteral("study"),
                                QStringLiteral("news") };
} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

QString SourceListModel::kindLabel(const QString &kind)
{
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("statute"))
        return tr("Federal laws");
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("regulation"))
        return tr("Federal rules");
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("executive-order"))
        return tr("Executive orders");
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("case"))
        return tr("Court cases");
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("state-law"))
        return tr("State laws");
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("agency"))
        return tr("Agency documents");
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("report"))
        return tr("Reports");
    //: Heading of a group of sources on the Sources page
    if (kind == QLatin1String("study"))
        return tr("Studies");
    //: Heading of a group of sources on the Sources page
    return tr("News reports");
}

void SourceListModel::rebuild()
{
    const ContentSet &content = store()->content();
    m_usedIn.clear();
    auto cite = [this](const QStringList &ids, const QString &address) {
        for (const QString &id : ids) {
            QStringList &where = m_usedIn[id];
            if (!where.contains(address))
                where.append(address);
        }
    };
    for (const Topic &t : content.topics) {
        cite(t.sources, page::topic(t.id));
        for (const Section &s : t.sections)
            cite(s.sources, page::topic(t.id));
    }
    for (const Walkthrough &w : content.walkthroughs) {
        for (const Step &s : w.steps)
            cite(s.sources, page::walkthrough(w.id, s.id));
    }
    for (const Flow &f : content.flows) {
        for (const FlowNode &n : f.nodes)
            cite(n.sources, page::flow(f.id, n.id));
    }
    for (const Term &t : content.terms)
        cite(t.sources, QStringLiteral("glossary"));
    for (const Event &e : content.events)
        cite(e.sources, QStringLiteral("timeline"));
    m_sources = content.sources;
    std::stable_sort(m_sources.begin(), m_sources.end(), [](const Source &a, const Source &b) {
        const auto ka = kindOrder.indexOf(a.kind), kb = kindOrder.indexOf(b.kind);
        return ka != kb ? ka < kb : a.year < b.year;
    });
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = m_sources.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case KindRole:
        return s.kind;
    case KindLabelRole:
        return kindLabel(s.kind);
    case Qt::DisplayRole:
    case CitationRole:
        return contentTr(contentContext::citations(), s.citation);
    case TitleRole:
        return contentTr(contentContext::sources(), s.title);
    case CourtRole:
        return contentTr(contentContext::citations(), s.court);
    case YearRole:
        return s.year;
    case UrlRole:
        return webAddressLine(s.url, s.translatedUrls, LanguageManager::instance()->language());
    case SupportsRole:
        return contentTr(contentContext::sources(), s.supports);
    case FirstOfKindRole:
        return index.row() == 0 || m_sources.at(index.row() - 1).kind != s.kind;
    case UsedInRole: {
        QVariantList list;
        for (const QString &address : m_usedIn.value(s.id))
            list.append(QVariantMap { { QStringLiteral("address"), address },
                                      { QStringLiteral("title"), Navigation::instance()->describe(address) } });
        return list;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    return { { IdRole, "sourceId" }, { KindRole, "kind" },   { KindLabelRole, "kindLabel" },
             { CitationRole, "citation" }, { TitleRole, "title" }, { CourtRole, "court" },
             { YearRole, "year" },     { UrlRole, "url" },    { SupportsRole, "supports" },
             { FirstOfKindRole, "firstOfKind" }, { UsedInRole, "usedIn" } };
}

int SourceListModel::rowOf(const QString &sourceId) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id == sourceId)
            return i;
    }
    return -1;
}

} // namespace ktl
