// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayjson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace smsdesk::gw {

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\') {
            out += '\\';
            out += c;
        } else if (u == '\n') {
            out += "\\n";
        } else if (u < 0x20) {
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        } else {
            out += c; // UTF-8 continuation bytes are >= 0x80 and safe as they are
        }
    }
    out += '"';
}

QUrl joinUrl(const QString &base, QLatin1String path)
{
    return joinUrl(base, path, {});
}

QUrl joinUrl(const QString &base, QLatin1String path, QStringView tail)
{
    QStringView b(base);
    while (b.endsWith(u'/'))
        b.chop(1);
    QString s;
    s.reserve(b.size() + path.size() + tail.size());
    s.append(b).append(path).append(tail);
    return QUrl(s);
}

QString wireId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString wireId(const Message &message)
{
    return wireId(wireUuid(message.id, message.wireGeneration));
}

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return request;
}

void setBasicAuth(QNetworkRequest &request, const Credentials &credentials)
{
    if (credentials.user.isEmpty() && credentials.password.isEmpty())
        return;
    const QByteArray pair = credentials.user.toUtf8() + ':' + credentials.password.toUtf8();
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64());
}

void setBearerAuth(QNetworkRequest &request, const Credentials &credentials)
{
    if (credentials.apiKey.isEmpty())
        return;
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + credentials.apiKey.toUtf8());
}

bool isSuccess(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

bool hasCleanAnswer(const GatewayReply &reply)
{
    if (reply.timedOut || reply.httpStatus == 0)
        return false;
    // QNetworkReply mirrors 4xx/5xx statuses as "content" (2xx codes) and "server" (4xx
    // codes) errors; those are complete answers. Connection and protocol errors beside a
    // status mean the answer broke off.
    const int error = int(reply.networkError);
    return error == QNetworkReply::NoError
        || (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}

Result<QJsonObject> parseObject(const GatewayReply &reply)
{
    if (reply.body.size() > kMaxParsedBody)
        return Result<QJsonObject>::failure(
            ErrorCode::Invalid,
            QStringLiteral("unreadable answer from gateway: body of %1 bytes is too large")
                .arg(reply.body.size()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(ErrorCode::Invalid,
                                            QStringLiteral("unreadable answer from gateway (HTTP %1, "
                                                           "not a JSON object): %2")
                                                .arg(reply.httpStatus)
                                                .arg(bodySnippet(reply.body)));
    return doc.object();
}

QString bodySnippet(const QByteArray &body)
{
    constexpr qsizetype kMax = 200;
    if (body.isEmpty())
        return QStringLiteral("(empty body)");
    QString text = QString::fromUtf8(body.left(kMax)).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    if (body.size() > kMax)
        text += QStringLiteral("… (%1 bytes)").arg(body.size());
    return text;
}

} // namespace smsdesk::gw
