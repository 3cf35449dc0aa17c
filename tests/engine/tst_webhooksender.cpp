// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound webhook sender (issue 16, point 4) against a real HTTP receiver on 127.0.0.1,
// on a real store (SQLite, and PostgreSQL as tst_webhooksender_postgres). What a receiver
// must see comes from the Standard Webhooks specification (standard-webhooks/
// standard-webhooks, spec/standard-webhooks.md): the headers webhook-id, webhook-timestamp
// (seconds) and webhook-signature ("v1," and the base64 HMAC-SHA256 of
// "{msg_id}.{timestamp}.{payload}" keyed with the base64-decoded secret), checked here the
// way libraries/python/standardwebhooks/webhooks.py verifies them and not with our signer;
// "2xx: Success", anything else (3xx included) a failure retried with the same webhook-id and
// a fresh timestamp and signature. The outbox loses nothing when the sender stops mid-post
// and the store is reopened.
#include "storereader.h"
#include "storetestsupport.h"
#include "uienginefixture.h"
#include "webhookreceiver.h"
#include "webhooksender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

using Receiver = WebhookReceiver;

// The receiver's side of spec/standard-webhooks.md "Verifying webhook authenticity": the
// signed content rebuilt from what arrived, keyed with the secret after "whsec_", decoded.
bool signatureHolds(const Receiver::Request &r, const QString &secret)
{
    const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
    const QByteArray content = r.headers.value("webhook-id") + '.' + r.headers.value("webhook-timestamp") + '.' + r.body;
    const QByteArray expected
        = "v1," + QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256).toBase64();
    return r.headers.value("webhook-signature").split(' ').contains(expected);
}

WebhookSender::Options quickOptions(int maxAttempts = 8)
{
    WebhookSender::Options o;
    o.owner = QStringLiteral("test-sender");
    o.timeoutMs = 1'000;
    RetryPolicy::Settings s;
    s.baseMs = 5'000;
    s.factor = 2.0;
    s.capMs = 60'000;
    s.maxAttempts = maxAttempts;
    o.retry = RetryPolicy(s, [] { return 0.999999; }); // the ceiling: 5 s, 10 s, …
    return o;
}

} // namespace

class tst_WebhookSender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void postsSignedRetriesWithTheSameIdAndDelivers();
    void aRedirectASilenceAndARefusalAreFailures();
    void givesUpAfterTheLastAttempt();
    void stoppedMidPostAndReopenedItLosesNothing();
    void endpointsWithoutASecretHereAreLeftAlone();

private:
    QString addEndpoint(const QString &url, const QString &secret = kSecret)
    {
        WebhookEndpoint e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.url = url;
        e.events = WebhookEvents::kAll;
        if (!secret.isEmpty())
            m_credentials->entries.insert(webhookEndpointSecretKey(e.id), Credentials { {}, {}, secret });
        const Result<WebhookEndpoint> added = await(m_f->store().addWebhookEndpoint(e));
        if (!added)
            qWarning("endpoint: %s", qPrintable(added.errorString()));
        return e.id;
    }
    void optOut(const QString &number)
    {
        OptOut o;
        o.number = number;
        o.source = OptOut::Source::Api;
        o.detail = QStringLiteral("test");
        QVERIFY(await(m_f->store().addOptOut(o)).ok());
    }
    std::unique_ptr<WebhookSender> sender(WebhookSender::Options options = quickOptions())
    {
        auto s = std::make_unique<WebhookSender>(m_f->store(), *m_reader, m_f->clock(), m_credentials.get(), options);
        s->start();
        return s;
    }
    WebhookDelivery only(const QString &endpointId)
    {
        return m_reader->webhookDeliveries(endpointId, 0, 10).value().value(0);
    }

    std::unique_ptr<StoreFixture> m_f;
    std::unique_ptr<StoreReader> m_reader;
    std::shared_ptr<MemoryCredentialStore> m_credentials;
};

void tst_WebhookSender::init()
{
    m_f = std::make_unique<StoreFixture>();
    QVERIFY(m_f->open().ok());
    m_reader = m_f->reader();
    m_credentials = std::make_shared<MemoryCredentialStore>();
}

void tst_WebhookSender::cleanup()
{
    m_reader.reset();
    m_f.reset();
}

void tst_WebhookSender::postsSignedRetriesWithTheSameIdAndDelivers()
{
    Receiver receiver;
    receiver.status = 500;
    const QString id = addEndpoint(receiver.url(QStringLiteral("/hooks/sms")));
    optOut(QStringLiteral("+4915112345678"));
    auto s = sender();
    QSignalSpy recorded(s.get(), &WebhookSender::attemptRecorded);
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().at(1).toBool(), false);

    QCOMPARE(receiver.requests.size(), 1);
    const Receiver::Request first = receiver.requests.first();
    QCOMPARE(first.path, QByteArrayLiteral("/hooks/sms"));
    QVERIFY(first.headers.value("content-type").startsWith("application/json"));
    QVERIFY(first.headers.value("webhook-id").startsWith("msg_"));
    QCOMPARE(first.headers.value("webhook-timestamp"), QByteArray::number(m_f->clock().nowMs() / 1000));
    QVERIFY2(signatureHolds(first, kSecret), first.headers.value("webhook-signature").constData());
    QVERIFY(!signatureHolds(first, QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(32, 'k').toBase64())));
    const QJsonObject body = QJsonDocument::fromJson(first.body).object();
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("number.opted_out"));
    QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("number")).toString(),
             QStringLiteral("+4915112345678"));

    WebhookDelivery row = only(id);
    QCOMPARE(row.state, WebhookDelivery::State::Pending);
    QCOMPARE(row.lastHttpStatus, 500);
    // The policy's first wait (its ceiling here: the random part is 0.999999 of it).
    QVERIFY(row.nextAttemptAtMs > m_f->clock().nowMs() + 4'900 && row.nextAttemptAtMs <= m_f->clock().nowMs() + 5'000);

    // Not before its time; then again, under the same id with a new timestamp and signature.
    receiver.status = 204;
    s->wake();
    QTest::qWait(200);
    QCOMPARE(receiver.requests.size(), 1);
    m_f->clock().advanceMs(5'000);
    s->wake();
    QTRY_COMPARE(recorded.size(), 2);
    QCOMPARE(recorded.last().at(1).toBool(), true);
    const Receiver::Request second = receiver.requests.value(1);
    QCOMPARE(second.headers.value("webhook-id"), first.headers.value("webhook-id"));
    QCOMPARE(second.headers.value("webhook-timestamp"), QByteArray::number(m_f->clock().nowMs() / 1000));
    QVERIFY(second.headers.value("webhook-signature") != first.headers.value("webhook-signature"));
    QVERIFY(signatureHolds(second, kSecret));
    QCOMPARE(second.body, first.body);

    row = only(id);
    QCOMPARE(row.state, WebhookDelivery::State::Delivered);
    const QList<WebhookAttempt> log = m_reader->webhookAttempts(row.id).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).httpStatus, 500);
    QCOMPARE(log.at(0).error, QStringLiteral("HTTP 500 Internal Server Error"));
    QCOMPARE(log.at(1).httpStatus, 204);
    QVERIFY(log.at(1).error.isEmpty());
}

void tst_WebhookSender::aRedirectASilenceAndARefusalAreFailures()
{
    Receiver good;
    Receiver redirecting;
    redirecting.status = 302;
    redirecting.extraHeaders = "Location: " + good.url(QStringLiteral("/hooks")).toLatin1() + "\r\n";
    Receiver silent;
    silent.status = 0;
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();

    const QString toRedirect = addEndpoint(redirecting.url(QStringLiteral("/hooks")));
    const QString toSilent = addEndpoint(silent.url(QStringLiteral("/hooks")));
    const QString toClosed = addEndpoint(QStringLiteral("http://127.0.0.1:%1/hooks").arg(closedPort));
    optOut(QStringLiteral("+4915112345678"));
    auto s = sender();
    QSignalSpy recorded(s.get(), &WebhookSender::attemptRecorded);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 3, 10'000);
    for (const QVariantList &r : recorded)
        QCOMPARE(r.at(1).toBool(), false);
    QVERIFY(good.requests.isEmpty()); // the redirect was not followed
    QCOMPARE(redirecting.requests.size(), 1);
    QCOMPARE(silent.requests.size(), 1);

    QCOMPARE(only(toRedirect).lastHttpStatus, 302);
    QCOMPARE(only(toRedirect).state, WebhookDelivery::State::Pending);
    QCOMPARE(only(toSilent).lastHttpStatus, 0);
    QVERIFY2(only(toSilent).lastError.contains(QLatin1String("no answer within 1 s")), qPrintable(only(toSilent).lastError));
    QCOMPARE(only(toClosed).lastHttpStatus, 0);
    QVERIFY2(only(toClosed).lastError.contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(only(toClosed).lastError));
}

void tst_WebhookSender::givesUpAfterTheLastAttempt()
{
    Receiver receiver;
    receiver.status = 503;
    const QString id = addEndpoint(receiver.url(QStringLiteral("/hooks")));
    optOut(QStringLiteral("+4915112345678"));
    auto s = sender(quickOptions(2));
    QSignalSpy recorded(s.get(), &WebhookSender::attemptRecorded);
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(only(id).state, WebhookDelivery::State::Pending);
    m_f->clock().advanceMs(5'000);
    s->wake();
    QTRY_COMPARE(recorded.size(), 2);
    QCOMPARE(only(id).state, WebhookDelivery::State::Failed);
    QCOMPARE(m_reader->nextWebhookDueMs({ id }).value(), 0);
    m_f->clock().advanceMs(3'600'000);
    s->wake();
    QTest::qWait(300);
    QCOMPARE(receiver.requests.size(), 2); // nothing more
    QCOMPARE(m_reader->webhookEndpoints()->value(0).failed, 1);
}

void tst_WebhookSender::stoppedMidPostAndReopenedItLosesNothing()
{
    Receiver receiver;
    receiver.status = 0; // holds the post
    const QString id = addEndpoint(receiver.url(QStringLiteral("/hooks")));
    optOut(QStringLiteral("+4915112345678"));
    WebhookSender::Options options = quickOptions();
    options.timeoutMs = 60'000;
    auto s = sender(options);
    QTRY_COMPARE(receiver.requests.size(), 1);
    QCOMPARE(s->inFlight(), 1);
    s.reset(); // the desk closes while the post is on the wire
    m_reader.reset();
    m_f->close();

    QVERIFY(m_f->open().ok());
    m_reader = m_f->reader();
    QCOMPARE(only(id).state, WebhookDelivery::State::Pending);
    receiver.status = 200;
    m_f->clock().advanceMs(60'001); // the first sender's lease runs out
    s = sender();
    QSignalSpy recorded(s.get(), &WebhookSender::attemptRecorded);
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(receiver.requests.size(), 2);
    QCOMPARE(receiver.requests.at(1).headers.value("webhook-id"), receiver.requests.at(0).headers.value("webhook-id"));
    QCOMPARE(only(id).state, WebhookDelivery::State::Delivered);
    QCOMPARE(only(id).attempts, 2);
}

void tst_WebhookSender::endpointsWithoutASecretHereAreLeftAlone()
{
    Receiver receiver;
    const QString mine = addEndpoint(receiver.url(QStringLiteral("/mine")));
    const QString theirs = addEndpoint(receiver.url(QStringLiteral("/theirs")), QString()); // another desk's
    optOut(QStringLiteral("+4915112345678"));
    auto s = sender();
    QSignalSpy recorded(s.get(), &WebhookSender::attemptRecorded);
    QTRY_COMPARE(recorded.size(), 1);
    QCOMPARE(s->endpointsHere(), QStringList { mine });
    QTest::qWait(300);
    QCOMPARE(receiver.requests.size(), 1);
    QCOMPARE(receiver.requests.first().path, QByteArrayLiteral("/mine"));
    QCOMPARE(only(theirs).state, WebhookDelivery::State::Pending);
    QCOMPARE(only(theirs).attempts, 0);
}

QTEST_GUILESS_MAIN(tst_WebhookSender)
#include "tst_webhooksender.moc"
