// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack.h"

#include "boundedread.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "contentvalidator.h"
#include "jsonreader.h"
#include "markup.h"
#include "packsignature.h"
#include "pageaddress.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace ktl {

namespace {

using R = JsonObjectReader;

/** The format this app reads; a pack says which one it is written in. */
constexpr int packFormat = 1;
/** "$comment" may stand in any object: notes for the pack's author, never shown. */
const QString comment = QStringLiteral("$comment");

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList result { comment };
    for (const char *n : names)
        result.append(QLatin1String(n));
    return result;
}


class Reader
{
public:
    explicit Reader(const ContentSet &builtIn)
        : m_builtIn(builtIn)
    {
    }

    Pack read(const R &root)
    {
        Pack pack;
        root.rejectUnknownKeys(keys({ "pack", "helpPlaces", "status", "notes", "signature" }));
        plainComment(root);
        const auto manifest = root.object(QStringLiteral("pack"));
        if (!manifest)
            return pack; // nothing else can be checked without the languages
        pack.manifest = readManifest(*manifest);
        if (m_languages.isEmpty())
            return pack;
        QSet<QString> ids;
        for (const R &item : root.objects(QStringLiteral("helpPlaces"), R::Optional))
            pack.helpPlaces.append(readHelpPlace(item, ids));
        ids.clear();
        for (const R &item : root.objects(QStringLiteral("status"), R::Optional))
            pack.status.append(readStatus(item, ids));
        ids.clear();
        for (const R &item : root.objects(QStringLiteral("notes"), R::Optional))
            pack.notes.append(readNote(item, ids));
        if (pack.helpPlaces.isEmpty() && pack.status.isEmpty() && pack.notes.isEmpty())
            root.error(QStringLiteral("the pack holds nothing; give at least one of \"helpPlaces\", \"status\" or \"notes\""));
        return pack;
    }

private:
    void error(const R &r, const QString &key, const QString &message) const { r.error(message, key); }

    /** A comment is never shown, so markup in it is harmless; it must still be a string
     *  without control characters, within the length limit. */
    void plainComment(const R &r) const
    {
        if (r.has(comment))
            r.string(comment, R::Optional);
    }

    /** A plain-text string: no markup (a pack's text is shown as it is). */
    QString plain(const R &r, const QString &key, R::Presence presence = R::Required) const
    {
        const QString value = r.string(key, presence);
        for (const QString &problem : markup::plainTextProblems(value))
            error(r, key, problem);
        return value;
    }

    /** {"en": "…", "es": "…"}: only the pack's languages, and always its first one. */
    PackText text(const R &r, const QString &key, R::Presence presence = R::Required) const
    {
        PackText result;
        const auto object = r.object(key, presence);
        if (!object)
            return result;
        int unknown = 0;
        for (const QString &language : object->keys()) {
            if (language == comment) {
                plainComment(*object);
                continue;
            }
            if (!m_languages.contains(language)) {
                // Bounded like unknown fields: a text of a thousand made-up languages is one problem list.
                if (++unknown > limits::maxProblemsReported)
                    continue;
                object->error(QStringLiteral("\"%1\" is not one of the pack's languages (%2)")
                                      .arg(language, m_languages.join(QStringLiteral(", "))),
                              language);
                continue;
            }
            result.insert(language, plain(*object, language));
        }
        if (!object->has(m_languages.constFirst()))
            object->error(QStringLiteral("missing the pack's first language, \"%1\"; every text needs it")
                                  .arg(m_languages.constFirst()));
        return result;
    }

    QString date(const R &r, const QString &key) const
    {
        const QString value = r.string(key);
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
            error(r, key, QStringLiteral("\"%1\" is not a date; expected YYYY-MM-DD, such as 2026-11-30").arg(value));
        return value;
    }

    QString webAddress(const R &r, const QString &key) const
    {
        const QString value = r.string(key, R::Optional);
        if (!value.isEmpty() && !isSafeWebAddress(value))
            error(r, key, QStringLiteral("\"%1\" is not an https web address; expected https://…").arg(value));
        return value;
    }

    QString id(const R &r, QSet<QString> &seen, const char *kind) const
    {
        const QString value = r.string(QStringLiteral("id"));
        if (value.isEmpty())
            return value;
        if (!isPackId(value))
            error(r, QStringLiteral("id"), QStringLiteral("\"%1\" must use only a-z, 0-9 and - (at most 64)").arg(value));
        else if (seen.contains(value))
            error(r, QStringLiteral("id"), QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(kind), value));
        seen.insert(value);
        return value;
    }

    QStringList languageList(const R &r, const QString &key, R::Presence presence) const
    {
        const QStringList codes = r.stringList(key, presence);
        QSet<QString> seen;
        for (const QString &code : codes) {
            if (!isLanguageCode(code))
                error(r, key, QStringLiteral("\"%1\" is not a language code; expected two lower-case letters such as \"es\"").arg(code));
            else if (seen.contains(code))
                error(r, key, QStringLiteral("\"%1\" is listed twice").arg(code));
            seen.insert(code);
        }
        return codes;
    }

    PackManifest readManifest(const R &r)
    {
        r.rejectUnknownKeys(keys({ "format", "id", "publisher", "contact", "region", "languages", "version",
                                   "reviewedAsOf", "reviewAgainBy", "license" }));
        plainComment(r);
        PackManifest m;
        m.format = r.integer(QStringLiteral("format"), R::Required);
        if (r.has(QStringLiteral("format")) && m.format != packFormat) {
            error(r, QStringLiteral("format"),
                  QStringLiteral("format %1 is not one this app reads; it reads format %2").arg(m.format).arg(packFormat));
            return m;
        }
        m.languages = languageList(r, QStringLiteral("languages"), R::Required);
        bool languagesOk = !m.languages.isEmpty();
        for (const QString &code : std::as_const(m.languages))
            languagesOk = languagesOk && isLanguageCode(code) && m.languages.count(code) == 1;
        if (!languagesOk)
            return m; // every text is checked against them
        m_languages = m.languages;

        QSet<QString> none;
        m.id = id(r, none, "pack");
        m.publisher = text(r, QStringLiteral("publisher"));
        m.contact = plain(r, QStringLiteral("contact"));
        static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
        if (!m.contact.isEmpty() && !isSafeWebAddress(m.contact) && !email.match(m.contact).hasMatch())
            error(r, QStringLiteral("contact"),
                  QStringLiteral("\"%1\" is neither an https web address nor an e-mail address").arg(m.contact));
        if (const auto region = r.object(QStringLiteral("region"))) {
            region->rejectUnknownKeys(keys({ "state", "counties" }));
            plainComment(*region);
            m.state = region->string(QStringLiteral("state"));
            static const QRegularExpression state(QStringLiteral("^[A-Z]{2}$"));
            if (!m.state.isEmpty() && !state.match(m.state).hasMatch())
                region->error(QStringLiteral("\"%1\" is not a state; expected its two-letter postal code, such as TX").arg(m.state),
                              QStringLiteral("state"));
            m.counties = region->stringList(QStringLiteral("counties"), R::Optional);
            for (const QString &county : std::as_const(m.counties)) {
                for (const QString &problem : markup::plainTextProblems(county))
                    region->error(problem, QStringLiteral("counties"));
            }
        }
        m.version = r.string(QStringLiteral("version"));
        static const QRegularExpression version(QStringLiteral(R"(^\d{1,4}(\.\d{1,4}){0,2}$)"));
        if (!m.version.isEmpty() && !version.match(m.version).hasMatch())
            error(r, QStringLiteral("version"), QStringLiteral("\"%1\" is not a version; expected numbers such as 1.2.0").arg(m.version));
        m.reviewedAsOf = date(r, QStringLiteral("reviewedAsOf"));
        m.reviewAgainBy = date(r, QStringLiteral("reviewAgainBy"));
        const QDate reviewed = QDate::fromString(m.reviewedAsOf, Qt::ISODate);
        const QDate again = QDate::fromString(m.reviewAgainBy, Qt::ISODate);
        if (reviewed.isValid() && again.isValid() && again <= reviewed)
            error(r, QStringLiteral("reviewAgainBy"),
                  QStringLiteral("%1 is not after reviewedAsOf (%2)").arg(m.reviewAgainBy, m.reviewedAsOf));
        m.license = plain(r, QStringLiteral("license"));
        return m;
    }

    QList<PackSource> sources(const R &r) const
    {
        QList<PackSource> result;
        for (const R &s : r.objects(QStringLiteral("sources"), R::Required)) {
            s.rejectUnknownKeys(keys({ "citation", "url" }));
            plainComment(s);
            result.append({ text(s, QStringLiteral("citation")), webAddress(s, QStringLiteral("url")) });
        }
        return result;
    }

    PackHelpPlace readHelpPlace(const R &r, QSet<QString> &ids) const
    {
        r.rejectUnknownKeys(keys({ "id", "name", "offers", "phone", "hours", "languagesSpoken", "url" }));
        plainComment(r);
        PackHelpPlace h;
        h.id = id(r, ids, "help place");
        h.name = text(r, QStringLiteral("name"));
        h.offers = text(r, QStringLiteral("offers"));
        h.hours = text(r, QStringLiteral("hours"), R::Optional);
        h.phone = r.string(QStringLiteral("phone"), R::Optional);
        static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9][0-9 ().-]{6,24}$)"));
        if (!h.phone.isEmpty() && !phone.match(h.phone).hasMatch())
            error(r, QStringLiteral("phone"),
                  QStringLiteral("\"%1\" is not a phone number; expected digits with spaces, dashes, dots or brackets, "
                                 "such as +1 555-0100").arg(h.phone));
        h.languagesSpoken = languageList(r, QStringLiteral("languagesSpoken"), R::Optional);
        h.url = webAddress(r, QStringLiteral("url"));
        if (h.phone.isEmpty() && h.url.isEmpty())
            r.error(QStringLiteral("a help place needs a way to reach it: \"phone\" or \"url\""));
        h.path = r.path();
        return h;
    }

    PackStatus readStatus(const R &r, QSet<QString> &ids) const
    {
        r.rejectUnknownKeys(keys({ "id", "kind", "agency", "model", "summary", "asOf", "sources" }));
        plainComment(r);
        PackStatus s;
        s.id = id(r, ids, "status");
        s.kind = r.choice(QStringLiteral("kind"), { QStringLiteral("287g-agreement"), QStringLiteral("detainer-policy"),
                                                    QStringLiteral("state-law") });
        if (s.kind == QLatin1String("287g-agreement")) {
            s.agency = plain(r, QStringLiteral("agency"));
            s.model = r.choice(QStringLiteral("model"), { QStringLiteral("jail-enforcement"),
                                                          QStringLiteral("warrant-service-officer"),
                                                          QStringLiteral("task-force") });
        } else {
            s.agency = plain(r, QStringLiteral("agency"), R::Optional);
            if (r.has(QStringLiteral("model")))
                error(r, QStringLiteral("model"), QStringLiteral("only a 287g-agreement has a model"));
        }
        s.summary = text(r, QStringLiteral("summary"));
        s.asOf = date(r, QStringLiteral("asOf"));
        s.sources = sources(r);
        s.path = r.path();
        return s;
    }

    PackNote readNote(const R &r, QSet<QString> &ids) const
    {
        r.rejectUnknownKeys(keys({ "id", "on", "text", "asOf", "sources" }));
        plainComment(r);
        PackNote n;
        n.id = id(r, ids, "note");
        n.on = r.string(QStringLiteral("on"));
        if (!n.on.isEmpty())
            checkNotePlace(r, n.on);
        n.text = text(r, QStringLiteral("text"));
        n.asOf = date(r, QStringLiteral("asOf"));
        n.sources = sources(r);
        n.path = r.path();
        return n;
    }

    /** A note goes on a topic or on where a flow ends: the places a reader's situation is. */
    void checkNotePlace(const R &r, const QString &on) const
    {
        PageAddress address;
        QString why;
        if (!PageAddress::resolve(on, m_builtIn, &address, &why)) {
            error(r, QStringLiteral("on"), QStringLiteral("\"%1\": %2").arg(on, why));
            return;
        }
        const bool topic = address.kind == PageAddress::Kind::Topic && address.sub.isEmpty();
        const FlowNode *node = address.kind == PageAddress::Kind::Flow && !address.sub.isEmpty()
                ? m_builtIn.flow(address.id)->node(address.sub)
                : nullptr;
        if (!topic && !(node && node->kind == FlowNode::Kind::Outcome))
            error(r, QStringLiteral("on"),
                  QStringLiteral("\"%1\" is not a topic or a flow outcome; expected topic/<id> or flow/<id>/<outcome>").arg(on));
    }

    const ContentSet &m_builtIn;
    QStringList m_languages; ///< the manifest's, once they are known to be well-formed
};

/** The signer's key if "signature" holds a valid signature of this pack; an error otherwise. */
PackSignature readSignature(const R &root, const QJsonObject &object)
{
    PackSignature result;
    const auto signature = root.object(QStringLiteral("signature"));
    if (!signature)
        return result;
    signature->rejectUnknownKeys({ QStringLiteral("key"), QStringLiteral("value") });
    auto base64 = [&](const char *key, int size) {
        const QString text = signature->string(QLatin1String(key));
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray bytes = decoded ? decoded.decoded : QByteArray();
        if (!text.isEmpty() && bytes.size() != size)
            signature->error(QStringLiteral("expected %1 bytes in base64, as --sign-pack writes").arg(size), QLatin1String(key));
        return bytes;
    };
    const QByteArray key = base64("key", packsignature::publicKeyBytes);
    const QByteArray value = base64("value", packsignature::signatureBytes);
    if (key.size() != packsignature::publicKeyBytes || value.size() != packsignature::signatureBytes)
        return result;
    if (!packsignature::verify(packsignature::signedMessage(object), value, key)) {
        signature->error(QStringLiteral("the signature does not match: the pack was changed after it was signed "
                                        "(or the signature is not for this key); ask its publisher for a fresh copy"),
                         QStringLiteral("value"));
        return result;
    }
    result.publicKey = key;
    return result;
}

} // namespace

PackSignature packSigner(const QString &fileName, const QByteArray &bytes)
{
    ContentErrors ignored;
    const std::optional<QJsonObject> object = ContentLoader::parseStrictObject(fileName, bytes, ignored);
    if (!object || !object->contains(QStringLiteral("signature")))
        return {};
    const R root(*object, QStringLiteral("$"), fileName, &ignored);
    return readSignature(root, *object);
}

QString PackSignature::fingerprint() const
{
    return packsignature::fingerprint(publicKey);
}

QList<PackNoteRef> packNotesOn(const QList<Pack> &packs, const QString &place)
{
    QList<PackNoteRef> notes;
    if (place.isEmpty())
        return notes;
    for (const Pack &pack : packs) {
        for (const PackNote &note : pack.notes) {
            PageAddress on;
            QString unused;
            // Checked when the pack was read; parsed again so that spellings compare the same.
            if (PageAddress::parse(note.on, &on, &unused) && on.toString() == place)
                notes.append({ pack.manifest, note });
        }
    }
    return notes;
}

bool isPackId(const QString &id)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")));
    return re.match(id).hasMatch();
}

PackReadResult readPackBytes(const QString &fileName, const QByteArray &bytes, const ContentSet &builtIn)
{
    PackReadResult result;
    const std::optional<QJsonObject> object = ContentLoader::parseStrictObject(fileName, bytes, result.errors);
    if (!object)
        return result;
    const R root(*object, QStringLiteral("$"), fileName, &result.errors);
    result.pack = Reader(builtIn).read(root);
    if (root.has(QStringLiteral("signature")))
        result.pack.signature = readSignature(root, *object);
    return result;
}

PackReadResult readPack(const QString &path, const ContentSet &builtIn, QByteArray *checked)
{
    QByteArray bytes;
    const BoundedRead read = readOrdinaryFile(path, limits::maxFileBytes, true, &bytes);
    if (!read.ok()) {
        PackReadResult result;
        QString why;
        switch (read.status) {
        case BoundedRead::Status::TooBig:
            why = QStringLiteral("file is %1 bytes; the limit is %2 bytes").arg(read.size).arg(limits::maxFileBytes);
            break;
        case BoundedRead::Status::NotOrdinary:
            why = QStringLiteral("not an ordinary file but %1").arg(read.detail);
            break;
        default:
            why = QStringLiteral("cannot be read: %1").arg(read.detail);
        }
        result.errors.append({ path, {}, why });
        return result;
    }
    if (checked)
        *checked = bytes;
    return readPackBytes(path, bytes, builtIn);
}

QByteArray packTemplate()
{
    QFile file(QStringLiteral(":/packs/template.ktlpack"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ktl
