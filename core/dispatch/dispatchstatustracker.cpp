// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchstatustracker.h"

#include "clock.h"
#include "devicetable.h"

#include <algorithm>

namespace smsdesk {

namespace {
// A wait for budget of at most this long is a per-minute refill: the phones send at their
// pace (Throttled). A longer one is a daily limit: nothing goes until midnight (paused).
constexpr qint64 kPerMinuteMs = 60'000;
// How long Throttled holds after the phones were last all at their limit. A phone allowed
// one message a minute gets its next token a minute after it was used up, and the refill
// timer may fire a moment late: a hold of exactly a minute would flip to Sending each time.
constexpr qint64 kThrottleHoldMs = kPerMinuteMs + 5'000;
} // namespace

DispatchStatusTracker::DispatchStatusTracker(const DeviceTable &devices, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_clock(clock)
    , m_hold(this) // a child, so tests can find it by name
{
    m_hold.setObjectName(QStringLiteral("throttleHold"));
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, &DispatchStatusTracker::update);
}

void DispatchStatusTracker::update()
{
    const qint64 now = m_clock.nowMs();
    DispatchStatus status;
    if (m_devices.capacityNow() > 0) {
        // A token that refilled a moment ago is the phones' pace, not the end of the limit.
        const bool held = m_limitedAtMs > 0 && now - m_limitedAtMs < kThrottleHoldMs;
        status.kind = held ? DispatchStatus::Kind::Throttled : DispatchStatus::Kind::Sending;
        status.phones = int(m_devices.all().size());
    } else {
        status = m_devices.idleStatus();
        if (status.kind == DispatchStatus::Kind::AllAtLimit && status.resumeAtMs > 0
            && status.resumeAtMs - now <= kPerMinuteMs) {
            status.kind = DispatchStatus::Kind::Throttled;
            status.resumeAtMs = 0; // each refill moves it: not news
            m_limitedAtMs = now;
        }
    }
    if (status.kind == DispatchStatus::Kind::Throttled)
        m_hold.start(int(std::clamp<qint64>(m_limitedAtMs + kThrottleHoldMs - now, 0, kThrottleHoldMs)));
    else
        m_hold.stop();
    // A resume time that only moved by under a second is the same news.
    const bool sameNews = status.kind == m_status.kind && status.phones == m_status.phones
        && std::abs(status.resumeAtMs - m_status.resumeAtMs) < 1000;
    if (m_told && sameNews)
        return;
    tell(status);
}

void DispatchStatusTracker::drained()
{
    m_limitedAtMs = 0;
    update();
}

void DispatchStatusTracker::pause()
{
    m_hold.stop();
}

void DispatchStatusTracker::stop()
{
    m_hold.stop();
    DispatchStatus stopped;
    stopped.kind = DispatchStatus::Kind::Stopped;
    tell(stopped);
}

void DispatchStatusTracker::tell(const DispatchStatus &status)
{
    m_status = status;
    m_told = true;
    Q_EMIT changed(m_status);
}

} // namespace smsdesk
