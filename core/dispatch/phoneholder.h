// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace smsdesk {

class Clock;
class DeviceTable;
class QueueStore;
class StoreReader;

// Several dispatchers on one PostgreSQL queue send through each phone one at a time, so
// that its per-minute and per-day budget is counted in one place. Every second this says
// which phones this dispatcher can send through (their credentials are on this desk; they
// never go into the shared database) and takes or keeps its share of them
// (QueueStore::holdPhones, sharePhones); a phone held elsewhere is, to the router, one whose
// breaker says "in a second". In the same round it notices when another dispatcher's
// leases ran out (it died, or is paused), so that its messages go back to the queue at once.
// On an SQLite file (one dispatcher) it does nothing: every phone is this one's.
class PhoneHolder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneHolder)

public:
    PhoneHolder(QueueStore &store, StoreReader &reader, DeviceTable &devices, const Clock &clock,
                QObject *parent = nullptr);

    void start(const QString &owner, qint64 leaseMs);
    // Lets go of every phone: another desk takes them over at once, not after the hold.
    void stop();
    // The clock ran past half the hold before the timer fired (a suspend, a clock jump).
    void renewIfRunningOut();

Q_SIGNALS:
    void held(); // a round came back: the phones this dispatcher holds may have changed
    void othersLeasesExpired();

private:
    void round();
    void hold();

    QueueStore &m_store;
    StoreReader &m_reader;
    DeviceTable &m_devices;
    const Clock &m_clock;
    QString m_owner;
    qint64 m_leaseMs = 0;
    QTimer m_timer;
    bool m_pending = false;
};

} // namespace smsdesk
