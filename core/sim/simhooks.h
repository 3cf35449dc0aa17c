// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace smsdesk::sim {

// A webhook registration as the phone stores it (capcom6/android-sms-gateway
// modules/webhooks/db/WebHook.kt: id, url, event, source) or the cloud server does
// (android-sms-gateway/server modules/webhooks: plus an optional device id).
struct WebhookRegistration
{
    QString id;
    QString url;
    QString event;
    QString deviceId; // cloud only: empty = every phone of the account
    bool cloud = false; // source "Cloud" (registered at the server) or "Local"
};

// One post to make for an event on a phone.
struct WebhookTarget
{
    QUrl url;
    QString webhookId;
    QString envelopeDeviceId;
};

// Who gets which SMSGate event: the phone's own registrations (POST /webhooks in local
// mode), the cloud account's (POST /3rdparty/v1/webhooks, synced to the phones), and the
// presets of --webhook-url, which stand for registrations made before the simulator
// started (one per event, ids "<prefix>-<event with ':' as '-'>", source "Local").
class SimHooks final
{
public:
    // modules/webhooks/domain/WebHookEvent.kt (the phone accepts these).
    static const QStringList &phoneEvents();
    // client-go smsgateway/domain_webhooks.go webhookEventTypes (the server accepts these;
    // no sms:cancelled).
    static const QStringList &serverEvents();

    void setPresets(const QUrl &url, const QString &idPrefix, bool withSentEvents);
    // Upserts by id (WebHooksService.replace / server Service.Replace): an existing id is replaced.
    void replace(WebhookRegistration registration);
    void remove(bool cloud, const QString &id);
    // Presets first, then the registrations of that source, in registration order.
    QList<WebhookRegistration> list(bool cloud) const;
    // WebHooksService.emit: every registration of the event; local ones only reach the
    // phone that runs the local server, cloud ones the account's phones (filtered by device).
    QList<WebhookTarget> targets(const QString &event, const QString &phoneId, const QString &localPhoneId,
                                 const QStringList &cloudPhoneIds) const;

private:
    QList<WebhookRegistration> m_presets;
    QList<WebhookRegistration> m_registered;
};

} // namespace smsdesk::sim
