// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqsclient.h"

#include "awssigv4.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace smsdesk {

namespace {

constexpr const char *kApiVersion = "2012-11-05";
constexpr const char *kContentType = "application/x-www-form-urlencoded; charset=utf-8";
constexpr qsizetype kShownAnswerChars = 200;

// AWS's form encoding: RFC 3986 unreserved characters as they are, everything else %XX
// (a space is %20, never '+').
QByteArray formBody(const QByteArray &action, const SqsParams &params)
{
    QByteArray body = "Action=" + QUrl::toPercentEncoding(QString::fromLatin1(action)) + "&Version=" + kApiVersion;
    for (const SqsParam &p : params)
        body += '&' + QUrl::toPercentEncoding(QString::fromUtf8(p.first)) + '='
            + QUrl::toPercentEncoding(QString::fromUtf8(p.second));
    return body;
}

// "sqs.eu-west-1.amazonaws.com" → "eu-west-1".
QString regionOfHost(const QString &host)
{
    static const QRegularExpression pattern(QStringLiteral("^sqs[.-]([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?$"));
    const QRegularExpressionMatch m = pattern.match(host.toLower());
    return m.hasMatch() ? m.captured(1) : QString();
}

// An error code as SQS names it, to ours: a queue that is not there is NotFound (the intake
// asks again later; the queue may be made), keys and rights are Invalid, the rest Unavailable.
ErrorCode codeOf(const QString &awsCode, int httpStatus)
{
    if (awsCode.endsWith(QLatin1String("NonExistentQueue")) || awsCode == u"QueueDoesNotExist")
        return ErrorCode::NotFound;
    if (httpStatus >= 500 || awsCode == u"ServiceUnavailable" || awsCode == u"RequestThrottled"
        || awsCode == u"ThrottlingException")
        return ErrorCode::Unavailable;
    return ErrorCode::Invalid;
}

} // namespace

SqsClient::SqsClient(const IntakeConfig &config)
    : m_accessKey(config.url.userName(QUrl::FullyDecoded))
    , m_secretKey(config.url.password(QUrl::FullyDecoded))
{
    m_base.setScheme(config.url.scheme());
    m_base.setHost(config.url.host());
    m_base.setPort(config.url.port());
    m_region = QUrlQuery(config.url).queryItemValue(QStringLiteral("region"), QUrl::FullyDecoded).trimmed();
    if (m_region.isEmpty())
        m_region = regionOfHost(config.url.host());
    if (m_region.isEmpty())
        m_region = QStringLiteral("us-east-1");
}

QByteArray SqsClient::queuePathOf(const QString &queue)
{
    const QString trimmed = queue.trimmed();
    if (!trimmed.startsWith(QLatin1String("http://")) && !trimmed.startsWith(QLatin1String("https://")))
        return {};
    const QByteArray path = QUrl(trimmed).path(QUrl::FullyEncoded).toUtf8();
    return path.isEmpty() ? QByteArray("/") : path;
}

QString SqsClient::endpointName() const
{
    return m_base.host() + u':' + QString::number(m_base.port(m_base.scheme() == u"https" ? 443 : 80));
}

QNetworkReply *SqsClient::post(QNetworkAccessManager &nam, const QByteArray &path, const QByteArray &action,
                               const SqsParams &params, int timeoutMs) const
{
    QUrl url = m_base;
    url.setPath(QString::fromUtf8(path.isEmpty() ? QByteArray("/") : path), QUrl::StrictMode);
    const QByteArray body = formBody(action, params);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(kContentType));
    request.setTransferTimeout(timeoutMs);
    if (!m_accessKey.isEmpty()) {
        // Signed with exactly the headers sent: Content-Type, and the Host the signer adds.
        AwsSigV4Params signing;
        signing.accessKeyId = m_accessKey;
        signing.secretAccessKey = m_secretKey;
        signing.region = m_region;
        signing.service = QStringLiteral("sqs");
        signing.time = QDateTime::currentDateTimeUtc();
        const Result<AwsSigV4Signature> signature
            = awsSigV4Sign("POST", url, { { "Content-Type", kContentType } }, body, signing);
        if (signature.ok()) {
            for (const AwsHeader &header : signature->headers)
                request.setRawHeader(header.first, header.second);
        }
        // Not signable (no host): sent unsigned, and SQS's own answer says what is wrong.
    }
    return nam.post(request, body);
}

Result<SqsAnswer> SqsClient::answerOf(QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray xml = reply.readAll();
    if (status == 0) // no HTTP answer at all: refused, timed out, aborted
        return Result<SqsAnswer>::failure(ErrorCode::Unavailable, reply.errorString());
    return parse(status, xml);
}

Result<SqsAnswer> SqsClient::call(const QByteArray &path, const QByteArray &action, const SqsParams &params,
                                  int timeoutMs) const
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    std::unique_ptr<QNetworkReply> reply(post(nam, path, action, params, timeoutMs));
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit); // the transfer timeout's backstop
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        return Result<SqsAnswer>::failure(ErrorCode::Unavailable,
                                          QStringLiteral("no answer from %1 within %2 s").arg(endpointName()).arg(timeoutMs / 1000));
    }
    return answerOf(*reply);
}

Result<SqsAnswer> SqsClient::parse(int httpStatus, const QByteArray &xml)
{
    SqsAnswer answer;
    QString errorCode;
    QString errorMessage;
    bool sawError = false;
    SqsMessage message;
    QString name; // of an Attribute
    QByteArray entryId; // of a batch result entry
    QString entryCode;
    QString entryMessage;
    QStringList names; // the open elements, from the root down
    QXmlStreamReader reader(xml);
    const auto parent = [&names](int up) { return names.size() > up ? names.at(names.size() - 1 - up) : QString(); };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            names.append(reader.name().toString());
            if (names.last() == u"Message" && parent(1).endsWith(QLatin1String("Result")))
                message = {};
            break;
        case QXmlStreamReader::EndElement: {
            const QString ended = names.isEmpty() ? QString() : names.takeLast();
            if (ended == u"Message" && parent(0).endsWith(QLatin1String("Result"))) {
                answer.messages.append(std::move(message));
                message = {};
            } else if (ended.endsWith(QLatin1String("BatchResultErrorEntry"))) {
                answer.failed.insert(entryId, entryCode + u": " + entryMessage);
                entryId.clear(), entryCode.clear(), entryMessage.clear();
            } else if (ended.endsWith(QLatin1String("BatchResultEntry"))) {
                answer.succeeded.append(entryId);
                entryId.clear();
            } else if (ended == u"Error") {
                sawError = true;
            }
            break;
        }
        case QXmlStreamReader::Characters: {
            if (reader.isWhitespace() && parent(0) != u"Body")
                break;
            const QString here = parent(0);
            const QString up = parent(1);
            const QString text = reader.text().toString();
            if (up == u"Message") {
                if (here == u"MessageId")
                    message.messageId += text.toUtf8();
                else if (here == u"ReceiptHandle")
                    message.receiptHandle += text.toUtf8();
                else if (here == u"Body")
                    message.body += text.toUtf8();
                else if (here == u"MD5OfBody")
                    message.md5OfBody += text.toUtf8();
            } else if (up == u"Attribute") {
                if (here == u"Name") {
                    name = text;
                } else if (here == u"Value") {
                    if (parent(2) == u"Message" && name == u"SentTimestamp")
                        message.sentAtMs = text.toLongLong();
                    else if (parent(2) != u"Message")
                        answer.attributes.insert(name, text);
                }
            } else if (here == u"QueueUrl") {
                answer.queueUrl += text;
            } else if (up.endsWith(QLatin1String("BatchResultErrorEntry")) || up.endsWith(QLatin1String("BatchResultEntry"))) {
                if (here == u"Id")
                    entryId += text.toUtf8();
                else if (here == u"Code")
                    entryCode += text;
                else if (here == u"Message")
                    entryMessage += text;
            } else if (up == u"Error") {
                if (here == u"Code")
                    errorCode += text;
                else if (here == u"Message")
                    errorMessage += text;
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError() || (httpStatus >= 300 && !sawError)) {
        const QString shown = QString::fromUtf8(xml.left(kShownAnswerChars)).simplified();
        return Result<SqsAnswer>::failure(
            httpStatus >= 500 ? ErrorCode::Unavailable : ErrorCode::Invalid,
            reader.hasError() ? QStringLiteral("HTTP %1 with an answer that is not SQS's XML (%2): %3")
                                    .arg(httpStatus)
                                    .arg(reader.errorString(), shown)
                              : QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(shown));
    }
    if (sawError || httpStatus >= 300)
        return Result<SqsAnswer>::failure(codeOf(errorCode, httpStatus),
                                          errorMessage.isEmpty() || errorMessage.startsWith(errorCode)
                                              ? errorCode
                                              : errorCode + u": " + errorMessage);
    return answer;
}

} // namespace smsdesk
