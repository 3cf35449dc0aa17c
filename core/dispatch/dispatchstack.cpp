// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchstack.h"

#include "businesssettings.h"

#include "metrics.h"
#include "queuestore.h"

namespace smsdesk {

namespace {

constexpr int kConnectionsPerManager = 6; // Qt 6.4's fixed HTTP/1.1 limit per host

int managersFor(const DispatchStack::Options &o)
{
    return o.managers > 0 ? o.managers : (o.inFlightCap + kConnectionsPerManager - 1) / kConnectionsPerManager;
}

Metrics &describeMetrics(Metrics &m)
{
    m.describe("smsdesk_dispatch_in_flight", "gauge", "Send requests on the wire");
    m.describe("smsdesk_messages_sent_total", "counter", "Messages accepted by a gateway");
    m.describe("smsdesk_messages_failed_total", "counter", "Send attempts that failed (retried or dead)");
    m.describe("smsdesk_messages_dead_total", "counter", "Messages moved to the dead letters");
    m.describe("smsdesk_outcomes_refused_total", "counter",
               "Send outcomes refused: the lease had run out and another dispatcher held the message");
    m.describe("smsdesk_messages_quiet_held_total", "counter",
               "Claimed messages held back to the queue for quiet hours (not attempted)");
    m.describe("smsdesk_device_sent_total", "counter", "Messages accepted per phone");
    m.describe("smsdesk_device_budget_left", "gauge", "SMS segments a phone may still send now");
    m.describe("smsdesk_device_budget_left_today", "gauge", "SMS segments a phone may still send today");
    m.defineHistogram("smsdesk_enqueue_to_sent_seconds",
                      { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300 },
                      "Time from enqueue to the gateway accepting the message");
    return m;
}

HealthPoller::Options healthOptions(const DispatchStack::Options &o)
{
    HealthPoller::Options h;
    h.healthIntervalMs = o.healthIntervalMs;
    h.statusIntervalMs = o.statusPollIntervalMs;
    h.timeoutMs = o.httpTimeoutMs;
    return h;
}

InboxPoller::Options inboxOptions(const DispatchStack::Options &o)
{
    InboxPoller::Options i;
    i.intervalMs = o.inboxPollIntervalMs;
    i.timeoutMs = o.httpTimeoutMs;
    i.normalize = o.normalizeNumber;
    return i;
}

WebhookRegistrar::Options webhookOptions(const DispatchStack::Options &o)
{
    WebhookRegistrar::Options w;
    w.gatewayUrl = o.gatewayUrl;
    w.smsGateSecret = o.smsGateWebhookSecret;
    w.timeoutMs = o.httpTimeoutMs;
    return w;
}

} // namespace

DispatchStack::DispatchStack(QueueStore &store, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_ownMetrics(m_options.metrics ? nullptr : std::make_unique<Metrics>())
    , m_metrics(describeMetrics(m_options.metrics ? *m_options.metrics : *m_ownMetrics))
    , m_reader(store.config())
    , m_devices(clock, m_options.breaker, m_options.timeZone)
    , m_pool(managersFor(m_options), m_options.httpTimeoutMs, this)
    , m_roster(store, m_reader, clock, m_options.credentials, m_devices, this)
    , m_memory(m_reader)
    , m_recorder(store, m_metrics, this)
    , m_holder(store, m_reader, m_devices, clock, this)
    , m_judge(m_roster, m_memory, m_recorder, clock, m_metrics, this)
    , m_status(m_devices, clock, this)
    , m_health(store, clock, m_devices, healthOptions(m_options), this)
    , m_inbox(store, m_reader, clock, m_devices, inboxOptions(m_options), this)
    , m_webhooks(clock, m_devices, webhookOptions(m_options), this)
    , m_quiet(m_options.timeZone, BusinessSettings::fromValues(store.settings()).quietHours)
    , m_dispatcher(m_options,
                   Dispatcher::Parts { store, m_reader, m_roster, m_pool, m_judge, m_memory, m_recorder, m_holder,
                                       m_status, m_metrics, clock, m_quiet },
                   this)
{
    // The parts are members, and children too (so they move with the stack to a thread
    // and tests can find them by name); a member's destructor takes it off the list first.

    // Alerts, from whichever part saw the trouble.
    connect(&m_roster, &DeviceRoster::deviceAlert, this, &DispatchStack::deviceAlert);
    connect(&m_judge, &ReplyJudge::deviceAlert, this, &DispatchStack::deviceAlert);
    connect(&m_health, &HealthPoller::deviceAlert, this, &DispatchStack::deviceAlert);
    connect(&m_status, &DispatchStatusTracker::changed, this, &DispatchStack::dispatchStatusChanged);
    connect(&m_dispatcher, &Dispatcher::stopped, this, &DispatchStack::stopped);

    // The phones: new or changed ones are probed and get their webhooks; a phone whose
    // health changed may take messages again.
    connect(&m_roster, &DeviceRoster::probeWanted, &m_health, &HealthPoller::pollHealthNow, Qt::QueuedConnection);
    connect(&m_roster, &DeviceRoster::settingsChanged, &m_webhooks, &WebhookRegistrar::refresh);
    connect(&m_health, &HealthPoller::healthChanged, &m_dispatcher, &Dispatcher::wake);

    // How each phone's reports arrive: three parts build the one line.
    connect(&m_health, &HealthPoller::statusProblemChanged, &m_roster, [this](qint64 id, const QString &text) {
        m_roster.setReportsPart(id, DeviceRoster::ReportsPart::Status, text);
    });
    connect(&m_inbox, &InboxPoller::reportsViaChanged, &m_roster, [this](qint64 id, const QString &text) {
        m_roster.setReportsPart(id, DeviceRoster::ReportsPart::Inbox, text);
    });
    connect(&m_webhooks, &WebhookRegistrar::stateChanged, &m_roster, [this](qint64 id, const QString &text) {
        m_roster.setReportsPart(id, DeviceRoster::ReportsPart::Webhooks, text);
    });

    // Accepted messages are followed to their final state where the phone reports by polling.
    connect(&m_judge, &ReplyJudge::messageAccepted, &m_health, [this](const Message &message, qint64 deviceId) {
        if (const DeviceRuntime *device = m_devices.find(deviceId))
            m_health.trackSent(message, *device);
    });
    // Quiet hours are a business setting: any desk may change them while we dispatch.
    connect(&m_store, &QueueStore::settingsChanged, this, [this] {
        m_quiet.setSettings(BusinessSettings::fromValues(m_store.settings()).quietHours);
        m_dispatcher.wake(); // held messages keep their time; new claims use the new window
    });
    // Wakes on new work.
    connect(&m_store, &QueueStore::messagesEnqueued, &m_dispatcher, &Dispatcher::wake);
    // The store decides and announces dead letters, whoever reported the failure.
    connect(&m_store, &QueueStore::messageDied, this, [this] { m_metrics.increment("smsdesk_messages_dead_total"); });
}

DispatchStack::~DispatchStack() = default;

Status DispatchStack::start()
{
    if (m_dispatcher.isRunning())
        return {};
    if (Status opened = m_reader.open(); !opened)
        return opened;
    if (m_store.isShared()) // before the first phones are read: none is ours until held
        m_devices.shareWithOtherDispatchers();
    if (Status started = m_dispatcher.start(); !started)
        return started;
    connect(&m_store, &QueueStore::devicesChanged, &m_roster, &DeviceRoster::reload, Qt::UniqueConnection);
    m_roster.reload();
    m_health.start();
    m_inbox.start();
    QTimer::singleShot(0, &m_health, [this] { m_health.resumeTracking(m_reader); });
    return {};
}

void DispatchStack::stop(qint64 graceMs)
{
    m_health.stop();
    m_inbox.stop();
    m_webhooks.stop();
    m_dispatcher.stop(graceMs);
}

void DispatchStack::setWebhookSecret(const QString &adapter, const QByteArray &secret)
{
    if (adapter != QLatin1String("smsgate"))
        return;
    m_options.smsGateWebhookSecret = secret;
    m_webhooks.setSmsGateSecret(secret);
}

} // namespace smsdesk
