// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace ktl {

/**
 * @brief Base of the list models over ContentStore: rebuilds rows when content loads and
 * refreshes their text when the language changes (keeping the view's position).
 */
class ContentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ContentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();

protected:
    /** Rebuilds the rows from the store (called inside a model reset, and by each subclass's
     *  constructor: the base cannot call a virtual before the subclass exists). */
    virtual void rebuild() = 0;
    virtual int rows() const = 0;
    /** Text follows the language; models whose order depends on it rebuild instead. */
    virtual bool orderDependsOnLanguage() const { return false; }
    /** Rebuilds inside a reset; call when a filter or other input changes. */
    void reset();
    const ContentStore *store() const;
    /** Called when the language changes, before the rows are told: for text outside them. */
    virtual void languageChanged() {}

public:
    /** Reads @p store instead of the app's (a test's content, a second window). */
    void setStore(ContentStore *store);

private:
    void retranslate();

    ContentSource m_source { this, [this] { reset(); }, [this] { retranslate(); } };
};

} // namespace ktl
