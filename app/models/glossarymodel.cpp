// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossarymodel.h"

#include "contentformat.h"
#include "contentstore.h"
#include "contenttext.h"
#include "speechtext.h"
#include "languagemanager.h"
#include "markup.h"

#include <QCollator>
#include <QVariantMap>

#include <algorithm>

namespace ktl {

namespace {

QString termText(const Term &t) { return contentTr(contentContext::glossary(), t.term); }

/** Accent- and case-insensitive, so "detencion" finds "detención". */
QString folded(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D);
    d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return d.toCaseFolded();
}

} // namespace

GlossaryModel::GlossaryModel(QObject *parent)
    : ContentListModel(parent)
{
    rebuild();
}

void GlossaryModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    reset();
}

void GlossaryModel::rebuild()
{
    const QString needle = folded(m_filter.trimmed());
    QCollator collator { QLocale(LanguageManager::instance()->language()) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Each term translated and given its sort key once, not at every comparison: what keeps a
    // language switch within a frame with thousands of terms.
    std::vector<std::pair<QCollatorSortKey, const Term *>> shown;
    for (const Term &t : store()->content().terms) {
        const QString text = termText(t);
        if (needle.isEmpty() || folded(text).contains(needle)
            || folded(markup::toPlainText(contentTr(contentContext::glossary(), t.definition))).contains(needle))
            shown.emplace_back(collator.sortKey(text), &t);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    m_terms.clear();
    m_terms.reserve(qsizetype(shown.size()));
    for (const auto &[key, term] : shown)
        m_terms.append(*term);
    Q_EMIT shownChanged();
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Term &t = m_terms.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
    case TermRole:
        return termText(t);
    case DefinitionRole:
        return contentformat::html(contentContext::glossary(), t.definition);
    case SeeAlsoRole: {
        QVariantList list;
        for (const QString &id : t.seeAlso) {
            if (const Term *other = store()->content().term(id))
                list.append(QVariantMap { { QStringLiteral("termId"), id },
                                          { QStringLiteral("term"), termText(*other) } });
        }
        return list;
    }
    case SourcesRole:
        return QVariant::fromValue(contentformat::sourceRefs(store()->content(), t.sources));
    case TermOtherRole:
        return contentformat::other(contentContext::glossary(), t.term);
    case DefinitionOtherRole:
        return contentformat::otherHtml(contentContext::glossary(), t.definition);
    case SpeechRole:
        return QVariant::fromValue(speechtext::content(contentContext::glossary(), { t.term, t.definition }));
    default:
        return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    return { { IdRole, "termId" },
             { TermRole, "term" },
             { DefinitionRole, "definition" },
             { SeeAlsoRole, "seeAlso" },
             { SourcesRole, "sources" },
             { TermOtherRole, "termOther" },
             { DefinitionOtherRole, "definitionOther" },
             { SpeechRole, "speech" } };
}

int GlossaryModel::rowOf(const QString &termId) const
{
    for (int i = 0; i < m_terms.size(); ++i) {
        if (m_terms.at(i).id == termId)
            return i;
    }
    return -1;
}

} // namespace ktl

namespace ktl {

QString GlossaryModel::presentAddress() const
{
    if (m_filter.trimmed().isEmpty())
        return QStringLiteral("glossary");
    QStringList ids;
    for (const Term &t : m_terms)
        ids.append(t.id);
    // (No terms shown: nothing to present; the button is disabled on count 0.)
    return ids.isEmpty() ? QString() : QStringLiteral("glossary/") + ids.join(QLatin1Char(','));
}

} // namespace ktl
