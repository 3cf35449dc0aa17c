// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include <QObject>
#include <QTimer>

namespace smsdesk {

class Clock;
class DeviceTable;

// What the dispatcher is doing, in the words the status bar uses (sending, throttled by
// the phones' pace, all at their limit, paused, stopped), told only when it is news.
// Throttled holds for a minute and a moment after the phones were last all at their
// per-minute limit, also while a refilled token lets one message through, so the bar does
// not flicker between Sending and Throttled at the phones' pace.
class DispatchStatusTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchStatusTracker)

public:
    DispatchStatusTracker(const DeviceTable &devices, const Clock &clock, QObject *parent = nullptr);

    const DispatchStatus &status() const { return m_status; }
    // Looks at the phones again.
    void update();
    // Nothing more is due: the phones' pace holds nothing back any more.
    void drained();
    void stop(); // Kind::Stopped, once
    void pause(); // no more updates until update() is called by a running dispatcher

Q_SIGNALS:
    void changed(const smsdesk::DispatchStatus &status);

private:
    void tell(const DispatchStatus &status);

    const DeviceTable &m_devices;
    const Clock &m_clock;
    DispatchStatus m_status;
    bool m_told = false;
    // Clock time the phones were last all at their per-minute limit (0 = not lately).
    qint64 m_limitedAtMs = 0;
    QTimer m_hold; // re-evaluates when the Throttled hold is over
};

} // namespace smsdesk
