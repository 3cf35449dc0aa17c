// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace smsdesk {

struct VCardPhone
{
    QString number; // as written, after unescaping/decoding, "tel:" stripped; never empty
    QStringList types; // lower-case, as written: "cell", "home", "work", "voice", "fax", "pref"...
    bool preferred = false; // a "pref" type (2.1, 3.0) or PREF=1 (4.0)
};

struct VCard
{
    int line = 0; // where its BEGIN:VCARD stands
    QString version; // "2.1", "3.0", "4.0" as written
    QString formattedName; // FN; empty when the card has none (the importer composes)
    QString familyName, givenName; // from N: family;given;additional;prefixes;suffixes
    QString organization; // first component of ORG
    QString email, note; // first EMAIL, first NOTE
    QList<VCardPhone> phones; // every TEL, in order
};

struct VCardProblem
{
    int line = 0;
    QString reason; // names the line too, so it reads alone
};

struct VCardFile
{
    QList<VCard> cards; // only complete cards: BEGIN to END
    QList<VCardProblem> problems;
};

// Reads the vCard files phones and address books export: 2.1 as Android writes it (bare
// types, QUOTED-PRINTABLE with soft line breaks, CHARSET), 3.0 as iPhone and macOS do
// (item1. groups, folded base64 photos, "\r\r\n" from iOS 6), 4.0 (tel: URIs, PREF=1).
// Folded lines are joined (RFC 6350 §3.2); text is unescaped (§3.4). Only the properties
// above are read; the rest is skipped unparsed. A card cut short (no END:VCARD before the
// next BEGIN or the end) is a problem, not a card: nothing half-read is imported.
// Pure and thread-safe.
class VCardReader final
{
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // Fails only when nothing can be read: empty, not text, too large, no BEGIN:VCARD at all.
    static Result<VCardFile> parse(const QByteArray &data);
    // Checks the size before reading; a missing or unreadable file is an Io error naming the path.
    static Result<VCardFile> readFile(const QString &path);
};

} // namespace smsdesk
