// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboundwebhook.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

namespace smsdesk {

namespace WebhookEvents {

QList<Type> all()
{
    return { Sent, Delivered, Failed, Dead, Received, OptedOut };
}

QString name(Type type)
{
    switch (type) {
    case Sent:
        return QStringLiteral("message.sent");
    case Delivered:
        return QStringLiteral("message.delivered");
    case Failed:
        return QStringLiteral("message.failed");
    case Dead:
        return QStringLiteral("message.dead");
    case Received:
        return QStringLiteral("message.received");
    case OptedOut:
        return QStringLiteral("number.opted_out");
    }
    return {};
}

std::optional<Type> fromName(QStringView text)
{
    for (const Type type : all()) {
        if (name(type) == text)
            return type;
    }
    return std::nullopt;
}

QStringList names(quint32 mask)
{
    QStringList list;
    for (const Type type : all()) {
        if (mask & type)
            list.append(name(type));
    }
    return list;
}

} // namespace WebhookEvents

QString webhookDeliveryStateName(WebhookDelivery::State state)
{
    switch (state) {
    case WebhookDelivery::State::Pending:
        return QStringLiteral("pending");
    case WebhookDelivery::State::Delivered:
        return QStringLiteral("delivered");
    case WebhookDelivery::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<WebhookDelivery::State> webhookDeliveryStateFromName(QStringView text)
{
    for (const auto state : { WebhookDelivery::State::Pending, WebhookDelivery::State::Delivered,
                              WebhookDelivery::State::Failed }) {
        if (webhookDeliveryStateName(state) == text)
            return state;
    }
    return std::nullopt;
}

namespace StandardWebhooks {

QByteArray hmac(const QByteArray &key, const QByteArray &id, const QByteArray &timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    code.addData(id);
    code.addData(".", 1);
    code.addData(timestamp);
    code.addData(".", 1);
    code.addData(body);
    return code.result();
}

QByteArray signature(const QByteArray &key, const QByteArray &id, const QByteArray &timestamp, const QByteArray &body)
{
    return QByteArrayLiteral("v1,") + hmac(key, id, timestamp, body).toBase64();
}

QString newSecret()
{
    std::array<quint32, 8> words; // 256 bits
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> keyOf(const QString &secret)
{
    QStringView text(secret);
    if (text.startsWith(u"whsec_"))
        text = text.mid(6);
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

namespace {

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject dataOf(const WebhookDelivery &d)
{
    using namespace WebhookEvents;
    const QJsonValue device = d.deviceId != 0 ? QJsonValue(d.deviceId) : QJsonValue(QJsonValue::Null);
    switch (d.type) {
    case Sent:
        return { { QStringLiteral("id"), d.subject }, { QStringLiteral("to"), d.number },
                 { QStringLiteral("device_id"), device }, { QStringLiteral("gateway_message_id"), textOrNull(d.detail) },
                 { QStringLiteral("attempt"), d.messageAttempt } };
    case Delivered:
        return { { QStringLiteral("id"), d.subject }, { QStringLiteral("to"), d.number },
                 { QStringLiteral("device_id"), device } };
    case Failed:
        return { { QStringLiteral("id"), d.subject },
                 { QStringLiteral("to"), d.number },
                 { QStringLiteral("device_id"), device },
                 { QStringLiteral("http_status"),
                   d.eventHttpStatus != 0 ? QJsonValue(d.eventHttpStatus) : QJsonValue(QJsonValue::Null) },
                 { QStringLiteral("error"), d.detail },
                 { QStringLiteral("attempt"), d.messageAttempt } };
    case Dead:
        return { { QStringLiteral("id"), d.subject }, { QStringLiteral("to"), d.number },
                 { QStringLiteral("device_id"), device }, { QStringLiteral("reason"), d.detail },
                 { QStringLiteral("attempts"), d.messageAttempt } };
    case Received:
        return { { QStringLiteral("id"), d.subject.toLongLong() }, { QStringLiteral("from"), d.number },
                 { QStringLiteral("text"), d.detail }, { QStringLiteral("device_id"), device },
                 { QStringLiteral("received_at"), rfc3339(d.extra.toLongLong()) } };
    case OptedOut:
        return { { QStringLiteral("number"), d.number }, { QStringLiteral("source"), d.extra },
                 { QStringLiteral("detail"), d.detail } };
    }
    return {};
}

} // namespace

QByteArray payload(const WebhookDelivery &delivery)
{
    const QJsonObject body { { QStringLiteral("type"), WebhookEvents::name(delivery.type) },
                             { QStringLiteral("timestamp"), rfc3339(delivery.occurredAtMs) },
                             { QStringLiteral("data"), dataOf(delivery) } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace StandardWebhooks

} // namespace smsdesk
