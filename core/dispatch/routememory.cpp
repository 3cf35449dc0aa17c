// SPDX-License-Identifier: GPL-3.0-or-later
#include "routememory.h"

#include "storereader.h"

namespace smsdesk {

namespace {
constexpr qsizetype kMaxSticky = 50'000;
constexpr qsizetype kMaxFailover = 100'000;
} // namespace

RouteMemory::RouteMemory(StoreReader &reader)
    : m_reader(reader)
{ }

// Our own sends keep the cache current; another dispatcher's may make it stale.
qint64 RouteMemory::stickyDevice(const QString &number)
{
    const auto it = m_sticky.constFind(number);
    if (it != m_sticky.cend())
        return *it;
    const Result<qint64> device = m_reader.stickyDevice(number);
    if (!device)
        return 0;
    if (m_sticky.size() >= kMaxSticky)
        m_sticky.clear();
    m_sticky.insert(number, device.value());
    return device.value();
}

QSet<qint64> RouteMemory::failedDevices(const QUuid &id) const
{
    return m_failover.isEmpty() ? QSet<qint64>() : m_failover.value(id);
}

void RouteMemory::sentThrough(const QString &number, const QUuid &id, qint64 deviceId)
{
    if (m_sticky.size() >= kMaxSticky)
        m_sticky.clear();
    m_sticky.insert(number, deviceId);
    forget(id);
}

void RouteMemory::failedOn(const QUuid &id, qint64 deviceId)
{
    if (m_failover.size() >= kMaxFailover)
        m_failover.clear(); // a lost hint only costs one more try on the failing phone
    m_failover[id].insert(deviceId);
}

void RouteMemory::forget(const QUuid &id)
{
    if (!m_failover.isEmpty())
        m_failover.remove(id);
}

} // namespace smsdesk
