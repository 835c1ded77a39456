// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace ktl {

namespace {

/** One open object or list on the scan's own stack (instead of the call stack). */
struct Level
{
    bool isObject = false;
    QString path;
    QSet<QString> keys; ///< objects: the keys seen so far
    int nextIndex = 0; ///< lists: the index of the next element
    QString pendingKey; ///< objects: the key whose value comes next
    bool expectKey = true;
};

/** The text of the JSON string starting at @p i (a '"'); @p i ends past its closing quote. */
QString readString(const QByteArray &json, qsizetype &i)
{
    const qsizetype start = i;
    bool escaped = false;
    for (++i; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\\') {
            escaped = true;
            ++i; // skip the escaped character
        } else if (c == '"') {
            break;
        }
    }
    const QByteArray raw = json.mid(start, i - start + 1);
    ++i;
    if (!escaped)
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    // Let Qt's parser decode the escapes, so "a\u0062" and "ab" are the same key.
    return QJsonDocument::fromJson(QByteArrayLiteral("[") + raw + QByteArrayLiteral("]")).array().at(0).toString();
}

} // namespace

ContentErrors scanJsonStructure(const QString &fileName, const QByteArray &json, int maxNesting)
{
    ContentErrors errors;
    QList<Level> stack;
    auto childPath = [&stack]() -> QString {
        if (stack.isEmpty())
            return QStringLiteral("$");
        Level &top = stack.last();
        if (top.isObject)
            return top.path + QLatin1Char('.') + top.pendingKey;
        return top.path + QStringLiteral("[%1]").arg(top.nextIndex++);
    };
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            const QString path = childPath();
            if (stack.size() >= maxNesting) {
                errors.append({ fileName, path,
                                QStringLiteral("nested more than %1 levels deep; the content schema needs far fewer")
                                        .arg(maxNesting) });
                return errors;
            }
            Level level;
            level.isObject = c == '{';
            level.path = path;
            stack.append(level);
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
        } else if (c == '"') {
            const QString text = readString(json, i);
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                Level &top = stack.last();
                if (top.keys.contains(text))
                    errors.append({ fileName, top.path + QLatin1Char('.') + text,
                                    QStringLiteral("the key \"%1\" is given twice in this object; keep one").arg(text) });
                top.keys.insert(text);
                top.pendingKey = text;
                top.expectKey = false;
            } else if (!stack.isEmpty()) {
                childPath(); // a string value: counts as a list element
            }
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().isObject)
                stack.last().expectKey = true;
            ++i;
        } else if (c == ':' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
        } else {
            // A number, true, false or null: a value with no structure of its own.
            if (!stack.isEmpty() && !stack.last().isObject)
                childPath();
            while (i < json.size() && !QByteArrayView(",]} \n\r\t").contains(json.at(i)))
                ++i;
        }
    }
    return errors;
}

} // namespace ktl
