// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ktl::packsignature {

/**
 * @file
 * Ed25519 signatures of local packs (libsodium), trusted on first use.
 *
 * A signed pack carries, at its top level, `"signature": {"key": …, "value": …}` (base64). The
 * value signs the pack's canonical form: the document without "signature", written by Qt as
 * compact JSON (keys sorted, no spaces), after a fixed prefix. So the author's own layout and
 * comments may stay as they are, and any change to what the pack says breaks the signature.
 */

constexpr int publicKeyBytes = 32;
constexpr int secretKeyBytes = 64;
constexpr int signatureBytes = 64;

/** The bytes a signature covers for the pack @p root (its "signature" member left out). */
QByteArray signedMessage(QJsonObject root);

/** True if @p signature is @p publicKey's signature of @p message. */
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};
KeyPair newKeyPair();
/** The signature of @p message by @p secretKey (which holds its public key, as libsodium's do). */
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
/** The public half of @p secretKey. */
QByteArray publicKeyOf(const QByteArray &secretKey);

/** How a reader recognises a key: 32 hex digits of its hash (128 bits) in groups of four, "3F2A-…". */
QString fingerprint(const QByteArray &publicKey);

/** The secret key file `--new-signing-key` writes: JSON, with a warning to keep it secret. */
QByteArray secretKeyFile(const QByteArray &secretKey);
/** The secret key in the bytes of such a file, or empty (with why in @p error). */
QByteArray readSecretKeyFile(const QByteArray &bytes, QString *error);

} // namespace ktl::packsignature
