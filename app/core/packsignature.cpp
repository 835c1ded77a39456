// SPDX-License-Identifier: GPL-3.0-or-later
#include "packsignature.h"

#include <QJsonDocument>

#include <sodium.h>

namespace ktl::packsignature {

namespace {

/** sodium_init() may be called any number of times, from any thread. */
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

const QString signatureKey = QStringLiteral("signature");

} // namespace

QByteArray signedMessage(QJsonObject root)
{
    root.remove(signatureKey);
    // The prefix keeps a pack signature from ever being valid as a signature of anything else.
    return QByteArrayLiteral("ktlpack signature 1\n") + QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (!ready() || signature.size() != signatureBytes || publicKey.size() != publicKeyBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
            == 0;
}

KeyPair newKeyPair()
{
    KeyPair pair;
    if (!ready())
        return pair;
    pair.publicKey.resize(publicKeyBytes);
    pair.secretKey.resize(secretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!ready() || secretKey.size() != secretKeyBytes)
        return {};
    QByteArray signature(signatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (!ready() || secretKey.size() != secretKeyBytes)
        return {};
    QByteArray key(publicKeyBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return key;
}

QString fingerprint(const QByteArray &publicKey)
{
    if (!ready() || publicKey.isEmpty())
        return {};
    unsigned char hash[16]; // 128 bits: what a reader compares by eye must not be forgeable
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       quint64(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex().toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QByteArray secretKeyFile(const QByteArray &secretKey)
{
    const QJsonObject file {
        { QStringLiteral("$comment"),
          QStringLiteral("A Know the Limits pack signing key. Keep it secret and keep a copy: whoever has it can "
                         "sign packs as you, and without it readers cannot take your updates.") },
        { QStringLiteral("publicKey"), QString::fromLatin1(publicKeyOf(secretKey).toBase64()) },
        { QStringLiteral("fingerprint"), fingerprint(publicKeyOf(secretKey)) },
        { QStringLiteral("secretKey"), QString::fromLatin1(secretKey.toBase64()) },
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

QByteArray readSecretKeyFile(const QByteArray &bytes, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QByteArray key = QByteArray::fromBase64(doc.object().value(QStringLiteral("secretKey")).toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != secretKeyBytes) {
        *error = QStringLiteral("not a signing key written by --new-signing-key (no 64-byte \"secretKey\")");
        return {};
    }
    return key;
}

} // namespace ktl::packsignature
