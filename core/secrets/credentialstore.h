// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"
#include "result.h"

#include <QFuture>
#include <QString>

namespace smsdesk {

// Where secrets live: device credentials, gateway account keys, webhook secrets.
// Never the database, settings or logs (DESIGN §4). Keys are short names such as
// "device/12" or "webhook/smsgate". Implementations are asynchronous because the
// system keychain is a D-Bus service; futures resolve on the caller's thread's loop.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // False when secrets cannot be written here (no keychain, read-only file).
    virtual bool isWritable() const = 0;
    // A sentence for the user when !isWritable(): what to do about it.
    virtual QString unavailableReason() const = 0;

    virtual QFuture<Result<Credentials>> read(const QString &key) = 0; // NotFound when absent
    virtual QFuture<Status> write(const QString &key, const Credentials &credentials) = 0;
    virtual QFuture<Status> remove(const QString &key) = 0;
};

inline QString deviceCredentialsKey(qint64 deviceId)
{
    return QStringLiteral("device/%1").arg(deviceId);
}
inline QString webhookSecretKey(const QString &adapter)
{
    return QStringLiteral("webhook/%1").arg(adapter);
}

} // namespace smsdesk

class QJsonObject;

namespace smsdesk {
// How credentials are serialised inside a keychain entry: {"user","password","api_key"}.
QByteArray encodeCredentials(const Credentials &credentials);
Result<Credentials> decodeCredentials(const QByteArray &data);
Credentials credentialsFromJson(const QJsonObject &object);
} // namespace smsdesk
