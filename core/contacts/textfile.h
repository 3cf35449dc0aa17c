// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace smsdesk {

// A contact file's bytes as text: the size limit, the BOM, UTF-8 or what Excel on Windows
// writes, and the wording when a file is none of that. Shared by CsvReader and VCardReader
// so a file is judged, and the judgement worded, in one place.
class TextFile final
{
public:
    struct Decoded
    {
        QString text; // without the BOM
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    };

    // Opens `path` and refuses it by its size before reading a byte.
    static Result<QByteArray> read(const QString &path, qint64 limit);
    // A BOM decides; else valid UTF-8 is UTF-8; else Windows-1252. Refuses files over
    // `limit` and files with NUL bytes (a spreadsheet .xlsx, a photo, a UTF-16 file without BOM).
    static Result<Decoded> decode(const QByteArray &data, qint64 limit);

    static Error emptyFile();

    // Windows-1252 by its own table: it does not depend on ICU, which Qt uses for every
    // encoding beyond UTF and Latin-1 and which not every Qt build has.
    static QString fromWindows1252(QByteArrayView bytes);
    // For bytes that say nothing about their encoding (a vCard value without CHARSET).
    static QString fromUtf8OrWindows1252(QByteArrayView bytes);
};

} // namespace smsdesk
