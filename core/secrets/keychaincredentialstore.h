// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QMutex>
#include <QObject>

namespace smsdesk {

// Secrets in the system keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Manager). The insecure plain-text fallback is never used.
// QtKeychain is not thread-safe (one job executor per process), so every job runs on the
// thread that created this store; calls from other threads are forwarded there and their
// futures resolve there (use QFuture::then with a context object to come back).
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("smsdesk"));

    bool isWritable() const override;
    QString unavailableReason() const override;
    // Asks the keychain once whether it answers; updates isWritable().
    QFuture<Status> probe();

    QFuture<Result<Credentials>> read(const QString &key) override;
    QFuture<Status> write(const QString &key, const Credentials &credentials) override;
    QFuture<Status> remove(const QString &key) override;

private:
    template<typename Start> void onOwnThread(Start start);
    void noteResult(bool available, const QString &error);

    QString m_service;
    QObject m_context; // lives in the creating thread; jobs start there
    mutable QMutex m_mutex;
    bool m_available = true; // optimistic until a job says otherwise
    QString m_lastError;
};

} // namespace smsdesk
