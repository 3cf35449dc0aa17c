// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace smsdesk {

QString generateApiToken()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    return QStringLiteral("sd_")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hashApiToken(QStringView token)
{
    return hashApiToken(QByteArrayView(token.toUtf8()));
}

QByteArray hashApiToken(QByteArrayView utf8Token)
{
    return QCryptographicHash::hash(utf8Token, QCryptographicHash::Sha256).toHex();
}

} // namespace smsdesk
