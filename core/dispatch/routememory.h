// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>

namespace smsdesk {

class StoreReader;

// What routing remembers between sends: the phone each number last heard from (the
// sticky sender; the store knows it, this caches it off the hot path) and, per message,
// the phones that just failed it (so the retry tries another one first). Both are hints:
// a lost or stale entry costs a preference, never correctness, so both are bounded.
class RouteMemory final
{
public:
    explicit RouteMemory(StoreReader &reader);

    qint64 stickyDevice(const QString &number);
    QSet<qint64> failedDevices(const QUuid &id) const;
    void sentThrough(const QString &number, const QUuid &id, qint64 deviceId);
    void failedOn(const QUuid &id, qint64 deviceId);
    void forget(const QUuid &id);

private:
    StoreReader &m_reader;
    QHash<QString, qint64> m_sticky; // number → phone
    QHash<QUuid, QSet<qint64>> m_failover; // message → phones that just failed it
};

} // namespace smsdesk
