// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomerecorder.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDispatch)

namespace smsdesk {

namespace {
constexpr int kTryAgainMs = 1'000;
} // namespace

OutcomeRecorder::OutcomeRecorder(QueueStore &store, Metrics &metrics, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_metrics(metrics)
{
    m_againTimer.setSingleShot(true);
    connect(&m_againTimer, &QTimer::timeout, this, &OutcomeRecorder::flush);
}

void OutcomeRecorder::add(SendOutcome &&outcome, const Message &message)
{
    if (outcome.kind == SendOutcome::Kind::Retry || outcome.kind == SendOutcome::Kind::Release)
        outcome.inDoubt = outcome.inDoubt || message.inDoubt;
    m_pending.append(std::move(outcome));
    if (m_flushQueued || m_committing > 0)
        return; // the flush under way, or the commit's answer, takes these along
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushQueued = false;
            flush();
        },
        Qt::QueuedConnection);
}

void OutcomeRecorder::stop()
{
    m_stopping = true;
    if (m_againTimer.isActive()) {
        m_againTimer.stop();
        flush();
    }
}

void OutcomeRecorder::flush()
{
    if (m_pending.isEmpty() || m_committing > 0 || m_againTimer.isActive())
        return;
    QList<SendOutcome> batch;
    batch.swap(m_pending);
    ++m_committing;
    m_store.complete(batch).then(this, [this, batch](const Result<QList<Status>> &done) {
        --m_committing;
        onCompleted(batch, done);
        if (!m_pending.isEmpty())
            flush();
        if (isIdle())
            Q_EMIT idle();
    });
}

void OutcomeRecorder::onCompleted(const QList<SendOutcome> &batch, const Result<QList<Status>> &done)
{
    if (!done) {
        if (!m_stopping) {
            if (m_failures++ % 60 == 0)
                qCWarning(lcDispatch) << "cannot record" << batch.size()
                                      << "outcomes, trying again every second:" << done.errorString();
            m_pending = batch + m_pending;
            m_againTimer.start(kTryAgainMs);
            return;
        }
        // Stopping: the leases expire and the messages are sent again (with the same
        // client id, which the gateway can deduplicate).
        qCWarning(lcDispatch) << "cannot record" << batch.size() << "outcomes:" << done.errorString();
        return;
    }
    if (m_failures > 0) {
        qCInfo(lcDispatch) << "the store records outcomes again after" << m_failures << "failed tries";
        m_failures = 0;
    }
    const QList<Status> &statuses = done.value();
    bool requeued = false;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const SendOutcome::Kind kind = batch.at(i).kind;
        requeued = requeued || kind == SendOutcome::Kind::Retry || kind == SendOutcome::Kind::Release;
        if (i < statuses.size() && !statuses.at(i).ok()) {
            // Fenced: the lease ran out (a pause, a stalled store) and another dispatcher
            // owns the message now; what it records stands.
            qCInfo(lcDispatch) << statuses.at(i).errorString();
            m_metrics.increment("smsdesk_outcomes_refused_total");
        }
    }
    Q_EMIT recorded(requeued);
}

} // namespace smsdesk
