// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "intake.h"
#include "intakesink.h"
#include "intakesource.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "storeconfig.h"
#include "storereader.h"

#include <QObject>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace smsdesk::test {

constexpr int kIntakeWait = 60'000; // a ceiling for "until" in the intake tests, never a measured duration

// A valid message as a producer writes it: {"to":"+49151123<40000+n>","text":"intake message n"},
// with its own "id" when given.
QByteArray intakeMessage(int n, const QByteArray &ownId = {});

// What every intake test needs, as IntakeHost runs it: one durable store (SQLite in a
// temporary folder), its IntakeSink, and an intake (any IntakeSource) in a thread of its own,
// whose states are kept as they come. Also holds SQLite's write lock on demand, so that
// nothing the intake reads can reach the disk.
class IntakeHarness final
{
    Q_DISABLE_COPY_MOVE(IntakeHarness)

public:
    IntakeHarness();
    ~IntakeHarness();

    bool open();
    StoreConfig config() const;

    // Takes the intake (made with *sink), moves it to the harness's thread and starts it.
    void startIntake(IntakeSource *source);
    void stopIntake(); // stop() and delete in its thread; returns once it is gone

    qint64 queued() const; // messages queued in the store, -1 on a read error
    int deadLetters() const; // -1 on a read error
    bool sawStatus(IntakeState::Phase phase, const QString &words) const;

    // BEGIN EXCLUSIVE from another connection: the store's writer waits (or, after its busy
    // timeout, fails: a Retry), so nothing the intake reads can reach the disk.
    bool lock();
    void unlock();

    QTemporaryDir dir;
    SystemClock clock;
    PhoneNumbers numbers { QStringLiteral("DE") };
    std::unique_ptr<QueueStore> store;
    std::unique_ptr<StoreReader> sinkReader;
    std::unique_ptr<StoreReader> checkReader;
    std::unique_ptr<IntakeSink> sink;
    QThread thread;
    QObject receiver;
    IntakeSource *intake = nullptr;
    QList<IntakeState> states;
    IntakeState last;

private:
    QString m_lockName;
    bool m_locked = false;
};

} // namespace smsdesk::test
