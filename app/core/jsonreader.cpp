// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace ktl {

QStringList keyList(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *n : names)
        result.append(QLatin1String(n));
    return result;
}

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/** Characters that have no place in prose and can hide or reorder what a reader sees: C0 and C1
 *  controls (but newline and tab), and the bidirectional overrides and isolates. */
bool isForbiddenControl(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString JsonObjectReader::textProblem(const QString &text)
{
    if (text.size() > limits::maxTextLength)
        return QStringLiteral("%1 characters; the limit is %2").arg(text.size()).arg(limits::maxTextLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return QStringLiteral("contains a NUL character (\\u0000) at character %1").arg(i + 1);
        if (isForbiddenControl(c))
            return QStringLiteral("contains the control character U+%1 at character %2; remove it")
                    .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')))
                    .arg(i + 1);
    }
    return {};
}

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, QString file,
                                   ContentErrors *errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_file(std::move(file))
    , m_errors(errors)
{
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path + QLatin1Char('.') + key;
}

void JsonObjectReader::error(const QString &message, const QString &key) const
{
    m_errors->append({ m_file, key.isEmpty() ? m_path : pathOf(key), message });
}

QJsonValue JsonObjectReader::value(const QString &key, Presence presence, const char *expected) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && presence == Required)
        error(QStringLiteral("missing field; expected %1").arg(QLatin1String(expected)), key);
    return v;
}

QString JsonObjectReader::string(const QString &key, Presence presence) const
{
    const QJsonValue v = value(key, presence, "a string");
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        error(QStringLiteral("expected a string, found %1").arg(typeName(v)), key);
        return {};
    }
    const QString s = v.toString();
    if (const QString problem = textProblem(s); !problem.isEmpty()) {
        error(problem, key);
        return {};
    }
    if (presence == Required && s.trimmed().isEmpty())
        error(QStringLiteral("empty; expected a non-empty string"), key);
    return s.trimmed();
}

QString JsonObjectReader::choice(const QString &key, const QStringList &allowed,
                                 Presence presence) const
{
    const QString s = string(key, presence);
    if (!s.isEmpty() && !allowed.contains(s)) {
        error(QStringLiteral("\"%1\" is not one of: %2").arg(s, allowed.join(QStringLiteral(", "))),
              key);
        return {};
    }
    return s;
}

bool JsonObjectReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = value(key, Optional, "a boolean");
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(QStringLiteral("expected true or false, found %1").arg(typeName(v)), key);
        return fallback;
    }
    return v.toBool();
}

int JsonObjectReader::integer(const QString &key, Presence presence, int fallback) const
{
    const QJsonValue v = value(key, presence, "a whole number");
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble();
    // Range first: casting a double outside int's range is undefined behaviour.
    const bool whole = v.isDouble() && std::isfinite(d) && d >= std::numeric_limits<int>::min()
            && d <= std::numeric_limits<int>::max() && d == std::trunc(d);
    if (!whole) {
        error(QStringLiteral("expected a whole number, found %1")
                      .arg(v.isDouble() ? QString::number(d) : typeName(v)),
              key);
        return fallback;
    }
    return static_cast<int>(d);
}

QStringList JsonObjectReader::stringList(const QString &key, Presence presence) const
{
    const QJsonValue v = value(key, presence, "a list of strings");
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        error(QStringLiteral("expected a list of strings, found %1").arg(typeName(v)), key);
        return {};
    }
    const QJsonArray array = v.toArray();
    if (presence == Required && array.isEmpty())
        error(QStringLiteral("empty list; expected at least one entry"), key);
    if (array.size() > limits::maxListEntries) {
        error(QStringLiteral("%1 entries; the limit is %2").arg(array.size()).arg(limits::maxListEntries), key);
        return {};
    }
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (item.isString()) {
            if (const QString problem = textProblem(item.toString()); !problem.isEmpty()) {
                m_errors->append({ m_file, itemPath, problem });
                continue;
            }
        }
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            m_errors->append({ m_file, itemPath,
                               item.isString() ? QStringLiteral("empty; expected a non-empty string")
                                               : QStringLiteral("expected a string, found %1")
                                                         .arg(typeName(item)) });
            continue;
        }
        result.append(item.toString().trimmed());
    }
    return result;
}

QList<JsonObjectReader> JsonObjectReader::objects(const QString &key, Presence presence,
                                                  int maxEntries) const
{
    const QJsonValue v = value(key, presence, "a list of objects");
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        error(QStringLiteral("expected a list of objects, found %1").arg(typeName(v)), key);
        return {};
    }
    const QJsonArray array = v.toArray();
    if (presence == Required && array.isEmpty())
        error(QStringLiteral("empty list; expected at least one entry"), key);
    if (array.size() > maxEntries) {
        error(QStringLiteral("%1 entries; the limit is %2").arg(array.size()).arg(maxEntries), key);
        return {};
    }
    QList<JsonObjectReader> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            m_errors->append({ m_file, itemPath,
                               QStringLiteral("expected an object, found %1").arg(typeName(array.at(i))) });
            continue;
        }
        result.append(JsonObjectReader(array.at(i).toObject(), itemPath, m_file, m_errors));
    }
    return result;
}

std::optional<JsonObjectReader> JsonObjectReader::object(const QString &key, Presence presence) const
{
    const QJsonValue v = value(key, presence, "an object");
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        error(QStringLiteral("expected an object, found %1").arg(typeName(v)), key);
        return std::nullopt;
    }
    return JsonObjectReader(v.toObject(), pathOf(key), m_file, m_errors);
}

void JsonObjectReader::rejectUnknownKeys(const QStringList &known) const
{
    // Reported one by one up to the limit, then counted: a file of nothing but unknown keys
    // must not make a problem list the size of the file.
    int unknown = 0;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (++unknown <= limits::maxProblemsReported)
            error(QStringLiteral("unknown field; expected one of: %1").arg(known.join(QStringLiteral(", "))),
                  it.key());
    }
    if (unknown > limits::maxProblemsReported)
        error(QStringLiteral("%1 more unknown fields").arg(unknown - limits::maxProblemsReported));
}

} // namespace ktl
