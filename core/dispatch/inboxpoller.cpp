// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxpoller.h"

#include "clock.h"
#include "devicetable.h"
#include "queuestore.h"
#include "senderpool.h"
#include "storereader.h"

#include <QNetworkProxy>
#include <QNetworkReply>

namespace smsdesk {

namespace {

constexpr int kPageSize = 100;
constexpr int kMaxPages = 50; // 5,000 SMS in one round at most; the rest next round
constexpr qsizetype kMaxRecent = 2'000;

} // namespace

InboxPoller::InboxPoller(QueueStore &store, StoreReader &reader, const Clock &clock, DeviceTable &devices,
                         Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reader(reader)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_devices(devices)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    connect(&m_timer, &QTimer::timeout, this, &InboxPoller::pollNow);
}

void InboxPoller::start()
{
    if (m_options.intervalMs <= 0)
        return;
    m_timer.start(int(m_options.intervalMs));
    QTimer::singleShot(0, this, &InboxPoller::pollNow);
}

void InboxPoller::stop()
{
    m_timer.stop();
}

void InboxPoller::pollNow()
{
    const qint64 now = m_clock.nowMs();
    for (const auto &[id, runtime] : m_devices.all()) {
        DeviceRuntime &device = *runtime;
        if (!device.adapter || !device.device.enabled || !device.credentialsReady)
            continue;
        Phone &phone = m_phones[id];
        if (phone.busy)
            continue;
        if (phone.sinceMs < 0) {
            // Resume after the newest SMS we have from this phone; a phone new to us starts
            // at its pairing, not with the owner's whole personal inbox.
            const Result<qint64> newest = m_reader.newestInboundAtMs(id);
            if (!newest)
                continue; // the store is busy: next round
            phone.sinceMs = newest.value() > 0 ? newest.value() : device.device.createdAtMs;
        }
        if (phone.unsupported && now - phone.lastSweepMs < m_options.sweepEveryMs)
            continue; // a gateway without an inbox is asked again once an hour only
        qint64 from = std::max<qint64>(0, phone.sinceMs - m_options.overlapMs);
        if (now - phone.lastSweepMs >= m_options.sweepEveryMs) {
            phone.lastSweepMs = now;
            from = std::max<qint64>(device.device.createdAtMs, std::min(from, now - m_options.sweepSpanMs));
        }
        poll(device, phone, from, 0);
    }
}

void InboxPoller::poll(DeviceRuntime &device, Phone &phone, qint64 fromMs, int offset)
{
    const std::optional<GatewayRequest> request
        = device.adapter->inboxRequest(device.device, device.credentials, fromMs, offset, kPageSize);
    if (!request)
        return;
    phone.busy = true;
    QNetworkRequest networkRequest = request->request;
    networkRequest.setTransferTimeout(int(std::min<qint64>(m_options.timeoutMs, 600'000)));
    QNetworkReply *reply = request->verb == "GET"
        ? m_network.get(networkRequest)
        : m_network.sendCustomRequest(networkRequest, request->verb, request->body);
    const qint64 deviceId = device.device.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, deviceId, fromMs, offset] {
        const GatewayReply read = readGatewayReply(reply, false);
        reply->deleteLater();
        onPage(deviceId, fromMs, offset, kPageSize, read);
    });
}

void InboxPoller::onPage(qint64 deviceId, qint64 fromMs, int offset, int limit, const GatewayReply &reply)
{
    Phone &phone = m_phones[deviceId];
    phone.busy = false;
    DeviceRuntime *device = m_devices.find(deviceId);
    if (!device || !device->adapter)
        return;
    const Result<InboxPage> page = device->adapter->parseInbox(device->device, fromMs, reply);
    if (!page) {
        phone.unsupported = page.code() == ErrorCode::Incompatible;
        setState(deviceId, phone,
                 phone.unsupported ? QStringLiteral("no replies: %1; they need a webhook").arg(page.errorString())
                                   : QStringLiteral("cannot fetch replies: %1").arg(page.errorString()));
        return;
    }
    phone.unsupported = false;
    for (InboundMessage message : page->messages) {
        phone.sinceMs = std::max(phone.sinceMs, message.receivedAtMs);
        if (phone.recent.contains(message.gatewayId))
            continue;
        if (phone.recent.size() >= kMaxRecent)
            phone.recent.clear(); // the store still drops what it has; this only spares it work
        phone.recent.insert(message.gatewayId);
        message.deviceId = deviceId;
        if (m_options.normalize)
            message.from = m_options.normalize(message.from);
        m_store.addInbound(std::move(message));
    }
    QString state = QStringLiteral("polling every %1 s").arg(std::max<qint64>(1, m_options.intervalMs / 1000));
    if (!page->problems.isEmpty())
        state += QStringLiteral("; %1 unreadable: %2").arg(page->problems.size()).arg(page->problems.constFirst());
    setState(deviceId, phone, state);
    // A full page: the phone has more in the window (newest first), fetch the next now.
    if (page->listed >= limit && offset / limit + 1 < kMaxPages)
        poll(*device, phone, fromMs, offset + limit);
}

void InboxPoller::setState(qint64 deviceId, Phone &phone, const QString &text)
{
    if (phone.state == text)
        return;
    phone.state = text;
    Q_EMIT reportsViaChanged(deviceId, text);
}

} // namespace smsdesk
