// SPDX-License-Identifier: GPL-3.0-or-later
#include "mysmsgateadapter.h"

#include "gatewayjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace smsdesk {

namespace {

// A history row whose created_at is this long before the message was enqueued cannot be it
// (clock skew between the service and us); KabQue saw rows stamped 4-13 s after the send.
constexpr qint64 kHistorySkewMs = 90'000;
constexpr int kHistoryPage = 200;

GatewayRequest get(const QUrl &url, const Credentials &credentials)
{
    GatewayRequest out;
    out.request = QNetworkRequest(url);
    out.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    gw::setBearerAuth(out.request, credentials);
    out.verb = QByteArrayLiteral("GET");
    return out;
}

QUrl historyUrl(const Device &device, QLatin1String direction, int limit, int offset)
{
    QUrl url = gw::joinUrl(device.baseUrl, QLatin1String("/api/v1/history"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("direction"), direction);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    url.setQuery(query);
    return url;
}

QString idText(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

// The first present string of several spellings (the integrations disagree on some names).
QString firstText(const QJsonObject &row, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = row.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

// The rows of a history answer, or why there are none.
Result<QJsonArray> historyRows(const GatewayReply &reply)
{
    using R = Result<QJsonArray>;
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus)) {
        const SendResult failure = classifyHttpFailure(reply);
        return R::failure(failure.kind == SendResult::Kind::AuthFailed ? ErrorCode::Invalid : ErrorCode::Unavailable,
                          failure.error);
    }
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object)
        return object.error();
    const QJsonValue rows = object->value(QLatin1String("history"));
    if (!rows.isArray())
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("the history has no \"history\" list: %1").arg(gw::bodySnippet(reply.body)));
    return rows.toArray();
}

} // namespace

QString MySmsGateAdapter::name() const
{
    return QLatin1String(kName);
}

GatewayRequest MySmsGateAdapter::sendRequest(const Message &message, const Device &device,
                                             const Credentials &credentials) const
{
    GatewayRequest out;
    out.request = gw::jsonRequest(gw::joinUrl(device.baseUrl, QLatin1String("/api/v1/send")));
    gw::setBearerAuth(out.request, credentials);
    QByteArray &body = out.body;
    body.reserve(112 + message.to.size() + message.text.size() * 3 + device.remoteId.size());
    body += "{\"to\":";
    gw::appendJsonString(body, message.to);
    // "message", as every integration sends it (the blog post's "text" is not what runs).
    body += ",\"message\":";
    gw::appendJsonString(body, message.text);
    if (!device.remoteId.isEmpty()) {
        body += ",\"device_id\":";
        gw::appendJsonString(body, device.remoteId);
    }
    const int sim = message.sim > 0 ? message.sim : device.sim;
    if (sim > 0) { // "slot": 0 = SIM 1, 1 = SIM 2
        body += ",\"slot\":";
        body += QByteArray::number(sim - 1);
    }
    // Our own reference. No integration sends one and the service is not known to keep it;
    // the simulator counts duplicates by it. Unknown fields are ignored by JSON APIs.
    body += ",\"client_message_id\":";
    gw::appendJsonString(body, gw::wireId(message));
    body += '}';
    return out;
}

SendResult MySmsGateAdapter::classifySend(const GatewayReply &reply) const
{
    if (gw::hasCleanAnswer(reply) && reply.httpStatus == 402) {
        // The account's balance is used up: no message can go until it is topped up.
        SendResult result;
        result.kind = SendResult::Kind::DevicePaused;
        result.httpStatus = 402;
        result.deviceLevel = true;
        result.pauseForMs = kBalancePauseMs;
        result.error = QStringLiteral("the MySMSGate balance is used up (HTTP 402); top up the account");
        return result;
    }
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return classifyHttpFailure(reply);
    SendResult result;
    result.httpStatus = reply.httpStatus;
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object) {
        // "Success is any 2xx with a JSON body": anything else may be a proxy's page (a
        // Cloudflare challenge, KabQue notifications.py), so it is retried after a lookup.
        result.kind = SendResult::Kind::Transient;
        result.error = object.errorString();
        result.inDoubt = true;
        return result;
    }
    if (object->value(QLatin1String("success")) == QJsonValue(false)) {
        result.kind = SendResult::Kind::Permanent;
        result.error = QStringLiteral("MySMSGate refused the message: %1")
                           .arg(firstText(object.value(), { "error", "message" }).left(300));
        return result;
    }
    result.kind = SendResult::Kind::Accepted;
    QJsonValue id = object->value(QLatin1String("sms_id"));
    if (id.isUndefined())
        id = object->value(QLatin1String("message_id"));
    if (id.isUndefined())
        id = object->value(QLatin1String("id"));
    result.gatewayMessageId = idText(id);
    return result;
}

std::optional<GatewayRequest> MySmsGateAdapter::sentLookupRequest(const Device &device,
                                                                  const Credentials &credentials, int page) const
{
    return get(historyUrl(device, QLatin1String("out"), kHistoryPage, page * kHistoryPage), credentials);
}

// History carries no reference of ours (reconcile_sms_logs.py): rows sent through the API
// ("source": "api") to the same number, not older than the message, nearest first; a
// text field, where the row has one, must match.
Result<GatewayAdapter::SentLookup> MySmsGateAdapter::sentCandidates(const Message &message,
                                                                     const GatewayReply &reply) const
{
    const Result<QJsonArray> rows = historyRows(reply);
    if (!rows)
        return rows.error();
    QList<QPair<qint64, QString>> matches;
    SentLookup lookup;
    // Newest first: a full page whose oldest row is not older than the message may be
    // followed by rows that are.
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : rows.value()) {
        const QJsonObject row = value.toObject();
        const qint64 rowAt = parseGatewayTimeMs(row.value(QLatin1String("created_at")));
        if (rowAt > 0)
            oldest = std::min(oldest, rowAt);
        const QString source = row.value(QLatin1String("source")).toString();
        if (!source.isEmpty() && source != QLatin1String("api"))
            continue;
        if (firstText(row, { "phone_to", "to" }) != message.to)
            continue;
        const QString text = firstText(row, { "message", "text", "body" });
        if (!text.isEmpty() && text != message.text)
            continue;
        const qint64 at = parseGatewayTimeMs(row.value(QLatin1String("created_at")));
        if (at > 0 && at < message.createdAtMs - kHistorySkewMs)
            continue;
        matches.append({ at, idText(row.value(QLatin1String("id"))) });
    }
    std::sort(matches.begin(), matches.end());
    for (const auto &match : std::as_const(matches)) {
        if (!match.second.isEmpty())
            lookup.candidates.append(match.second);
    }
    lookup.searchOlder = rows->size() >= kHistoryPage && oldest >= message.createdAtMs - kHistorySkewMs;
    return lookup;
}

std::optional<GatewayRequest> MySmsGateAdapter::statusRequest(const Message &, const Device &device,
                                                              const Credentials &credentials) const
{
    // One sent-history page for the whole account; the poller asks once for all messages.
    return get(historyUrl(device, QLatin1String("out"), kHistoryPage, 0), credentials);
}

// Statuses as the integrations saw them, lower case: pending, sending, sent, delivered,
// failed (with error_message); error, rejected and expired counted as failures.
Result<std::optional<StatusReport>> MySmsGateAdapter::parseStatus(const Message &message,
                                                                  const GatewayReply &reply) const
{
    using R = Result<std::optional<StatusReport>>;
    const Result<QJsonArray> rows = historyRows(reply);
    if (!rows)
        return rows.error();
    if (message.gatewayMessageId.isEmpty())
        return R::failure(ErrorCode::NotFound, QStringLiteral("no MySMSGate id to look for"));
    for (const QJsonValue &value : rows.value()) {
        const QJsonObject row = value.toObject();
        if (idText(row.value(QLatin1String("id"))) != message.gatewayMessageId)
            continue;
        const QString status = row.value(QLatin1String("status")).toString().toLower();
        StatusReport report;
        report.gatewayMessageId = message.gatewayMessageId;
        report.deviceId = message.sentDeviceId;
        if (status == QLatin1String("pending") || status == QLatin1String("sending")
            || status == QLatin1String("queued"))
            return std::optional<StatusReport>();
        if (status == QLatin1String("sent")) {
            report.kind = StatusReport::Kind::Sent;
        } else if (status == QLatin1String("delivered")) {
            report.kind = StatusReport::Kind::Delivered;
        } else if (status == QLatin1String("failed") || status == QLatin1String("error")
                   || status == QLatin1String("rejected") || status == QLatin1String("expired")) {
            report.kind = StatusReport::Kind::Failed;
            report.error = firstText(row, { "error_message", "error" });
            if (report.error.isEmpty())
                report.error = QStringLiteral("MySMSGate reports it %1").arg(status);
        } else {
            return R::failure(ErrorCode::Invalid, QStringLiteral("unknown MySMSGate status \"%1\"").arg(status.left(40)));
        }
        report.dedupeKey = QStringLiteral("mysmsgate:hist:") + message.gatewayMessageId + u':' + status;
        return std::optional<StatusReport>(std::move(report));
    }
    return std::optional<StatusReport>(); // not on the newest page (yet)
}

std::optional<GatewayRequest> MySmsGateAdapter::inboxRequest(const Device &device, const Credentials &credentials,
                                                             qint64, int offset, int limit) const
{
    // No integration reads received SMS yet; direction=in mirrors direction=out, and the
    // history has no time filter, so the window is applied to the rows (parseInbox).
    return get(historyUrl(device, QLatin1String("in"), std::clamp(limit, 1, kHistoryPage), offset), credentials);
}

Result<InboxPage> MySmsGateAdapter::parseInbox(const Device &, qint64 sinceMs, const GatewayReply &reply) const
{
    const Result<QJsonArray> rows = historyRows(reply);
    if (!rows)
        return rows.error();
    InboxPage page;
    for (const QJsonValue &value : rows.value()) {
        const QJsonObject row = value.toObject();
        const QString direction = row.value(QLatin1String("direction")).toString();
        if (!direction.isEmpty() && direction != QLatin1String("in") && direction != QLatin1String("inbound"))
            continue;
        InboundMessage in;
        in.from = firstText(row, { "phone_from", "from", "sender" }).trimmed();
        in.text = firstText(row, { "message", "text", "body" });
        in.receivedAtMs = parseGatewayTimeMs(row.value(QLatin1String("created_at")));
        const QString id = idText(row.value(QLatin1String("id")));
        if (in.receivedAtMs > 0 && in.receivedAtMs < sinceMs)
            continue; // older than asked for
        ++page.listed;
        if (in.from.isEmpty() || id.isEmpty() || in.receivedAtMs <= 0) {
            page.problems.append(QStringLiteral("unreadable history entry: %1")
                                     .arg(gw::bodySnippet(QJsonDocument(row).toJson(QJsonDocument::Compact))));
            continue;
        }
        in.gatewayId = QStringLiteral("mysmsgate:") + id; // as the webhook names it
        page.messages.append(std::move(in));
    }
    return page;
}

std::optional<GatewayRequest> MySmsGateAdapter::devicesRequest(const Device &device,
                                                               const Credentials &credentials) const
{
    return get(gw::joinUrl(device.baseUrl, QLatin1String("/api/v1/devices")), credentials);
}

Result<QList<RemoteDevice>> MySmsGateAdapter::parseDevices(const GatewayReply &reply) const
{
    using R = Result<QList<RemoteDevice>>;
    if (!gw::hasCleanAnswer(reply) || !gw::isSuccess(reply.httpStatus))
        return R::failure(ErrorCode::Unavailable, classifyHttpFailure(reply).error);
    const Result<QJsonObject> object = gw::parseObject(reply);
    if (!object)
        return object.error();
    QList<RemoteDevice> devices;
    const QJsonArray items = object->value(QLatin1String("devices")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        RemoteDevice device;
        device.id = idText(item.value(QLatin1String("id")));
        device.name = item.value(QLatin1String("name")).toString();
        device.online = item.value(QLatin1String("status")).toString() == QLatin1String("online");
        // The list names no SIM cards; a phone with a second SIM shows it as its default slot.
        const QJsonValue slot = item.value(QLatin1String("default_sim_slot"));
        if (slot.isDouble())
            device.simCards.append(SimCard { slot.toInt() + 1, QString() });
        if (!device.id.isEmpty())
            devices.append(device);
    }
    return devices;
}

GatewayRequest MySmsGateAdapter::credentialsCheckRequest(const Device &device,
                                                         const Credentials &credentials) const
{
    // The device list needs the key and sends nothing: 200 proves it, 401 refutes it.
    return get(gw::joinUrl(device.baseUrl, QLatin1String("/api/v1/devices")), credentials);
}

} // namespace smsdesk
