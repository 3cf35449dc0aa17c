// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circuitbreaker.h"
#include "deviceroster.h"
#include "devicetable.h"
#include "dispatcher.h"
#include "dispatchstatustracker.h"
#include "healthpoller.h"
#include "inboxpoller.h"
#include "outcomerecorder.h"
#include "phoneholder.h"
#include "quiethours.h"
#include "replyjudge.h"
#include "routememory.h"
#include "senderpool.h"
#include "storereader.h"
#include "webhookregistrar.h"

#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace smsdesk {

class Clock;
class CredentialStore;
class Metrics;
class QueueStore;

// The dispatch side of the engine, built and wired in one place: the parts below are
// made here, each given what it needs by reference, and connected here; none of them
// makes another. The engine's composition root (EngineWorker) makes one of these; tests
// and benchmarks make their own the same way.
//
//   QueueStore ──claim/complete──► Dispatcher ──send──► SenderPool ──answer──► ReplyJudge
//        ▲                            │  ▲                                        │
//        └── OutcomeRecorder ◄────────┼──┼────────────── outcomes ◄───────────────┘
//                                     │  └─ wake: DeviceRoster (phones, credentials, pauses)
//                 RouteMemory ◄───────┘     HealthPoller, InboxPoller, WebhookRegistrar
//
// Lives in, and must be created in, the engine thread.
class DispatchStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchStack)

public:
    // The dispatcher's settings (owner, in-flight cap, HTTP timeout, lease), and the rest's.
    struct Options : Dispatcher::Settings
    {
        // 0: ceil(inFlightCap / 6), since a manager opens 6 connections per host at most.
        int managers = 0;
        CircuitBreaker::Settings breaker;
        // The business's time zone: daily sending limits start again at its midnight.
        QTimeZone timeZone;
        qint64 healthIntervalMs = 60'000; // SMSGate GET /health; 0 = off
        qint64 statusPollIntervalMs = 5'000; // each sent message's state until final; 0 = off
        // Received SMS from phones that list them (SMSGate GET /inbox, MySMSGate history);
        // 0 = off. Short, so a reply shows within seconds of reaching the phone.
        qint64 inboxPollIntervalMs = 3'000;
        // Senders as phones write them → conversation numbers (E.164); identity when null.
        InboxPoller::NumberNormalizer normalizeNumber;
        // The gateway listener's URL phones post webhooks to (WebhookRegistrar); empty when
        // none runs. The smsgate secret is set as the phones' signing key where they allow it.
        QUrl gatewayUrl;
        QByteArray smsGateWebhookSecret;
        CredentialStore *credentials = nullptr; // null: every phone sends without credentials
        Metrics *metrics = nullptr; // null: the stack keeps its own, unexported
    };

    DispatchStack(QueueStore &store, const Clock &clock, Options options, QObject *parent = nullptr);
    ~DispatchStack() override;

    // Opens the reader, reads the phones, starts the pollers, recovers expired leases and
    // starts dispatching.
    Status start();
    // The dispatcher stops (graceful, see Dispatcher::stop) and the pollers with it.
    void stop(qint64 graceMs = 5'000);
    bool waitForStopped(int timeoutMs = 30'000) { return m_dispatcher.waitForStopped(timeoutMs); }
    // A new webhook secret: phones that take a signing key through their API get it.
    void setWebhookSecret(const QString &adapter, const QByteArray &secret);

    Dispatcher &dispatcher() { return m_dispatcher; }
    DeviceRoster &roster() { return m_roster; }
    HealthPoller &health() { return m_health; }
    const DispatchStatus &status() const { return m_status.status(); }

Q_SIGNALS:
    void deviceAlert(qint64 deviceId, const QString &text); // paused, offline, credentials
    void dispatchStatusChanged(const smsdesk::DispatchStatus &status);
    void stopped();

private:
    QueueStore &m_store;
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<Metrics> m_ownMetrics;
    Metrics &m_metrics;
    StoreReader m_reader; // the dispatch side's own connection (engine thread)
    DeviceTable m_devices;
    SenderPool m_pool;
    DeviceRoster m_roster;
    RouteMemory m_memory;
    OutcomeRecorder m_recorder;
    PhoneHolder m_holder;
    ReplyJudge m_judge;
    DispatchStatusTracker m_status;
    HealthPoller m_health;
    InboxPoller m_inbox;
    WebhookRegistrar m_webhooks;
    QuietHours m_quiet; // the business's quiet hours, kept in step with the store's settings
    Dispatcher m_dispatcher;
};

} // namespace smsdesk
