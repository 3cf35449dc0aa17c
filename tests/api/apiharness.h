// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserver.h"
#include "clock.h"
#include "credentialstore.h"
#include "metrics.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "storetestsupport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace smsdesk::test {

// Credentials kept in memory: the API tests check what the API hands to the CredentialStore
// interface; the keychain itself is tested in tests/secrets against a real gnome-keyring.
class MemoryCredentials final : public CredentialStore
{
public:
    bool writable = true;
    QHash<QString, Credentials> entries;

    bool isWritable() const override { return writable; }
    QString unavailableReason() const override { return QStringLiteral("No keychain is running (test)."); }
    QFuture<Result<Credentials>> read(const QString &key) override;
    QFuture<Status> write(const QString &key, const Credentials &credentials) override;
    QFuture<Status> remove(const QString &key) override;
};

struct ApiResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// A real ApiServer over a real QueueStore (on a TestDatabase: SQLite or PostgreSQL) on 127.0.0.1:<ephemeral>,
// with a ManualClock, and a QNetworkAccessManager to call it.
class ApiHarness final
{
public:
    ApiHarness();
    ~ApiHarness();

    // `tune` may change the options before the server starts.
    bool start(const std::function<void(ApiServer::Options &)> &tune = {});

    ApiResult call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withToken = true);
    ApiResult post(const QString &path, const QJsonObject &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ApiResult get(const QString &path) { return call("GET", path); }

    // A raw request over a plain socket (for heads QNetworkAccessManager will not send).
    // Returns everything the server sent until it closed or `timeoutMs` passed.
    QByteArray raw(const QByteArray &bytes, int timeoutMs = 5'000);

    // Creates a queued message through the API and returns its id.
    QString enqueue(const QString &to = QStringLiteral("+12025550123"),
                    const QString &text = QStringLiteral("hi"));
    // Moves a queued message to `sent` the way the dispatcher would.
    bool markSent(const QString &id, qint64 deviceId = 0, const QString &gatewayMessageId = {});
    qint64 addDevice(const QString &name, const QString &adapter, const QString &remoteId,
                     bool enabled = true);

    QString url(const QString &path) const;
    QString hostHeader() const;

    TestDatabase database; // SQLite, or PostgreSQL in the tst_*_postgres run
    ManualClock clock { 1'767'225'600'000 };
    PhoneNumbers phoneNumbers { QStringLiteral("US") };
    Metrics metrics;
    MemoryCredentials credentials;
    std::unique_ptr<QueueStore> store;
    std::unique_ptr<ApiServer> server;
    QNetworkAccessManager network;
    QByteArray token = "test-token-0123456789";
    qint64 tokenId = 0;
    quint16 port = 0;
    QHash<QString, QByteArray> webhookSecrets { { QStringLiteral("smsgate"), "smsgate-secret" },
                                                { QStringLiteral("mysmsgate"), "mysmsgate-secret" } };
};

} // namespace smsdesk::test
