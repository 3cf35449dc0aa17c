// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthpoller.h"

#include "devicetable.h"
#include "queuestore.h"
#include "senderpool.h"
#include "storereader.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <map>

Q_LOGGING_CATEGORY(lcHealth, "smsdesk.health")

namespace smsdesk {

namespace {

constexpr int kStatusBatch = 32; // status requests per tick at most
constexpr int kMaxPolls = 6'000; // ~8 h at 5 s: a message still not final is given up
constexpr size_t kMaxTracked = 100'000; // oldest are dropped beyond it
constexpr qint64 kHealthRewriteMs = 5 * 60'000; // rewrite an unchanged health this often

bool sameHealth(const DeviceHealth &a, const DeviceHealth &b)
{
    return a.online == b.online && a.batteryPercent == b.batteryPercent && a.signalPercent == b.signalPercent
        && a.failedLastHour == b.failedLastHour;
}

} // namespace

HealthPoller::HealthPoller(QueueStore &store, const Clock &clock, DeviceTable &devices, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_devices(devices)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    connect(&m_healthTimer, &QTimer::timeout, this, &HealthPoller::pollHealthNow);
    connect(&m_statusTimer, &QTimer::timeout, this, &HealthPoller::pollStatusNow);
}

void HealthPoller::start()
{
    if (m_options.healthIntervalMs > 0) {
        m_healthTimer.start(int(m_options.healthIntervalMs));
        QTimer::singleShot(0, this, &HealthPoller::pollHealthNow); // know the phones from the start
    }
    if (m_options.statusIntervalMs > 0)
        m_statusTimer.start(int(m_options.statusIntervalMs));
}

void HealthPoller::stop()
{
    m_healthTimer.stop();
    m_statusTimer.stop();
}

void HealthPoller::resumeTracking(StoreReader &reader, qint64 afterSeq, int pagesLeft)
{
    if (!m_statusTimer.isActive() || pagesLeft <= 0)
        return; // not polling statuses (off, or stopped)
    MessageFilter filter;
    filter.status = MessageStatus::Sent;
    filter.limit = 500;
    filter.afterSeq = afterSeq;
    const Result<MessagePage> sent = reader.messages(filter);
    if (!sent)
        return;
    for (const Message &message : sent->messages) {
        if (const DeviceRuntime *device = m_devices.find(message.sentDeviceId))
            trackSent(message, *device);
    }
    if (const qint64 next = sent->nextCursor; next != 0)
        QTimer::singleShot(0, this, [this, &reader, next, pagesLeft] { resumeTracking(reader, next, pagesLeft - 1); });
}

bool HealthPoller::pollsStatus(const DeviceRuntime &device)
{
    const auto known = m_adapterPolls.constFind(device.device.adapter);
    if (known != m_adapterPolls.cend())
        return *known;
    const bool polls
        = device.adapter && device.adapter->statusRequest(Message {}, device.device, {}).has_value();
    m_adapterPolls.insert(device.device.adapter, polls);
    return polls;
}

void HealthPoller::trackSent(const Message &message, const DeviceRuntime &device)
{
    if (m_options.statusIntervalMs <= 0 || !pollsStatus(device))
        return;
    if (m_tracked.size() >= kMaxTracked)
        m_tracked.pop_front();
    Tracked tracked;
    tracked.message.id = message.id;
    tracked.message.to = message.to;
    tracked.message.segments = message.segments;
    tracked.message.wireGeneration = message.wireGeneration;
    tracked.message.gatewayMessageId = message.gatewayMessageId;
    tracked.message.sentDeviceId = device.device.id;
    tracked.deviceId = device.device.id;
    m_tracked.push_back(std::move(tracked));
}

void HealthPoller::send(const GatewayRequest &request, std::function<void(const GatewayReply &)> handler)
{
    QNetworkRequest networkRequest = request.request;
    networkRequest.setTransferTimeout(int(std::min<qint64>(m_options.timeoutMs, 600'000)));
    QNetworkReply *reply = request.verb == "GET"
        ? m_network.get(networkRequest)
        : m_network.sendCustomRequest(networkRequest, request.verb, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, handler = std::move(handler)] {
        const GatewayReply read = readGatewayReply(reply, false);
        reply->deleteLater();
        handler(read);
    });
}

void HealthPoller::pollHealthNow()
{
    for (const auto &[id, runtime] : m_devices.all()) {
        if (!runtime->adapter || !runtime->device.enabled || !runtime->credentialsReady)
            continue;
        const std::optional<GatewayRequest> request
            = runtime->adapter->healthRequest(runtime->device, runtime->credentials);
        if (!request)
            continue;
        const qint64 deviceId = id;
        send(*request, [this, deviceId](const GatewayReply &reply) { onHealthReply(deviceId, reply); });
    }
}

void HealthPoller::onHealthReply(qint64 deviceId, const GatewayReply &reply)
{
    DeviceRuntime *device = m_devices.find(deviceId);
    if (!device)
        return;
    const DeviceHealth before = device->device.health;
    const qint64 now = m_clock.nowMs();
    const Result<DeviceHealth> parsed = device->adapter->parseHealth(reply);
    DeviceHealth health = parsed ? parsed.value() : before;
    if (!parsed)
        health.online = false;
    else if (health.lastSeenMs == 0)
        health.lastSeenMs = now;
    health.pausedReason = before.pausedReason; // the dispatcher's decision, not the phone's
    health.reportsVia = before.reportsVia; // the inbox poller's
    if (before.online && !health.online)
        Q_EMIT deviceAlert(
            deviceId,
            QStringLiteral("%1 looks offline: %2")
                .arg(device->device.name,
                     parsed ? QStringLiteral("it reports a failing check") : parsed.errorString()));
    if (sameHealth(before, health) && health.lastSeenMs - before.lastSeenMs < kHealthRewriteMs)
        return; // unchanged: spare the store a write and every reader a devicesChanged
    device->device.health = health;
    m_store.updateDeviceHealth(deviceId, health);
    Q_EMIT healthChanged();
}

void HealthPoller::pollStatusNow()
{
    if (m_statusInFlight > 0)
        return; // the last round is still out: never stack rounds on a slow phone
    // Round robin: the oldest tracked go first and return to the back while not final.
    // Messages whose status request is the same (MySMSGate: one sent-history page for the
    // whole account) share one request.
    const int batch = std::min<int>(kStatusBatch, int(m_tracked.size()));
    std::map<QString, std::pair<GatewayRequest, QList<Tracked>>> rounds;
    for (int i = 0; i < batch; ++i) {
        Tracked tracked = std::move(m_tracked.front());
        m_tracked.pop_front();
        DeviceRuntime *device = m_devices.find(tracked.deviceId);
        if (!device || !device->adapter)
            continue; // the phone is gone: nobody can tell us any more
        const std::optional<GatewayRequest> request
            = device->adapter->statusRequest(tracked.message, device->device, device->credentials);
        if (!request)
            continue;
        const QString key = request->request.url().toString() + u' ' + QString::number(tracked.deviceId);
        auto &round = rounds[key];
        if (round.second.isEmpty())
            round.first = *request;
        round.second.append(std::move(tracked));
    }
    for (auto &[key, round] : rounds) {
        ++m_statusInFlight;
        send(round.first, [this, group = std::move(round.second)](const GatewayReply &reply) mutable {
            --m_statusInFlight;
            for (Tracked &tracked : group) {
                if (!onStatusReply(tracked, reply) && ++tracked.polls < kMaxPolls)
                    m_tracked.push_back(std::move(tracked));
            }
            if (m_statusInFlight == 0)
                flushReports();
        });
    }
}

bool HealthPoller::onStatusReply(Tracked &tracked, const GatewayReply &reply)
{
    DeviceRuntime *device = m_devices.find(tracked.deviceId);
    if (!device || !device->adapter)
        return true;
    const Result<std::optional<StatusReport>> status = device->adapter->parseStatus(tracked.message, reply);
    if (!status) {
        if (status.code() == ErrorCode::Invalid && status.errorString() != tracked.problem) {
            // Garbage or a state we do not know: a line in the message's history (once per
            // problem) and in the phone's status; polling goes on, nothing is decided on it.
            tracked.problem = status.errorString();
            StatusReport note;
            note.kind = StatusReport::Kind::Note;
            note.id = wireUuid(tracked.message.id, tracked.message.wireGeneration);
            note.gatewayMessageId = tracked.message.gatewayMessageId;
            note.deviceId = tracked.deviceId;
            note.error = QStringLiteral("unreadable status from the gateway: %1").arg(tracked.problem);
            note.dedupeKey = QStringLiteral("note:%1:%2").arg(note.id.toString(QUuid::WithoutBraces),
                                                                QString::number(qHash(tracked.problem), 16));
            setStatusProblem(tracked.deviceId, note.error);
            m_reports.append(std::move(note));
        }
        return false; // pending, unreadable or the phone did not answer: ask again later
    }
    setStatusProblem(tracked.deviceId, {});
    if (!status.value())
        return false; // on its way (Pending, Processed)
    StatusReport report = *status.value();
    report.deviceId = tracked.deviceId;
    if (report.atMs == 0)
        report.atMs = m_clock.nowMs();
    if (report.kind == StatusReport::Kind::Sent) {
        // Not the end: Delivered or Failed follow, and polling is the only way they reach a
        // desk on a LAN. Nothing to record: the gateway's 2xx already made the message sent.
        return false;
    }
    m_reports.append(std::move(report));
    return true;
}

void HealthPoller::setStatusProblem(qint64 deviceId, const QString &text)
{
    if (m_statusProblems.value(deviceId) == text)
        return;
    if (text.isEmpty())
        m_statusProblems.remove(deviceId);
    else
        m_statusProblems.insert(deviceId, text);
    Q_EMIT statusProblemChanged(deviceId, text);
}

void HealthPoller::flushReports()
{
    if (m_reports.isEmpty())
        return;
    QList<StatusReport> batch;
    batch.swap(m_reports);
    m_store.applyReports(std::move(batch));
}

} // namespace smsdesk
