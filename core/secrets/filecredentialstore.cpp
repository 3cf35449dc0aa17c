// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecredentialstore.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>

namespace smsdesk {

namespace {
constexpr auto kOthersMayAccess = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

Result<std::shared_ptr<FileCredentialStore>> FileCredentialStore::load(const QString &path)
{
    using R = Result<std::shared_ptr<FileCredentialStore>>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(ErrorCode::Io, QStringLiteral("Credentials file %1 does not exist.").arg(path));
    if (info.permissions() & kOthersMayAccess)
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("Credentials file %1 may be read by other users; refusing it. "
                                         "Run: chmod 600 %1")
                              .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (!document.isObject())
        return R::failure(
            ErrorCode::Invalid,
            QStringLiteral("Credentials file %1 is not a JSON object: %2").arg(path, error.errorString()));
    QHash<QString, Credentials> entries;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject())
            return R::failure(
                ErrorCode::Invalid,
                QStringLiteral("Credentials file %1: entry \"%2\" is not an object").arg(path, it.key()));
        entries.insert(it.key(), credentialsFromJson(it.value().toObject()));
    }
    return std::shared_ptr<FileCredentialStore>(new FileCredentialStore(path, std::move(entries)));
}

FileCredentialStore::FileCredentialStore(QString path, QHash<QString, Credentials> entries)
    : m_path(std::move(path))
    , m_entries(std::move(entries))
{ }

QString FileCredentialStore::unavailableReason() const
{
    return QStringLiteral("Credentials come from the read-only file %1; add them there and restart.")
        .arg(m_path);
}

QFuture<Result<Credentials>> FileCredentialStore::read(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return QtFuture::makeReadyFuture(Result<Credentials>::failure(
            ErrorCode::NotFound, QStringLiteral("No credentials for %1 in %2").arg(key, m_path)));
    return QtFuture::makeReadyFuture(Result<Credentials>(*it));
}

QFuture<Status> FileCredentialStore::write(const QString &, const Credentials &)
{
    return QtFuture::makeReadyFuture(Status::failure(ErrorCode::Unavailable, unavailableReason()));
}

QFuture<Status> FileCredentialStore::remove(const QString &)
{
    return QtFuture::makeReadyFuture(Status::failure(ErrorCode::Unavailable, unavailableReason()));
}

} // namespace smsdesk
