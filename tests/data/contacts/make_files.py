#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the contact test files of this folder, byte for byte.

The files are committed; this script is their readable source where bytes matter (CRLF,
lone CR, "\r\r\n", Windows-1252, UTF-16LE with BOM, NUL) and can write them again:
    python3 tests/data/contacts/make_files.py
The expected values live in the tests (tests/contacts), typed from the sources each file
imitates, not computed from here. The Windows-1252 oracle is Python's own cp1252 codec.
"""
import base64
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def crlf(lines):
    return "".join(line + "\r\n" for line in lines)


def lf(lines):
    return "".join(line + "\n" for line in lines)


def folded_base64(first, nbytes, seed, indent=" ", width=75):
    """A property with base64 data folded the way exporters fold it: the first physical line
    holds `width` characters, each continuation an indent and width-1 more."""
    rnd = random.Random(seed)
    data = base64.b64encode(bytes(rnd.randrange(256) for _ in range(nbytes))).decode()
    text = first + data
    lines = [text[:width]]
    text = text[width:]
    while text:
        lines.append(indent + text[: width - len(indent)])
        text = text[width - len(indent):]
    return lines


def android_qp(text):
    """Android's VCardBuilder.encodeQuotedPrintable: every UTF-8 byte as =XX, a soft line
    break "=\\r\\n" once a line holds 67 characters or more."""
    out, count = "", 0
    for byte in text.encode("utf-8"):
        out += "=%02X" % byte
        count += 3
        if count >= 67:
            out += "=\r\n"
            count = 0
    return out


# --- CSV -----------------------------------------------------------------------------

GOOGLE_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value"
).split(",")


def google_row(values):
    row = [""] * len(GOOGLE_HEADER)
    for column, value in values.items():
        row[GOOGLE_HEADER.index(column)] = value
    return ",".join(row)


write("google-contacts.csv", crlf([
    ",".join(GOOGLE_HEADER),
    google_row({"Name": "Anna Schmidt", "Given Name": "Anna", "Family Name": "Schmidt",
                "Group Membership": "* myContacts ::: Stammkunden",
                "E-mail 1 - Type": "* Home", "E-mail 1 - Value": "anna.schmidt@example.de",
                "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+49 151 23456789 ::: +49 170 1112223",
                "Phone 2 - Type": "Home", "Phone 2 - Value": "030 1234567"}),
    google_row({"Name": '"Müller, Jürgen"', "Given Name": "Jürgen", "Family Name": "Müller",
                "Notes": '"Rabatt 10%\nnur freitags"', "Group Membership": "* myContacts",
                "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+49 171 9876543"}),
    google_row({"Name": '"Chloé ""Coco"" Dubois"', "Given Name": "Chloé", "Family Name": "Dubois",
                "Nickname": "Coco", "Group Membership": "* myContacts",
                "Phone 1 - Type": "Work", "Phone 1 - Value": "+33 1 42 68 53 00"}),
]).encode("utf-8"))

# Outlook's contact export opened and saved again by German Excel: ';', Windows-1252,
# ";;;;" for an empty row, quotes only where needed.
write("outlook-de-windows1252.csv", crlf([
    "Anrede;Vorname;Nachname;Firma;Straße geschäftlich;Ort geschäftlich;Telefon geschäftlich;"
    "Mobiltelefon;E-Mail-Adresse;Notizen",
    "Herr;Jürgen;Müller;Bäckerei Müller GmbH;Hauptstraße 5;Köln;0221 123456;0151 2345678;"
    "j.mueller@example.de;Stammkunde, 10 € Rabatt – „immer freitags“",
    ";;;;;;;;;",
    'Frau;Zoë;Weiß;"Weiß & Söhne; Getränke";Königsallee 12;Düsseldorf;0211 987654;;'
    'z.weiss@example.de;"Liefert Mo–Fr\r\nTor 3 benutzen"',
    ";Ömer;Öztürk;;;;;+49 176 55512345;;",
]).encode("cp1252"))

# Excel "Unicode Text": UTF-16LE with BOM, tabs, CRLF, quotes around a cell with a line break.
write("excel-unicode-text.txt", b"\xff\xfe" + crlf([
    "Name\tTelefon\tNotiz",
    "Łukasz Żółć\t+48 601 234 567\tzamówienie 🎂",
    'Νίκος Παπαδόπουλος\t+30 694 123 4567\t"Zwei Zeilen:\nGeburtstag 12.3."',
    "Zoë Ørsted\t+45 20 12 34 56\t",
]).encode("utf-16-le"))

# Hand-edited, then saved by three programs: BOM, CRLF, LF and a lone CR, quoted line breaks,
# an empty line, a blank row, short and long rows, a trailing delimiter.
write("quoted-newlines.csv", b"\xef\xbb\xbf" + (
    "Name,Phone,Note\r\n"
    '"Doe, Jane",+1 555 0100,"She said ""call me""\r\nafter 6pm"\r\n'
    "\r\n"
    "Bob,+1 555 0101,\n"
    "Carol,+1 555 0102\r"
    "Dave,+1 555 0103,note,extra,\r\n"
    "  ,  ,  \r\n"
    '"Eve",  +1 555 0104 ,"multi\nline\nnote"\r\n'
    'Frank,"+1 555 0105"\r\n'
).encode("utf-8"))

write("unclosed-quote.csv", crlf([
    "Name,Phone,Note",
    "Anna,+49 151 1,ok",
    'Bernd,+49 151 2,"fine"',
    'Clara,+49 151 3,"never closed',
    "Dieter,+49 151 4,x",
]).encode("utf-8"))

write("no-final-newline.csv", b"Name;Mobile\nAnna;0151 1111111\nBernd;0151 2222222")
write("header-only.csv", b"Vorname,Nachname,Mobil\r\n")
write("empty-lines.csv", b"\r\n\r\n   \r\n;;;\r\n")
# A spreadsheet saved as .xlsx and then picked as "contacts.csv": a ZIP, NUL bytes.
write("contacts-really.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01\x00\x00"
      b"\x90\x04\x00\x00\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02\x00\x00")

# Every byte from 0x20 to 0xFF and the oracle for it: Python's cp1252 codec, its five
# undefined bytes replaced by U+FFFD.
high = bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100))
write("cp1252-all-bytes.bin", high)
write("cp1252-all-bytes.utf8", high.decode("cp1252", errors="replace").encode("utf-8"))

# --- vCard ---------------------------------------------------------------------------

# As Android's contacts app exports vCard 2.1 (AOSP frameworks/opt/vcard VCardBuilder):
# names with anything but printable ASCII as QUOTED-PRINTABLE with CHARSET=UTF-8, bare
# types, PHOTO folded with a space and followed by an empty line.
android = crlf([
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + ";".join(map(android_qp, ["Ünal", "Şule", "", "", ""])),
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + android_qp("Şule Ünal"),
    "TEL;CELL;PREF:+90 532 123 45 67",
    "TEL;HOME:+90 212 555 12 34",
    "TEL;WORK;FAX:+90 212 555 12 35",
    "EMAIL;HOME:sule.unal@example.com.tr",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    + ";".join(map(android_qp, ["Müller-Lüdenscheidt", "Hans-Jürgen", "", "", ""])),
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + android_qp("Hans-Jürgen Müller-Lüdenscheidt"),
    # 23 bytes: Android ends the value in a soft line break, and an empty line follows.
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + android_qp("Bäckerei Lüdenscheidt"),
    "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Hansi;1;;;;;;;;;;;;;",
    "TEL;CELL:0171 2345678",
    "TEL;WORK;PREF:0231 9876-0",
    "NOTE;ENCODING=QUOTED-PRINTABLE:Kommt immer =\r\nmittwochs, bitte=\r\n nicht vor 9 anrufen",
    *folded_base64("PHOTO;ENCODING=BASE64;JPEG:", 600, seed=21),
    "",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N:Smith;John;;;",
    "FN:John Smith",
    "ORG:Smith\\; Sons Ltd.;Sales",
    "TEL;CELL:+1 202-555-0143",
    "TEL;VOICE:+1 202-555-0199",
    "END:VCARD",
])
write("android-2.1.vcf", android.encode("ascii"))

# As an iPhone shares contacts (iOS 17, vCard 3.0): "type=" in lower case with values in
# upper case, item1. groups with X-ABLabel, a base64 PHOTO folded at 75 whose last line
# ends in '=' padding, right before a TEL.
iphone = crlf([
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 17.2//EN",
    "N:Lindqvist;Åsa;;;",
    "FN:Åsa Lindqvist",
    "ORG:Café Nord AB;",
    "item1.TEL;type=pref:+46 70 123 45 67",
    "item1.X-ABLabel:_$!<Mobile>!$_",
    *folded_base64("PHOTO;ENCODING=b;TYPE=JPEG:", 1600, seed=30),
    "TEL;type=HOME;type=VOICE:+46 8 765 43 21",
    "item2.EMAIL;type=INTERNET;type=pref:asa@example.se",
    "item2.X-ABLabel:_$!<Other>!$_",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "PRODID:-//Apple Inc.//iPhone OS 17.2//EN",
    "N:O'Brien;Seán;;Dr.;",
    "FN:Dr. Seán O'Brien",
    "NOTE:Prefers texts\\, not calls.\\nGate code 1234\\; ring twice. Door \\: blue",
    "TEL;type=CELL;type=VOICE;type=pref:(617) 555-0123",
    "TEL;type=WORK;type=VOICE:(617) 555-0188",
    "item1.ADR;type=HOME;type=pref:;;12 Main St;Boston;MA;02108;USA",
    "item1.X-ABADR:us",
    "END:VCARD",
])
assert 1600 % 3 == 1  # the PHOTO ends in "==" padding
write("iphone-3.0.vcf", iphone.encode("utf-8"))

# iOS 6.1.3 ended lines in "\r\r\n" (AOSP vcard tests, v30_ios_613_multiline.vcf): an empty
# line after every line, also between a folded NOTE's or PHOTO's lines.
ios6 = "".join(line + "\r\r\n" for line in [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Smith;Bob;;;",
    "FN:Bob Smith",
    "ORG:Smith Auto Repair;",
    "NOTE:Pick-up on Fridays\\, ask for",
    "  Bob at the front desk",
    "TEL;type=CELL;type=VOICE;type=pref:(650) 555-1212",
    *folded_base64("PHOTO;ENCODING=b;TYPE=JPEG:", 300, seed=6),
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Alice Jones",
    "TEL;type=WORK:(650) 555-3434",
    "END:VCARD",
])
write("ios6-crcrlf.vcf", ios6.encode("utf-8"))

# vCard 4.0 (RFC 6350): the author's card from §8, then a card written all in lower case by
# a CardDAV client; UTF-8 with BOM, LF.
v4 = lf([
    "BEGIN:VCARD",
    "VERSION:4.0",
    "FN:Simon Perreault",
    "N:Perreault;Simon;;;ing. jr,M.Sc.",
    "ORG:Viagenie;",
    'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
    'TEL;VALUE=uri;TYPE="work,cell,voice,video,text":tel:+1-418-262-6501',
    "EMAIL;TYPE=work:simon.perreault@viagenie.ca",
    "END:VCARD",
    "begin:vcard",
    "version:4.0",
    "fn:Léa Martin",
    "n:Martin;Léa;;;",
    "tel;type=cell;pref=1:+33 6 12 34 56 78",
    "tel;value=uri;type=home:TEL:+33-1-23-45-67-89",
    "email;type=home;pref=1:lea@example.fr",
    "end:vcard",
])
write("vcard-4.0.vcf", b"\xef\xbb\xbf" + v4.encode("utf-8"))

# Folding (RFC 6350 §3.2): a space or a tab, in a name, between '\' and 'n' of an escape,
# inside a property's name and parameters, inside a number.
write("folded.vcf", lf([
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Maximilian Alexander",
    "  von Hohenzollern-Sigmaringen",
    "N:von Hohenzollern-Sigmaringen;Maxi",
    "\tmilian;Alexander;;",
    "NOTE:Erste Zeile\\",
    " nzweite Zeile",
    "TEL;TYPE=CE",
    " LL:+49 151 9876",
    " 5432",
    "END:VCARD",
]).encode("utf-8"))

# Outlook's vCard 2.1 export: raw Windows-1252 bytes, CHARSET=Windows-1252, a LABEL with a
# soft line break, a NOTE in QUOTED-PRINTABLE Windows-1252 (=80 is €, =96 is –).
write("outlook-2.1.vcf", crlf([
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;LANGUAGE=de;CHARSET=Windows-1252:Müller;Jürgen",
    "FN;CHARSET=Windows-1252:Jürgen Müller",
    "ORG;CHARSET=Windows-1252:Bäckerei Müller GmbH",
    "TEL;WORK;VOICE:0221 123456",
    "TEL;CELL;VOICE:0151 2345678",
    "ADR;WORK;PREF;CHARSET=Windows-1252:;;Hauptstraße 5;Köln;;50667;Deutschland",
    "LABEL;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Hauptstra=DFe 5=0D=0A=",
    "50667 K=F6ln",
    "NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Stammkunde, 10 =80 Rabatt =96 immer freitags",
    "EMAIL;PREF;INTERNET:j.mueller@example.de",
    "REV:20240115T083000Z",
    "END:VCARD",
]).encode("cp1252"))

# Cut short and stitched together: a card interrupted by the next BEGIN, a stray END, and a
# last card the file ends inside.
write("broken.vcf", lf([
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Anna Complete",
    "TEL:+49 30 1111",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Bernd Interrupted",
    "TEL:+49 30 2222",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Clara Fine",
    "TEL:+49 30 3333",
    "END:VCARD",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Dieter Truncated",
    "TEL;TYPE=CELL:+49 30 4444",
]).encode("utf-8"))
