// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"

#include <QFuture>
#include <QObject>

namespace smsdesk {

class Clock;
class PhoneNumbers;
class QueueStore;
class StoreReader;

// The one place the intake rules live (see intake.h): validate each entry like an API
// enqueue, store it durably with its idempotency key, or store a dead letter keeping the
// raw entry; the future resolves once all of it is on disk. Lives in the engine thread;
// accept() may be called from any thread (the transports' own).
class IntakeSink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeSink)

public:
    struct Parts
    {
        QueueStore &store;
        StoreReader &reader; // device checks, as the API makes them
        const PhoneNumbers &phoneNumbers;
        const Clock &clock;
    };
    explicit IntakeSink(Parts parts, QObject *parent = nullptr);
    ~IntakeSink() override;

    // One outcome per entry, in order. Never fails as a whole: a store failure is a Retry
    // verdict on the entries it hit.
    QFuture<QList<IntakeOutcome>> accept(const IntakeConfig &source, QList<IntakeEntry> entries);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace smsdesk
