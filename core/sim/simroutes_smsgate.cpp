// SPDX-License-Identifier: GPL-3.0-or-later
// SMS Gateway for Android in local-server mode, one phone per simulator. Every route copies
// capcom6/android-sms-gateway app/src/main/java/me/capcom/smsgateway/modules/localserver/
// (WebService.kt and routes/*.kt); status codes and {"message": ...} texts are the app's.
#include "gatewaysimulator.h"

#include "simhooks.h"
#include "simjson.h"
#include "simledger.h"
#include "webhooksender.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QUrlQuery>

#include <functional>

namespace smsdesk {

using namespace smsdesk::sim;
using Method = QHttpServerRequest::Method;

namespace {

const char kPostMessageRequest[] = "me.capcom.smsgateway.modules.localserver.domain.messages.PostMessageRequest";

// ktor ContentNegotiation + gson + the StatusPages of WebService.kt: a body that is not JSON
// fails conversion (400); no JSON content type or an empty body is not a BadRequestException
// and ends as 500.
std::optional<SimReply> readLocalBody(const QHttpServerRequest &request, const char *type, QJsonObject *out)
{
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type")).toLower();
    if (!contentType.startsWith("application/json"))
        return errorReply(500, QStringLiteral("Content type %1 is not supported")
                                   .arg(contentType.isEmpty() ? QStringLiteral("*/*") : QString::fromLatin1(contentType)));
    if (request.body().trimmed().isEmpty())
        return errorReply(500, QStringLiteral("Cannot transform this request's content to %1").arg(QLatin1String(type)));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject())
        return errorReply(400, QStringLiteral("Failed to convert request body to class %1").arg(QLatin1String(type)));
    *out = doc.object();
    return std::nullopt;
}

bool isNull(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

} // namespace

void GatewaySimulator::setupSmsGateLocalRoutes()
{
    const auto guarded = [this](std::function<SimReply(const QHttpServerRequest &)> fn) {
        return [this, fn](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const std::optional<SimReply> refused = gate(Api::SmsGateLocal, request, false);
            answer(std::move(r), refused ? *refused : fn(request));
        };
    };
    const auto guardedId = [this](std::function<SimReply(const QString &)> fn) {
        return [this, fn](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const std::optional<SimReply> refused = gate(Api::SmsGateLocal, request, false);
            answer(std::move(r), refused ? *refused : fn(id));
        };
    };
    // WebService.kt: MessagesRoutes under /message and /messages, WebhooksRoutes under
    // /webhook and /webhooks.
    for (const QString &base : { QStringLiteral("/message"), QStringLiteral("/messages") }) {
        m_server->route(base, Method::Post, [this](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            ++m_ledger->stats().requests;
            const std::optional<SimReply> refused = gate(Api::SmsGateLocal, request, true);
            answer(std::move(r), refused ? *refused : localSend(request));
        });
        m_server->route(base, Method::Get, guarded([this](const QHttpServerRequest &q) { return localList(q); }));
        m_server->route(base + QStringLiteral("/<arg>"), Method::Get,
                        guardedId([this](const QString &id) { return localGet(id); }));
        m_server->route(base + QStringLiteral("/<arg>"), Method::Delete,
                        guardedId([this](const QString &id) { return localCancel(id); }));
        m_server->route(base + QStringLiteral("/inbox/export"), Method::Post,
                        guarded([this](const QHttpServerRequest &q) { return localRefresh(q, true); }));
    }
    for (const QString &base : { QStringLiteral("/webhook"), QStringLiteral("/webhooks") }) {
        m_server->route(base, Method::Get, guarded([this](const QHttpServerRequest &) {
                            QJsonArray list;
                            for (const WebhookRegistration &r : m_hooks->list(false))
                                list.append(webhookJson(r));
                            return jsonReply(200, list);
                        }));
        m_server->route(base, Method::Post,
                        guarded([this](const QHttpServerRequest &q) { return localWebhookPost(q); }));
        m_server->route(base + QStringLiteral("/<arg>"), Method::Delete, guardedId([this](const QString &id) {
                            m_hooks->remove(false, id); // 204 whether or not it existed
                            return emptyReply(204);
                        }));
    }
    m_server->route(QStringLiteral("/inbox"), Method::Get,
                    guarded([this](const QHttpServerRequest &q) { return localInbox(q); }));
    m_server->route(QStringLiteral("/inbox/refresh"), Method::Post,
                    guarded([this](const QHttpServerRequest &q) { return localRefresh(q, false); }));
    m_server->route(QStringLiteral("/settings"), Method::Get,
                    guarded([this](const QHttpServerRequest &) { return localSettings(nullptr); }));
    m_server->route(QStringLiteral("/settings"), Method::Patch,
                    guarded([this](const QHttpServerRequest &q) { return localSettings(&q); }));
    m_server->route(QStringLiteral("/device"), Method::Get,
                    guarded([this](const QHttpServerRequest &) { return localDevice(); }));
    m_server->route(QStringLiteral("/"), Method::Get, guarded([](const QHttpServerRequest &) {
                        return jsonReply(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                                            { QStringLiteral("model"), QStringLiteral("smsdesk-gateway-sim") } });
                    }));
    m_server->route(
        QStringLiteral("/health"), Method::Get,
        [this](const QHttpServerRequest &, QHttpServerResponder &&r) { answer(std::move(r), health()); });
}

// MessagesRoutes.kt post + PostMessageRequest.validate(), in the app's order: Gson's
// conversion (400), validate() (400), the device id (400), the content (a textMessage
// without text: NullPointerException, 500), ttl/validUntil (400), the insert (409 for a
// known id, also one that already failed, and for a number given twice).
SimReply GatewaySimulator::localSend(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (std::optional<SimReply> unreadable = readLocalBody(request, kPostMessageRequest, &body)) {
        m_ledger->stats().rejected += unreadable->status == 400;
        return *unreadable;
    }
    const auto bad = [this](const QString &text) {
        ++m_ledger->stats().rejected;
        return errorReply(400, text);
    };
    const auto unconvertible = [&bad]() {
        return bad(QStringLiteral("Failed to convert request body to class %1").arg(QLatin1String(kPostMessageRequest)));
    };
    const QJsonValue text = body.value(QLatin1String("textMessage"));
    const QJsonValue data = body.value(QLatin1String("dataMessage"));
    const QJsonValue legacy = body.value(QLatin1String("message"));
    const QJsonValue numbers = body.value(QLatin1String("phoneNumbers"));
    const QJsonValue sim = body.value(QLatin1String("simNumber"));
    const QJsonValue priority = body.value(QLatin1String("priority"));
    const QJsonValue id = body.value(QLatin1String("id"));
    if ((!isNull(text) && !text.isObject()) || (!isNull(data) && !data.isObject())
        || (!isNull(numbers) && !numbers.isArray()) || (!isNull(sim) && !sim.isDouble())
        || (!isNull(priority) && (!priority.isDouble() || priority.toDouble() < -128 || priority.toDouble() > 127)))
        return unconvertible();
    std::optional<qint64> scheduleAt, validUntil;
    for (const auto &[field, out] : { std::pair { "scheduleAt", &scheduleAt }, std::pair { "validUntil", &validUntil } }) {
        const QJsonValue v = body.value(QLatin1String(field));
        if (isNull(v))
            continue;
        *out = parseGsonDate(v.toString());
        if (!*out)
            return unconvertible(); // Gson cannot read a date-time without a zone
    }
    const int kinds = int(!isNull(text)) + int(!isNull(data)) + int(!isNull(legacy));
    if (kinds == 0)
        return bad(QStringLiteral("Must specify exactly one of: textMessage, dataMessage, or message"));
    if (kinds > 1)
        return bad(QStringLiteral("Cannot specify multiple message types simultaneously"));
    const QJsonValue textValue = text.toObject().value(QLatin1String("text"));
    if ((legacy.isString() && legacy.toString().isEmpty()) || (textValue.isString() && textValue.toString().isEmpty()))
        return bad(QStringLiteral("Text message is empty"));
    if (!isNull(data)) {
        const int port = data.toObject().value(QLatin1String("port")).toInt();
        if (port < 0 || port > 65535)
            return bad(QStringLiteral("Port must be between 0 and 65535"));
        if (data.toObject().value(QLatin1String("data")).toString().isEmpty())
            return bad(QStringLiteral("Data message cannot be empty"));
    }
    if (isNull(numbers)) // phoneNumbers.isEmpty() on Gson's null: the app answers 500
        return errorReply(500, QStringLiteral("Attempt to invoke interface method 'boolean java.util.List.isEmpty()' "
                                              "on a null object reference"));
    if (numbers.toArray().isEmpty())
        return bad(QStringLiteral("Empty phone numbers list"));
    for (const QJsonValue number : numbers.toArray()) {
        if (m_settings.refusedNumbers.contains(number.toString()))
            return bad(QStringLiteral("rejected (simulated permanent failure): %1").arg(number.toString()));
    }
    if (!isNull(sim) && sim.toInt() < 1)
        return bad(QStringLiteral("SIM number cannot be less than 1"));
    if (scheduleAt && *scheduleAt <= nowMs())
        return bad(QStringLiteral("scheduleAt must be in the future"));
    const QString deviceId = body.value(QLatin1String("deviceId")).toString();
    if (!deviceId.isEmpty() && deviceId != m_settings.deviceId)
        return bad(QStringLiteral("Invalid device ID"));
    const QString skip = request.query().queryItemValue(QStringLiteral("skipPhoneValidation"));
    if (!skip.isEmpty() && skip != QLatin1String("true") && skip != QLatin1String("false"))
        return bad(QStringLiteral("The string doesn't represent a boolean value: %1").arg(skip));
    if (!isNull(text) && !textValue.isString())
        return errorReply(500, QStringLiteral("Parameter specified as non-null is null: method "
                                              "me.capcom.smsgateway.domain.MessageContent$Text.<init>, parameter text"));
    const QJsonValue ttl = body.value(QLatin1String("ttl"));
    if (!isNull(ttl) && validUntil)
        return bad(QStringLiteral("fields conflict: ttl and validUntil"));
    if (!isNull(ttl))
        validUntil = nowMs() + qint64(ttl.toDouble()) * 1000;
    if (validUntil && *validUntil < nowMs())
        return bad(QStringLiteral("message already expired"));

    SimMessage m;
    m.api = Api::SmsGateLocal;
    for (const QJsonValue &n : numbers.toArray())
        m.recipients.append(n.toString());
    m.to = m.recipients.constFirst();
    m.text = !isNull(legacy) ? legacy.toString()
                             : (!isNull(text) ? textValue.toString() : data.toObject().value(QLatin1String("data")).toString());
    // `id ?: NanoIdUtils.randomNanoId()`: only an absent id is generated.
    m.gatewayId = isNull(id) ? newNanoId() : id.toVariant().toString();
    m.clientId = isNull(id) ? QString() : m.gatewayId;
    const QSet<QString> distinct(m.recipients.cbegin(), m.recipients.cend());
    // The app's insert: message id and (message, number) are primary keys (SQLiteConstraintException).
    if (m_ledger->has(m_settings.deviceId, m.gatewayId) || distinct.size() != m.recipients.size())
        return errorReply(409, QStringLiteral("Message with the same ID already exists"));
    m.deviceKey = m_settings.deviceId;
    m.sim = isNull(sim) ? 0 : sim.toInt();
    m.withDeliveryReport = body.value(QLatin1String("withDeliveryReport")).toBool(true);
    m.skipPhoneValidation = skip == QLatin1String("true");
    m.priority = priority.toInt(0);
    m.scheduleAtMs = scheduleAt.value_or(0);
    m.validUntilMs = validUntil.value_or(0);
    const qint64 index = record(std::move(m), m_settings.deviceId);
    // The answer is built from the request's entity, whose states are not loaded yet: {}.
    return jsonReply(202, smsGateMessageJson(m_ledger->at(index), true, false));
}

SimReply GatewaySimulator::localGet(const QString &id)
{
    const std::optional<qint64> index = m_ledger->indexOf(m_settings.deviceId, id);
    if (!index)
        return emptyReply(404); // call.respond(HttpStatusCode.NotFound): no body
    return jsonReply(200, smsGateMessageJson(m_ledger->at(*index), true));
}

SimReply GatewaySimulator::localList(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    std::optional<MessageState> state;
    const QString stateText = query.queryItemValue(QStringLiteral("state"));
    if (!stateText.isEmpty()) {
        state = stateFromName(stateText);
        if (!state) // ProcessingState.valueOf → IllegalArgumentException → 400
            return errorReply(400, QStringLiteral("No enum constant me.capcom.smsgateway.domain.ProcessingState.%1")
                                       .arg(stateText));
    }
    bool ok = false;
    qint64 limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok)
        limit = 50;
    if (limit < 0)
        limit = std::numeric_limits<qint64>::max(); // SQLite: LIMIT -1 is no limit
    const qint64 offset = std::max(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    const QString content = query.queryItemValue(QStringLiteral("includeContent"));
    if (!content.isEmpty() && content != QLatin1String("true") && content != QLatin1String("false"))
        return errorReply(400, QStringLiteral("includeContent must be true or false"));
    // Unreadable dates fall back to the defaults, as `parseIsoDateTime(it)?.time ?: 0` does.
    const qint64 from = parseStrictIsoDate(query.queryItemValue(QStringLiteral("from"))).value_or(0);
    const qint64 to = parseStrictIsoDate(query.queryItemValue(QStringLiteral("to"))).value_or(nowMs());
    if (query.hasQueryItem(QStringLiteral("deviceId"))
        && query.queryItemValue(QStringLiteral("deviceId")) != m_settings.deviceId)
        return errorReply(400, QStringLiteral("Invalid device ID"));
    if (from > to)
        return errorReply(400, QStringLiteral("Start date cannot be after end date"));
    const QString phone = m_settings.deviceId;
    qint64 total = 0;
    const QList<qint64> page = m_ledger->listNewestFirst(
        [&](const SimMessage &m) {
            return m.api == Api::SmsGateLocal && m.deviceKey == phone && (!state || m.state == *state)
                && m.acceptedAtMs >= from && m.acceptedAtMs <= to;
        },
        offset, limit, &total);
    QJsonArray items;
    for (const qint64 index : page)
        items.append(smsGateMessageJson(m_ledger->at(index), content == QLatin1String("true")));
    SimReply reply = jsonReply(200, items);
    reply.headers.append({ QByteArrayLiteral("X-Total-Count"), QByteArray::number(total) });
    return reply;
}

// MessagesService.cancelMessage: only Pending; a Cancelled one is answered as it is.
SimReply GatewaySimulator::localCancel(const QString &id)
{
    const std::optional<qint64> index = m_ledger->indexOf(m_settings.deviceId, id);
    if (!index)
        return emptyReply(404);
    SimMessage &m = m_ledger->at(*index);
    if (m.state != MessageState::Pending && m.state != MessageState::Cancelled)
        return errorReply(400, QStringLiteral("Message %1 is not in Pending state").arg(id));
    if (m.state == MessageState::Pending)
        cancelMessage(m);
    return jsonReply(200, smsGateMessageJson(m, false));
}

// InboxRoutes.kt get: newest first, X-Total-Count; ids derived from the content.
SimReply GatewaySimulator::localInbox(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString type = query.queryItemValue(QStringLiteral("type"));
    static const QStringList types { QStringLiteral("SMS"), QStringLiteral("DATA_SMS"), QStringLiteral("MMS"),
                                     QStringLiteral("MMS_DOWNLOADED") };
    if (!type.trimmed().isEmpty() && !types.contains(type))
        return errorReply(400, QStringLiteral("Invalid type"));
    const QString attachments = query.queryItemValue(QStringLiteral("includeAttachments"));
    if (!attachments.isEmpty() && attachments != QLatin1String("true") && attachments != QLatin1String("false"))
        return errorReply(400, QStringLiteral("includeAttachments must be true or false"));
    bool ok = false;
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok)
        limit = 50;
    ok = false;
    int offset = query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
    if (!ok)
        offset = 0;
    if (limit < 1 || limit > 500)
        return errorReply(400, QStringLiteral("limit must be between 1 and 500"));
    if (offset < 0)
        return errorReply(400, QStringLiteral("offset must be >= 0"));
    qint64 from = 0;
    qint64 to = nowMs();
    for (const auto &[name, out] : { std::pair { "from", &from }, std::pair { "to", &to } }) {
        if (!query.hasQueryItem(QLatin1String(name)))
            continue;
        const std::optional<qint64> at = parseStrictIsoDate(query.queryItemValue(QLatin1String(name)));
        if (!at)
            return errorReply(400, QStringLiteral("Invalid %1 datetime").arg(QLatin1String(name)));
        *out = *at;
    }
    if (query.hasQueryItem(QStringLiteral("deviceId"))
        && query.queryItemValue(QStringLiteral("deviceId")) != m_settings.deviceId)
        return errorReply(400, QStringLiteral("Invalid device ID"));
    if (from > to)
        return errorReply(400, QStringLiteral("Start date cannot be after end date"));
    qint64 total = 0;
    QList<const InboundSms *> page;
    if (type.trimmed().isEmpty() || type == QLatin1String("SMS")) // only text SMS are simulated
        page = m_ledger->inboxPage(m_settings.deviceId, Api::SmsGateLocal, from, to, offset, limit, &total);
    const QList<SimCard> cards = simulatedSimCards(m_settings.simCount);
    QJsonArray items;
    for (const InboundSms *sms : std::as_const(page))
        items.append(inboxItemJson(*sms, cards));
    SimReply reply = jsonReply(200, items);
    reply.headers.append({ QByteArrayLiteral("X-Total-Count"), QByteArray::number(total) });
    return reply;
}

// InboxRoutes.kt post("refresh") (webhooks only with "triggerWebhooks": true) and
// MessagesRoutes.kt post("inbox/export") (webhooks unless "triggerWebhooks": false), both
// via InboxRefreshRequest.validate() and ReceiverService.export → 202 without a body.
// ReceiverService.process skips an SMS already in the app's inbox, webhooks included: only
// SMS the app missed (received while it was down) come out again.
SimReply GatewaySimulator::localRefresh(const QHttpServerRequest &request, bool webhooksByDefault)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    if (!doc.isObject())
        return errorReply(400, webhooksByDefault ? QStringLiteral("Failed to convert request body to class "
                                                                 "me.capcom.smsgateway.modules.localserver.domain.InboxRefreshRequest")
                                                 : QStringLiteral("Invalid request body"));
    const QJsonObject body = doc.object();
    const QJsonValue sinceValue = body.value(QLatin1String("since"));
    const QJsonValue untilValue = body.value(QLatin1String("until"));
    const std::optional<qint64> since = parseGsonDate(sinceValue.toString());
    const std::optional<qint64> until = parseGsonDate(untilValue.toString());
    if ((!isNull(sinceValue) && !since) || (!isNull(untilValue) && !until))
        return errorReply(400, QStringLiteral("Invalid request body"));
    if (!since)
        return errorReply(400, QStringLiteral("since is required"));
    if (!until)
        return errorReply(400, QStringLiteral("until is required"));
    if (*since > *until)
        return errorReply(400, QStringLiteral("since must be before until"));
    const QJsonValue types = body.value(QLatin1String("messageTypes"));
    if (types.isArray()) {
        if (types.toArray().isEmpty())
            return errorReply(400, QStringLiteral("messageTypes must not be empty"));
        for (const QJsonValue &t : types.toArray()) {
            if (t.toString() != QLatin1String("SMS") && t.toString() != QLatin1String("MMS"))
                return errorReply(400, QStringLiteral("messageTypes contains unsupported values: %1").arg(t.toString()));
        }
    }
    refreshInbox(m_settings.deviceId, *since, *until, body.value(QLatin1String("triggerWebhooks")).toBool(webhooksByDefault));
    return emptyReply(202);
}

// WebhooksRoutes.kt post + WebHooksService.replace: https://, or http:// to exactly
// 127.0.0.1 (any URL in the "insecure" build); an event of WebHookEvent; 201 with the DTO.
SimReply GatewaySimulator::localWebhookPost(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (std::optional<SimReply> unreadable
        = readLocalBody(request, "me.capcom.smsgateway.modules.webhooks.domain.WebHookDTO", &body))
        return *unreadable;
    const QString deviceId = body.value(QLatin1String("deviceId")).toString();
    if (!deviceId.isEmpty() && deviceId != m_settings.deviceId)
        return errorReply(400, QStringLiteral("Device ID mismatch"));
    const QString url = body.value(QLatin1String("url")).toString();
    const bool https = url.size() > 7 && url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    const bool http = url.size() > 6 && url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
    const bool localhost = http && QUrl(url).host() == QLatin1String("127.0.0.1");
    if (!(https || (m_settings.insecureBuild && http) || localhost))
        return errorReply(400, QStringLiteral("url must start with https:// or http://127.0.0.1"));
    const QString event = body.value(QLatin1String("event")).toString();
    if (!SimHooks::phoneEvents().contains(event))
        return errorReply(400, QStringLiteral("Unsupported event"));
    const QJsonValue id = body.value(QLatin1String("id"));
    WebhookRegistration registration;
    registration.id = id.isString() ? id.toString() : newNanoId();
    registration.url = url;
    registration.event = event;
    m_hooks->replace(registration);
    return jsonReply(201, webhookJson(registration));
}

// SettingsRoutes.kt + SettingsService: PATCH imports per section and answers getAll();
// "signing_key" is written but never exported. Any failure answers 400 "Invalid request: ...".
SimReply GatewaySimulator::localSettings(const QHttpServerRequest *patch)
{
    if (patch) {
        const QJsonDocument doc = QJsonDocument::fromJson(patch->body());
        if (!doc.isObject())
            return errorReply(400, QStringLiteral("Invalid request: Failed to convert request body to class java.util.Map"));
        const QJsonObject body = doc.object();
        const QJsonValue hooks = body.value(QLatin1String("webhooks"));
        const QJsonValue messages = body.value(QLatin1String("messages"));
        if ((!isNull(hooks) && !hooks.isObject()) || (!isNull(messages) && !messages.isObject()))
            return errorReply(400, QStringLiteral("Invalid request: value is not a settings section"));
        const QJsonObject h = hooks.toObject();
        if (h.contains(QLatin1String("retry_count"))) {
            const int count = int(h.value(QLatin1String("retry_count")).toVariant().toFloat());
            if (count < 1)
                return errorReply(400, QStringLiteral("Invalid request: Failed to import webhooks: Retry count must be >= 1"));
            m_webhookRetryCount = count;
            WebhookSender::Settings sender = m_webhooks->settings();
            sender.maxAttempts = count;
            m_webhooks->setSettings(sender);
        }
        if (h.contains(QLatin1String("signing_key"))) {
            const QJsonValue key = h.value(QLatin1String("signing_key"));
            // null removes it; the next webhook generates a random key again.
            m_signingKey = isNull(key) ? QByteArray::number(QRandomGenerator::global()->generate(), 36)
                                       : key.toVariant().toString().toUtf8();
        }
        const QString mode = messages.toObject().value(QLatin1String("sim_selection_mode")).toString();
        if (!mode.isEmpty()) {
            if (mode != QLatin1String("OSDefault") && mode != QLatin1String("RoundRobin") && mode != QLatin1String("Random"))
                return errorReply(400, QStringLiteral("Invalid request: No enum constant "
                                                      "me.capcom.smsgateway.modules.messages.MessagesSettings.SimSelectionMode.%1")
                                           .arg(mode));
            m_simSelectionMode = mode;
        }
    }
    return jsonReply(200, QJsonObject {
        { QStringLiteral("webhooks"), QJsonObject { { QStringLiteral("internet_required"), true },
                                                    { QStringLiteral("retry_count"), m_webhookRetryCount } } },
        { QStringLiteral("messages"), QJsonObject { { QStringLiteral("send_interval_min"), 0 },
                                                    { QStringLiteral("limit_period"), QStringLiteral("Disabled") },
                                                    { QStringLiteral("limit_value"), 0 },
                                                    { QStringLiteral("sim_selection_mode"), m_simSelectionMode },
                                                    { QStringLiteral("processing_order"), QStringLiteral("LIFO") } } },
    });
}

// WebService.kt route("/device"): a list holding this phone, with its active SIM cards.
SimReply GatewaySimulator::localDevice() const
{
    return jsonReply(200, QJsonArray { deviceJson(m_settings.deviceId, QStringLiteral("Simulated/smsdesk-gateway-sim"),
                                                  m_createdAtMs, nowMs(), simulatedSimCards(m_settings.simCount)) });
}

} // namespace smsdesk
