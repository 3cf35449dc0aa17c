// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <map>

namespace smsdesk {

class Clock;
class DeviceTable;
struct DeviceRuntime;

// Registers Smsdesk's webhooks on the phones through their own API, since SMSGate takes
// webhooks no other way (reference/gateways.md): for every enabled phone whose gateway has
// a webhook API, it lists the phone's webhooks, deletes the ones Smsdesk made before that
// are not current, registers one per event pointing to the gateway listener, and sets the
// phone's signing key to the secret the listener verifies with where the phone allows it
// (local mode). Without a gateway listener it only removes the ones it made before, so a
// phone does not post to an address nobody listens on. A phone is done again when its
// settings, credentials, the URL or the secret change, and after a failure every minute.
class WebhookRegistrar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookRegistrar)

public:
    struct Options
    {
        QUrl gatewayUrl; // the listener's base URL; empty: no listener
        QByteArray smsGateSecret; // what the listener checks SMSGate signatures with
        qint64 timeoutMs = 30'000;
        qint64 retryMs = 60'000;
    };

    WebhookRegistrar(const Clock &clock, DeviceTable &devices, Options options, QObject *parent = nullptr);

    // The events Smsdesk uses (modules/webhooks/domain/WebHookEvent.kt).
    static const QStringList &events();
    // "smsdesk-<deviceId>-sms-received": ours, and stable, so a registration replaces the
    // last one (WebHooksService.replace upserts by id) and several desks' phones on one
    // cloud account keep theirs apart.
    static QString webhookId(qint64 deviceId, const QString &event);
    QUrl hookUrl() const; // <gatewayUrl>/webhooks/smsgate

    // Looks at every phone: those whose registration is missing, stale or failed a while ago
    // are done now. Cheap when nothing changed; call it after the phones or credentials change.
    void refresh();
    void setSmsGateSecret(const QByteArray &secret);
    void stop();

Q_SIGNALS:
    // What the phone's webhooks do, for its status line ("" when it has none of ours).
    void stateChanged(qint64 deviceId, const QString &text);

private:
    struct Step
    {
        GatewayRequest request;
        std::function<Status(const GatewayReply &)> done;
    };
    struct Phone
    {
        QByteArray signature; // what the last registration was made for
        bool done = false; // succeeded for `signature`
        qint64 retryAtMs = 0; // failed: not before this
        quint64 generation = 0; // answers of an older job are dropped
        std::deque<Step> steps;
        QString state;
    };

    QByteArray signatureOf(const DeviceRuntime &device) const;
    void begin(DeviceRuntime &device, Phone &phone);
    Status planAfterList(qint64 deviceId, const GatewayReply &reply);
    void next(qint64 deviceId);
    void finish(qint64 deviceId, const Status &result);
    void setState(qint64 deviceId, Phone &phone, const QString &text);

    const Clock &m_clock;
    Options m_options;
    DeviceTable &m_devices;
    QNetworkAccessManager m_network;
    QTimer m_retryTimer;
    std::map<qint64, Phone> m_phones;
};

} // namespace smsdesk
