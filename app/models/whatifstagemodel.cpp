// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifstagemodel.h"

namespace ktl {

bool WhatIfStageRow::sameContent(const WhatIfStageRow &o) const
{
    return stageId == o.stageId && shown == o.shown && variantId == o.variantId && label == o.label && position == o.position
            && title == o.title && text == o.text && rule == o.rule && sources == o.sources && changed == o.changed
            && because == o.because && whatIfKnob == o.whatIfKnob && whatIfQuestion == o.whatIfQuestion
            && whatIfChoices == o.whatIfChoices && ends == o.ends && accessibleText == o.accessibleText;
}

WhatIfStageModel::WhatIfStageModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int WhatIfStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WhatIfStageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WhatIfStageRow &r = m_rows.at(index.row());
    switch (role) {
    case StageIdRole: return r.stageId;
    case ShownRole: return r.shown;
    case LabelRole: return r.label;
    case PositionRole: return r.position;
    case TitleRole: return r.title;
    case TextRole: return r.text;
    case RuleRole: return r.rule;
    case SourcesRole: return QVariant::fromValue(r.sources);
    case ChangedRole: return r.changed;
    case BecauseRole: return r.because;
    case WhatIfKnobRole: return r.whatIfKnob;
    case WhatIfQuestionRole: return r.whatIfQuestion;
    case WhatIfChoicesRole: return QVariant::fromValue(r.whatIfChoices);
    case EndsRole: return r.ends;
    case AccessibleTextRole: return r.accessibleText;
    case ChangeSerialRole: return m_serials.value(index.row());
    default: return {};
    }
}

QHash<int, QByteArray> WhatIfStageModel::roleNames() const
{
    return { { StageIdRole, "stageId" },
             { ShownRole, "shown" },
             { LabelRole, "label" },
             { PositionRole, "position" },
             { TitleRole, "title" },
             { TextRole, "text" },
             { RuleRole, "rule" },
             { SourcesRole, "sources" },
             { ChangedRole, "changed" },
             { BecauseRole, "because" },
             { WhatIfKnobRole, "whatIfKnob" },
             { WhatIfQuestionRole, "whatIfQuestion" },
             { WhatIfChoicesRole, "whatIfChoices" },
             { EndsRole, "ends" },
             { AccessibleTextRole, "accessibleText" },
             { ChangeSerialRole, "changeSerial" } };
}

const WhatIfStageRow *WhatIfStageModel::shownRow(const QString &stageId) const
{
    for (const WhatIfStageRow &r : m_rows) {
        if (r.shown && r.stageId == stageId)
            return &r;
    }
    return nullptr;
}

QStringList WhatIfStageModel::shownStageIds() const
{
    QStringList ids;
    for (const WhatIfStageRow &r : m_rows) {
        if (r.shown)
            ids.append(r.stageId);
    }
    return ids;
}

void WhatIfStageModel::setRows(const QList<WhatIfStageRow> &rows, bool marked)
{
    const int common = int(std::min(rows.size(), m_rows.size()));
    for (int i = 0; i < common; ++i) {
        if (m_rows.at(i).sameContent(rows.at(i)))
            continue;
        // A new variant is a change the reader should see; new words (a language switch) or
        // choices are not.
        const bool flash = marked && rows.at(i).shown
                && (m_rows.at(i).variantId != rows.at(i).variantId || (rows.at(i).changed && !m_rows.at(i).changed));
        // Only the roles that differ: a row whose words stay (its "What if…?" choices moved) keeps
        // its laid-out text.
        const WhatIfStageRow &was = m_rows.at(i);
        const WhatIfStageRow &now = rows.at(i);
        QList<int> roles;
        auto differs = [&](bool d, Role role) {
            if (d)
                roles.append(role);
        };
        differs(was.shown != now.shown, ShownRole);
        differs(was.label != now.label, LabelRole);
        differs(was.position != now.position, PositionRole);
        differs(was.title != now.title, TitleRole);
        differs(was.text != now.text, TextRole);
        differs(was.rule != now.rule, RuleRole);
        differs(!(was.sources == now.sources), SourcesRole);
        differs(was.changed != now.changed, ChangedRole);
        differs(was.because != now.because, BecauseRole);
        differs(was.whatIfKnob != now.whatIfKnob, WhatIfKnobRole);
        differs(was.whatIfQuestion != now.whatIfQuestion, WhatIfQuestionRole);
        differs(!(was.whatIfChoices == now.whatIfChoices), WhatIfChoicesRole);
        differs(was.ends != now.ends, EndsRole);
        differs(was.accessibleText != now.accessibleText, AccessibleTextRole);
        if (flash) {
            ++m_serials[i];
            roles.append(ChangeSerialRole);
        }
        m_rows[i] = now;
        Q_EMIT dataChanged(index(i), index(i), roles);
    }
    if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, common, int(m_rows.size()) - 1);
        m_rows.resize(common);
        m_serials.resize(common);
        endRemoveRows();
        Q_EMIT countChanged();
    } else if (rows.size() > m_rows.size()) {
        beginInsertRows({}, common, int(rows.size()) - 1);
        for (int i = common; i < rows.size(); ++i) {
            m_rows.append(rows.at(i));
            m_serials.append(0);
        }
        endInsertRows();
        Q_EMIT countChanged();
    }
}

} // namespace ktl
