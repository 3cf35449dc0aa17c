// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include <QFile>
#include <QStringDecoder>

namespace smsdesk {

namespace {

// 0x80–0x9F of Windows-1252 (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT);
// the rest is Latin-1. The five holes decode as U+FFFD, so a wrong guess shows instead of hiding.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 88–8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 98–9F
};

struct Bom
{
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    const char *name = nullptr; // null: no BOM
    qsizetype length = 0;
};

Bom bomOf(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return { QStringConverter::Utf8, "UTF-8", 3 };
    if (data.startsWith("\xFF\xFE"))
        return { QStringConverter::Utf16LE, "UTF-16LE", 2 };
    if (data.startsWith("\xFE\xFF"))
        return { QStringConverter::Utf16BE, "UTF-16BE", 2 };
    return {};
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error tooLarge(qint64 size, qint64 limit)
{
    return { ErrorCode::Invalid,
             QStringLiteral("the file is %1 MB, more than the %2 MB a contact file may have")
                 .arg(megabytes(size), QString::number(limit / (1024 * 1024))) };
}

Error notText()
{
    return { ErrorCode::Invalid,
             QStringLiteral("this is not a text file (it contains NUL bytes); save it as CSV or vCard") };
}

} // namespace

Result<QByteArray> TextFile::read(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()) };
    if (file.size() > limit)
        return tooLarge(file.size(), limit);
    // One byte past the limit: a pipe or a growing file reports no size up front.
    QByteArray data = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return Error { ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()) };
    if (data.size() > limit)
        return tooLarge(data.size(), limit);
    return data;
}

Result<TextFile::Decoded> TextFile::decode(const QByteArray &data, qint64 limit)
{
    if (data.size() > limit)
        return tooLarge(data.size(), limit);
    const Bom bom = bomOf(data);
    const QByteArrayView body = QByteArrayView(data).sliced(bom.length);
    Decoded decoded;
    if (bom.encoding == QStringConverter::Utf16LE || bom.encoding == QStringConverter::Utf16BE) {
        QStringDecoder decoder(bom.encoding, QStringConverter::Flag::Stateless);
        decoded.text = decoder(body);
        decoded.encoding = QString::fromLatin1(bom.name);
        if (decoded.text.contains(QChar(0)))
            return notText();
    } else if (body.contains('\0')) {
        return notText();
    } else if (bom.name || body.isValidUtf8()) {
        decoded.text = QString::fromUtf8(body);
        decoded.encoding = QStringLiteral("UTF-8");
    } else {
        decoded.text = fromWindows1252(body);
        decoded.encoding = QStringLiteral("Windows-1252");
    }
    return decoded;
}

Error TextFile::emptyFile()
{
    return { ErrorCode::Invalid, QStringLiteral("the file is empty") };
}

QString TextFile::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = byte >= 0x80 && byte <= 0x9F ? kCp1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

QString TextFile::fromUtf8OrWindows1252(QByteArrayView bytes)
{
    return bytes.isValidUtf8() ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
}

} // namespace smsdesk
