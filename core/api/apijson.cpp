// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace smsdesk::ApiJson {

namespace {

// Appends `"key":value` pairs of one flat JSON object.
class JsonWriter final
{
public:
    void field(const char *key, int value) { open(key) += QByteArray::number(value); }
    void field(const char *key, const QJsonValue &value)
    {
        QByteArray &out = open(key);
        if (value.isNull())
            out += "null";
        else if (value.isString())
            appendString(out, value.toString());
        else
            out += QByteArray::number(value.toInteger());
    }
    QByteArray finish() { return m_out + '}'; }

private:
    QByteArray &open(const char *key)
    {
        m_out += m_out.isEmpty() ? "{\"" : ",\"";
        m_out += key;
        m_out += "\":";
        return m_out;
    }
    static void appendString(QByteArray &out, const QString &text)
    {
        out += '"';
        for (const char c : text.toUtf8()) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
        out += '"';
    }
    QByteArray m_out;
};

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(toRfc3339(ms)) : QJsonValue(QJsonValue::Null);
}
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QString toRfc3339(qint64 ms)
{
    // Hand-rolled (Howard Hinnant's civil_from_days): QDateTime formatting cost ~10 µs, and
    // every answer carries several times.
    const qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    qint64 rest = ms - days * 86'400'000;
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const int hour = int(rest / 3'600'000);
    rest %= 3'600'000;
    char text[64]; // room for any year snprintf might print
    std::snprintf(text, sizeof text, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(year),
                  month, day, hour, int(rest / 60'000), int(rest / 1000 % 60), int(rest % 1000));
    return QString::fromLatin1(text);
}

std::optional<qint64> parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (text.size() > 40 || !pattern.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized[10] = u'T';
    if (normalized.endsWith(u'z'))
        normalized.back() = u'Z';
    // Qt takes milliseconds only: cut longer fractions ("…:00.123456789Z").
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QByteArray message(const Message &m)
{
    // Written by hand: building a QJsonObject and serialising it was the dearest step of an
    // enqueue (~80 µs of ~110). Keys in sorted order, as QJsonDocument writes them.
    JsonWriter json;
    json.field("attempts", m.attempts);
    json.field("client_message_id", textOrNull(m.clientMessageId));
    json.field("created_at", timeOrNull(m.createdAtMs));
    json.field("delivered_at", timeOrNull(m.deliveredAtMs));
    json.field("device_id", idOrNull(m.deviceId));
    json.field("encoding", QJsonValue(m.encoding));
    json.field("id", QJsonValue(m.id.toString(QUuid::WithoutBraces)));
    json.field("last_error", textOrNull(m.lastError));
    json.field("priority", m.priority);
    json.field("segments", m.segments);
    json.field("send_at", timeOrNull(m.sendAtMs));
    json.field("sent_at", timeOrNull(m.sentAtMs));
    json.field("sent_device_id", idOrNull(m.sentDeviceId));
    json.field("status", QJsonValue(statusName(m.status)));
    json.field("text", QJsonValue(m.text));
    json.field("to", QJsonValue(m.to));
    json.field("updated_at", timeOrNull(m.updatedAtMs));
    return json.finish();
}

QByteArray messageList(const QList<QByteArray> &messages)
{
    return "[" + messages.join(',') + "]";
}

QByteArray messageWithEvents(const Message &m, const QList<MessageEvent> &events)
{
    QJsonArray list;
    for (const MessageEvent &event : events) {
        list.append(QJsonObject {
            { QStringLiteral("at"), toRfc3339(event.atMs) },
            { QStringLiteral("kind"), event.kind },
            { QStringLiteral("device_id"), idOrNull(event.deviceId) },
            { QStringLiteral("http_status"),
              event.httpStatus > 0 ? QJsonValue(event.httpStatus) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("detail"), textOrNull(event.detail) },
        });
    }
    QByteArray object = message(m);
    object.chop(1); // the closing brace
    return object + ",\"events\":" + QJsonDocument(list).toJson(QJsonDocument::Compact) + '}';
}

QJsonObject device(const Device &d)
{
    QJsonObject object {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("name"), d.name },
        { QStringLiteral("adapter"), d.adapter },
        { QStringLiteral("base_url"), d.baseUrl },
        { QStringLiteral("remote_id"), textOrNull(d.remoteId) },
        { QStringLiteral("sim"), d.sim > 0 ? QJsonValue(d.sim) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("enabled"), d.enabled },
        { QStringLiteral("rate_per_minute"), d.ratePerMinute },
        { QStringLiteral("rate_per_day"), d.ratePerDay },
    };
    const DeviceHealth &h = d.health;
    QJsonObject health {
        { QStringLiteral("online"), h.online },
        { QStringLiteral("last_seen"), timeOrNull(h.lastSeenMs) },
        { QStringLiteral("battery_percent"),
          h.batteryPercent >= 0 ? QJsonValue(h.batteryPercent) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("signal_percent"),
          h.signalPercent >= 0 ? QJsonValue(h.signalPercent) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("paused_reason"), textOrNull(h.pausedReason) },
    };
    object.insert(QStringLiteral("health"), health);
    return object;
}

QJsonObject stats(const StatusCounts &c)
{
    // Exactly the fields of DESIGN §6; tools compare the key set.
    return QJsonObject {
        { QStringLiteral("queued"), c.queued },   { QStringLiteral("sending"), c.sending },
        { QStringLiteral("sent"), c.sent },       { QStringLiteral("delivered"), c.delivered },
        { QStringLiteral("dead"), c.dead },       { QStringLiteral("cancelled"), c.cancelled },
        { QStringLiteral("inbound"), c.inbound },
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace smsdesk::ApiJson
