// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QTranslator>

namespace ktl::test {

/**
 * @brief A pseudo-locale: every string of the app and its content, accented and 40 % longer, so
 * a screen that clips or overflows a longer language shows it before a translator does.
 *
 * Letters become accented look-alikes ("Ŧĥë"); what the app parses is left alone — %1 and %n,
 * markup links' targets "(term:x)", HTML tags and entities, and date formats — so every page
 * still works. The padding is words of five dots, so text can still wrap between them.
 */
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString source = QString::fromUtf8(sourceText);
        // Date formats are patterns, not words (contentDateText).
        if (QLatin1String(context) == QLatin1String("ContentStore") && source.contains(QLatin1String("yyyy")))
            return {};
        return pseudo(source);
    }

    bool isEmpty() const override { return false; }

    static QString pseudo(const QString &source)
    {
        if (source.isEmpty())
            return source;
        // What must stay as it is: placeholders, link targets, tags, entities, addresses.
        static const QRegularExpression kept(QStringLiteral(R"(%\d|%n|\]\([^)]*\)|<[^>]*>|&[#a-zA-Z0-9]+;|https?://\S+)"));
        static const QString plain = QStringLiteral("ABCDEGHIKLNOSTUZabcdeghiklnostuyz");
        static const QString accented = QStringLiteral("ÀƁĆĎÉĜĤÍĶĹŃÖŠŦÜŽàƀćďéĝĥíķĺńöšŧüÿž");
        QString out;
        int letters = 0;
        qsizetype at = 0;
        auto convert = [&](QStringView part) {
            for (QChar c : part) {
                const qsizetype i = plain.indexOf(c);
                out += i >= 0 ? accented.at(i) : c;
                letters += c.isLetter() ? 1 : 0;
            }
        };
        for (auto it = kept.globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            convert(QStringView(source).mid(at, m.capturedStart() - at));
            out += m.captured();
            at = m.capturedEnd();
        }
        convert(QStringView(source).mid(at));
        // 40 % longer, in words of five, after the text (never inside a link or a list mark).
        for (int pad = (letters * 2 + 4) / 5; pad > 0; pad -= 5)
            out += QStringLiteral(" ") + QString(qMin(pad, 5), QChar(0x00B7));
        return out;
    }
};

} // namespace ktl::test
