// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QJsonArray>

namespace ktl {

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

} // namespace

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
    if (!v.isDouble() || d != static_cast<double>(static_cast<int>(d))) {
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
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
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

QList<JsonObjectReader> JsonObjectReader::objects(const QString &key, Presence presence) const
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
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            error(QStringLiteral("unknown field; expected one of: %1").arg(known.join(QStringLiteral(", "))),
                  it.key());
    }
}

} // namespace ktl
