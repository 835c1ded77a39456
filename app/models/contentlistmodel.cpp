// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentlistmodel.h"

#include "contentstore.h"


namespace ktl {

ContentListModel::ContentListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ContentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

const ContentStore *ContentListModel::store() const { return m_source.store(); }

void ContentListModel::setStore(ContentStore *store) { m_source.setStore(store); }

void ContentListModel::reset()
{
    const int before = rows();
    beginResetModel();
    rebuild();
    endResetModel();
    if (rows() != before)
        Q_EMIT countChanged();
}

void ContentListModel::retranslate()
{
    languageChanged();
    if (orderDependsOnLanguage()) {
        reset();
        return;
    }
    if (rows() > 0)
        Q_EMIT dataChanged(index(0), index(rows() - 1));
}

} // namespace ktl
