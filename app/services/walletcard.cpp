// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletcard.h"

#include "contenttypes.h"
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace ktl {

namespace {

// The card's words. Each is a whole sentence, translated in the "WalletCard" context; the card
// is printed in its own language(s), not necessarily the app's, so they are looked up by
// language (LanguageManager::translate), not with tr().
//: Wallet card, front: heading
const char *const frontTitle = QT_TRANSLATE_NOOP("WalletCard", "Your rights, and their limits");
const char *const frontLines[] = {
    //: Wallet card, front: first point
    QT_TRANSLATE_NOOP("WalletCard", "Legal groups say you may remain silent."),
    //: Wallet card, front: a limit of the right to remain silent (content review D-03)
    QT_TRANSLATE_NOOP("WalletCard", "Lying to federal officers or showing false papers can be a crime."),
    //: Wallet card, front: the duty to carry proof of registration (content review D-03)
    QT_TRANSLATE_NOOP("WalletCard", "A 2025 rule says noncitizens 18+ must carry the registration papers they got, like a green card."),
    //: Wallet card, front: giving one's name (content review D-03; Hiibel, 2004)
    QT_TRANSLATE_NOOP("WalletCard", "Some states may require you to give your name if police lawfully stop you."),
};
//: Wallet card, front: after the points, not a point itself
const char *const lawyerLine = QT_TRANSLATE_NOOP("WalletCard", "A lawyer can say what applies to you.");
//: Wallet card, front, small print: the sources of both sides, then the review date (%1)
const char *const sourcesLine = QT_TRANSLATE_NOOP("WalletCard", "Sources: ILRC; ACLU; 8 U.S.C. §1304(e); 90 FR 11793 (2025); 18 U.S.C. §§1001, 1546; Hiibel (2004); ICE memo (2025). Checked through %1.");
//: Wallet card, back: heading
const char *const backTitle = QT_TRANSLATE_NOOP("WalletCard", "Warrants");
const char *const backLines[] = {
    //: Wallet card, back: judicial and administrative warrants
    QT_TRANSLATE_NOOP("WalletCard", "Forms I-200 and I-205 are signed by immigration officers, not by a judge."),
    //: Wallet card, back: what the administrative forms allow, and the disputed 2025 memo
    QT_TRANSLATE_NOOP("WalletCard", "Long-standing guidance says they alone do not allow entry into a home without consent. A 2025 ICE memo says an I-205 can, for a person with a final removal order; its legality is disputed."),
};
//: Wallet card, back: a local pack's hotline, the number on the next line; %1 its name
const char *const hotlineLabel = QT_TRANSLATE_NOOP("WalletCard", "Local help: %1");
//: Wallet card, back: who published the hotline; %1 the local pack's publisher
const char *const fromLabel = QT_TRANSLATE_NOOP("WalletCard", "From %1");
//: Wallet card, back, no local pack: a blank line follows, to write a number on
const char *const writeLabel = QT_TRANSLATE_NOOP("WalletCard", "Lawyer or hotline:");
//: Wallet card, front, last line; %1 the app's name
const char *const noticeLine = QT_TRANSLATE_NOOP("WalletCard", "%1 · Not legal advice.");
//: Wallet card: the app's name
const char *const appName = QT_TRANSLATE_NOOP("WalletCard", "Know the Limits");
//: Wallet card: how the review date is written (QDate format; Spanish "d 'de' MMMM 'de' yyyy")
const char *const dateFormat = QT_TRANSLATE_NOOP("WalletCard", "MMMM d, yyyy");

// Type sizes, in points. None is under 8 (pointSizes() lists them for the test).
constexpr qreal titleSize = 9;
constexpr qreal bodySize = 8;
constexpr qreal smallSize = 8;
constexpr qreal phoneSize = 11;

constexpr qreal marginMm = 2.6;     ///< inside the card's left and right edges
constexpr qreal marginYMm = 2.2;    ///< inside its top and bottom edges
// Spacing, tightened so the Spanish front fits at 8 pt (DejaVu Sans' own line height is 1.164 em).
constexpr qreal lineSpacing = 1.12; ///< baseline to baseline, in em
constexpr qreal pointSpace = 0.3;   ///< before each point, in points
constexpr qreal groupSpace = 0.75;  ///< before the lawyer line and the notice, in points
constexpr qreal quietModules = 4;   ///< the QR code's quiet zone
constexpr qreal minModuleMm = 0.5;  ///< smallest module that still scans from paper
constexpr qreal maxModuleMm = 0.6;
constexpr qreal maxQrMm = 24.5;       ///< the whole code with its quiet zone
constexpr int maxQrNameLength = 40; ///< the vCard's FN: the code stays small enough to scan

QString tr(const QString &language, const char *text)
{
    // The app's language through the installed translator; another through a lookup of its own.
    LanguageManager *languages = LanguageManager::instance();
    if (language == languages->language())
        return QCoreApplication::translate("WalletCard", text);
    return languages->translate(language, "WalletCard", QString::fromUtf8(text));
}

/** The pack's text in @p language, else in the pack's first language. */
QString packText(const PackText &text, const PackManifest &manifest, const QString &language)
{
    if (text.contains(language))
        return text.value(language);
    if (!manifest.languages.isEmpty() && text.contains(manifest.languages.first()))
        return text.value(manifest.languages.first());
    return text.isEmpty() ? QString() : text.first();
}

/** A QR code's dark modules, row by row; empty if it cannot be made. */
struct QrCode
{
    int width = 0;
    QList<bool> dark;
    bool isDark(int x, int y) const { return dark.at(y * width + x); }

    static QrCode encode(const QByteArray &data)
    {
        QrCode code;
        std::unique_ptr<QRinput, void (*)(QRinput *)> input(QRinput_new2(0, QR_ECLEVEL_L), QRinput_free);
        if (!input)
            return code;
        // Text that is not ASCII says it is UTF-8 (ECI 26): a reader would otherwise guess,
        // and zbar reads "Línea" as Shift JIS.
        const bool ascii = std::all_of(data.cbegin(), data.cend(), [](char c) { return uchar(c) < 0x80; });
        if (!ascii && QRinput_appendECIheader(input.get(), 26) != 0)
            return code;
        if (QRinput_append(input.get(), QR_MODE_8, int(data.size()), reinterpret_cast<const unsigned char *>(data.constData())) != 0)
            return code;
        std::unique_ptr<QRcode, void (*)(QRcode *)> qr(QRcode_encodeInput(input.get()), QRcode_free);
        if (!qr)
            return code;
        code.width = qr->width;
        code.dark.reserve(code.width * code.width);
        for (int i = 0; i < code.width * code.width; ++i)
            code.dark.append(qr->data[i] & 1);
        return code;
    }
};

/** One paragraph of a card side. */
struct Para
{
    QString text;
    qreal size = bodySize;
    bool bold = false;
    bool bullet = false;
    bool writeLine = false; ///< a blank line to write on follows the text
    qreal spaceBefore = 0;  ///< in points
};

/** A card side laid out: paragraphs from the top, others from the bottom, and the QR code in
 *  the bottom right corner with the bottom paragraphs beside it. */
struct Side
{
    QList<Para> top;
    QList<Para> bottom;
    QrCode qr;
    QByteArray qrData;
};

class Printer
{
public:
    Printer(QPaintDevice *device)
        : m_device(device)
        , m_dotsPerMm(device->logicalDpiX() / 25.4)
        , m_dotsPerPoint(device->logicalDpiX() / 72.0)
    {
    }

    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    qreal pt(qreal points) const { return points * m_dotsPerPoint; }

    QFont font(qreal size, bool bold) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setStyleStrategy(QFont::NoFontMerging);
        return f;
    }

    /** The side of the QR code with its quiet zone, in device units; 0 without a code. */
    qreal qrSide(const QrCode &qr) const
    {
        if (qr.width == 0)
            return 0;
        const qreal modules = qr.width + 2 * quietModules;
        return mm(qBound(minModuleMm, maxQrMm / modules, maxModuleMm)) * modules;
    }

    /** Lays out (and with a painter, draws) @p side in @p card; returns false if it does not fit. */
    bool side(const Side &s, const QRectF &card, QPainter *painter) const
    {
        const QRectF inner = card.adjusted(mm(marginMm), mm(marginYMm), -mm(marginMm), -mm(marginYMm));
        const qreal qr = qrSide(s.qr);
        // The code's quiet zone is white, so it may reach into the card's margin: it ends
        // 1.5 mm from the edge, which leaves it whole if the cut is a little off.
        const QRectF qrRect = qr > 0 ? QRectF(card.right() - mm(1.5) - qr, card.bottom() - mm(1.5) - qr, qr, qr) : QRectF();
        const qreal quiet = qr > 0 ? qr / (s.qr.width + 2 * quietModules) * quietModules : 0;
        // Text keeps 1.5 mm from the code's dark modules.
        const QRectF avoid = qr > 0 ? qrRect.adjusted(quiet - mm(1.5), quiet - mm(1.5), 0, 0) : QRectF();

        // The bottom group first (beside the code), to know where the top group has to stop.
        qreal bottomHeight = 0;
        for (const Para &p : s.bottom)
            bottomHeight = paragraph(p, inner.left(), bottomHeight, inner.width(), avoid.isNull() ? QRectF() : QRectF(avoid.left(), -1e9, 1, 2e9), nullptr);
        const qreal bottomTop = inner.bottom() - bottomHeight;
        bool fits = avoid.isNull() || avoid.top() >= inner.top();
        qreal y = inner.top();
        for (const Para &p : s.top)
            y = paragraph(p, inner.left(), y, inner.width(), avoid, painter);
        if (y > bottomTop - mm(0.5) + 0.5)
            fits = false;
        qreal by = bottomTop;
        for (const Para &p : s.bottom)
            by = paragraph(p, inner.left(), by, inner.width(), avoid.isNull() ? QRectF() : QRectF(avoid.left(), -1e9, 1, 2e9), painter);
        if (painter && qr > 0)
            drawQr(*painter, s.qr, qrRect);
        return fits;
    }

private:
    /** Lays out @p p at @p y, each line narrowed where it would reach @p avoid; returns where
     *  the next paragraph starts. */
    qreal paragraph(const Para &p, qreal left, qreal y, qreal width, const QRectF &avoid, QPainter *painter) const
    {
        const QFont f = font(p.size, p.bold);
        const QFontMetricsF metrics(f, m_device);
        const qreal indent = p.bullet ? metrics.horizontalAdvance(QStringLiteral("•  ")) : 0;
        y += pt(p.spaceBefore);
        QTextLayout layout(p.text, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            const qreal top = y + height, bottom = top + metrics.height();
            const bool beside = !avoid.isNull() && bottom > avoid.top() && top < avoid.bottom();
            line.setLineWidth((beside ? avoid.left() - left : width) - indent);
            line.setPosition(QPointF(indent, height));
            height += pt(p.size * lineSpacing);
        }
        layout.endLayout();
        if (painter) {
            painter->setPen(Qt::black);
            if (p.bullet) {
                painter->setFont(f);
                painter->drawText(QPointF(left, y + metrics.ascent()), QStringLiteral("•"));
            }
            layout.draw(painter, QPointF(left, y));
        }
        y += height;
        // Two lines to write on: a name and a number.
        for (int k = 0; p.writeLine && k < 2; ++k) {
            y += metrics.height() * 1.7;
            if (painter) {
                painter->setPen(QPen(Qt::black, pt(0.6)));
                painter->drawLine(QPointF(left, y), QPointF(left + width, y));
            }
            y += pt(1);
        }
        return y;
    }

    void drawQr(QPainter &painter, const QrCode &code, const QRectF &rect) const
    {
        const qreal module = rect.width() / (code.width + 2 * quietModules);
        painter.fillRect(rect, Qt::white);
        // One path of the dark runs of every row, filled once: no seams between modules.
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        for (int y = 0; y < code.width; ++y) {
            for (int x = 0; x < code.width;) {
                if (!code.isDark(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < code.width && code.isDark(end, y))
                    ++end;
                path.addRect(QRectF(rect.left() + (quietModules + x) * module, rect.top() + (quietModules + y) * module,
                                    (end - x) * module, module));
                x = end;
            }
        }
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawPath(path);
        painter.restore();
    }

    QPaintDevice *m_device;
    qreal m_dotsPerMm;
    qreal m_dotsPerPoint;
};

QString reviewDate(const QString &isoDate, const QString &language)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return isoDate;
    return QLocale(language).toString(date, tr(language, dateFormat));
}

Side front(const ContentSet &content, const QString &language)
{
    Side s;
    s.top.append({ tr(language, frontTitle), titleSize, true, false, false, 0 });
    for (const char *line : frontLines)
        s.top.append({ tr(language, line), bodySize, false, true, false, pointSpace });
    s.top.append({ tr(language, lawyerLine), bodySize, true, false, false, groupSpace });
    s.bottom.append({ tr(language, sourcesLine).arg(reviewDate(content.meta.reviewedAsOf, language)), smallSize, false, false, false, 0 });
    s.bottom.append({ tr(language, noticeLine).arg(tr(language, appName)), smallSize, true, false, false, groupSpace });
    return s;
}

Side back(const QList<WalletCard::Hotline> &lines, const QString &language)
{
    Side s;
    s.top.append({ tr(language, backTitle), titleSize, true, false, false, 0 });
    for (const char *line : backLines)
        s.top.append({ tr(language, line), bodySize, false, true, false, pointSpace });
    if (lines.isEmpty()) {
        s.bottom.append({ tr(language, writeLabel), bodySize, true, false, true, 0 });
    } else {
        for (const WalletCard::Hotline &h : lines) {
            s.bottom.append({ tr(language, hotlineLabel).arg(h.name), smallSize, false, false, false, 0 });
            s.bottom.append({ h.phone, phoneSize, true, false, false, 0 });
        }
        s.bottom.append({ tr(language, fromLabel).arg(lines.first().publisher), smallSize, false, false, false, 0 });
        const WalletCard::Hotline &first = lines.first();
        // The name shortens until the code is small enough to print at 0.5 mm a module.
        for (int length = maxQrNameLength; length >= 8; length -= 8) {
            // Cut plainly: an ellipsis would be the only character outside ASCII in most names.
            QString name = WalletCard::plainLine(first.name, length);
            if (name.endsWith(QChar(0x2026)))
                name.chop(1);
            s.qrData = WalletCard::vCard(name, first.phone);
            s.qr = QrCode::encode(s.qrData);
            if (s.qr.width > 0 && (s.qr.width + 2 * quietModules) * minModuleMm <= maxQrMm)
                break;
            s.qr = {};
            s.qrData.clear();
        }
    }
    return s;
}

/** Folds a vCard content line at 75 octets (RFC 2426 §2.6), never inside a UTF-8 sequence. */
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    int width = 0;
    for (int i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line.at(i));
        const bool continuation = (c & 0xC0) == 0x80;
        if (!continuation) {
            int length = 1;
            if (c >= 0xF0)
                length = 4;
            else if (c >= 0xE0)
                length = 3;
            else if (c >= 0xC0)
                length = 2;
            if (width + length > 75) {
                out += "\r\n ";
                width = 1;
            }
        }
        out += char(c);
        ++width;
    }
    return out;
}

} // namespace

QString WalletCard::plainLine(const QString &text, int max)
{
    QString clean;
    clean.reserve(qMin(text.size(), max * 4));
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        // Controls (newlines, tabs), format characters (bidi overrides, zero-width joiners),
        // separators of lines and paragraphs: a card line shows none of them.
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || category == QChar::Other_NotAssigned
            || category == QChar::Other_PrivateUse)
            clean += QLatin1Char(' ');
        else
            clean += c;
        if (clean.size() > max * 4 + 8)
            break; // enough to cut from: a 20,000-character name is not read whole
    }
    clean = clean.simplified();
    if (clean.size() <= max)
        return clean;
    // Cut at a word boundary, and never through a surrogate pair.
    int cut = clean.lastIndexOf(QLatin1Char(' '), max - 1);
    if (cut < max / 2)
        cut = max - 1;
    if (cut > 0 && clean.at(cut - 1).isHighSurrogate())
        --cut;
    return clean.left(cut).trimmed() + QChar(0x2026);
}

QList<WalletCard::Hotline> WalletCard::hotlines(const QList<Pack> &packs, const QString &language)
{
    // The pack reader's own rule for a phone (pack.cpp), checked again: the card may be given a
    // pack that was not read from a file.
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9][0-9 ().-]{6,24}$)"));
    QList<Hotline> result;
    for (const Pack &pack : packs) {
        for (const PackHelpPlace &place : pack.helpPlaces) {
            if (result.size() >= maxHotlines)
                return result;
            const QString number = place.phone.trimmed();
            if (!phone.match(number).hasMatch())
                continue;
            Hotline h;
            h.name = plainLine(packText(place.name, pack.manifest, language), maxNameLength);
            h.phone = number.simplified();
            h.publisher = plainLine(packText(pack.manifest.publisher, pack.manifest, language), maxNameLength);
            if (h.name.isEmpty())
                h.name = h.phone;
            result.append(h);
        }
    }
    return result;
}

QByteArray WalletCard::vCard(const QString &name, const QString &phone)
{
    QString fn;
    for (const QChar c : name) {
        if (c == QLatin1Char('\\'))
            fn += QStringLiteral("\\\\");
        else if (c == QLatin1Char(','))
            fn += QStringLiteral("\\,");
        else if (c == QLatin1Char(';'))
            fn += QStringLiteral("\\;");
        else if (c == QLatin1Char('\n'))
            fn += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            fn += QLatin1Char(' ');
        else
            fn += c;
    }
    QString tel;
    for (const QChar c : phone) {
        if (c.isDigit() || QStringLiteral("+ ().-").contains(c))
            tel += c;
    }
    QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\n";
    card += folded("FN:" + fn.toUtf8()) + "\r\n";
    card += folded("TEL;TYPE=VOICE:" + tel.toLatin1()) + "\r\n";
    card += "END:VCARD\r\n";
    return card;
}

WalletCard::Sheet WalletCard::sheet(HandoutExporter::Paper paper)
{
    Sheet s;
    s.page = QPageSize(paper == HandoutExporter::Paper::A4 ? QPageSize::A4 : QPageSize::Letter).size(QPageSize::Millimeter);
    // 2 × 4 cards fit both papers with room for the cut marks and a printer's unprintable edge.
    const int columns = 2, rows = 4;
    const qreal gapX = 10, gapY = 8;
    const qreal width = columns * cardWidthMm + (columns - 1) * gapX;
    const qreal height = rows * cardHeightMm + (rows - 1) * gapY;
    const qreal left = (s.page.width() - width) / 2, top = (s.page.height() - height) / 2;
    s.columns = columns;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QRectF card(left + c * (cardWidthMm + gapX), top + r * (cardHeightMm + gapY), cardWidthMm, cardHeightMm);
            s.fronts.append(card);
            // A long-edge flip mirrors left and right: the back is at the mirrored place.
            s.backs.append(QRectF(s.page.width() - card.right(), card.top(), cardWidthMm, cardHeightMm));
        }
    }
    return s;
}

QList<qreal> WalletCard::pointSizes() { return { titleSize, bodySize, smallSize, phoneSize }; }

namespace {

void cutMarks(QPainter &painter, const Printer &printer, const WalletCard::Sheet &sheet, const QList<QRectF> &cards)
{
    painter.setPen(QPen(Qt::black, printer.pt(0.3)));
    // From 1.5 to 4.5 mm outside each corner, along both edges: in the margin or the gutter,
    // never on a card (the gutters are 8 and 10 mm).
    for (const QRectF &c : cards) {
        const QRectF r(printer.mm(c.left()), printer.mm(c.top()), printer.mm(c.width()), printer.mm(c.height()));
        const qreal a = printer.mm(1.5), b = printer.mm(4.5);
        for (const QPointF &corner : { r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight() }) {
            const qreal dx = corner.x() == r.left() ? -1 : 1;
            const qreal dy = corner.y() == r.top() ? -1 : 1;
            painter.drawLine(QPointF(corner.x() + dx * a, corner.y()), QPointF(corner.x() + dx * b, corner.y()));
            painter.drawLine(QPointF(corner.x(), corner.y() + dy * a), QPointF(corner.x(), corner.y() + dy * b));
        }
    }
    Q_UNUSED(sheet)
}

/** The language of the card at @p index: a sheet of two languages has one per column. */
QString cardLanguage(const WalletCard::Options &options, const WalletCard::Sheet &sheet, int index)
{
    if (options.languages.isEmpty())
        return QStringLiteral("en");
    return options.languages.at((index % sheet.columns) % options.languages.size());
}

} // namespace

QStringList WalletCard::problems(const ContentSet &content, const Options &options)
{
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(1200);
    const Printer printer(&writer);
    const QRectF card(0, 0, printer.mm(cardWidthMm), printer.mm(cardHeightMm));
    QStringList result;
    for (const QString &language : options.languages) {
        if (!printer.side(front(content, language), card, nullptr))
            result.append(QStringLiteral("%1: the front does not fit").arg(language));
        const Side b = back(hotlines(options.packs, language), language);
        if (!printer.side(b, card, nullptr))
            result.append(QStringLiteral("%1: the back does not fit").arg(language));
        if (!hotlines(options.packs, language).isEmpty() && b.qr.width == 0)
            result.append(QStringLiteral("%1: no QR code could be made for the hotline").arg(language));
    }
    return result;
}

WalletCard::Status WalletCard::write(const ContentSet &content, const Options &options, const QString &fileName, QString *error)
{
    const Sheet sheet = WalletCard::sheet(options.paper);
    // Opened here, not by QPdfWriter: QPainter::begin() would print a warning for a file it cannot open.
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write the PDF: %2").arg(fileName, file.errorString());
        return Status::CannotWrite;
    }
    QPdfWriter writer(&file);
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(options.paper == HandoutExporter::Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("Know the Limits — wallet card"));
    writer.setCreator(QStringLiteral("Know the Limits"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("%1: cannot write the PDF").arg(fileName);
        return Status::CannotWrite;
    }
    const Printer printer(&writer);
    auto place = [&](const QRectF &mmRect) {
        return QRectF(printer.mm(mmRect.left()), printer.mm(mmRect.top()), printer.mm(mmRect.width()), printer.mm(mmRect.height()));
    };
    QHash<QString, Side> fronts, backs;
    for (const QString &language : options.languages) {
        fronts.insert(language, front(content, language));
        backs.insert(language, back(hotlines(options.packs, language), language));
    }
    bool fits = true;
    cutMarks(painter, printer, sheet, sheet.fronts);
    for (int i = 0; i < sheet.fronts.size(); ++i)
        fits = printer.side(fronts.value(cardLanguage(options, sheet, i)), place(sheet.fronts.at(i)), &painter) && fits;
    writer.newPage();
    cutMarks(painter, printer, sheet, sheet.backs);
    for (int i = 0; i < sheet.backs.size(); ++i)
        fits = printer.side(backs.value(cardLanguage(options, sheet, i)), place(sheet.backs.at(i)), &painter) && fits;
    // A card whose text ran off it, or a file that could not be finished, is not a card.
    if (!painter.end() || !file.flush() || file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: cannot write the PDF: %2").arg(fileName, file.errorString());
        return Status::CannotWrite;
    }
    if (!fits) {
        file.remove();
        *error = QStringLiteral("%1: the card's text does not fit at 8 pt; nothing was written").arg(fileName);
        return Status::CannotWrite;
    }
    return Status::Written;
}

} // namespace ktl
