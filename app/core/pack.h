// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contenttypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace ktl {

/**
 * @file
 * A local pack (`*.ktlpack`): what an organisation publishes about its own region — help places,
 * the state and county status, local notes on built-in pages — in its own languages, in one
 * JSON file (docs/packs.md). It comes from outside, so it is read like content: bounded, strict
 * JSON, plain text only, https addresses only, and refused whole on any problem.
 */

/** One text in the pack's languages, by code: {"en": "…", "es": "…"}. The pack's first
 *  language is always there. */
using PackText = QMap<QString, QString>;

struct PackSource
{
    PackText citation;
    QString url; ///< https, or empty
};

struct PackManifest
{
    int format = 0;
    QString id;
    PackText publisher;
    QString contact; ///< an https address or an e-mail address
    QString state;   ///< two-letter postal code
    QStringList counties;
    QStringList languages; ///< the first is the main one
    QString version;
    QString reviewedAsOf;  ///< YYYY-MM-DD
    QString reviewAgainBy; ///< YYYY-MM-DD, after reviewedAsOf
    QString license;
};

struct PackHelpPlace
{
    QString id;
    PackText name;
    PackText offers;
    PackText hours;
    QString phone;
    QStringList languagesSpoken;
    QString url;
    QString path;
};

struct PackStatus
{
    QString id;
    QString kind; ///< 287g-agreement, detainer-policy or state-law
    QString agency;
    QString model; ///< for 287g-agreement: jail-enforcement, warrant-service-officer or task-force
    PackText summary;
    QString asOf;
    QList<PackSource> sources;
    QString path;
};

struct PackNote
{
    QString id;
    QString on; ///< a topic/<id> or flow/<id>/<outcome> of the built-in content
    PackText text;
    QString asOf;
    QList<PackSource> sources;
    QString path;
};

/** A pack's Ed25519 signature, checked when it was read (packsignature.h). */
struct PackSignature
{
    QByteArray publicKey; ///< empty: the pack is not signed
    bool isSigned() const { return !publicKey.isEmpty(); }
    /** "3F2A-9C01-…", or "" when not signed. */
    QString fingerprint() const;
};

struct Pack
{
    PackManifest manifest;
    PackSignature signature;
    QList<PackHelpPlace> helpPlaces;
    QList<PackStatus> status;
    QList<PackNote> notes;
};

struct PackReadResult
{
    Pack pack;
    ContentErrors errors; ///< each with the file and the JSON path
    bool ok() const { return errors.isEmpty(); }
};

/** Reads and checks the pack in @p path; its notes must point at pages of @p builtIn. The bytes
 *  that were checked go to @p bytes, if given (so what is installed is what was checked). */
PackReadResult readPack(const QString &path, const ContentSet &builtIn, QByteArray *bytes = nullptr);
/** The same for @p bytes, named @p fileName in the problems. */
PackReadResult readPackBytes(const QString &fileName, const QByteArray &bytes, const ContentSet &builtIn);

/** A pack's note with the manifest of the pack it came from: a note is never shown without it. */
struct PackNoteRef
{
    PackManifest manifest;
    PackNote note;
};
/** The notes of @p packs on @p place (a topic/<id> or flow/<id>/<outcome>), in pack order. */
QList<PackNoteRef> packNotesOn(const QList<Pack> &packs, const QString &place);

/** Who signed the pack in @p bytes, checking the signature but nothing else: an installed copy
 *  that no longer passes (a page its note is on went away in a new app version) still keeps
 *  its signer's claim on updates. Not signed, or a signature that does not verify: empty. */
PackSignature packSigner(const QString &fileName, const QByteArray &bytes);

/** An id of pack or entry: lower-case letters, digits and "-", at most 64; so also a safe file name. */
bool isPackId(const QString &id);

/** The commented template `--new-pack` writes: a complete pack of an obviously fictional
 *  organisation, which passes readPack. */
QByteArray packTemplate();

} // namespace ktl
