// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contentlimits.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ktl {

/** The field names an object may have, for JsonObjectReader::rejectUnknownKeys. */
QStringList keyList(std::initializer_list<const char *> names);

/**
 * @brief Typed, path-aware reads from one JSON object.
 *
 * Every read that finds the wrong type, a missing or empty required field records a
 * ContentError with the file and the JSON path of the field, and returns an empty value, so a
 * loader can go on and report every problem of a file in one pass.
 */
class JsonObjectReader
{
public:
    enum Presence { Required, Optional };

    JsonObjectReader(QJsonObject object, QString path, QString file, ContentErrors *errors);

    QString path() const { return m_path; }
    QString pathOf(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }
    QStringList keys() const { return m_object.keys(); }

    /** A string; a required one must also be non-blank. */
    QString string(const QString &key, Presence presence = Required) const;
    /** One of @p allowed. */
    QString choice(const QString &key, const QStringList &allowed, Presence presence = Required) const;
    bool boolean(const QString &key, bool fallback) const;
    int integer(const QString &key, Presence presence, int fallback = 0) const;
    /** A list of non-blank strings; a required one must be non-empty. */
    QStringList stringList(const QString &key, Presence presence = Optional) const;
    /** Each object of a list; a required list must be non-empty. A list longer than
     *  @p maxEntries is an error and none of it is read, so the work stays bounded. */
    QList<JsonObjectReader> objects(const QString &key, Presence presence = Required,
                                    int maxEntries = limits::maxListEntries) const;

    /** A nested object; nullopt (and an error when required or of the wrong type) otherwise. */
    std::optional<JsonObjectReader> object(const QString &key, Presence presence = Required) const;

    /** Records an error for every key not in @p known (typos must not drop content). */
    void rejectUnknownKeys(const QStringList &known) const;
    /** Records an error about this object (or @p key of it). */
    void error(const QString &message, const QString &key = {}) const;

    /** Why @p text cannot be a content string (a control character, NUL, or too long), or "". */
    static QString textProblem(const QString &text);

private:
    QJsonValue value(const QString &key, Presence presence, const char *expected) const;

    QJsonObject m_object;
    QString m_path;
    QString m_file;
    ContentErrors *m_errors;
};

} // namespace ktl
