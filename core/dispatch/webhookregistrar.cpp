// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookregistrar.h"

#include "clock.h"
#include "devicetable.h"
#include "senderpool.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace smsdesk {

namespace {

Q_LOGGING_CATEGORY(lcWebhooks, "smsdesk.webhooks")

constexpr int kRetryCheckMs = 5'000;
const QString kPrefix = QStringLiteral("smsdesk-");

} // namespace

WebhookRegistrar::WebhookRegistrar(const Clock &clock, DeviceTable &devices, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_devices(devices)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_retryTimer.setInterval(kRetryCheckMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &WebhookRegistrar::refresh);
}

const QStringList &WebhookRegistrar::events()
{
    static const QStringList events { QStringLiteral("sms:received"), QStringLiteral("sms:sent"),
                                      QStringLiteral("sms:delivered"), QStringLiteral("sms:failed") };
    return events;
}

QString WebhookRegistrar::webhookId(qint64 deviceId, const QString &event)
{
    QString tail = event;
    tail.replace(u':', u'-');
    return kPrefix + QString::number(deviceId) + u'-' + tail;
}

QUrl WebhookRegistrar::hookUrl() const
{
    if (m_options.gatewayUrl.isEmpty())
        return {};
    QUrl url = m_options.gatewayUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/webhooks/smsgate"));
    return url;
}

void WebhookRegistrar::setSmsGateSecret(const QByteArray &secret)
{
    if (m_options.smsGateSecret == secret)
        return;
    m_options.smsGateSecret = secret;
    refresh();
}

void WebhookRegistrar::stop()
{
    m_retryTimer.stop();
    for (auto &[id, phone] : m_phones) {
        ++phone.generation;
        phone.steps.clear();
    }
}

QByteArray WebhookRegistrar::signatureOf(const DeviceRuntime &device) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : { device.device.adapter, device.device.baseUrl, device.device.remoteId,
                                 device.credentials.user, device.credentials.password, hookUrl().toString() })
        hash.addData((part + QChar(0)).toUtf8());
    hash.addData(m_options.smsGateSecret);
    return hash.result();
}

void WebhookRegistrar::refresh()
{
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
    const qint64 now = m_clock.nowMs();
    for (const auto &[id, runtime] : m_devices.all()) {
        DeviceRuntime &device = *runtime;
        Phone &phone = m_phones[id];
        if (!device.adapter || !device.credentialsReady)
            continue;
        if (!device.device.enabled || !device.adapter->listWebhooksRequest(device.device, device.credentials)) {
            setState(id, phone, {}); // a disabled phone is left as it is
            continue;
        }
        const QByteArray signature = signatureOf(device);
        const bool busy = !phone.steps.empty();
        if (signature == phone.signature && (phone.done || busy || now < phone.retryAtMs))
            continue;
        phone.signature = signature;
        begin(device, phone);
    }
    for (auto it = m_phones.begin(); it != m_phones.end();) {
        if (!m_devices.find(it->first))
            it = m_phones.erase(it); // removed: its webhooks went with it in the user's eyes
        else
            ++it;
    }
}

void WebhookRegistrar::begin(DeviceRuntime &device, Phone &phone)
{
    ++phone.generation;
    phone.steps.clear();
    phone.done = false;
    const qint64 id = device.device.id;
    const QUrl url = hookUrl();
    if (!url.isEmpty()) {
        const QString refusal = device.adapter->webhookUrlRefusal(url);
        if (!refusal.isEmpty()) {
            // Nothing the phone could do with it: say why, and keep polling.
            setState(id, phone, QStringLiteral("webhooks not registered: %1").arg(refusal));
            phone.done = true;
            return;
        }
        if (m_options.smsGateSecret.isEmpty()) {
            setState(id, phone,
                     QStringLiteral("webhooks not registered: Smsdesk has no smsgate webhook secret yet "
                                    "(Settings, or the webhook/smsgate entry of the credentials file)"));
            phone.done = true;
            return;
        }
        setState(id, phone, QStringLiteral("registering webhooks at %1").arg(m_options.gatewayUrl.toString()));
    }
    std::optional<GatewayRequest> list = device.adapter->listWebhooksRequest(device.device, device.credentials);
    phone.steps.push_back(Step { std::move(*list), [this, id](const GatewayReply &reply) {
                                    return planAfterList(id, reply);
                                } });
    next(id);
}

// From the phone's list: ours that are not current go, then one per event is registered
// (replacing ours by id), then the signing key is set where the API allows it.
Status WebhookRegistrar::planAfterList(qint64 deviceId, const GatewayReply &reply)
{
    DeviceRuntime *device = m_devices.find(deviceId);
    Phone &phone = m_phones[deviceId];
    if (!device)
        return Status::failure(ErrorCode::NotFound, QStringLiteral("the phone was removed"));
    const GatewayAdapter &adapter = *device->adapter;
    const Result<QList<WebhookRegistration>> listed = adapter.parseWebhookList(reply);
    if (!listed)
        return listed.error();
    const QUrl url = hookUrl();
    const QString ours = kPrefix + QString::number(deviceId) + u'-';
    QStringList current;
    if (!url.isEmpty()) {
        for (const QString &event : events())
            current.append(webhookId(deviceId, event));
    }
    for (const WebhookRegistration &webhook : listed.value()) {
        // Ours by id; or, for a listener we run, one a person added by hand to the same
        // address (every event would arrive twice). Other desks' ids are left alone.
        const bool mine = webhook.id.startsWith(ours);
        const bool byHand = !url.isEmpty() && !webhook.id.startsWith(kPrefix) && QUrl(webhook.url) == url;
        if ((!mine && !byHand) || current.contains(webhook.id))
            continue;
        std::optional<GatewayRequest> remove
            = adapter.deleteWebhookRequest(device->device, device->credentials, webhook.id);
        if (remove)
            phone.steps.push_back(Step { std::move(*remove), [device = deviceId, this](const GatewayReply &r) {
                                            const DeviceRuntime *d = m_devices.find(device);
                                            return d ? d->adapter->parseWebhookDeleted(r) : Status();
                                        } });
    }
    if (url.isEmpty())
        return {};
    for (const QString &event : events()) {
        const WebhookRegistration webhook { webhookId(deviceId, event), url.toString(), event, {} };
        std::optional<GatewayRequest> add = adapter.registerWebhookRequest(device->device, device->credentials, webhook);
        if (!add)
            continue;
        phone.steps.push_back(Step { std::move(*add), [device = deviceId, this](const GatewayReply &r) {
                                        const DeviceRuntime *d = m_devices.find(device);
                                        if (!d)
                                            return Status();
                                        const Result<WebhookRegistration> stored = d->adapter->parseWebhookRegistered(r);
                                        return stored ? Status() : Status(stored.error());
                                    } });
    }
    if (std::optional<GatewayRequest> key
        = adapter.signingKeyRequest(device->device, device->credentials, m_options.smsGateSecret))
        phone.steps.push_back(Step { std::move(*key), [device = deviceId, this](const GatewayReply &r) {
                                        const DeviceRuntime *d = m_devices.find(device);
                                        return d ? d->adapter->parseSigningKeySet(r) : Status();
                                    } });
    return {};
}

void WebhookRegistrar::next(qint64 deviceId)
{
    Phone &phone = m_phones[deviceId];
    if (phone.steps.empty()) {
        finish(deviceId, {});
        return;
    }
    const GatewayRequest &step = phone.steps.front().request;
    QNetworkRequest request = step.request;
    request.setTransferTimeout(int(std::min<qint64>(m_options.timeoutMs, 600'000)));
    QNetworkReply *reply = m_network.sendCustomRequest(request, step.verb, step.body);
    const quint64 generation = phone.generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, deviceId, generation] {
        const GatewayReply read = readGatewayReply(reply, false);
        reply->deleteLater();
        auto it = m_phones.find(deviceId);
        if (it == m_phones.end() || it->second.generation != generation || it->second.steps.empty())
            return; // the phone changed or went away meanwhile: a newer job runs
        Step step = std::move(it->second.steps.front());
        it->second.steps.pop_front();
        if (const Status done = step.done(read); !done) {
            finish(deviceId, done);
            return;
        }
        next(deviceId);
    });
}

void WebhookRegistrar::finish(qint64 deviceId, const Status &result)
{
    Phone &phone = m_phones[deviceId];
    phone.steps.clear();
    const DeviceRuntime *device = m_devices.find(deviceId);
    if (!result) {
        phone.retryAtMs = m_clock.nowMs() + m_options.retryMs;
        qCInfo(lcWebhooks) << "device" << deviceId << result.errorString();
        // Without a listener this was only tidying up: nothing to tell the user.
        setState(deviceId, phone,
                 hookUrl().isEmpty() ? QString()
                                     : QStringLiteral("webhooks not registered: %1").arg(result.errorString()));
        return;
    }
    phone.done = true;
    if (hookUrl().isEmpty() || !device) {
        setState(deviceId, phone, {});
        return;
    }
    QString text = QStringLiteral("webhooks registered at %1").arg(m_options.gatewayUrl.toString());
    if (!device->adapter->signingKeyRequest(device->device, device->credentials, m_options.smsGateSecret))
        text += QStringLiteral(" (set the signing key in the app, Settings > Webhooks, to Smsdesk's smsgate "
                               "webhook secret)");
    setState(deviceId, phone, text);
}

void WebhookRegistrar::setState(qint64 deviceId, Phone &phone, const QString &text)
{
    if (phone.state == text)
        return;
    phone.state = text;
    Q_EMIT stateChanged(deviceId, text);
}

} // namespace smsdesk
