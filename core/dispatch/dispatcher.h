// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How to wire it (engine thread, issue 3):
//
//   Dispatcher::Options o;
//   o.store = &store;                 // opened QueueStore (any thread)
//   o.storeConfig = store.config();   // the dispatcher opens its own StoreReader in start()
//   o.clock = &clock; o.credentials = &credentialStore; o.metrics = &metrics;
//   o.owner = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(pid); // unique
//   auto *dispatcher = new Dispatcher(o, workerInEngineThread); // construct in that thread
//   connect(&store, &QueueStore::messagesEnqueued, dispatcher, &Dispatcher::wake);
//   connect(dispatcher, &Dispatcher::deviceAlert, engine, &Engine::deviceAlert);
//   if (Status s = dispatcher->start(); !s) ...;   // recovers expired leases, starts sending
//   ...
//   dispatcher->stop(5000);                        // no new claims; in-flight get 5 s
//   dispatcher->waitForStopped(10000);             // runs the loop until outcomes are durable
//
// The dispatcher reloads its phones on QueueStore::devicesChanged by itself.

#include "circuitbreaker.h"
#include "clock.h"
#include "devicetable.h"
#include "dispatchstatus.h"
#include "domain.h"
#include "queuestore.h"
#include "result.h"
#include "retrypolicy.h"
#include "storeconfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace smsdesk {

class CredentialStore;
class HealthPoller;
class InboxPoller;
class Metrics;
class SenderPool;
class WebhookRegistrar;
class StoreReader;

// Turns the queue into SMS on the phones (DESIGN §2–§4): claims due messages with a lease,
// routes each to a phone within its budget, sends through the phone's gateway adapter and
// records the outcome. Event-driven: woken by enqueue, by replies, and by one single-shot
// timer armed at the next due message, budget refill, breaker probe or lease expiry.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    struct Options
    {
        QueueStore *store = nullptr; // required
        StoreConfig storeConfig; // for the dispatcher's own reader
        const Clock *clock = nullptr; // required
        CredentialStore *credentials = nullptr; // null: every device sends without credentials
        Metrics *metrics = nullptr; // optional
        RetryPolicy retryPolicy;
        QString owner; // lease owner, unique per process
        int inFlightCap = 64; // requests on the wire at most, all phones together
        qint64 httpTimeoutMs = 30'000;
        // 0: httpTimeoutMs + 15 s. It must outlive the HTTP timeout, or a slow gateway reply
        // lets the lease expire and another dispatcher resend a message that did go out.
        qint64 leaseMs = 0;
        // 0: ceil(inFlightCap / 6), since a manager opens 6 connections per host at most.
        int managers = 0;
        CircuitBreaker::Settings breaker;
        qint64 healthIntervalMs = 60'000; // SMSGate GET /health; 0 = off
        qint64 statusPollIntervalMs = 5'000; // SMSGate GET /message/{id}; 0 = off (webhooks)
        // Received SMS from phones that list them (SMSGate GET /inbox, MySMSGate history);
        // 0 = off. Short, so a reply shows within seconds of reaching the phone.
        qint64 inboxPollIntervalMs = 3'000;
        // Senders as phones write them → conversation numbers (E.164); identity when null.
        std::function<QString(const QString &)> normalizeNumber;
        // The gateway listener's URL phones post webhooks to (WebhookRegistrar); empty when
        // none runs. The smsgate secret is set as the phones' signing key where they allow it.
        QUrl gatewayUrl;
        QByteArray smsGateWebhookSecret;
    };

    explicit Dispatcher(Options options, QObject *parent = nullptr);
    ~Dispatcher() override;

    // Opens the reader, loads the phones, recovers expired leases and starts dispatching.
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
    bool isQuiescent() const
    {
        return !m_claimPending && m_ready.empty() && m_inFlight == 0 && m_outcomes.isEmpty()
            && m_completesPending == 0;
    }
    qint64 leaseMs() const;

public Q_SLOTS:
    // Something may be due now (enqueue, requeue, a device change). Cheap to call often.
    void wake();
    // Re-reads the phones from the store (connected to QueueStore::devicesChanged).
    void reloadDevices();
    // A new webhook secret: phones that take a signing key through their API get it.
    void setWebhookSecret(const QString &adapter, const QByteArray &secret);

Q_SIGNALS:
    void deviceAlert(qint64 deviceId, const QString &text); // paused for credentials, offline
    void dispatchStatusChanged(const smsdesk::DispatchStatus &status);
    void stopped();

private:
    enum class State { Idle, Running, Stopping, Stopped };
    // Start of DeviceHealth::pausedReason when the gateway refused the credentials; new
    // credentials lift such a pause.
    static constexpr QLatin1String kCredentialsRejected { "credentials rejected" };
    // Start of pausedReason when the gateway refused the phone or the account (MySMSGate
    // 402, unknown SMSGate cloud device); a change of the device's settings lifts it.
    static constexpr QLatin1String kGatewayRefused { "gateway refused the phone" };
    struct InFlightSend
    {
        Message message;
        qint64 deviceId = 0;
        std::shared_ptr<const GatewayAdapter> adapter;
        bool probe = false;
        bool inUse = false;
        // The request on the wire asks the gateway's sent history whether an in-doubt
        // message is there already; the send follows only if it is not.
        bool lookup = false;
        int lookupPage = 0; // the history page asked for
    };

    // claim loop (dispatcher.cpp)
    void pump();
    void claim(int limit);
    void sendReady();
    void releaseReady(const QString &reason);
    void onClaimed(const QList<Message> &messages, int limit);
    void armTimer(qint64 delayMs);
    void scheduleNextWake();
    void checkLeases();
    void updateDispatchState();
    void recoverLeases();
    // Picks up delivery-status polling for messages sent before a restart, one page of 500
    // per event-loop turn (a store of a million sent messages must not hold up start).
    void resumeStatusPolling(qint64 afterSeq = 0, int pagesLeft = 20);
    void finishStopIfDone();

    // routing and sending (dispatcher_send.cpp)
    void dispatchMessage(Message &&message);
    bool sendTo(DeviceRuntime &device, Message &message);
    void rememberFailover(const QUuid &id, qint64 deviceId);
    void release(const Message &message, qint64 retryInMs, const QString &reason);
    qint64 stickyDeviceFor(const QString &number);
    quint64 takeSlot();
    void loadCredentials(qint64 deviceId);

    // outcomes (dispatcher_outcomes.cpp)
    void onReply(quint64 tag, GatewayReply &&reply);
    void handleResult(InFlightSend &send, DeviceRuntime *device, const SendResult &result,
                      const GatewayReply &reply);
    void handleAccepted(InFlightSend &send, DeviceRuntime *device, const SendResult &result);
    void handleTransient(InFlightSend &send, DeviceRuntime *device, const SendResult &result,
                         const GatewayReply &reply);
    void handleAuthFailed(InFlightSend &send, DeviceRuntime *device, const SendResult &result);
    void handleDevicePaused(InFlightSend &send, DeviceRuntime *device, const SendResult &result);
    // The answer of a sent-history lookup: record the message sent, or send it now.
    void handleLookup(quint64 tag, InFlightSend &&send, DeviceRuntime *device, const GatewayReply &reply);
    void addOutcome(SendOutcome &&outcome, const Message &message);
    void flushOutcomes();
    void onCompleted(const QList<SendOutcome> &batch, const Result<QList<Status>> &done);
    void setPaused(DeviceRuntime &device, const QString &reason);
    // Stores the phone's reportsVia when its two halves changed it.
    void updateReportsVia(qint64 deviceId);
    void noteBreakerFailure(DeviceRuntime &device, const QString &error);

    Options m_options;
    const Clock &m_clock;
    State m_state = State::Idle;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<SenderPool> m_pool;
    std::unique_ptr<HealthPoller> m_health;
    std::unique_ptr<InboxPoller> m_inbox;
    std::unique_ptr<WebhookRegistrar> m_webhooks;
    DeviceTable m_devices;
    qint64 m_devicesLoadedAtMs = 0;

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

    QList<SendOutcome> m_outcomes; // pending, flushed once per loop turn
    bool m_flushQueued = false;
    int m_completesPending = 0;
    QTimer m_recordAgainTimer; // outcomes the store could not take wait for it
    int m_recordFailures = 0; // in a row: the log says so once a minute, not every second
    // How long to wait before asking a failing store again (claims, outcomes).
    static constexpr qint64 kStoreTroubleRetryMs = 1'000;
    // How long an in-doubt message waits when the gateway's sent history cannot be read.
    static constexpr qint64 kLookupRetryMs = 30'000;
    // History pages searched for one in-doubt message (200 rows each at MySMSGate).
    static constexpr int kMaxLookupPages = 25;

    QHash<QUuid, QSet<qint64>> m_failover; // message → phones that just failed it
    QHash<QString, qint64> m_sticky; // number → phone (cache of the store's view)
    DispatchStatus m_status;
    bool m_statusSent = false;
    // Clock time the phones were last all at their per-minute limit (0 = not lately). For a
    // minute and a moment after it (kThrottleHoldMs) the state stays Throttled, also while a
    // refilled token makes room for a message; m_throttleHold re-evaluates when it is over.
    qint64 m_limitedAtMs = 0;
    QTimer *m_throttleHold = nullptr;
};

} // namespace smsdesk
