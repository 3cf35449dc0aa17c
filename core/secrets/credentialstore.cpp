// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace smsdesk {

QByteArray encodeCredentials(const Credentials &credentials)
{
    QJsonObject object;
    if (!credentials.user.isEmpty())
        object.insert(QStringLiteral("user"), credentials.user);
    if (!credentials.password.isEmpty())
        object.insert(QStringLiteral("password"), credentials.password);
    if (!credentials.apiKey.isEmpty())
        object.insert(QStringLiteral("api_key"), credentials.apiKey);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Credentials credentialsFromJson(const QJsonObject &object)
{
    Credentials credentials;
    credentials.user = object.value(QStringLiteral("user")).toString();
    credentials.password = object.value(QStringLiteral("password")).toString();
    credentials.apiKey = object.value(QStringLiteral("api_key")).toString();
    return credentials;
}

Result<Credentials> decodeCredentials(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (!document.isObject())
        return Result<Credentials>::failure(
            ErrorCode::Invalid,
            QStringLiteral("Stored credentials are unreadable: %1").arg(error.errorString()));
    return credentialsFromJson(document.object());
}

} // namespace smsdesk
