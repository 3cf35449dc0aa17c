// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardreader.h"

#include "textfile.h"
#include "vcardsyntax.h"

#include <QStringView>

#include <algorithm>
#include <optional>
#include <utility>

namespace smsdesk {

namespace {

using vcard::ContentLine;
using vcard::ContentLines;
using vcard::Property;

// What a card is made of here; every other property is passed over unparsed.
bool isRead(QStringView name)
{
    static constexpr QStringView kRead[]
        = { u"BEGIN", u"END", u"VERSION", u"FN", u"N", u"ORG", u"EMAIL", u"NOTE", u"TEL" };
    return std::any_of(std::begin(kRead), std::end(kRead),
                       [name](QStringView read) { return name.compare(read, Qt::CaseInsensitive) == 0; });
}

bool isVcard(QStringView value)
{
    return value.trimmed().compare(u"VCARD", Qt::CaseInsensitive) == 0;
}

// The first one of each counts; a later FN or EMAIL is an alternative, not a correction.
void setOnce(QString *field, QString value)
{
    if (field->isEmpty())
        *field = std::move(value);
}

void addPhone(const Property &property, VCard *card)
{
    VCardPhone phone;
    phone.number = vcard::decodedValue(property, vcard::Escapes::Kept).trimmed();
    // RFC 6350 §6.4.1: 4.0 writes TEL as a tel: URI (RFC 3966); some 3.0 exporters do too.
    if (phone.number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        phone.number = phone.number.sliced(4).trimmed();
    if (phone.number.isEmpty())
        return; // nothing to send to; Android writes "TEL;CELL:" for a cleared field
    for (const QString &type : property.types) {
        if (!phone.types.contains(type))
            phone.types.append(type);
    }
    // 2.1/3.0 say "pref" as a type (RFC 2426 §3.3.1); 4.0 ranks with PREF=1..100, 1 the most
    // preferred (RFC 6350 §5.3).
    phone.preferred = phone.types.contains(QLatin1String("pref")) || property.pref == QLatin1String("1");
    card->phones.append(std::move(phone));
}

void apply(const Property &property, VCard *card)
{
    const QString &name = property.name;
    if (name == QLatin1String("VERSION")) {
        setOnce(&card->version, property.value.trimmed().toString());
    } else if (name == QLatin1String("FN")) {
        setOnce(&card->formattedName, vcard::decodedValue(property, vcard::Escapes::Text).trimmed());
    } else if (name == QLatin1String("N")) {
        if (!card->familyName.isEmpty() || !card->givenName.isEmpty())
            return;
        const QStringList parts = vcard::decodedComponents(property);
        card->familyName = parts.value(0).trimmed();
        card->givenName = parts.value(1).trimmed();
    } else if (name == QLatin1String("ORG")) {
        setOnce(&card->organization, vcard::decodedComponents(property).value(0).trimmed());
    } else if (name == QLatin1String("EMAIL")) {
        setOnce(&card->email, vcard::decodedValue(property, vcard::Escapes::Text).trimmed());
    } else if (name == QLatin1String("NOTE")) {
        setOnce(&card->note, vcard::decodedValue(property, vcard::Escapes::Text).trimmed());
    } else if (name == QLatin1String("TEL")) {
        addPhone(property, card);
    }
}

VCardProblem noEnd(const VCard &card)
{
    return { card.line, QStringLiteral("the card that begins at line %1 has no END:VCARD").arg(card.line) };
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

Result<VCardFile> VCardReader::parse(const QByteArray &data)
{
    Result<TextFile::Decoded> decoded = TextFile::decode(data, kMaxBytes);
    if (!decoded)
        return decoded.error();
    if (isBlank(decoded->text))
        return TextFile::emptyFile();

    VCardFile file;
    std::optional<VCard> card;
    bool sawBegin = false;
    ContentLines lines(decoded->text, &isRead);
    ContentLine line;
    while (lines.next(&line)) {
        if (!line.read)
            continue;
        Property property;
        if (!vcard::parseProperty(line.text, &property))
            continue; // no colon: a comment, a stray line of base64
        if (property.name == QLatin1String("BEGIN") && isVcard(property.value)) {
            sawBegin = true;
            if (card)
                file.problems.append(noEnd(*card));
            card.emplace();
            card->line = line.number;
        } else if (property.name == QLatin1String("END") && isVcard(property.value)) {
            if (card) {
                file.cards.append(std::move(*card));
                card.reset();
            } else {
                file.problems.append(
                    { line.number,
                      QStringLiteral("END:VCARD at line %1 has no BEGIN:VCARD before it").arg(line.number) });
            }
        } else if (card) {
            apply(property, &*card);
        }
    }
    if (card)
        file.problems.append(noEnd(*card));
    if (!sawBegin)
        return Result<VCardFile>::failure(
            ErrorCode::Invalid, QStringLiteral("this is not a vCard file: it has no BEGIN:VCARD line"));
    return file;
}

Result<VCardFile> VCardReader::readFile(const QString &path)
{
    Result<QByteArray> data = TextFile::read(path, kMaxBytes);
    if (!data)
        return data.error();
    return parse(data.value());
}

} // namespace smsdesk
