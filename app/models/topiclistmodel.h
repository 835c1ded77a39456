// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

#include <QQmlEngine>

namespace ktl {

/** @brief The topics in home-page order. */
class TopicListModel : public ktl::ContentListModel // qualified, or qmltyperegistrar loses the base (6.4)
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole, ///< topic id
        TitleRole,
        SummaryRole, ///< HTML
        SummaryTextRole, ///< plain text, for cards and previews
        SummaryShortRole, ///< the first sentences, up to about 170 characters, for home cards
        ConceptRole, ///< one of the four core concepts
        WalkthroughRole, ///< walkthrough id or ""
        AddressRole, ///< the topic's page
        OrderRole,
        TitleOtherRole, ///< the title in the other language (bilingual mode)
        SummaryShortOtherRole, ///< the short summary in the other language
    };
    Q_ENUM(Role)

    explicit TopicListModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void rebuild() override;
    int rows() const override { return int(m_topics.size()); }

private:
    QList<Topic> m_topics;
};

} // namespace ktl
