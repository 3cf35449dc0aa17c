// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QByteArray>
#include <QSet>

#include <optional>

namespace smsdesk {

// The in-memory half of the Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header):
// keys whose first request is still being committed (→ 409). The durable half, the stored
// first answer, lives in the store beside the messages it created (QueueStore::enqueue).
class IdempotencyKeys final
{
public:
    static constexpr int kMaxKeyLength = 255;

    // A usable key (1–255 visible ASCII characters), or a 400 problem.
    static std::optional<Problem> checkKey(const QByteArray &key);
    // Fingerprint of the request the key was first used with.
    static QByteArray fingerprint(QByteArrayView method, QByteArrayView path, QByteArrayView body);

    // False when the same token's key is already in flight.
    bool begin(qint64 tokenId, const QByteArray &key);
    void end(qint64 tokenId, const QByteArray &key);
    int inFlight() const { return int(m_inFlight.size()); }

private:
    QSet<QByteArray> m_inFlight; // token id + '\0' + key
};

} // namespace smsdesk
