// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayadapter.h"

#include "gatewayjson.h"
#include "mysmsgateadapter.h"
#include "smsgateadapter.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

namespace smsdesk {

std::optional<GatewayRequest> GatewayAdapter::healthRequest(const Device &, const Credentials &) const
{
    return std::nullopt;
}

Result<DeviceHealth> GatewayAdapter::parseHealth(const GatewayReply &) const
{
    return Result<DeviceHealth>::failure(ErrorCode::Invalid,
                                         QStringLiteral("%1 has no health endpoint").arg(name()));
}

std::optional<GatewayRequest> GatewayAdapter::statusRequest(const Message &, const Device &,
                                                            const Credentials &) const
{
    return std::nullopt;
}

Result<std::optional<StatusReport>> GatewayAdapter::parseStatus(const Message &, const GatewayReply &) const
{
    return Result<std::optional<StatusReport>>::failure(
        ErrorCode::Invalid, QStringLiteral("%1 reports status by webhook only").arg(name()));
}

std::optional<GatewayRequest> GatewayAdapter::sentLookupRequest(const Device &, const Credentials &, int) const
{
    return std::nullopt;
}

Result<GatewayAdapter::SentLookup> GatewayAdapter::sentCandidates(const Message &, const GatewayReply &) const
{
    return Result<SentLookup>::failure(
        ErrorCode::Invalid, QStringLiteral("%1 has no sent history to look in").arg(name()));
}

std::optional<GatewayRequest> GatewayAdapter::inboxRequest(const Device &, const Credentials &, qint64, int,
                                                           int) const
{
    return std::nullopt;
}

Result<InboxPage> GatewayAdapter::parseInbox(const Device &, qint64, const GatewayReply &) const
{
    return Result<InboxPage>::failure(ErrorCode::Invalid,
                                      QStringLiteral("%1 lists no received messages").arg(name()));
}

std::optional<GatewayRequest> GatewayAdapter::devicesRequest(const Device &, const Credentials &) const
{
    return std::nullopt;
}

Result<QList<RemoteDevice>> GatewayAdapter::parseDevices(const GatewayReply &) const
{
    return Result<QList<RemoteDevice>>::failure(ErrorCode::Invalid,
                                                QStringLiteral("%1 lists no phones").arg(name()));
}

std::optional<GatewayRequest> GatewayAdapter::listWebhooksRequest(const Device &, const Credentials &) const
{
    return std::nullopt;
}

namespace {

Error noWebhookApi(const QString &adapter)
{
    return Error { ErrorCode::Incompatible,
                   QStringLiteral("%1 has no public API to register webhooks with").arg(adapter) };
}

} // namespace

Result<QList<WebhookRegistration>> GatewayAdapter::parseWebhookList(const GatewayReply &) const
{
    return noWebhookApi(name());
}

std::optional<GatewayRequest> GatewayAdapter::registerWebhookRequest(const Device &, const Credentials &,
                                                                     const WebhookRegistration &) const
{
    return std::nullopt;
}

Result<WebhookRegistration> GatewayAdapter::parseWebhookRegistered(const GatewayReply &) const
{
    return noWebhookApi(name());
}

std::optional<GatewayRequest> GatewayAdapter::deleteWebhookRequest(const Device &, const Credentials &,
                                                                   const QString &) const
{
    return std::nullopt;
}

Status GatewayAdapter::parseWebhookDeleted(const GatewayReply &) const
{
    return noWebhookApi(name());
}

std::optional<GatewayRequest> GatewayAdapter::signingKeyRequest(const Device &, const Credentials &,
                                                                const QByteArray &) const
{
    return std::nullopt;
}

Status GatewayAdapter::parseSigningKeySet(const GatewayReply &) const
{
    return Status::failure(ErrorCode::Incompatible,
                           QStringLiteral("%1 has no API to set the webhook signing key").arg(name()));
}

QString GatewayAdapter::webhookUrlRefusal(const QUrl &) const
{
    return QStringLiteral("%1 has no public API to register webhooks with").arg(name());
}

Status GatewayAdapter::checkCredentialsReply(const GatewayReply &reply) const
{
    if (gw::hasCleanAnswer(reply) && gw::isSuccess(reply.httpStatus))
        return {};
    const SendResult failure = classifyHttpFailure(reply);
    if (failure.kind == SendResult::Kind::AuthFailed)
        return Status::failure(ErrorCode::Invalid, failure.error);
    return Status::failure(ErrorCode::Unavailable, failure.error);
}

namespace {

SendResult transient(int status, QString error, bool deviceLevel)
{
    SendResult r;
    r.kind = SendResult::Kind::Transient;
    r.httpStatus = status;
    r.error = std::move(error);
    r.deviceLevel = deviceLevel;
    return r;
}

SendResult classifyStatus(const GatewayReply &reply)
{
    const int status = reply.httpStatus;
    const QString what
        = QStringLiteral("HTTP %1 from gateway: %2").arg(status).arg(gw::bodySnippet(reply.body));
    SendResult r;
    r.httpStatus = status;
    r.error = what;
    if (status == 401 || status == 403) {
        // Bad credentials concern every message of this device: pause it, keep the queue.
        r.kind = SendResult::Kind::AuthFailed;
        r.deviceLevel = true;
    } else if (status == 429 || status >= 500) {
        r.kind = SendResult::Kind::Transient;
        r.deviceLevel = true;
        r.retryAfterMs = parseRetryAfterMs(reply.headers, reply.receivedAtMs);
    } else if (status == 408 || status == 425) {
        r.kind = SendResult::Kind::Transient;
        r.retryAfterMs = parseRetryAfterMs(reply.headers, reply.receivedAtMs);
    } else if (status >= 400) {
        // 400/404/422 and the rest of 4xx: resending the same request cannot succeed.
        r.kind = SendResult::Kind::Permanent;
    } else if (status >= 200 && status < 300) {
        r.kind = SendResult::Kind::Accepted;
    } else {
        // 1xx/3xx are not answers a gateway API gives: treat the gateway as misbehaving.
        r.kind = SendResult::Kind::Transient;
        r.deviceLevel = true;
        r.error = QStringLiteral("unexpected HTTP %1 from gateway").arg(status);
    }
    return r;
}

} // namespace

SendResult classifyHttpFailure(const GatewayReply &reply)
{
    if (reply.timedOut) {
        SendResult r = transient(reply.httpStatus,
                                 QStringLiteral("timeout: the gateway did not answer in time"), true);
        r.inDoubt = true;
        return r;
    }
    if (reply.httpStatus == 0) {
        const QString text = reply.networkErrorString.isEmpty()
            ? QStringLiteral("network error %1").arg(int(reply.networkError))
            : reply.networkErrorString;
        SendResult r = transient(0, QStringLiteral("network error: %1").arg(text), true);
        // Refused or unresolvable: the request never left. Anything else (connection
        // closed, reset, timed out) may have been read by the gateway.
        r.inDoubt = reply.networkError != QNetworkReply::ConnectionRefusedError
            && reply.networkError != QNetworkReply::HostNotFoundError;
        return r;
    }
    if (!gw::hasCleanAnswer(reply) && gw::isSuccess(reply.httpStatus)) {
        // A 2xx cut off mid-body: the gateway probably took the message, so retry on the
        // same device (where the client id dedupes) rather than fail over.
        SendResult r = transient(reply.httpStatus,
                                 QStringLiteral("answer from gateway cut off (HTTP %1): %2")
                                     .arg(reply.httpStatus)
                                     .arg(reply.networkErrorString),
                                 false);
        r.inDoubt = true;
        return r;
    }
    return classifyStatus(reply);
}

qint64 parseGatewayTimeMs(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return 0;
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return 0;
    if (when.timeSpec() == Qt::LocalTime) // no zone given: gateways write UTC
        when.setTimeSpec(Qt::UTC);
    return when.toMSecsSinceEpoch();
}

namespace {

// RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT"), obsolete but still to be accepted (RFC 9110).
QDateTime parseRfc850(const QByteArray &value)
{
    const qsizetype comma = value.indexOf(',');
    if (comma < 0)
        return {};
    const QString rest = QString::fromLatin1(value.mid(comma + 1).trimmed());
    QDateTime when = QLocale::c().toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return {};
    when.setTimeSpec(Qt::UTC);
    // Two-digit years: RFC 9110 §5.6.7 reads them as the nearest past century.
    const int year = when.date().year() % 100;
    return when.addYears((year < 70 ? 2000 + year : 1900 + year) - when.date().year());
}

std::optional<qint64> parseHttpDateMs(const QByteArray &value)
{
    // Only RFC 850 has dashes; QNetworkRequest reads its "26" as 1926.
    if (value.contains('-')) {
        const QDateTime when = parseRfc850(value);
        return when.isValid() ? std::optional<qint64>(when.toMSecsSinceEpoch()) : std::nullopt;
    }
    // QNetworkRequest knows the IMF-fixdate and asctime forms.
    QNetworkRequest probe;
    probe.setRawHeader(QByteArrayLiteral("Last-Modified"), value);
    const QDateTime when = probe.header(QNetworkRequest::LastModifiedHeader).toDateTime();
    return when.isValid() ? std::optional<qint64>(when.toMSecsSinceEpoch()) : std::nullopt;
}

} // namespace

qint64 parseRetryAfterMs(const QList<QNetworkReply::RawHeaderPair> &headers, qint64 nowMs)
{
    // nowMs 0: no clock to measure a date against; only a number of seconds is a wait.
    for (const auto &header : headers) {
        if (header.first.compare("retry-after", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray value = header.second.trimmed();
        if (value.isEmpty())
            return -1;
        bool isNumber = false;
        const qulonglong seconds = value.toULongLong(&isNumber);
        if (isNumber) {
            constexpr qulonglong kMaxSeconds = std::numeric_limits<qint64>::max() / 1000;
            return qint64(std::min(seconds, kMaxSeconds)) * 1000;
        }
        if (nowMs <= 0)
            return -1;
        const std::optional<qint64> at = parseHttpDateMs(value);
        return at ? std::max<qint64>(0, *at - nowMs) : -1;
    }
    return -1;
}

std::unique_ptr<GatewayAdapter> createAdapter(const QString &name)
{
    if (name == QLatin1String(MySmsGateAdapter::kName))
        return std::make_unique<MySmsGateAdapter>();
    if (name == QLatin1String(SmsGateAdapter::kLocalName))
        return std::make_unique<SmsGateAdapter>(SmsGateAdapter::Mode::Local);
    if (name == QLatin1String(SmsGateAdapter::kCloudName))
        return std::make_unique<SmsGateAdapter>(SmsGateAdapter::Mode::Cloud);
    return nullptr;
}

QStringList adapterNames()
{
    return { QLatin1String(MySmsGateAdapter::kName), QLatin1String(SmsGateAdapter::kLocalName),
             QLatin1String(SmsGateAdapter::kCloudName) };
}

} // namespace smsdesk
