// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneholder.h"

#include "clock.h"
#include "devicetable.h"
#include "queuestore.h"
#include "storereader.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDispatch)

namespace smsdesk {

namespace {
constexpr int kRoundMs = 1'000;
} // namespace

PhoneHolder::PhoneHolder(QueueStore &store, StoreReader &reader, DeviceTable &devices, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reader(reader)
    , m_devices(devices)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &PhoneHolder::round);
}

void PhoneHolder::start(const QString &owner, qint64 leaseMs)
{
    if (!m_store.isShared())
        return;
    m_owner = owner;
    m_leaseMs = leaseMs;
    hold();
    m_timer.start(kRoundMs);
}

void PhoneHolder::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_store.releasePhones(m_owner);
}

void PhoneHolder::renewIfRunningOut()
{
    if (m_timer.isActive() && m_devices.heldUntilMs() - m_leaseMs / 2 <= m_clock.nowMs())
        hold();
}

void PhoneHolder::round()
{
    hold();
    const Result<qint64> leaseAt = m_reader.nextLeaseExpiryMs();
    if (leaseAt && leaseAt.value() > 0 && leaseAt.value() < m_clock.nowMs())
        Q_EMIT othersLeasesExpired();
}

void PhoneHolder::hold()
{
    if (m_pending)
        return;
    m_pending = true;
    const qint64 untilMs = m_clock.nowMs() + m_leaseMs; // the store's is no earlier
    m_store.holdPhones(m_owner, m_devices.holdable(), m_leaseMs).then(this, [this, untilMs](const Result<QList<qint64>> &ids) {
        m_pending = false;
        if (!m_timer.isActive())
            return; // stopped meanwhile: what this round took is let go of by the stop
        if (!ids) {
            qCWarning(lcDispatch) << "cannot hold the phones:" << ids.errorString();
            return; // what we held runs out on its own; the next round asks again
        }
        m_devices.hold(ids.value(), untilMs, m_reader);
        Q_EMIT held();
    });
}

} // namespace smsdesk
