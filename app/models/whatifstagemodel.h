// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuetypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace ktl {

/** One stage of a what-if story as the timeline shows it; every text is ready to show. */
struct WhatIfStageRow
{
    QString stageId;
    bool shown = false; ///< told in this story (a story ends early: the later stages are not)
    QString variantId;
    QString label;    ///< the stage's name ("What the jail does")
    QString position; ///< "Step 4 of 7"
    QString title;
    QString text;     ///< HTML
    QString rule;     ///< HTML
    QList<SourceRef> sources;
    bool changed = false;
    QString because;  ///< "Changed because …", or ""
    QString whatIfKnob;
    QString whatIfQuestion;
    QList<WhatIfChoice> whatIfChoices;
    bool ends = false;
    QString accessibleText; ///< what a screen reader says of the whole stage, change included
    bool sameContent(const WhatIfStageRow &o) const;
};

/**
 * @brief The stages of one what-if story: one row for every stage, the ones this story does not
 * reach marked not shown. A new story updates rows in place (only those that differ), so the
 * delegates of unchanged stages are kept and only changed ones animate; no delegate is destroyed
 * under a layout on a knob change (Qt 6.4's layouts can crash on an item removed mid-polish).
 */
class WhatIfStageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by WhatIfModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        StageIdRole = Qt::UserRole + 1,
        ShownRole,
        LabelRole,
        PositionRole,
        TitleRole,
        TextRole,
        RuleRole,
        SourcesRole,
        ChangedRole,
        BecauseRole,
        WhatIfKnobRole,
        WhatIfQuestionRole,
        WhatIfChoicesRole,
        EndsRole,
        AccessibleTextRole,
        /** Counts this row's changes, so a delegate can animate each one (and only its own). */
        ChangeSerialRole,
    };

    explicit WhatIfStageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    /** Shows @p rows; with @p marked, a row whose variant changed counts as a change to show. */
    void setRows(const QList<WhatIfStageRow> &rows, bool marked = true);
    const QList<WhatIfStageRow> &rows() const { return m_rows; }
    /** The shown stage with id @p stageId, or nullptr. */
    const WhatIfStageRow *shownRow(const QString &stageId) const;
    QStringList shownStageIds() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<WhatIfStageRow> m_rows;
    QList<int> m_serials;
};

} // namespace ktl
