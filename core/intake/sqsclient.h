// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace smsdesk {

// Amazon SQS over its query protocol (API version 2012-11-05): a form-encoded POST of
// `Action=…&Version=2012-11-05&…` to the endpoint ("/") or to a queue's path, signed with
// Signature Version 4 when the intake has an access key, answered in XML. The shapes are
// those of AWS's API reference (ReceiveMessage, DeleteMessageBatch, ChangeMessageVisibilityBatch,
// GetQueueUrl, GetQueueAttributes; "Query API requests" and "Interpreting XML responses" in
// the SQS developer guide). Used by SqsIntake; no state but the endpoint and keys.

using SqsParam = std::pair<QByteArray, QByteArray>;
using SqsParams = QList<SqsParam>;

struct SqsMessage
{
    QByteArray messageId; // stable across redelivery: the redelivery key
    QByteArray receiptHandle; // new on every receive; the newest one deletes
    QByteArray body;
    QByteArray md5OfBody; // hex, as SQS computed it
    qint64 sentAtMs = 0; // attribute SentTimestamp, when asked for; 0 = not given
};

// What one answer carried; each action fills its own part.
struct SqsAnswer
{
    QList<SqsMessage> messages; // ReceiveMessage
    QString queueUrl; // GetQueueUrl
    QHash<QString, QString> attributes; // GetQueueAttributes
    QList<QByteArray> succeeded; // a batch: the entry Ids that succeeded
    QHash<QByteArray, QString> failed; // a batch: entry Id → "Code: message"
};

class SqsClient final
{
public:
    // The endpoint, keys and region of config (see IntakeConfig::url).
    explicit SqsClient(const IntakeConfig &config);

    // The path requests for config().queue go to: a queue URL's path, or empty when the
    // queue is given by name (ask GetQueueUrl, then use queuePathOf(answer.queueUrl)).
    static QByteArray queuePathOf(const QString &queue);
    QString region() const { return m_region; }
    QString endpointName() const; // "127.0.0.1:9324", for status lines

    // Starts a signed POST of `action` with `params` to `path`; the reply belongs to the caller.
    QNetworkReply *post(QNetworkAccessManager &nam, const QByteArray &path, const QByteArray &action,
                        const SqsParams &params, int timeoutMs) const;
    // The finished reply's answer, or why not: the connection, an SQS error ("Code: message";
    // NotFound for a queue that does not exist), or an answer that is not SQS's XML.
    static Result<SqsAnswer> answerOf(QNetworkReply &reply);
    // The two above, waiting in a local event loop: for Settings → Test only.
    Result<SqsAnswer> call(const QByteArray &path, const QByteArray &action, const SqsParams &params,
                           int timeoutMs) const;

    // Exposed for tests: the XML of an answer with its HTTP status.
    static Result<SqsAnswer> parse(int httpStatus, const QByteArray &xml);

private:
    QUrl m_base; // scheme://host[:port], no user info, no query
    QString m_accessKey;
    QString m_secretKey;
    QString m_region;
};

} // namespace smsdesk
