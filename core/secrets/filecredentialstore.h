// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QHash>

namespace smsdesk {

// Credentials for a headless server without a keychain, read from a JSON file that only
// its owner may read (refused otherwise). Smsdesk never writes it: the administrator does.
//   { "device/1": {"user": "sms", "password": "..."}, "webhook/smsgate": {"api_key": "..."} }
class FileCredentialStore final : public CredentialStore
{
public:
    static Result<std::shared_ptr<FileCredentialStore>> load(const QString &path);

    bool isWritable() const override { return false; }
    QString unavailableReason() const override;
    QFuture<Result<Credentials>> read(const QString &key) override;
    QFuture<Status> write(const QString &key, const Credentials &credentials) override;
    QFuture<Status> remove(const QString &key) override;

private:
    FileCredentialStore(QString path, QHash<QString, Credentials> entries);
    QString m_path;
    QHash<QString, Credentials> m_entries;
};

} // namespace smsdesk
