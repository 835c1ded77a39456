// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentences.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace ktl {

namespace {
/** Unicode's rules end a sentence after "C.F.R." before "§287.7", or after "v." before a
 *  capital: a legal text's abbreviations do not end sentences. */
bool endsInAbbreviation(const QString &piece, const QString &next)
{
    static const QRegularExpression initials(QStringLiteral("(?:^|\\s)(?:\\p{L}\\.){2,}$"));
    static const QRegularExpression words(QStringLiteral(
            "(?:^|\\s)(?:v|vs|Sr|Sra|Dr|Dra|No|Núm|Art|art|Inc|Mr|Mrs|Ms|St|Stat|Reg|Fed|Supp|Cir|Dist|Cal|Mass|Ill|Tex|Fla)\\.$"));
    return initials.match(piece).hasMatch() || words.match(piece).hasMatch()
            || (piece.endsWith(QLatin1Char('.')) && !next.isEmpty() && (next.front().isDigit() || next.front() == QChar(0x00A7)));
}
} // namespace

QStringList splitSentences(const QString &plainText)
{
    QStringList sentences;
    const QStringList lines = plainText.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line);
        qsizetype start = 0;
        bool merging = false; // the last piece ended in an abbreviation: the next one goes on it
        while (start < line.size()) {
            qsizetype end = finder.toNextBoundary();
            if (end <= start) // no further boundary: the rest of the line
                end = line.size();
            const QString sentence = line.mid(start, end - start).trimmed();
            start = end;
            if (sentence.isEmpty())
                continue;
            if (merging)
                sentences.last() += QLatin1Char(' ') + sentence;
            else
                sentences.append(sentence);
            merging = start < line.size() && endsInAbbreviation(sentences.last(), line.mid(start).trimmed());
        }
    }
    return sentences;
}

} // namespace ktl
