// SPDX-License-Identifier: GPL-3.0-or-later
#include "elasticmq.h"

#include "brokerprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QXmlStreamReader>

#ifndef SMSDESK_ELASTICMQ_JAR
#error "add target_compile_definitions(<test> PRIVATE SMSDESK_ELASTICMQ_JAR=\"${SMSDESK_ELASTICMQ_JAR}\")"
#endif

namespace smsdesk::test {

namespace {

constexpr int kRequestTimeoutMs = 30'000;
constexpr int kStartTimeoutMs = 30'000;
constexpr int kBatchSize = 10; // SendMessageBatch's limit

QString jarPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SMSDESK_ELASTICMQ_JAR");
    return fromEnvironment.isEmpty() ? QStringLiteral(SMSDESK_ELASTICMQ_JAR) : fromEnvironment;
}

using Record = QHash<QString, QString>;

// Every element called `name` in an SQS answer, as its children's texts by name:
// records(xml, "Message") → [{MessageId: …, ReceiptHandle: …, Body: …}, …].
Result<QList<Record>> records(const QByteArray &xml, QStringView name)
{
    QList<Record> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != name)
            continue;
        Record fields;
        while (reader.readNextStartElement())
            fields.insert(reader.name().toString(),
                          reader.readElementText(QXmlStreamReader::IncludeChildElements));
        found.append(fields);
    }
    if (reader.hasError())
        return Result<QList<Record>>::failure(
            ErrorCode::Invalid,
            QStringLiteral("unreadable SQS answer (%1): %2")
                .arg(reader.errorString(), QString::fromUtf8(xml.left(500))));
    return found;
}

// <ErrorResponse><Error><Code>…</Code><Message>…</Message></Error></ErrorResponse> as a failure.
Error sqsError(int httpStatus, const QByteArray &xml)
{
    const Result<QList<Record>> errors = records(xml, u"Error");
    if (!errors.ok() || errors.value().isEmpty())
        return Error { httpStatus >= 500 ? ErrorCode::Unavailable : ErrorCode::Invalid,
                       QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(QString::fromUtf8(xml.left(500))) };
    const Record &error = errors.value().first();
    const QString code = error.value(QStringLiteral("Code"));
    return Error { code.endsWith(QLatin1String("NonExistentQueue")) ? ErrorCode::NotFound
                                                                    : ErrorCode::Invalid,
                   code + QStringLiteral(": ") + error.value(QStringLiteral("Message")) };
}

// One request, waited for in a local event loop; the body of a 200 answer, or what went wrong.
// A form (POST) when `form` is given, else a GET.
Result<QByteArray> exchange(QNetworkAccessManager &network, const QUrl &url, const QByteArray *form,
                            int timeoutMs)
{
    QNetworkRequest request(url);
    // Without the charset ElasticMQ (spray) decodes the percent-escapes as ISO-8859-1.
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8"));
    std::unique_ptr<QNetworkReply> reply(form ? network.post(request, *form) : network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, reply.get(), &QNetworkReply::abort);
    loop.exec();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (httpStatus == 200)
        return body;
    if (httpStatus == 0)
        return Result<QByteArray>::failure(
            ErrorCode::Unavailable, url.toDisplayString() + QStringLiteral(": ") + reply->errorString());
    return Result<QByteArray>(sqsError(httpStatus, body));
}

template<typename T> Result<T> failed(const Error &error)
{
    return Result<T>(error);
}

} // namespace

ElasticMq::~ElasticMq()
{
    if (isRunning()) {
        m_server->terminate();
        if (!m_server->waitForFinished(10'000))
            kill();
    }
}

Status ElasticMq::start()
{
    if (isRunning())
        return {};
    const QString jar = jarPath();
    if (!QFile::exists(jar))
        return Status::failure(
            ErrorCode::Io, QStringLiteral("no ElasticMQ jar at %1: run scripts/fetch-elasticmq.sh").arg(jar));
    if (!m_dir.isValid())
        return Status::failure(ErrorCode::Io, QStringLiteral("no temporary folder"));
    if (m_port == 0)
        m_port = freeLoopbackPort(20'000, 30'000);
    if (m_port == 0)
        return Status::failure(ErrorCode::Unavailable, QStringLiteral("no free loopback port"));
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir.filePath(QStringLiteral("elasticmq.log")), QIODevice::Append);
    m_server->setWorkingDirectory(m_dir.path());
    dieWithParent(*m_server);
    const QString port = QString::number(m_port);
    // The --add-opens let its 2013 Scala/Akka reflect into the JDK as Java 8 allowed;
    // node-address is the host and port it writes into queue URLs.
    m_server->start(QStringLiteral("java"),
                    { QStringLiteral("-Xmx256m"), QStringLiteral("--add-opens"),
                      QStringLiteral("java.base/java.util.regex=ALL-UNNAMED"), QStringLiteral("--add-opens"),
                      QStringLiteral("java.base/java.lang=ALL-UNNAMED"),
                      QStringLiteral("-Drest-sqs.bind-hostname=127.0.0.1"),
                      QStringLiteral("-Drest-sqs.bind-port=") + port,
                      QStringLiteral("-Dnode-address.host=127.0.0.1"),
                      QStringLiteral("-Dnode-address.port=") + port, QStringLiteral("-jar"), jar });
    if (!m_server->waitForStarted(10'000))
        return Status::failure(ErrorCode::Unavailable,
                               QStringLiteral("java did not start (%1): run scripts/install-deps.sh")
                                   .arg(m_server->errorString()));
    // Up when it answers ListQueues (about 1.5 s on two cores; the JVM's start dominates).
    QNetworkAccessManager network;
    QUrl probe = endpoint();
    probe.setQuery(QStringLiteral("Action=ListQueues"));
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (isRunning() && !deadline.hasExpired()) {
        if (exchange(network, probe, nullptr, 2'000).ok())
            return {};
        QThread::msleep(200);
    }
    return Status::failure(
        ErrorCode::Unavailable,
        QStringLiteral("ElasticMQ did not come up on port %1:\n%2").arg(m_port).arg(logText()));
}

void ElasticMq::kill()
{
    if (!m_server)
        return;
    m_server->kill();
    m_server->waitForFinished(10'000);
    m_server.reset();
}

bool ElasticMq::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

QUrl ElasticMq::endpoint() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

QString ElasticMq::logText() const
{
    QFile log(m_dir.filePath(QStringLiteral("elasticmq.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000)) : QString();
}

SqsTestClient::SqsTestClient()
    : m_network(std::make_unique<QNetworkAccessManager>())
{ }

SqsTestClient::~SqsTestClient() = default;

Result<QByteArray> SqsTestClient::call(const QUrl &url, const QByteArray &action,
                                       const Parameters &parameters)
{
    // Each value encoded on its own: QUrlQuery would leave '+' and '&' as they are.
    QByteArray form = "Action=" + action + "&Version=2012-11-05";
    for (const auto &[name, value] : parameters)
        form += '&' + name + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    return exchange(*m_network, url, &form, kRequestTimeoutMs);
}

Result<QUrl> SqsTestClient::createQueue(const QUrl &endpoint, const QString &name, int visibilityTimeoutS)
{
    const Result<QByteArray> answer
        = call(endpoint, "CreateQueue",
               { { "QueueName", name.toUtf8() },
                 { "Attribute.1.Name", "VisibilityTimeout" },
                 { "Attribute.1.Value", QByteArray::number(visibilityTimeoutS) } });
    if (!answer.ok())
        return failed<QUrl>(answer.error());
    const Result<QList<Record>> result = records(answer.value(), u"CreateQueueResult");
    if (!result.ok())
        return failed<QUrl>(result.error());
    const QUrl url(result.value().value(0).value(QStringLiteral("QueueUrl")));
    if (!url.isValid() || url.isRelative())
        return Result<QUrl>::failure(ErrorCode::Invalid, QStringLiteral("CreateQueue gave no QueueUrl"));
    return url;
}

Status SqsTestClient::send(const QUrl &queueUrl, const QList<QByteArray> &bodies)
{
    for (qsizetype start = 0; start < bodies.size(); start += kBatchSize) {
        const QList<QByteArray> batch = bodies.mid(start, kBatchSize);
        Parameters parameters;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QByteArray entry = "SendMessageBatchRequestEntry." + QByteArray::number(i + 1);
            parameters.append({ entry + ".Id", "m" + QByteArray::number(start + i) });
            parameters.append({ entry + ".MessageBody", batch.at(i) });
        }
        const Result<QByteArray> answer = call(queueUrl, "SendMessageBatch", parameters);
        if (!answer.ok())
            return answer.error();
        const Result<QList<Record>> errors = records(answer.value(), u"BatchResultErrorEntry");
        if (!errors.ok())
            return errors.error();
        if (!errors.value().isEmpty()) {
            const Record &first = errors.value().first();
            return Status::failure(ErrorCode::Invalid,
                                   QStringLiteral("SendMessageBatch refused %1 of %2, e.g. %3: %4: %5")
                                       .arg(errors.value().size())
                                       .arg(batch.size())
                                       .arg(first.value(QStringLiteral("Id")),
                                            first.value(QStringLiteral("Code")),
                                            first.value(QStringLiteral("Message"))));
        }
        const Result<QList<Record>> sent = records(answer.value(), u"SendMessageBatchResultEntry");
        if (!sent.ok())
            return sent.error();
        if (sent.value().size() != batch.size())
            return Status::failure(ErrorCode::Invalid,
                                   QStringLiteral("SendMessageBatch confirmed %1 of %2")
                                       .arg(sent.value().size())
                                       .arg(batch.size()));
    }
    return {};
}

Result<QList<SqsTestMessage>> SqsTestClient::receive(const QUrl &queueUrl, int max, int visibilityTimeoutS)
{
    const Result<QByteArray> answer = call(queueUrl, "ReceiveMessage",
                                           { { "MaxNumberOfMessages", QByteArray::number(max) },
                                             { "VisibilityTimeout", QByteArray::number(visibilityTimeoutS) },
                                             { "WaitTimeSeconds", "0" } });
    if (!answer.ok())
        return failed<QList<SqsTestMessage>>(answer.error());
    const Result<QList<Record>> messages = records(answer.value(), u"Message");
    if (!messages.ok())
        return failed<QList<SqsTestMessage>>(messages.error());
    QList<SqsTestMessage> received;
    for (const Record &m : messages.value())
        received.append({ m.value(QStringLiteral("MessageId")), m.value(QStringLiteral("ReceiptHandle")),
                          m.value(QStringLiteral("Body")).toUtf8() });
    return received;
}

Result<std::pair<qint64, qint64>> SqsTestClient::counts(const QUrl &queueUrl)
{
    using Counts = std::pair<qint64, qint64>;
    const QString waiting = QStringLiteral("ApproximateNumberOfMessages");
    const QString taken = QStringLiteral("ApproximateNumberOfMessagesNotVisible");
    const Result<QByteArray> answer
        = call(queueUrl, "GetQueueAttributes",
               { { "AttributeName.1", waiting.toUtf8() }, { "AttributeName.2", taken.toUtf8() } });
    if (!answer.ok())
        return failed<Counts>(answer.error());
    const Result<QList<Record>> attributes = records(answer.value(), u"Attribute");
    if (!attributes.ok())
        return failed<Counts>(attributes.error());
    QHash<QString, qint64> values;
    for (const Record &a : attributes.value()) {
        bool ok = false;
        const qint64 value = a.value(QStringLiteral("Value")).toLongLong(&ok);
        if (ok)
            values.insert(a.value(QStringLiteral("Name")), value);
    }
    if (!values.contains(waiting) || !values.contains(taken))
        return Result<Counts>::failure(ErrorCode::Invalid,
                                       QStringLiteral("GetQueueAttributes gave no message counts: ")
                                           + QString::fromUtf8(answer.value().left(500)));
    return Counts { values.value(waiting), values.value(taken) };
}

Status SqsTestClient::deleteQueue(const QUrl &queueUrl)
{
    const Result<QByteArray> answer = call(queueUrl, "DeleteQueue", {});
    return answer.ok() ? Status() : Status(answer.error());
}

} // namespace smsdesk::test
