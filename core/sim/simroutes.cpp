// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP side of GatewaySimulator: routes, authentication, fault injection, the two APIs.
#include "gatewaysimulator.h"

#include "simjson.h"
#include "simledger.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrlQuery>

namespace smsdesk {

using namespace smsdesk::sim;
using Method = QHttpServerRequest::Method;

void GatewaySimulator::setupRoutes()
{
    setupSendRoutes();
    setupQueryRoutes();
    m_server->route(QStringLiteral("/stats"), Method::Get,
                    [this](const QHttpServerRequest &, QHttpServerResponder &&r) {
                        // Never delayed nor counted: tests read it while a device is "offline".
                        r.write(QJsonDocument(statsJson()).toJson(QJsonDocument::Compact),
                                QByteArrayLiteral("application/json"));
                    });
    m_server->route(QStringLiteral("/stats/devices"), Method::Get,
                    [this](const QHttpServerRequest &, QHttpServerResponder &&r) {
                        const SimReply reply = devicesJson();
                        r.write(reply.body, QByteArrayLiteral("application/json"));
                    });
    m_server->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&r) {
        r.write(errorReply(404, QStringLiteral("no such endpoint")).body,
                QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
    });
}

void GatewaySimulator::setupSendRoutes()
{
    const auto send = [this](Api api) {
        return [this, api](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleSend(api, request, std::move(responder));
        };
    };
    m_server->route(QStringLiteral("/api/v1/send"), Method::Post, send(Api::MySmsGate));
    m_server->route(QStringLiteral("/message"), Method::Post, send(Api::SmsGateLocal));
    m_server->route(QStringLiteral("/messages"), Method::Post, send(Api::SmsGateLocal));
    m_server->route(QStringLiteral("/3rdparty/v1/messages"), Method::Post, send(Api::SmsGateCloud));
}

void GatewaySimulator::setupQueryRoutes()
{
    const auto status = [this](const QString &id, const QHttpServerRequest &request,
                               QHttpServerResponder &&r) { answer(std::move(r), statusOf(id, request)); };
    const auto list = [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
        answer(std::move(r), listMessages(request));
    };
    m_server->route(QStringLiteral("/message/<arg>"), Method::Get, status);
    m_server->route(QStringLiteral("/messages/<arg>"), Method::Get, status);
    m_server->route(QStringLiteral("/3rdparty/v1/messages/<arg>"), Method::Get, status);
    m_server->route(QStringLiteral("/message"), Method::Get, list);
    m_server->route(QStringLiteral("/messages"), Method::Get, list);
    m_server->route(QStringLiteral("/3rdparty/v1/messages"), Method::Get, list);
    m_server->route(QStringLiteral("/message/<arg>"), Method::Delete,
                    [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&r) {
                        answer(std::move(r), cancel(id, request));
                    });
    m_server->route(
        QStringLiteral("/health"), Method::Get,
        [this](const QHttpServerRequest &, QHttpServerResponder &&r) { answer(std::move(r), health()); });
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

SimReply unauthorized(Api api)
{
    SimReply reply = errorReply(401, QStringLiteral("missing or wrong credentials"));
    if (api != Api::MySmsGate)
        reply.headers.append(
            { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"sms\"") });
    return reply;
}

SimReply unavailable()
{
    return errorReply(503, QStringLiteral("device unavailable (simulated)"));
}

} // namespace

void GatewaySimulator::handleSend(Api api, const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    ++m_ledger->stats().requests;
    answer(std::move(responder), processSend(api, request));
}

SimReply GatewaySimulator::processSend(Api api, const QHttpServerRequest &request)
{
    Stats &stats = m_ledger->stats();
    if (!authorized(api, request))
        return unauthorized(api);
    // One draw splits [0, 1) into the fault shares, so each rate is exactly its share.
    const double draw = m_random.generateDouble();
    double edge = m_settings.failRate;
    if (draw < edge) {
        ++stats.unavailable;
        return unavailable();
    }
    if (draw < (edge += m_settings.throttleRate)) {
        ++stats.throttled;
        SimReply reply = errorReply(429, QStringLiteral("too many requests (simulated)"));
        reply.headers.append(
            { QByteArrayLiteral("Retry-After"), QByteArray::number(m_settings.retryAfterSeconds) });
        return reply;
    }
    if (draw < edge + m_settings.rejectRate) {
        ++stats.rejected;
        return errorReply(400, QStringLiteral("rejected (simulated permanent failure)"));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject()) {
        ++stats.rejected;
        return errorReply(400, QStringLiteral("body is not a JSON object"));
    }
    return api == Api::MySmsGate ? acceptMySmsGate(doc.object()) : acceptSmsGate(api, doc.object());
}

namespace {

QString stringOrNumber(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

QString orDefault(const QString &key)
{
    return key.isEmpty() ? QStringLiteral("default") : key;
}

} // namespace

qint64 GatewaySimulator::record(SimMessage message)
{
    message.acceptedAtMs = nowMs();
    message.segments = countSegments(message.text);
    const QString gatewayId = message.gatewayId;
    const QString clientId = message.clientId;
    const qint64 index = m_ledger->add(std::move(message));
    scheduleReport(index);
    Q_EMIT messageAccepted(gatewayId, clientId);
    return index;
}

SimReply GatewaySimulator::acceptMySmsGate(const QJsonObject &body)
{
    SimMessage m;
    m.api = Api::MySmsGate;
    m.to = body.value(QLatin1String("to")).toString();
    m.text = body.value(QLatin1String(body.contains(QLatin1String("message")) ? "message" : "text")).toString();
    if (!plausibleNumber(m.to) || m.text.isEmpty()) {
        ++m_ledger->stats().rejected;
        return errorReply(400,
                          QStringLiteral("\"to\" must be a phone number and \"text\" must not be empty"));
    }
    // No documented dedupe upstream: a resend is accepted again and counted as a duplicate.
    m.clientId = stringOrNumber(body.value(QLatin1String("client_message_id")));
    m.deviceKey = orDefault(stringOrNumber(body.value(QLatin1String("device_id"))));
    m.gatewayId = m_ledger->nextMySmsGateId();
    const QJsonObject answer {
        { QStringLiteral("success"), true },
        { QStringLiteral("message_id"), m.gatewayId },
        { QStringLiteral("client_message_id"), m.clientId },
        { QStringLiteral("device_id"), m.deviceKey },
        { QStringLiteral("status"), QStringLiteral("PENDING") },
    };
    record(std::move(m));
    return jsonReply(200, answer);
}

SimReply GatewaySimulator::acceptSmsGate(Api api, const QJsonObject &body)
{
    SimMessage m;
    m.api = api;
    m.text = body.value(QLatin1String("textMessage")).toObject().value(QLatin1String("text")).toString();
    const QJsonArray numbers = body.value(QLatin1String("phoneNumbers")).toArray();
    const QJsonValue sim = body.value(QLatin1String("simNumber"));
    m.to = numbers.isEmpty() ? QString() : numbers.first().toString();
    m.sim = sim.toInt(0);
    if (m.text.isEmpty() || !plausibleNumber(m.to) || (!sim.isUndefined() && (m.sim < 1 || m.sim > 3))) {
        ++m_ledger->stats().rejected;
        return errorReply(400, QStringLiteral("need textMessage.text, phoneNumbers and simNumber 1..3"));
    }
    m.clientId = body.value(QLatin1String("id")).toString();
    if (!m.clientId.isEmpty() && m_ledger->hasGatewayId(m.clientId))
        return errorReply(409, QStringLiteral("message with id %1 already exists").arg(m.clientId));
    m.gatewayId = m.clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m.clientId;
    m.deviceKey = api == Api::SmsGateCloud ? orDefault(body.value(QLatin1String("deviceId")).toString())
                                           : m_settings.deviceId;
    const qint64 index = record(std::move(m));
    return jsonReply(202, smsGateMessageJson(m_ledger->at(index), m_settings.deviceId));
}

SimReply GatewaySimulator::statusOf(const QString &id, const QHttpServerRequest &request)
{
    if (!authorized(Api::SmsGateLocal, request))
        return unauthorized(Api::SmsGateLocal);
    if (drawUnavailable())
        return unavailable();
    const SimMessage *m = m_ledger->find(id);
    if (!m || m->api == Api::MySmsGate)
        return errorReply(404, QStringLiteral("message not found"));
    return jsonReply(200, smsGateMessageJson(*m, m_settings.deviceId));
}

SimReply GatewaySimulator::listMessages(const QHttpServerRequest &request)
{
    if (!authorized(Api::SmsGateLocal, request))
        return unauthorized(Api::SmsGateLocal);
    if (drawUnavailable())
        return unavailable();
    const QUrlQuery query = request.query();
    std::optional<MessageState> state;
    const QString stateText = query.queryItemValue(QStringLiteral("state"));
    for (const MessageState s : { MessageState::Pending, MessageState::Sent, MessageState::Delivered,
                                  MessageState::Failed, MessageState::Cancelled }) {
        if (stateText.compare(stateName(s), Qt::CaseInsensitive) == 0)
            state = s;
    }
    bool ok = false;
    qint64 limit = query.queryItemValue(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit <= 0)
        limit = 50;
    const qint64 offset = std::max<qint64>(0, query.queryItemValue(QStringLiteral("offset")).toLongLong());
    qint64 total = 0;
    QJsonArray items;
    for (const qint64 index : m_ledger->list(state, offset, std::min<qint64>(limit, 500), &total))
        items.append(smsGateMessageJson(m_ledger->at(index), m_settings.deviceId));
    SimReply reply { 200, QJsonDocument(items).toJson(QJsonDocument::Compact), {} };
    reply.headers.append({ QByteArrayLiteral("X-Total-Count"), QByteArray::number(total) });
    return reply;
}

SimReply GatewaySimulator::cancel(const QString &id, const QHttpServerRequest &request)
{
    if (!authorized(Api::SmsGateLocal, request))
        return unauthorized(Api::SmsGateLocal);
    if (drawUnavailable())
        return unavailable();
    SimMessage *m = m_ledger->find(id);
    if (!m || m->api == Api::MySmsGate)
        return errorReply(404, QStringLiteral("message not found"));
    if (m->state != MessageState::Pending)
        return errorReply(409, QStringLiteral("only a Pending message can be cancelled"));
    m->state = MessageState::Cancelled;
    m->finalAtMs = nowMs();
    return SimReply { 204, {}, {} };
}

SimReply GatewaySimulator::health()
{
    if (drawUnavailable())
        return unavailable();
    const HealthInput input { m_settings.batteryPercent, m_settings.connected,
                              m_ledger->failuresSince(nowMs() - 3'600'000) };
    return jsonReply(m_settings.connected ? 200 : 503, healthJson(input));
}

SimReply GatewaySimulator::devicesJson() const
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

} // namespace smsdesk
