// SPDX-License-Identifier: GPL-3.0-or-later
#include "idempotency.h"

#include <QCryptographicHash>

namespace smsdesk {

namespace {
QByteArray scoped(qint64 tokenId, const QByteArray &key)
{
    return QByteArray::number(tokenId) + '\0' + key;
}
} // namespace

std::optional<Problem> IdempotencyKeys::checkKey(const QByteArray &key)
{
    bool visible = !key.isEmpty() && key.size() <= kMaxKeyLength;
    for (char c : key)
        visible = visible && c > 0x20 && c < 0x7f;
    if (visible)
        return std::nullopt;
    return Problem::make(
        Problem::Kind::Malformed,
        QStringLiteral("Idempotency-Key must be 1 to %1 visible ASCII characters, e.g. a UUID.")
            .arg(kMaxKeyLength));
}

QByteArray IdempotencyKeys::fingerprint(QByteArrayView method, QByteArrayView path, QByteArrayView body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView(" "));
    hash.addData(path);
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    return hash.result();
}

bool IdempotencyKeys::begin(qint64 tokenId, const QByteArray &key)
{
    const QByteArray id = scoped(tokenId, key);
    if (m_inFlight.contains(id))
        return false;
    m_inFlight.insert(id);
    return true;
}

void IdempotencyKeys::end(qint64 tokenId, const QByteArray &key)
{
    m_inFlight.remove(scoped(tokenId, key));
}

} // namespace smsdesk
