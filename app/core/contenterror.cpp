// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenterror.h"

namespace ktl {

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            out += QStringLiteral("\\x") + QString::number(c, 16).rightJustified(2, QLatin1Char('0'));
        else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            out += QStringLiteral("\\u") + QString::number(c, 16);
        else
            out += ch;
    }
    return out;
}

QString ContentError::toString() const
{
    if (path.isEmpty())
        return escapeControls(QStringLiteral("%1: %2").arg(file, message));
    return escapeControls(QStringLiteral("%1: %2: %3").arg(file, path, message));
}

} // namespace ktl
