// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuestore.h"

#include <QObject>
#include <QTimer>

namespace smsdesk {

class Engine;

// Everything that runs in the engine thread: housekeeping timers (lease recovery,
// idempotency purge), and later the dispatcher and the API server.
class EngineWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineWorker)

public:
    struct Options
    {
        QueueStore *store = nullptr;
        const Clock *clock = nullptr;
    };
    explicit EngineWorker(Options options);
    ~EngineWorker() override;

    // Called in the engine thread once it runs.
    Status start();
    void stop();

private:
    void recoverLeases();
    void purgeIdempotency();

    Options m_options;
    QTimer m_leaseTimer;
    QTimer m_purgeTimer;
};

} // namespace smsdesk
