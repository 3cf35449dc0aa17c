// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestvalidator.h"

#include "apijson.h"
#include "phonenumbers.h"
#include "smssegmenter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace smsdesk {

namespace {

constexpr qint64 kYearMs = 366LL * 24 * 3600 * 1000;
constexpr int kMaxTextChars = 10'000; // refused before segmenting; 10 UCS-2 segments are 670
constexpr qsizetype kE164CacheSize = 4096;

void addError(QList<Problem::FieldError> *errors, const QString &prefix, const QString &field,
              QString message)
{
    errors->append({ prefix + field, std::move(message) });
}

bool isInteger(const QJsonValue &value)
{
    const double d = value.toDouble();
    return value.isDouble() && qAbs(d) < 9e15 && d == double(qint64(d));
}

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

void validateDevice(const QJsonValue &device, const MessageValidator::DeviceCheck &deviceCheck,
                    const QString &prefix, NewMessage *message, QList<Problem::FieldError> *errors)
{
    if (!present(device))
        return;
    if (!isInteger(device) || device.toDouble() < 1) {
        addError(errors, prefix, QStringLiteral("device_id"),
                 QStringLiteral("must be a device id (integer ≥ 1)"));
        return;
    }
    message->deviceId = qint64(device.toDouble());
    if (const QString problem = deviceCheck ? deviceCheck(message->deviceId) : QString(); !problem.isEmpty())
        addError(errors, prefix, QStringLiteral("device_id"), problem);
}

void validateSendAt(const QJsonValue &sendAt, qint64 nowMs, const QString &prefix, NewMessage *message,
                    QList<Problem::FieldError> *errors)
{
    if (!present(sendAt))
        return;
    const std::optional<qint64> at
        = sendAt.isString() ? ApiJson::parseRfc3339(sendAt.toString()) : std::nullopt;
    if (!at)
        addError(errors, prefix, QStringLiteral("send_at"),
                 QStringLiteral("must be an RFC 3339 time with offset, e.g. \"2026-03-14T10:30:00Z\""));
    else if (*at <= nowMs)
        addError(errors, prefix, QStringLiteral("send_at"),
                 QStringLiteral("is in the past; leave it out to send now"));
    else if (*at > nowMs + kYearMs)
        addError(errors, prefix, QStringLiteral("send_at"), QStringLiteral("is more than a year ahead"));
    else
        message->sendAtMs = *at;
}

void validatePriority(const QJsonValue &priority, const QString &prefix, NewMessage *message,
                      QList<Problem::FieldError> *errors)
{
    if (!present(priority))
        return;
    if (!isInteger(priority) || priority.toDouble() < MessageValidator::kMinPriority
        || priority.toDouble() > MessageValidator::kMaxPriority)
        addError(errors, prefix, QStringLiteral("priority"),
                 QStringLiteral("must be an integer from %1 to %2 (higher is sent first)")
                     .arg(MessageValidator::kMinPriority)
                     .arg(MessageValidator::kMaxPriority));
    else
        message->priority = int(priority.toDouble());
}

// The phone's SIM slot: SMSGate's simNumber is 1-based and a phone has up to three
// (capcom6/android-sms-gateway localserver/domain/SimCard.kt "1, 2, or 3").
void validateSim(const QJsonValue &sim, const QString &prefix, NewMessage *message, QList<Problem::FieldError> *errors)
{
    if (!present(sim))
        return;
    if (!isInteger(sim) || sim.toDouble() < 1 || sim.toDouble() > MessageValidator::kMaxSim)
        addError(errors, prefix, QStringLiteral("sim"),
                 QStringLiteral("must be the SIM slot, 1 to %1; leave it out for the phone's default")
                     .arg(MessageValidator::kMaxSim));
    else
        message->sim = int(sim.toDouble());
}

void validateClientId(const QJsonValue &clientId, const QString &prefix, NewMessage *message,
                      QList<Problem::FieldError> *errors)
{
    if (!present(clientId))
        return;
    if (!clientId.isString() || clientId.toString().size() > MessageValidator::kMaxClientIdLength)
        addError(errors, prefix, QStringLiteral("client_message_id"),
                 QStringLiteral("must be a string of at most %1 characters")
                     .arg(MessageValidator::kMaxClientIdLength));
    else
        message->clientMessageId = clientId.toString();
}

} // namespace

int RequestJson::nestingDepth(QByteArrayView json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = qMax(deepest, ++depth);
            if (deepest > kMaxDepth)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

std::variant<QJsonObject, Problem> RequestJson::parseObject(const QByteArray &body)
{
    if (nestingDepth(body) > kMaxDepth)
        return Problem::make(
            Problem::Kind::Malformed,
            QStringLiteral("JSON nested deeper than %1 levels is not accepted.").arg(kMaxDepth));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Problem::make(Problem::Kind::Malformed,
                             QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                                 .arg(error.errorString())
                                 .arg(error.offset));
    if (!document.isObject())
        return Problem::make(Problem::Kind::Malformed, QStringLiteral("The body must be a JSON object."));
    return document.object();
}

MessageValidator::MessageValidator(const PhoneNumbers &phoneNumbers, int maxSegments, int maxBatch)
    : m_phoneNumbers(phoneNumbers)
    , m_maxSegments(maxSegments)
    , m_maxBatch(maxBatch)
{ }

void MessageValidator::validateRecipient(const QJsonValue &value, const QString &field, NewMessage *message,
                                         QList<Problem::FieldError> *errors) const
{
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        errors->append(
            { field, QStringLiteral("required: the recipient's phone number, e.g. \"+4930123456\"") });
        return;
    }
    const QString input = value.toString();
    if (const auto cached = m_e164Cache.constFind(input); cached != m_e164Cache.cend()) {
        message->to = *cached;
        return;
    }
    const Result<QString> e164 = m_phoneNumbers.toE164(input);
    if (!e164) {
        errors->append({ field, e164.errorString() });
        return;
    }
    if (m_e164Cache.size() >= kE164CacheSize)
        m_e164Cache.clear();
    m_e164Cache.insert(input, e164.value());
    message->to = e164.value();
}

void MessageValidator::validateText(const QJsonValue &value, const QString &field, NewMessage *message,
                                    QList<Problem::FieldError> *errors) const
{
    const QString text = value.toString();
    if (!value.isString() || text.trimmed().isEmpty()) {
        errors->append({ field, QStringLiteral("required: the text to send, not empty") });
        return;
    }
    if (text.size() > kMaxTextChars) {
        errors->append({ field,
                         QStringLiteral("too long: %1 characters; at most %2 SMS segments are sent")
                             .arg(text.size())
                             .arg(m_maxSegments) });
        return;
    }
    const SegmentInfo info = SmsSegmenter::analyze(text);
    if (info.segments > m_maxSegments) {
        errors->append(
            { field,
              QStringLiteral("too long: %1 SMS segments (%2); at most %3 are sent. Shorten the text%4.")
                  .arg(info.segments)
                  .arg(info.encoding)
                  .arg(m_maxSegments)
                  .arg(info.firstNonGsm.isEmpty()
                           ? QString()
                           : QStringLiteral(" or avoid \"%1\", which forces UCS-2").arg(info.firstNonGsm)) });
        return;
    }
    message->text = text;
    message->segments = info.segments;
    message->encoding = info.encoding;
}

std::optional<NewMessage> MessageValidator::validate(const QJsonObject &object, qint64 nowMs,
                                                     const DeviceCheck &deviceCheck, const QString &prefix,
                                                     QList<Problem::FieldError> *errors) const
{
    static const QSet<QString> known { QStringLiteral("to"),        QStringLiteral("text"),
                                       QStringLiteral("device_id"), QStringLiteral("send_at"),
                                       QStringLiteral("priority"),  QStringLiteral("client_message_id"),
                                       QStringLiteral("sim"),       QStringLiteral("urgent") };
    const qsizetype before = errors->size();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            addError(errors, prefix, it.key(), QStringLiteral("unknown field; see docs/api.md"));
    }
    NewMessage message;
    validateRecipient(object.value(QLatin1String("to")), prefix + QStringLiteral("to"), &message, errors);
    validateText(object.value(QLatin1String("text")), prefix + QStringLiteral("text"), &message, errors);
    validateDevice(object.value(QLatin1String("device_id")), deviceCheck, prefix, &message, errors);
    validateSendAt(object.value(QLatin1String("send_at")), nowMs, prefix, &message, errors);
    validatePriority(object.value(QLatin1String("priority")), prefix, &message, errors);
    validateClientId(object.value(QLatin1String("client_message_id")), prefix, &message, errors);
    validateSim(object.value(QLatin1String("sim")), prefix, &message, errors);
    // Quiet hours (issue 15, point 2): an urgent message is sent inside them too.
    if (const QJsonValue urgent = object.value(QLatin1String("urgent")); present(urgent)) {
        if (!urgent.isBool())
            addError(errors, prefix, QStringLiteral("urgent"),
                     QStringLiteral("must be true or false (true: sent inside quiet hours too)"));
        else
            message.urgent = urgent.toBool();
    }
    if (errors->size() != before)
        return std::nullopt;
    return message;
}

std::variant<QList<NewMessage>, Problem>
MessageValidator::validateSingle(const QJsonObject &body, qint64 nowMs, const DeviceCheck &deviceCheck) const
{
    QList<Problem::FieldError> errors;
    std::optional<NewMessage> message = validate(body, nowMs, deviceCheck, QString(), &errors);
    if (!message)
        return Problem::validation(std::move(errors));
    return QList<NewMessage> { std::move(*message) };
}

std::variant<QList<NewMessage>, Problem>
MessageValidator::validateBatch(const QJsonObject &body, qint64 nowMs, const DeviceCheck &deviceCheck) const
{
    const QJsonValue list = body.value(QLatin1String("messages"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > m_maxBatch || body.size() != 1)
        return Problem::validation(
            { { QStringLiteral("messages"),
                QStringLiteral("must be the only field: an array of 1 to %1 message objects")
                    .arg(m_maxBatch) } });
    const QJsonArray array = list.toArray();
    QList<NewMessage> messages;
    messages.reserve(array.size());
    QList<Problem::FieldError> errors;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("messages[%1].").arg(i);
        if (!array.at(i).isObject()) {
            errors.append({ prefix.chopped(1), QStringLiteral("must be a message object") });
            continue;
        }
        if (auto message = validate(array.at(i).toObject(), nowMs, deviceCheck, prefix, &errors))
            messages.append(std::move(*message));
    }
    if (!errors.isEmpty())
        return Problem::validation(std::move(errors));
    return messages;
}

const QStringList &DeviceValidator::adapterNames()
{
    // Mirrors createAdapter() in core/gateways (DESIGN §5); kept here so validation stays pure.
    static const QStringList names { QStringLiteral("mysmsgate"), QStringLiteral("smsgate"),
                                     QStringLiteral("smsgate-cloud") };
    return names;
}

namespace {

using Errors = QList<Problem::FieldError>;

void readString(const QJsonObject &body, const char *field, int maxLength, bool allowEmpty, QString *out,
                Errors *errors)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined())
        return;
    const QString name = QString::fromLatin1(field);
    if (value.isNull() && allowEmpty) {
        out->clear();
    } else if (!value.isString() || value.toString().size() > maxLength
               || (!allowEmpty && value.toString().trimmed().isEmpty())) {
        errors->append({ name,
                         QStringLiteral("must be a%1 string of at most %2 characters")
                             .arg(allowEmpty ? QString() : QStringLiteral(" non-empty"))
                             .arg(maxLength) });
    } else {
        *out = value.toString().trimmed();
    }
}

void readInt(const QJsonObject &body, const char *field, int min, int max, int *out, Errors *errors)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined())
        return;
    if (!isInteger(value) || value.toDouble() < min || value.toDouble() > max)
        errors->append({ QString::fromLatin1(field),
                         QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max) });
    else
        *out = int(value.toDouble());
}

std::optional<Credentials> readCredentials(const QJsonValue &value, Errors *errors)
{
    if (value.isUndefined())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    static const QSet<QString> known { QStringLiteral("user"), QStringLiteral("password"),
                                       QStringLiteral("api_key") };
    bool ok = value.isObject();
    for (auto it = object.begin(); ok && it != object.end(); ++it)
        ok = known.contains(it.key()) && it->isString() && it->toString().size() <= 4096;
    if (!ok) {
        errors->append(
            { QStringLiteral("credentials"),
              QStringLiteral("must be an object with string fields user, password and/or api_key") });
        return std::nullopt;
    }
    return Credentials { object.value(QLatin1String("user")).toString(),
                         object.value(QLatin1String("password")).toString(),
                         object.value(QLatin1String("api_key")).toString() };
}

} // namespace

std::variant<DeviceValidator::Parsed, Problem> DeviceValidator::validate(const QJsonObject &body,
                                                                         const Device &base, bool partial)
{
    static const QSet<QString> known { QStringLiteral("name"),
                                       QStringLiteral("adapter"),
                                       QStringLiteral("base_url"),
                                       QStringLiteral("remote_id"),
                                       QStringLiteral("sim"),
                                       QStringLiteral("enabled"),
                                       QStringLiteral("rate_per_minute"),
                                       QStringLiteral("rate_per_day"),
                                       QStringLiteral("credentials") };
    Errors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append({ it.key(), QStringLiteral("unknown or read-only field; see docs/api.md") });
    }
    Parsed parsed { base, std::nullopt };
    Device &device = parsed.device;
    for (const char *required : { "name", "adapter", "base_url" }) {
        if (!partial && !body.contains(QLatin1String(required)))
            errors.append({ QString::fromLatin1(required), QStringLiteral("required") });
    }
    readString(body, "name", 100, false, &device.name, &errors);
    readString(body, "adapter", 32, false, &device.adapter, &errors);
    if (body.contains(QLatin1String("adapter")) && !adapterNames().contains(device.adapter))
        errors.append(
            { QStringLiteral("adapter"), QStringLiteral("must be one of: ") + adapterNames().join(u", ") });
    readString(body, "base_url", 2048, false, &device.baseUrl, &errors);
    const QUrl url(device.baseUrl, QUrl::StrictMode);
    if (body.contains(QLatin1String("base_url"))
        && (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")))
        errors.append({ QStringLiteral("base_url"), QStringLiteral("must be an http:// or https:// URL") });
    readString(body, "remote_id", 200, true, &device.remoteId, &errors);
    if (body.value(QLatin1String("sim")).isNull())
        device.sim = 0;
    else
        readInt(body, "sim", 0, 8, &device.sim, &errors);
    const QJsonValue enabled = body.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        errors.append({ QStringLiteral("enabled"), QStringLiteral("must be true or false") });
    device.enabled = enabled.isBool() ? enabled.toBool() : device.enabled;
    readInt(body, "rate_per_minute", 1, 10'000, &device.ratePerMinute, &errors);
    readInt(body, "rate_per_day", 0, 10'000'000, &device.ratePerDay, &errors);
    parsed.credentials = readCredentials(body.value(QLatin1String("credentials")), &errors);
    if (!errors.isEmpty())
        return Problem::validation(std::move(errors));
    return parsed;
}

} // namespace smsdesk
