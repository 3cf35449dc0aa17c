// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP side of GatewaySimulator shared by its faces: authentication, fault injection,
// recording an accepted message, health, and the control routes (/stats, /_sim/...).
#include "gatewaysimulator.h"

#include "simjson.h"
#include "simledger.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QMap>

namespace smsdesk {

using namespace smsdesk::sim;
using Method = QHttpServerRequest::Method;

void GatewaySimulator::setupRoutes()
{
    setupControlRoutes();
    setupSmsGateLocalRoutes();
    setupSmsGateCloudRoutes();
    setupMySmsGateRoutes();
    m_server->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&r) {
        r.write(errorReply(404, QStringLiteral("no such endpoint")).body, QByteArrayLiteral("application/json"),
                QHttpServerResponder::StatusCode::NotFound);
    });
}

void GatewaySimulator::setupControlRoutes()
{
    // Never delayed nor counted: tests read them while a device is "offline".
    m_server->route(QStringLiteral("/stats"), Method::Get, [this](const QHttpServerRequest &, QHttpServerResponder &&r) {
        r.write(QJsonDocument(statsJson()).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
    });
    m_server->route(QStringLiteral("/stats/devices"), Method::Get,
                    [this](const QHttpServerRequest &, QHttpServerResponder &&r) {
                        r.write(devicesStats().body, QByteArrayLiteral("application/json"));
                    });
    // DESIGN §6b: a phone receives an SMS.
    m_server->route(QStringLiteral("/_sim/inbound"), Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                        const SimReply reply = simInbound(request);
                        r.write(reply.body, QByteArrayLiteral("application/json"),
                                QHttpServerResponder::StatusCode(reply.status));
                    });
}

bool GatewaySimulator::authorized(Api api, const QHttpServerRequest &request) const
{
    if (m_settings.apiKey.isEmpty())
        return true;
    const QByteArray given = request.value(QByteArrayLiteral("Authorization"));
    return given == (api == Api::MySmsGate ? m_expectedBearer : m_expectedBasic);
}

bool GatewaySimulator::drawUnavailable()
{
    return m_settings.failRate > 0 && m_random.generateDouble() < m_settings.failRate;
}

namespace {

SimReply apiError(Api api, int status, const QString &text)
{
    return api == Api::MySmsGate ? mySmsGateError(status, text) : errorReply(status, text);
}

SimReply unauthorized(Api api)
{
    if (api == Api::SmsGateLocal) {
        // ktor's basic authentication challenge (localserver/WebService.kt, realm as there).
        SimReply reply = emptyReply(401);
        reply.headers.append({ QByteArrayLiteral("WWW-Authenticate"),
                               QByteArrayLiteral("Basic realm=\"Access to SMS Gateway\", charset=UTF-8") });
        return reply;
    }
    return apiError(api, 401, QStringLiteral("Unauthorized"));
}

SimReply unavailable(Api api, bool isSend)
{
    // The server's answer to a full queue (handlers/messages/3rdparty.go errorHandler,
    // ErrQueueLimitExceeded); elsewhere a proxy's or a dying phone's 503.
    if (api == Api::SmsGateCloud && isSend)
        return errorReply(503, QStringLiteral("failed to enqueue message: queue limits exceeded: "
                                              "too many pending messages (simulated)"));
    return apiError(api, 503, QStringLiteral("device unavailable (simulated)"));
}

} // namespace

// Authentication, then the fault draws. For a send, one draw splits [0, 1) into the fault
// shares, so each rate is exactly its share; other requests only meet the fail rate.
std::optional<SimReply> GatewaySimulator::gate(Api api, const QHttpServerRequest &request, bool isSend)
{
    if (!authorized(api, request))
        return unauthorized(api);
    if (!isSend) {
        if (drawUnavailable())
            return unavailable(api, false);
        return std::nullopt;
    }
    Stats &stats = m_ledger->stats();
    const double draw = m_random.generateDouble();
    double edge = m_settings.failRate;
    if (draw < edge) {
        ++stats.unavailable;
        return unavailable(api, true);
    }
    if (draw < (edge += m_settings.throttleRate)) {
        ++stats.throttled;
        SimReply reply = apiError(api, 429, QStringLiteral("too many requests (simulated)"));
        reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(m_settings.retryAfterSeconds) });
        return reply;
    }
    if (draw < edge + m_settings.rejectRate) {
        ++stats.rejected;
        return apiError(api, 400, QStringLiteral("rejected (simulated permanent failure)"));
    }
    return std::nullopt;
}

qint64 GatewaySimulator::record(SimMessage message, const QString &scope)
{
    message.acceptedAtMs = nowMs();
    message.stateAtMs[size_t(MessageState::Pending)] = message.acceptedAtMs;
    message.segments = countSegments(message.text);
    message.sequence = m_ledger->nextPhoneSequence();
    const QString gatewayId = message.gatewayId;
    const QString clientId = message.clientId;
    const qint64 index = m_ledger->add(scope, std::move(message));
    scheduleNext(index);
    Q_EMIT messageAccepted(gatewayId, clientId);
    return index;
}

// localserver/WebService.kt get("/health"): FAIL answers 500 with the document, WARN and
// PASS 200. The fail rate stands for a phone that cannot answer at all (a proxy's 503).
SimReply GatewaySimulator::health()
{
    if (drawUnavailable())
        return unavailable(Api::SmsGateLocal, false);
    const auto [failed, processed] = m_ledger->failedAndProcessedSince(nowMs() - 3'600'000);
    HealthInput input;
    input.batteryPercent = m_settings.batteryPercent;
    input.connected = m_settings.connected;
    input.failedLastHour = failed;
    input.processedLastHour = processed;
    const QJsonObject document = healthJson(input);
    return jsonReply(document.value(QLatin1String("status")).toString() == QLatin1String("fail") ? 500 : 200,
                     document);
}

SimReply GatewaySimulator::devicesStats() const
{
    struct Totals
    {
        qint64 accepted = 0;
        qint64 segments = 0;
        QJsonArray accepts;
    };
    QMap<QString, Totals> byDevice;
    for (const AcceptRecord &a : m_ledger->acceptLog()) {
        Totals &t = byDevice[a.deviceKey];
        ++t.accepted;
        t.segments += a.segments;
        t.accepts.append(QJsonArray { a.atMs, a.segments });
    }
    QJsonArray devices;
    for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
        devices.append(QJsonObject { { QStringLiteral("device"), it.key() },
                                     { QStringLiteral("accepted"), it->accepted },
                                     { QStringLiteral("segments"), it->segments },
                                     { QStringLiteral("accepts"), it->accepts } });
    }
    return jsonReply(200, QJsonObject { { QStringLiteral("devices"), devices } });
}

// POST /_sim/inbound {"from","text","device_id"?,"api"?: "smsgate"|"mysmsgate","sim"?,"missed"?}
// → 202 {"api","device_id","id","message_id","stored"}: id is the inbox / history id,
// message_id the webhook payload's; stored false when the app already had that id or missed it.
SimReply GatewaySimulator::simInbound(const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    Inbound inbound;
    inbound.from = body.value(QLatin1String("from")).toString();
    inbound.text = body.value(QLatin1String("text")).toString();
    inbound.deviceId = body.value(QLatin1String("device_id")).toString();
    inbound.sim = body.value(QLatin1String("sim")).toInt(1);
    inbound.missedByApp = body.value(QLatin1String("missed")).toBool(false);
    const QString api = body.value(QLatin1String("api")).toString(QStringLiteral("smsgate"));
    if (inbound.from.isEmpty() || inbound.text.isEmpty())
        return errorReply(400, QStringLiteral("\"from\" and \"text\" are required"));
    if (api == QLatin1String("mysmsgate")) {
        inbound.api = Api::MySmsGate;
    } else if (api != QLatin1String("smsgate")) {
        return errorReply(400, QStringLiteral("\"api\" is \"smsgate\" or \"mysmsgate\""));
    } else if (!inbound.deviceId.isEmpty() && !isSmsGatePhone(inbound.deviceId)) {
        return errorReply(400, QStringLiteral("no SMSGate phone \"%1\" (the local phone or a cloud device)")
                                   .arg(inbound.deviceId));
    }
    bool stored = false;
    const InboundSms sms = receive(inbound, &stored);
    return jsonReply(202, QJsonObject { { QStringLiteral("api"), api },
                                        { QStringLiteral("device_id"), sms.deviceId },
                                        { QStringLiteral("id"), sms.inboxId },
                                        { QStringLiteral("message_id"), sms.messageId },
                                        { QStringLiteral("stored"), stored } });
}

} // namespace smsdesk
