// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijson.h"

#include "quiethours.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace smsdesk::ApiJson {

namespace {

// Writes "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC) into `out` and returns its length. Hand-rolled
// (Howard Hinnant's civil_from_days): QDateTime formatting cost ~10 µs, and every answer
// carries several times.
int formatRfc3339(qint64 ms, char *out)
{
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
    if (year < 0 || year > 9999) { // outside RFC 3339; never from our clock, but stay exact
        return std::snprintf(out, 64, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(year),
                             month, day, int(rest / 3'600'000), int(rest / 60'000 % 60),
                             int(rest / 1000 % 60), int(rest % 1000));
    }
    const auto digits = [](char *at, qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    out[10] = 'T';
    digits(out + 11, rest / 3'600'000, 2);
    rest %= 3'600'000;
    out[13] = ':';
    digits(out + 14, rest / 60'000, 2);
    out[16] = ':';
    digits(out + 17, rest / 1000 % 60, 2);
    out[19] = '.';
    digits(out + 20, rest % 1000, 3);
    out[23] = 'Z';
    return 24;
}

// Appends `"key":value` pairs of one flat JSON object straight into one buffer.
class JsonWriter final
{
public:
    JsonWriter() { m_out.reserve(512); }
    void number(const char *key, qint64 value) { open(key).append(QByteArray::number(value)); }
    void idOrNull(const char *key, qint64 id)
    {
        if (id > 0)
            number(key, id);
        else
            open(key).append("null");
    }
    void text(const char *key, QStringView value) { appendString(open(key), value); }
    void boolean(const char *key, bool value) { open(key).append(value ? "true" : "false"); }
    void textOrNull(const char *key, QStringView value)
    {
        if (value.isEmpty())
            open(key).append("null");
        else
            text(key, value);
    }
    void timeOrNull(const char *key, qint64 ms)
    {
        QByteArray &out = open(key);
        if (ms <= 0) {
            out.append("null");
            return;
        }
        char buffer[72];
        buffer[0] = '"';
        const int length = formatRfc3339(ms, buffer + 1);
        buffer[length + 1] = '"';
        out.append(buffer, length + 2);
    }
    QByteArray finish()
    {
        m_out.append('}');
        return std::move(m_out);
    }

private:
    QByteArray &open(const char *key)
    {
        m_out.append(m_out.isEmpty() ? "{\"" : ",\"");
        m_out.append(key);
        m_out.append("\":");
        return m_out;
    }
    // Whole runs of plain characters are copied at once; only quotes, backslashes and
    // control characters are escaped.
    static void appendString(QByteArray &out, QStringView text)
    {
        const QByteArray utf8 = text.toUtf8();
        out.append('"');
        const char *run = utf8.constData();
        const char *const end = run + utf8.size();
        for (const char *p = run; p != end; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c != '"' && c != '\\' && c >= 0x20)
                continue;
            out.append(run, p - run);
            if (c == '"' || c == '\\') {
                out.append('\\');
                out.append(char(c));
            } else {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out.append(escaped);
            }
            run = p + 1;
        }
        out.append(run, end - run);
        out.append('"');
    }
    QByteArray m_out;
};

QJsonValue timeOrNull(qint64 ms);
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
    char text[72];
    const int length = formatRfc3339(ms, text);
    return QString::fromLatin1(text, length);
}

namespace {
QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(toRfc3339(ms)) : QJsonValue(QJsonValue::Null);
}
} // namespace

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
    // enqueue. Keys in sorted order, as QJsonDocument writes them.
    JsonWriter json;
    json.number("attempts", m.attempts);
    json.textOrNull("client_message_id", m.clientMessageId);
    json.timeOrNull("created_at", m.createdAtMs);
    json.timeOrNull("delivered_at", m.deliveredAtMs);
    json.idOrNull("device_id", m.deviceId);
    json.text("encoding", m.encoding);
    // Quiet hours (issue 15, point 2): held until the window opens, in the zone it was read in.
    const bool held = m.heldForQuietHours();
    json.textOrNull("held_reason",
                    held ? QuietDecision::reason(QuietBasis(m.quietBasis), m.quietZone.toLatin1()) : QString());
    json.textOrNull("held_until", held ? QuietDecision::untilText(m.quietUntilMs, m.quietZone.toLatin1()) : QString());
    json.text("id", m.id.toString(QUuid::WithoutBraces));
    json.textOrNull("last_error", m.lastError);
    json.number("priority", m.priority);
    json.number("segments", m.segments);
    json.timeOrNull("send_at", m.sendAtMs);
    json.timeOrNull("sent_at", m.sentAtMs);
    json.idOrNull("sent_device_id", m.sentDeviceId);
    json.idOrNull("sim", m.sim);
    json.text("status", statusName(m.status));
    json.text("text", m.text);
    json.text("to", m.to);
    json.timeOrNull("updated_at", m.updatedAtMs);
    json.boolean("urgent", m.urgent);
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
