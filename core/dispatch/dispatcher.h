// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dispatcher is one part of the dispatch side; DispatchStack (dispatchstack.h) builds
// and wires all of them. What each part does:
//
//   Dispatcher             claims due messages with a lease, routes each to a phone within
//                          its budget and puts it on the wire (this file)
//   SenderPool             the HTTP requests (QNetworkAccessManagers), answers by tag
//   ReplyJudge             what an answer means for the message and the phone
//   OutcomeRecorder        makes the outcomes durable, in batches
//   DeviceRoster           the phones, their credentials and pauses, kept in step with the store
//   RouteMemory            sticky sender and failover hints
//   DispatchStatusTracker  "sending / throttled / paused", told when it is news

#include "domain.h"
#include "gatewayadapter.h"
#include "result.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace smsdesk {

class Clock;
class DeviceRoster;
class DispatchStatusTracker;
class Metrics;
class OutcomeRecorder;
class PhoneHolder;
class QuietHours;
class QueueStore;
class ReplyJudge;
class RouteMemory;
class SenderPool;
class StoreReader;
struct DeviceRuntime;
struct LeaseRenewal;

// Turns the queue into SMS on the phones (DESIGN §2–§4). Event-driven: woken by enqueue,
// by answers, and by one single-shot timer armed at the next due message, budget refill,
// breaker probe or lease expiry.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    struct Settings
    {
        QString owner; // lease owner, unique per process
        int inFlightCap = 64; // requests on the wire at most, all phones together
        qint64 httpTimeoutMs = 30'000;
        // 0: httpTimeoutMs + 15 s. It must outlive the HTTP timeout, or a slow gateway reply
        // lets the lease expire and another dispatcher resend a message that did go out.
        qint64 leaseMs = 0;
    };

    struct Parts
    {
        QueueStore &store;
        StoreReader &reader;
        DeviceRoster &roster;
        SenderPool &pool;
        ReplyJudge &judge;
        RouteMemory &memory;
        OutcomeRecorder &recorder;
        PhoneHolder &holder;
        DispatchStatusTracker &status;
        Metrics &metrics;
        const Clock &clock;
        QuietHours &quiet; // holds what is not urgent while it is night at the recipient's
    };

    Dispatcher(Settings settings, Parts parts, QObject *parent = nullptr);
    ~Dispatcher() override;

    // Checks the settings, recovers expired leases and starts dispatching.
    Status start();
    // Graceful: claims nothing more; requests on the wire get `graceMs` to answer, then are
    // aborted and their messages released (not counted as an attempt). Emits stopped()
    // once every outcome is durable.
    void stop(qint64 graceMs = 5'000);
    // Runs a local event loop until stopped() (or the time is up). True when stopped.
    bool waitForStopped(int timeoutMs = 30'000);
    bool isRunning() const { return m_state == State::Running; }
    int inFlight() const { return m_inFlight; }
    // Nothing claimed, on the wire or waiting to be recorded: the dispatcher waits for time or
    // for a wake-up. For tests that move a manual clock, and for shutdown checks.
    bool isQuiescent() const;
    qint64 leaseMs() const;

public Q_SLOTS:
    // Something may be due now (enqueue, requeue, a device change). Cheap to call often.
    void wake();

Q_SIGNALS:
    void stopped();

private:
    enum class State { Idle, Running, Stopping, Stopped };
    struct InFlightSend
    {
        Message message;
        qint64 deviceId = 0;
        std::shared_ptr<const GatewayAdapter> adapter;
        bool inUse = false;
        // The request on the wire asks the gateway's sent history whether an in-doubt
        // message is there already; the send follows only if it is not.
        bool lookup = false;
        int lookupPage = 0; // the history page asked for
    };

    // claim loop
    void pump();
    void claim(int limit);
    void onClaimed(const QList<Message> &messages, int limit);
    void sendReady();
    void releaseReady(const QString &reason);
    void armTimer(qint64 delayMs);
    void scheduleNextWake();
    void checkLeases();
    void recoverLeases();
    void renewHeldLeases();
    void onLeasesRenewed(const LeaseRenewal &renewal);
    void finishStopIfDone();

    // routing and sending
    void dispatchMessage(Message &&message);
    bool heldForQuietHours(const Message &message);
    bool leaseCoversARequest(const Message &message) const;
    bool sendTo(DeviceRuntime &device, Message &message);
    void putOnWire(quint64 tag, InFlightSend &&send, const GatewayRequest &request);
    quint64 takeSlot();

    // answers
    void onReply(quint64 tag, GatewayReply &&reply);
    // The answer of a sent-history lookup: record the message sent, or send it now.
    void onLookup(quint64 tag, InFlightSend &&send, DeviceRuntime *device, const GatewayReply &reply);

    Settings m_settings;
    QueueStore &m_store;
    StoreReader &m_reader;
    DeviceRoster &m_roster;
    SenderPool &m_pool;
    ReplyJudge &m_judge;
    RouteMemory &m_memory;
    OutcomeRecorder &m_recorder;
    PhoneHolder &m_holder; // several dispatchers on one queue: which phones are ours
    DispatchStatusTracker &m_status;
    Metrics &m_metrics;
    const Clock &m_clock;
    QuietHours &m_quiet;
    State m_state = State::Idle;

    std::vector<InFlightSend> m_slots; // indexed by SenderPool tag
    std::vector<quint64> m_freeSlots;
    std::deque<Message> m_ready; // claimed ahead, waiting for a free slot (FIFO: claim order)
    int m_inFlight = 0; // requests on the wire, not yet answered
    bool m_claimPending = false;
    bool m_wakeAgain = false; // a wake() arrived while a claim was out
    bool m_drained = false; // the last claim came back short: nothing more is due now

    QTimer m_timer; // the one wake-up timer
    qint64 m_timerAtMs = 0; // clock time it is armed for (0 = not armed)
    QTimer m_graceTimer;
    QTimer m_renewTimer; // keeps the leases of what we hold from expiring under us
    bool m_renewPending = false;
};

} // namespace smsdesk
