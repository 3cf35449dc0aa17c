// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineworker.h"

namespace smsdesk {

namespace {
// Idempotency keys are kept at least 24 h (IETF Idempotency-Key draft).
constexpr qint64 kIdempotencyKeepMs = 24 * 3600 * 1000LL;
constexpr int kLeaseSweepMs = 5'000;
constexpr int kPurgeIntervalMs = 3600 * 1000;
} // namespace

EngineWorker::EngineWorker(Options options)
    : m_options(options)
    , m_leaseTimer(this) // children move with the worker to the engine thread
    , m_purgeTimer(this)
{
    m_leaseTimer.setInterval(kLeaseSweepMs);
    m_purgeTimer.setInterval(kPurgeIntervalMs);
    connect(&m_leaseTimer, &QTimer::timeout, this, &EngineWorker::recoverLeases);
    connect(&m_purgeTimer, &QTimer::timeout, this, &EngineWorker::purgeIdempotency);
}

EngineWorker::~EngineWorker() = default;

Status EngineWorker::start()
{
    // Crash recovery: leases left by a process that died go back to the queue.
    recoverLeases();
    m_leaseTimer.start();
    m_purgeTimer.start();
    return {};
}

void EngineWorker::stop()
{
    m_leaseTimer.stop();
    m_purgeTimer.stop();
}

void EngineWorker::recoverLeases()
{
    m_options.store->recoverExpiredLeases().then(this, [](const Result<int> &recovered) {
        if (!recovered.ok())
            qWarning("Lease recovery failed: %s", qPrintable(recovered.errorString()));
    });
}

void EngineWorker::purgeIdempotency()
{
    m_options.store->purgeIdempotency(m_options.clock->nowMs() - kIdempotencyKeepMs);
}

} // namespace smsdesk
