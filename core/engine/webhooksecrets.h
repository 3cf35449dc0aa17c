// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>

namespace smsdesk {

class Engine;

// The adapters with a webhook endpoint, /webhooks/<name>, each signing with its own secret.
QStringList webhookAdapters();
// The endpoint a device's adapter posts to ("smsgate-cloud" → "smsgate"); "" when none.
QString webhookAdapterFor(const QString &deviceAdapter);
// A new webhook secret: 32 bytes from the system CSPRNG, base64url without padding.
QString generateWebhookSecret();

// The webhook signing secrets as the desktop sees them (CredentialStore entry
// webhook/<adapter>, field api_key): read, created on first use, rotated, and every new one
// handed to the running API server before the future resolves. Lives in the GUI thread.
// Jobs run one at a time, so the pairing dialog and Settings asking at once on first use
// never create two different secrets, and a rotation never interleaves with a read.
// The engine must outlive this object (it does: the facade owns it).
class WebhookSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSecrets)

public:
    explicit WebhookSecrets(Engine &engine, QObject *parent = nullptr);
    ~WebhookSecrets() override;

    QFuture<Result<QString>> secret(const QString &adapter);
    QFuture<Result<QString>> rotate(const QString &adapter);
    // Why rotate() refuses for this adapter (no writable keychain, demo phones); "" if it can.
    QString rotationBlockedReason(const QString &adapter) const;

private:
    using Job = std::function<QFuture<Result<QString>>()>;
    struct Pending
    {
        Job job;
        std::shared_ptr<QPromise<Result<QString>>> promise;
    };

    QFuture<Result<QString>> schedule(Job job);
    void runNext();
    void finish(const std::shared_ptr<QPromise<Result<QString>>> &promise, const Result<QString> &result);
    QFuture<Result<QString>> readOrCreate(const QString &adapter);
    QFuture<Result<QString>> replace(const QString &adapter);
    bool isDemoSecret(const QString &adapter) const;
    static Result<QString> stopping();

    Engine &m_engine;
    std::deque<Pending> m_queue;
    std::shared_ptr<QPromise<Result<QString>>> m_current; // the job running now
};

} // namespace smsdesk
