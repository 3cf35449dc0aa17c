// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"
#include "queuestore.h"

#include <QObject>
#include <QTimer>

namespace smsdesk {

// Makes send outcomes durable, in few large transactions: outcomes added during one
// event-loop turn, and those that arrive while the store commits, go in one complete()
// call, and only one call is out at a time. When the store cannot take them (disk full,
// database locked by another program) they are kept, ahead of newer ones, and offered
// again every second; each is still guarded by its lease, so a late record cannot
// overwrite a newer state. Lives in, and answers on, the thread that created it.
class OutcomeRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeRecorder)

public:
    // Counts smsdesk_outcomes_refused_total in `metrics`.
    OutcomeRecorder(QueueStore &store, Metrics &metrics, QObject *parent = nullptr);

    // A doubt lasts until resolved: a retry or release of a message in doubt stays in doubt.
    void add(SendOutcome &&outcome, const Message &message);
    // Nothing waiting and nothing being committed.
    bool isIdle() const { return m_pending.isEmpty() && m_committing == 0; }
    int waiting() const { return int(m_pending.size()); }
    // No more retries every second: one last try of what waits, what the store still
    // refuses is left to the leases (the messages are recovered when they expire).
    void stop();

Q_SIGNALS:
    // A batch is durable. `requeued`: it put messages back in the queue (retries or
    // releases), so something may be due again later.
    void recorded(bool requeued);
    // A commit answered and nothing is left to record (for a stop that waits for it).
    void idle();

private:
    void flush();
    void onCompleted(const QList<SendOutcome> &batch, const Result<QList<Status>> &done);

    QueueStore &m_store;
    Metrics &m_metrics;
    QList<SendOutcome> m_pending;
    bool m_flushQueued = false;
    int m_committing = 0;
    bool m_stopping = false;
    QTimer m_againTimer;
    int m_failures = 0; // in a row: the log says so once a minute, not every second
};

} // namespace smsdesk
