// SPDX-License-Identifier: GPL-3.0-or-later
// SMS Gateway for Android's cloud / private server, "3rdparty" API under /3rdparty/v1, for
// an account whose phones are Settings::cloudDeviceIds. Copies android-sms-gateway/server
// internal/sms-gateway/handlers/ (3rdparty.go, messages/, devices/, webhooks/, inbox/) and the
// request types of android-sms-gateway/client-go smsgateway/. Errors are {"message": ...},
// as its fiber error handler writes them (messages/3rdparty_test.go).
#include "gatewaysimulator.h"

#include "simhooks.h"
#include "simjson.h"
#include "simledger.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QUrlQuery>

#include <functional>

namespace smsdesk {

using namespace smsdesk::sim;
using Method = QHttpServerRequest::Method;

namespace {

QString tagError(const char *type, const char *field, const char *tag)
{
    // go-playground/validator's text, behind BodyParserValidator's "failed to validate: ".
    return QStringLiteral("failed to validate: Key: '%1.%2' Error:Field validation for '%2' failed on the '%3' tag")
        .arg(QLatin1String(type), QLatin1String(field), QLatin1String(tag));
}

std::optional<QJsonObject> readBody(const QHttpServerRequest &request, SimReply *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject()) {
        *error = errorReply(400, QStringLiteral("failed to parse body: invalid JSON"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

void GatewaySimulator::setupSmsGateCloudRoutes()
{
    const QString base = QStringLiteral("/3rdparty/v1");
    const auto guarded = [this](std::function<SimReply(const QHttpServerRequest &)> fn) {
        return [this, fn](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const std::optional<SimReply> refused = gate(Api::SmsGateCloud, request, false);
            answer(std::move(r), refused ? *refused : fn(request));
        };
    };
    const auto guardedId = [this](std::function<SimReply(const QString &)> fn) {
        return [this, fn](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const std::optional<SimReply> refused = gate(Api::SmsGateCloud, request, false);
            answer(std::move(r), refused ? *refused : fn(id));
        };
    };
    // handlers/3rdparty.go: /message (old) and /messages, /device (old) and /devices.
    for (const QString &messages : QStringList { base + QStringLiteral("/messages"), base + QStringLiteral("/message") }) {
        m_server->route(messages, Method::Post, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            ++m_ledger->stats().requests;
            const std::optional<SimReply> refused = gate(Api::SmsGateCloud, request, true);
            answer(std::move(r), refused ? *refused : cloudSend(request));
        });
        m_server->route(messages, Method::Get, guarded([this](const QHttpServerRequest &q) { return cloudList(q); }));
        m_server->route(messages + QStringLiteral("/<arg>"), Method::Get,
                        guardedId([this](const QString &id) { return cloudGet(id); }));
        m_server->route(messages + QStringLiteral("/<arg>"), Method::Delete,
                        guardedId([this](const QString &id) { return cloudCancel(id); }));
        // Deprecated export: webhooks for every SMS of the period ("Deprecation: true").
        m_server->route(messages + QStringLiteral("/inbox/export"), Method::Post,
                        guarded([this](const QHttpServerRequest &q) {
                            SimReply reply = cloudRefresh(q);
                            if (reply.status == 202)
                                reply.headers.append({ QByteArrayLiteral("Deprecation"), QByteArrayLiteral("true") });
                            return reply;
                        }));
    }
    for (const QString &devices : QStringList { base + QStringLiteral("/devices"), base + QStringLiteral("/device") })
        m_server->route(devices, Method::Get, guarded([this](const QHttpServerRequest &) { return cloudDevices(); }));
    m_server->route(base + QStringLiteral("/webhooks"), Method::Get, guarded([this](const QHttpServerRequest &) {
                        QJsonArray list;
                        for (const WebhookRegistration &r : m_hooks->list(true))
                            list.append(webhookJson(r));
                        return jsonReply(200, list);
                    }));
    m_server->route(base + QStringLiteral("/webhooks"), Method::Post,
                    guarded([this](const QHttpServerRequest &q) { return cloudWebhookPost(q); }));
    m_server->route(base + QStringLiteral("/webhooks/<arg>"), Method::Delete, guardedId([this](const QString &id) {
                        m_hooks->remove(true, id);
                        return emptyReply(204);
                    }));
    // handlers/inbox/3rdparty.go: listing is not implemented on the server (docs
    // faq/reading-messages.md: no synchronous reading in cloud mode); refresh asks the phone.
    m_server->route(base + QStringLiteral("/inbox"), Method::Get, guarded([](const QHttpServerRequest &) {
                        return errorReply(501, QStringLiteral("Inbox API is not implemented yet"));
                    }));
    m_server->route(base + QStringLiteral("/inbox/refresh"), Method::Post,
                    guarded([this](const QHttpServerRequest &q) { return cloudRefresh(q); }));
    // handlers/health.go readiness: the server's own health, not a phone's.
    m_server->route(base + QStringLiteral("/health"), Method::Get,
                    [this](const QHttpServerRequest &, QHttpServerResponder &&r) {
                        answer(std::move(r), jsonReply(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("pass") },
                                                                          { QStringLiteral("version"), QStringLiteral("smsdesk-gateway-sim") },
                                                                          { QStringLiteral("releaseId"), 1 } }));
                    });
}

// messages/3rdparty.go post: BodyParserValidator (client-go Message tags and Validate()),
// devices.GetAny (a named phone must exist: 400), Enqueue (phone numbers, 409 per phone).
SimReply GatewaySimulator::cloudSend(const QHttpServerRequest &request)
{
    SimReply error;
    const std::optional<QJsonObject> parsed = readBody(request, &error);
    const auto bad = [this](const QString &text) {
        ++m_ledger->stats().rejected;
        return errorReply(400, text);
    };
    if (!parsed)
        return bad(QStringLiteral("failed to parse body: invalid JSON"));
    const QJsonObject body = *parsed;
    const QString id = body.value(QLatin1String("id")).toString();
    const QString deviceId = body.value(QLatin1String("deviceId")).toString();
    const QJsonArray numbers = body.value(QLatin1String("phoneNumbers")).toArray();
    const QJsonObject textMessage = body.value(QLatin1String("textMessage")).toObject();
    const QString legacy = body.value(QLatin1String("message")).toString();
    const bool hasText = body.value(QLatin1String("textMessage")).isObject();
    const bool hasData = body.value(QLatin1String("dataMessage")).isObject();
    if (id.size() > 36)
        return bad(tagError("Message", "ID", "max"));
    if (deviceId.size() > 21)
        return bad(tagError("Message", "DeviceID", "max"));
    if (!body.value(QLatin1String("phoneNumbers")).isArray())
        return bad(tagError("Message", "PhoneNumbers", "required"));
    if (numbers.isEmpty() || numbers.size() > 100)
        return bad(tagError("Message", "PhoneNumbers", numbers.isEmpty() ? "min" : "max"));
    const int sim = body.value(QLatin1String("simNumber")).toInt(0);
    if (body.contains(QLatin1String("simNumber")) && (sim < 1 || sim > 3))
        return bad(tagError("Message", "SimNumber", sim < 1 ? "min" : "max"));
    if (hasText && textMessage.value(QLatin1String("text")).toString().isEmpty())
        return bad(tagError("TextMessage", "Text", "required"));
    const int kinds = int(!legacy.isEmpty()) + int(hasText) + int(hasData);
    if (kinds == 0)
        return bad(QStringLiteral("failed to validate: validation failed: must specify exactly one of: textMessage or dataMessage"));
    if (kinds > 1)
        return bad(QStringLiteral("failed to validate: conflict fields: must specify exactly one of: textMessage or dataMessage"));
    const QJsonValue ttl = body.value(QLatin1String("ttl"));
    std::optional<qint64> validUntil = parseGsonDate(body.value(QLatin1String("validUntil")).toString());
    if (!ttl.isUndefined() && validUntil)
        return bad(QStringLiteral("failed to validate: conflict fields: ttl and validUntil"));
    const std::optional<qint64> scheduleAt = parseGsonDate(body.value(QLatin1String("scheduleAt")).toString());
    if (scheduleAt && *scheduleAt <= nowMs())
        return bad(QStringLiteral("failed to validate: validation failed: scheduleAt must be in the future"));
    // devices.Service.GetAny: the named phone, or any of the account's at random.
    const QStringList &phones = m_settings.cloudDeviceIds;
    if (phones.isEmpty() || (!deviceId.isEmpty() && !phones.contains(deviceId)))
        return bad(QStringLiteral("failed to select device: record not found"));
    const QString phone = deviceId.isEmpty() ? phones.at(int(m_random.bounded(int(phones.size())))) : deviceId;
    if (hasData)
        return bad(QStringLiteral("data messages are not simulated"));
    SimMessage m;
    m.api = Api::SmsGateCloud;
    const bool skip = request.query().queryItemValue(QStringLiteral("skipPhoneValidation")) == QLatin1String("true");
    for (const QJsonValue &value : numbers) {
        QString number = value.toString();
        if (!skip) { // prepareMessage → cleanPhoneNumber: E.164 or a ValidationError
            if (!plausibleNumber(number))
                return bad(QStringLiteral("invalid phone number"));
            if (!number.startsWith(u'+'))
                number.prepend(u'+');
        }
        if (m.recipients.contains(number))
            return bad(QStringLiteral("phone numbers must be unique"));
        m.recipients.append(number);
    }
    if (!ttl.isUndefined() && ttl.toDouble() > 0)
        validUntil = nowMs() + qint64(ttl.toDouble()) * 1000;
    if (scheduleAt && validUntil && *scheduleAt > *validUntil)
        return bad(QStringLiteral("scheduleAt must be less than or equal to validUntil"));
    m.to = m.recipients.constFirst();
    m.text = hasText ? textMessage.value(QLatin1String("text")).toString() : legacy;
    m.gatewayId = id.isEmpty() ? newNanoId() : id;
    m.clientId = id;
    // Repository.Insert: (ext_id, device_id) is unique.
    if (m_ledger->has(phone, m.gatewayId))
        return errorReply(409, QStringLiteral("message with the same ID already exists"));
    m.deviceKey = phone;
    m.sim = sim;
    m.skipPhoneValidation = true; // the server validated them
    m.withDeliveryReport = body.value(QLatin1String("withDeliveryReport")).toBool(true);
    m.priority = body.value(QLatin1String("priority")).toInt(0);
    m.scheduleAtMs = scheduleAt.value_or(0);
    m.validUntilMs = validUntil.value_or(0);
    const qint64 index = record(std::move(m), phone);
    SimReply reply = jsonReply(202, cloudMessageJson(m_ledger->at(index), true));
    reply.headers.append({ QByteArrayLiteral("Location"),
                           QByteArrayLiteral("/3rdparty/v1/messages/") + QUrl::toPercentEncoding(m_ledger->at(index).gatewayId) });
    return reply;
}

namespace {

// The account's messages with that id (the server looks them up by user and ext id).
QList<qint64> cloudMatches(const SimLedger &ledger, const QStringList &phones, const QString &id)
{
    QList<qint64> found;
    for (const QString &phone : phones) {
        const std::optional<qint64> index = ledger.indexOf(phone, id);
        if (index && ledger.at(*index).api == Api::SmsGateCloud)
            found.append(*index);
    }
    return found;
}

} // namespace

SimReply GatewaySimulator::cloudGet(const QString &id)
{
    const QList<qint64> found = cloudMatches(*m_ledger, m_settings.cloudDeviceIds, id);
    if (found.isEmpty())
        return errorReply(404, QStringLiteral("message not found"));
    if (found.size() > 1)
        return errorReply(400, QStringLiteral("multiple messages found"));
    return jsonReply(200, cloudMessageJson(m_ledger->at(found.constFirst()), true));
}

SimReply GatewaySimulator::cloudCancel(const QString &id)
{
    const QList<qint64> found = cloudMatches(*m_ledger, m_settings.cloudDeviceIds, id);
    if (found.isEmpty())
        return errorReply(404, QStringLiteral("failed to cancel message: message not found"));
    SimMessage &m = m_ledger->at(found.constFirst());
    if (m.state != MessageState::Pending)
        return errorReply(409, QStringLiteral("failed to cancel message: message is not pending"));
    cancelMessage(m);
    return jsonReply(200, cloudMessageJson(m, false));
}

// messages/3rdparty.go list + params.go: limit 1..100 (50), offset, state, deviceId,
// includeContent, sort created_at | -created_at (default newest first); X-Total-Count.
SimReply GatewaySimulator::cloudList(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool ok = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok)
        limit = 50;
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    if (limit < 1 || limit > 100 || offset < 0)
        return errorReply(400, QStringLiteral("failed to parse query: limit must be 1..100 and offset >= 0"));
    const QString stateText = query.queryItemValue(QStringLiteral("state"));
    const std::optional<MessageState> state = stateFromName(stateText);
    if (!stateText.isEmpty() && !state)
        return errorReply(400, QStringLiteral("failed to parse query: invalid state"));
    const QString device = query.queryItemValue(QStringLiteral("deviceId"));
    qint64 total = 0;
    QList<qint64> page = m_ledger->listNewestFirst(
        [&](const SimMessage &m) {
            return m.api == Api::SmsGateCloud && (device.isEmpty() || m.deviceKey == device)
                && (!state || m.state == *state);
        },
        0, std::numeric_limits<qint64>::max(), &total);
    if (query.queryItemValue(QStringLiteral("sort")) == QLatin1String("created_at"))
        std::reverse(page.begin(), page.end());
    const bool content = query.queryItemValue(QStringLiteral("includeContent")) == QLatin1String("true");
    QJsonArray items;
    for (const qint64 index : page.mid(offset, limit))
        items.append(cloudMessageJson(m_ledger->at(index), content));
    SimReply reply = jsonReply(200, items);
    reply.headers.append({ QByteArrayLiteral("X-Total-Count"), QByteArray::number(total) });
    return reply;
}

// devices/3rdparty.go get → client-go smsgateway.Device per phone of the account.
SimReply GatewaySimulator::cloudDevices() const
{
    QJsonArray devices;
    const QList<SimCard> cards = simulatedSimCards(m_settings.simCount);
    for (const QString &id : m_settings.cloudDeviceIds)
        devices.append(deviceJson(id, QStringLiteral("Simulated phone %1").arg(id), m_createdAtMs, nowMs(), cards));
    return jsonReply(200, devices);
}

// webhooks/3rdparty.go post: client-go Webhook tags (url required, http_url) and Validate()
// (an event of webhookEventTypes, https:// only: no plain-http exception on the server),
// then Service.Replace (a named device must exist). 201 with the webhook; same id replaces.
SimReply GatewaySimulator::cloudWebhookPost(const QHttpServerRequest &request)
{
    SimReply error;
    const std::optional<QJsonObject> body = readBody(request, &error);
    if (!body)
        return error;
    WebhookRegistration r;
    r.cloud = true;
    r.id = body->value(QLatin1String("id")).toString();
    r.url = body->value(QLatin1String("url")).toString();
    r.event = body->value(QLatin1String("event")).toString();
    r.deviceId = body->value(QLatin1String("deviceId")).toString();
    if (r.id.size() > 36)
        return errorReply(400, tagError("Webhook", "ID", "max"));
    if (r.url.isEmpty())
        return errorReply(400, tagError("Webhook", "URL", "required"));
    const QUrl url(r.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http")))
        return errorReply(400, tagError("Webhook", "URL", "http_url"));
    if (r.event.isEmpty())
        return errorReply(400, tagError("Webhook", "Event", "required"));
    if (!SimHooks::serverEvents().contains(r.event))
        return errorReply(400, QStringLiteral("failed to validate: validation failed: invalid event type"));
    if (!r.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return errorReply(400, QStringLiteral("failed to validate: validation failed: url must start with https://"));
    if (!r.deviceId.isEmpty() && !m_settings.cloudDeviceIds.contains(r.deviceId))
        return errorReply(400, QStringLiteral("invalid \"device_id\" = \"%1\": record not found").arg(r.deviceId));
    if (r.id.isEmpty())
        r.id = newNanoId();
    m_hooks->replace(r);
    return jsonReply(201, webhookJson(r));
}

// inbox/3rdparty.go refresh (client-go InboxRefreshRequest): the named phone, or all of
// them, re-process their SMS of the period; webhooks when "triggerWebhooks" is true (the
// deprecated /messages/inbox/export always asks for them).
SimReply GatewaySimulator::cloudRefresh(const QHttpServerRequest &request)
{
    SimReply error;
    const std::optional<QJsonObject> body = readBody(request, &error);
    if (!body)
        return error;
    const std::optional<qint64> since = parseGsonDate(body->value(QLatin1String("since")).toString());
    const std::optional<qint64> until = parseGsonDate(body->value(QLatin1String("until")).toString());
    if (!since)
        return errorReply(400, tagError("InboxRefreshRequest", "Since", "required"));
    if (!until)
        return errorReply(400, tagError("InboxRefreshRequest", "Until", "required"));
    if (*since > *until)
        return errorReply(400, tagError("InboxRefreshRequest", "Since", "ltefield"));
    const QString device = body->value(QLatin1String("deviceId")).toString();
    const bool exporting = request.url().path().endsWith(QLatin1String("/export"));
    const bool webhooks = exporting || body->value(QLatin1String("triggerWebhooks")).toBool(false);
    for (const QString &phone : m_settings.cloudDeviceIds) {
        if (device.isEmpty() || device == phone)
            refreshInbox(phone, *since, *until, webhooks);
    }
    return emptyReply(202);
}

} // namespace smsdesk
