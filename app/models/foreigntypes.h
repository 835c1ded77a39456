// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QQmlEngine>

namespace ktl {

/**
 * Describes QAbstractItemModel to QML tooling. Qt 6.4's installed qmltypes name it as the base
 * of QAbstractListModel but never describe it, so qmllint could not resolve our list models.
 */
struct AbstractItemModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

} // namespace ktl
