// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookroutes.h"

#include <QUrlQuery>

#include "apijson.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "storereader.h"

namespace smsdesk {

namespace {

QByteArray effectName(ReportEffect effect)
{
    switch (effect) {
    case ReportEffect::Applied:
        return "applied";
    case ReportEffect::Duplicate:
        return "duplicate";
    case ReportEffect::Ignored:
        return "ignored";
    case ReportEffect::NotFound:
        return "not_found";
    }
    return "unknown";
}

QByteArray accepted(const QByteArray &effect, const QString &note = QString())
{
    QJsonObject object { { QStringLiteral("accepted"), true },
                         { QStringLiteral("effect"), QString::fromLatin1(effect) } };
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    return ApiJson::compact(object);
}

} // namespace

WebhookRoutes::WebhookRoutes(ApiContext context, QHash<QString, QByteArray> secrets,
                             InboundStored inboundStored, WebhookParser::MySmsGateCheck mySmsGateCheck)
    : m_context(context)
    , m_secrets(std::move(secrets))
    , m_inboundStored(std::move(inboundStored))
    , m_mySmsGateCheck(mySmsGateCheck)
{ }

void WebhookRoutes::addTo(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Post, QStringLiteral("/webhooks/smsgate"),
               [this](const auto &request, const auto &reply, const auto &) { smsGate(request, reply); });
    router.add(M::Post, QStringLiteral("/webhooks/mysmsgate"),
               [this](const auto &request, const auto &reply, const auto &) { mySmsGate(request, reply); });
}

void WebhookRoutes::setSecret(const QString &adapter, const QByteArray &secret)
{
    m_secrets.insert(adapter, secret);
}

std::optional<Problem> WebhookRoutes::missingSecret(const QString &adapter) const
{
    if (!m_secrets.value(adapter).isEmpty())
        return std::nullopt;
    return Problem::make(
        Problem::Kind::Unavailable,
        QStringLiteral("No webhook secret is set for %1, so its webhooks cannot be verified and "
                       "are refused. Set the secret in Smsdesk's settings.")
            .arg(adapter));
}

void WebhookRoutes::smsGate(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    const QString adapter = QStringLiteral("smsgate");
    if (auto problem = missingSecret(adapter)) {
        reply->problem(*problem);
        return;
    }
    const qint64 now = m_context.clock.nowMs();
    if (auto problem = WebhookParser::verifySmsGate(m_secrets.value(adapter), request.body(),
                                                    request.value(QByteArrayLiteral("x-signature")),
                                                    request.value(QByteArrayLiteral("x-timestamp")), now)) {
        reply->problem(*problem);
        return;
    }
    auto parsed = WebhookParser::parseSmsGate(request.body(), m_context.phoneNumbers, now);
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    apply(std::get<WebhookEvent>(std::move(parsed)), adapter, reply);
}

void WebhookRoutes::mySmsGate(const QHttpServerRequest &request, const ReplyPtr &reply)
{
    const QString adapter = QStringLiteral("mysmsgate");
    if (auto problem = missingSecret(adapter)) {
        reply->problem(*problem);
        return;
    }
    const qint64 now = m_context.clock.nowMs();
    const QByteArray webhookId = request.value(QByteArrayLiteral("webhook-id"));
    std::optional<Problem> refused;
    if (m_mySmsGateCheck == WebhookParser::MySmsGateCheck::Token) {
        QByteArray token = request.value(QByteArrayLiteral("x-webhook-token"));
        if (token.isEmpty())
            token = request.query().queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
        refused = WebhookParser::verifyToken(m_secrets.value(adapter), token);
    } else {
        refused = WebhookParser::verifyStandardWebhook(m_secrets.value(adapter), request.body(), webhookId,
                                                       request.value(QByteArrayLiteral("webhook-timestamp")),
                                                       request.value(QByteArrayLiteral("webhook-signature")), now);
    }
    if (refused) {
        reply->problem(*refused);
        return;
    }
    auto parsed = WebhookParser::parseMySmsGate(request.body(), webhookId, m_context.phoneNumbers, now);
    if (auto *problem = std::get_if<Problem>(&parsed)) {
        reply->problem(*problem);
        return;
    }
    apply(std::get<WebhookEvent>(std::move(parsed)), adapter, reply);
}

qint64 WebhookRoutes::deviceFor(const QString &adapter, const QString &remoteId) const
{
    if (remoteId.isEmpty())
        return 0;
    const Result<QList<Device>> devices = m_context.reader.devices();
    if (!devices)
        return 0;
    for (const Device &device : devices.value()) {
        if (device.remoteId == remoteId && device.adapter.startsWith(adapter))
            return device.id;
    }
    return 0;
}

void WebhookRoutes::apply(WebhookEvent event, const QString &adapter, const ReplyPtr &reply)
{
    const qint64 deviceId = deviceFor(adapter, event.remoteDeviceId);
    if (!event.ignored.isEmpty()) {
        reply->json(200, accepted("ignored", event.ignored));
        return;
    }
    if (event.ping) {
        applyPing(deviceId, reply);
        return;
    }
    if (event.inbound) {
        // Unmatched phones still deliver: the SMS is kept with device 0 rather than lost.
        event.inbound->deviceId = deviceId;
        const InboundMessage inbound = *event.inbound;
        m_context.store.addInbound(inbound).then(
            m_context.context, [this, reply, inbound](const Result<bool> &added) {
                if (!added) {
                    reply->problem(Problem::fromError(added.error()));
                    return;
                }
                if (added.value() && m_inboundStored)
                    m_inboundStored(inbound);
                reply->json(200, accepted(added.value() ? "stored" : "duplicate"));
            });
        return;
    }
    for (StatusReport &report : event.reports)
        report.deviceId = deviceId;
    m_context.store.applyReports(event.reports)
        .then(m_context.context, [reply](const Result<QList<ReportEffect>> &effects) {
            if (!effects) {
                reply->problem(Problem::fromError(effects.error()));
                return;
            }
            reply->json(200,
                        accepted(effects->isEmpty() ? QByteArray("ignored") : effectName(effects->first())));
        });
}

void WebhookRoutes::applyPing(qint64 deviceId, const ReplyPtr &reply)
{
    const Result<Device> device = deviceId > 0 ? m_context.reader.device(deviceId)
                                               : Result<Device>(Error { ErrorCode::NotFound, {} });
    if (!device) {
        reply->json(200, accepted("ignored", QStringLiteral("no device with this deviceId as remote id")));
        return;
    }
    DeviceHealth health = device->health;
    health.online = true;
    health.lastSeenMs = m_context.clock.nowMs();
    m_context.store.updateDeviceHealth(deviceId, health)
        .then(m_context.context, [reply](const Status &status) {
            if (!status)
                reply->problem(Problem::fromError(status.error()));
            else
                reply->json(200, accepted("applied"));
        });
}

} // namespace smsdesk
