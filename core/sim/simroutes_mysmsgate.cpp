// SPDX-License-Identifier: GPL-3.0-or-later
// MySMSGate (mysmsgate.net). No official reference exists: these routes follow what public
// integrations send and read (collected in /tmp/upstream-mysmsgate.md with their sources):
// FrankFayz/KabQue backend/queueapp/notifications.py and reconcile_sms_logs.py,
// christopherreex-bit/brgy-sync workers/sms-proxy/index.js, Kvillagreen/Pharmacy-Web-Based
// app/Services/v1/FortmedSmsService.php. Bearer authentication.
#include "gatewaysimulator.h"

#include "simjson.h"
#include "simledger.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QUrlQuery>

namespace smsdesk {

using namespace smsdesk::sim;
using Method = QHttpServerRequest::Method;

void GatewaySimulator::setupMySmsGateRoutes()
{
    m_server->route(QStringLiteral("/api/v1/send"), Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                        ++m_ledger->stats().requests;
                        const std::optional<SimReply> refused = gate(Api::MySmsGate, request, true);
                        answer(std::move(r), refused ? *refused : mySmsGateSend(request));
                    });
    const auto guarded = [this](SimReply (GatewaySimulator::*fn)(const QHttpServerRequest &) const) {
        return [this, fn](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const std::optional<SimReply> refused = gate(Api::MySmsGate, request, false);
            answer(std::move(r), refused ? *refused : (this->*fn)(request));
        };
    };
    m_server->route(QStringLiteral("/api/v1/devices"), Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                        const std::optional<SimReply> refused = gate(Api::MySmsGate, request, false);
                        answer(std::move(r), refused ? *refused : mySmsGateDevices());
                    });
    m_server->route(QStringLiteral("/api/v1/history"), Method::Get, guarded(&GatewaySimulator::mySmsGateHistory));
    m_server->route(QStringLiteral("/api/v1/sms"), Method::Get, guarded(&GatewaySimulator::mySmsGateSms));
}

// POST /api/v1/send {"to": E.164 with "+", "message" (also "text", as the blog post has it),
// "device_id"?, "slot"? (0 = SIM 1, 1 = SIM 2)} → 202 {"success": true, "sms_id": n,
// "status": "pending"} (notifications_service tests, KabQue); 402 when the balance is used
// up (brgy-sync twilio_service.dart). A repeated send is a second SMS: MySMSGate has no
// client reference. "client_message_id" is ours (the stats count duplicates by it); the
// real service ignores it.
SimReply GatewaySimulator::mySmsGateSend(const QHttpServerRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const auto bad = [this](const QString &text) {
        ++m_ledger->stats().rejected;
        return mySmsGateError(400, text);
    };
    if (!doc.isObject())
        return bad(QStringLiteral("body is not a JSON object"));
    const QJsonObject body = doc.object();
    SimMessage m;
    m.api = Api::MySmsGate;
    m.to = body.value(QLatin1String("to")).toString();
    m.text = body.value(QLatin1String("message")).toString();
    if (m.text.isEmpty())
        m.text = body.value(QLatin1String("text")).toString();
    // "MySMSGate rejects bare local numbers" (KabQue): international E.164 only.
    if (!m.to.startsWith(u'+') || !plausibleNumber(m.to))
        return bad(QStringLiteral("\"to\" must be an international number (+CC...)"));
    if (m.text.isEmpty())
        return bad(QStringLiteral("\"message\" must not be empty"));
    const QJsonValue slot = body.value(QLatin1String("slot"));
    if (!slot.isUndefined() && !slot.isNull()) {
        const int s = slot.toInt(-1);
        if (!slot.isDouble() || s < 0 || s >= m_settings.simCount)
            return bad(QStringLiteral("\"slot\" must be 0 (SIM 1) or 1 (SIM 2)"));
        m.sim = s + 1;
    }
    if (m_balance == 0)
        return mySmsGateError(402, QStringLiteral("Insufficient SMS balance"));
    const QJsonValue clientId = body.value(QLatin1String("client_message_id"));
    m.clientId = clientId.isDouble() ? QString::number(qint64(clientId.toDouble())) : clientId.toString();
    const QJsonValue device = body.value(QLatin1String("device_id"));
    const QString deviceId = device.isDouble() ? QString::number(qint64(device.toDouble())) : device.toString();
    m.deviceKey = deviceId.isEmpty() ? QStringLiteral("default") : deviceId;
    m.recipients = QStringList { m.to };
    const qint64 smsId = m_ledger->nextMySmsGateId();
    m.gatewayId = QString::number(smsId);
    if (m_balance > 0)
        --m_balance;
    record(std::move(m), QStringLiteral("mysmsgate"));
    return jsonReply(202, QJsonObject { { QStringLiteral("success"), true },
                                        { QStringLiteral("sms_id"), smsId },
                                        { QStringLiteral("status"), QStringLiteral("pending") } });
}

// GET /api/v1/devices → {"devices": [{"id", "name", "status": "online", "default_sim_slot"}]}
// (brgy-sync picks the first "online" one; Pharmacy reads name and default_sim_slot).
SimReply GatewaySimulator::mySmsGateDevices() const
{
    QJsonArray devices;
    for (const QString &id : m_settings.cloudDeviceIds) {
        devices.append(QJsonObject { { QStringLiteral("id"), id },
                                     { QStringLiteral("name"), QStringLiteral("Simulated phone %1").arg(id) },
                                     { QStringLiteral("status"), QLatin1String(m_settings.connected ? "online" : "offline") },
                                     { QStringLiteral("default_sim_slot"), 0 } });
    }
    return jsonReply(200, QJsonObject { { QStringLiteral("devices"), devices } });
}

// GET /api/v1/history?direction=out|in&limit=&offset= → {"history": [rows, newest first],
// "total", "limit", "offset"} (KabQue reconcile_sms_logs.py reads history[].id, source,
// phone_to, created_at, status, error_message; Pharmacy pages with limit/offset and reads
// total). Without direction both kinds come, interleaved by time.
SimReply GatewaySimulator::mySmsGateHistory(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QString direction = query.queryItemValue(QStringLiteral("direction"));
    if (!direction.isEmpty() && direction != QLatin1String("out") && direction != QLatin1String("in"))
        return mySmsGateError(400, QStringLiteral("direction must be \"out\" or \"in\""));
    bool ok = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok)
        limit = 50;
    limit = std::clamp(limit, 1, 500);
    const int offset = std::max(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    struct Row
    {
        qint64 atMs;
        qint64 id;
        QJsonObject json;
    };
    std::vector<Row> rows;
    if (direction != QLatin1String("in")) {
        for (qint64 i = 0; i < m_ledger->size(); ++i) {
            const SimMessage &m = m_ledger->at(i);
            if (m.api == Api::MySmsGate)
                rows.push_back(Row { m.acceptedAtMs, m.gatewayId.toLongLong(), QJsonObject() });
        }
    }
    if (direction != QLatin1String("out")) {
        qint64 total = 0;
        const QList<const InboundSms *> in = m_ledger->inboxPage(QString(), Api::MySmsGate, 0,
                                                                 std::numeric_limits<qint64>::max(), 0,
                                                                 std::numeric_limits<qint64>::max(), &total);
        for (const InboundSms *sms : in)
            rows.push_back(Row { sms->atMs, sms->inboxId.toLongLong(), mySmsGateInRow(*sms) });
    }
    // One id series for both directions: newest first is highest id first.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.id > b.id; });
    QJsonArray page;
    for (size_t i = size_t(offset); i < rows.size() && page.size() < limit; ++i) {
        if (!rows[i].json.isEmpty()) {
            page.append(rows[i].json);
            continue;
        }
        const std::optional<qint64> index = m_ledger->indexOf(QStringLiteral("mysmsgate"), QString::number(rows[i].id));
        if (index)
            page.append(mySmsGateOutRow(m_ledger->at(*index)));
    }
    return jsonReply(200, QJsonObject { { QStringLiteral("history"), page },
                                        { QStringLiteral("total"), qint64(rows.size()) },
                                        { QStringLiteral("limit"), limit },
                                        { QStringLiteral("offset"), offset } });
}

// GET /api/v1/sms?id=N: one message (KabQue polls it and reads "status", "state" or
// "sms.status"; the real shape is unknown): {"success": true, "sms": row, "status"}.
SimReply GatewaySimulator::mySmsGateSms(const QHttpServerRequest &request) const
{
    const QString id = request.query().queryItemValue(QStringLiteral("id"));
    const std::optional<qint64> index = m_ledger->indexOf(QStringLiteral("mysmsgate"), id);
    if (!index)
        return mySmsGateError(404, QStringLiteral("SMS not found"));
    const QJsonObject row = mySmsGateOutRow(m_ledger->at(*index));
    return jsonReply(200, QJsonObject { { QStringLiteral("success"), true },
                                        { QStringLiteral("sms"), row },
                                        { QStringLiteral("status"), row.value(QLatin1String("status")) } });
}

} // namespace smsdesk
