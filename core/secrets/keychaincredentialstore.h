// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace smsdesk {

// Secrets in the system keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Manager). The insecure plain-text fallback is never used.
// Jobs run on the calling thread's event loop.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("smsdesk"));

    bool isWritable() const override { return m_available; }
    QString unavailableReason() const override;
    // Asks the keychain once whether it answers; updates isWritable().
    QFuture<Status> probe();

    QFuture<Result<Credentials>> read(const QString &key) override;
    QFuture<Status> write(const QString &key, const Credentials &credentials) override;
    QFuture<Status> remove(const QString &key) override;

private:
    QString m_service;
    bool m_available = true; // optimistic until a job says otherwise
    QString m_lastError;
};

} // namespace smsdesk
