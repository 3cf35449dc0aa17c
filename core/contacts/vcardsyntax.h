// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// The vCard syntax under VCardReader: content lines, properties, values. Internal to
// smsdesk_contacts; VCardReader decides what a card is made of.
namespace smsdesk::vcard {

struct ContentLine
{
    QString text; // unfolded; only its first physical line when the property is not read
    int number = 0; // the 1-based line where it starts
    bool read = false;
};

// Physical lines (CRLF, LF or a lone CR) joined into content lines: a line starting with a
// space or tab continues the one before (RFC 6350 §3.2, RFC 2426 §2.6); in a
// QUOTED-PRINTABLE value a line ending in "=" continues on the next line whatever it starts
// with (vCard 2.1; RFC 2045 §6.7 soft line breaks: Android's names). Empty lines are
// skipped, also between a line and its continuation: iOS 6 ends lines in "\r\r\n" (AOSP
// vcard tests, v30_ios_613_multiline.vcf).
class ContentLines
{
public:
    using NameFilter = bool (*)(QStringView name);
    // Lines of properties `isRead` rejects are passed over without copying their continuation
    // (a photo is most of a vCard file).
    ContentLines(QStringView text, NameFilter isRead);

    bool next(ContentLine *line);

private:
    bool nextPhysical();

    QStringView m_text;
    NameFilter m_isRead;
    qsizetype m_pos = 0;
    int m_lineNumber = 0;
    QStringView m_next; // the physical line looked at, not yet taken
    bool m_hasNext = false;
};

struct Property
{
    QString name; // upper case, without its group ("item1.TEL" is "TEL")
    QStringList types; // TYPE values and 2.1's bare parameters, lower case, as written
    QString encoding; // upper case: "QUOTED-PRINTABLE", "BASE64", "B", "8BIT"; empty if none
    QString charset; // upper case; empty if none
    QString pref; // PREF parameter (4.0)
    QStringView value; // raw, into the content line
};

// The property's name (group dropped) as it stands at the start of a line.
QStringView propertyName(QStringView line);
// False when there is no ':' after the name: not a property line.
bool parseProperty(QStringView line, Property *property);

enum class Escapes {
    Text, // \\ \, \; \: \n (RFC 6350 §3.4; "\:" from Apple)
    Kept, // a phone number or URI: backslashes are data
};
// The value as text: QUOTED-PRINTABLE decoded in its CHARSET, else unescaped.
QString decodedValue(const Property &property, Escapes escapes);
// A structured value (N, ORG, ADR) split at its unescaped ';', each part decoded.
QStringList decodedComponents(const Property &property);

} // namespace smsdesk::vcard
