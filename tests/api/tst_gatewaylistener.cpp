// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway listener (--gateway-listen) over real sockets: HTTPS with a throwaway CA and a
// certificate for 127.0.0.1 made by openssl here (DESIGN §7 TLS), a client that trusts that
// CA only, signed webhooks stored, nothing but /webhooks/ answered, the body limit and the
// Host check behind TLS, and plain HTTP refused at start anywhere but on loopback.
#include "apiharness.h"
#include "gatewaylistener.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
};

bool run(const QString &dir, const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
        qWarning() << "openssl" << arguments << openssl.readAll();
        return false;
    }
    return true;
}

} // namespace

class TestGatewayListener final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_pki;
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<GatewayListener> m_listener;
    QSslConfiguration m_trustCaOnly;
    int m_eventSeq = 0;

    QString pki(const char *name) const { return m_pki.filePath(QString::fromLatin1(name)); }

    GatewayListener::Options options() const
    {
        GatewayListener::Options o;
        o.address = QHostAddress::LocalHost;
        o.port = 0;
        o.webhookSecrets = m_api->webhookSecrets;
        return o;
    }

    QByteArray receivedEvent(const QString &text)
    {
        const QJsonObject payload { { QStringLiteral("messageId"), QStringLiteral("in-%1").arg(++m_eventSeq) },
                                    { QStringLiteral("message"), text },
                                    { QStringLiteral("phoneNumber"), QStringLiteral("+12025550123") },
                                    { QStringLiteral("receivedAt"), QStringLiteral("2026-01-01T00:00:00Z") } };
        const QJsonObject event { { QStringLiteral("deviceId"), QStringLiteral("phone-A") },
                                  { QStringLiteral("event"), QStringLiteral("sms:received") },
                                  { QStringLiteral("id"), QStringLiteral("evt-%1").arg(m_eventSeq) },
                                  { QStringLiteral("payload"), payload },
                                  { QStringLiteral("webhookId"), QStringLiteral("smsdesk-1-sms-received") } };
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    Answer post(const QUrl &url, const QByteArray &body, const std::optional<QSslConfiguration> &tls,
                QByteArray secret = "smsgate-secret")
    {
        QNetworkRequest request(url);
        if (tls)
            request.setSslConfiguration(*tls);
        const QByteArray timestamp = QByteArray::number(m_api->clock.nowMs() / 1000);
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("X-Timestamp", timestamp);
        request.setRawHeader("X-Signature", QMessageAuthenticationCode::hash(body + timestamp, secret,
                                                                             QCryptographicHash::Sha256)
                                                .toHex());
        return finish(m_api->network.post(request, body));
    }

    Answer get(const QUrl &url, const std::optional<QSslConfiguration> &tls)
    {
        QNetworkRequest request(url);
        if (tls)
            request.setSslConfiguration(*tls);
        return finish(m_api->network.get(request));
    }

    static Answer finish(QNetworkReply *reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10'000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void httpsWebhookIsStored();
    void clientNotTrustingTheCaGetsNothing();
    void onlyWebhooksAnswer();
    void bodyLimitAndHostCheckBehindTls();
    void plainHttpOnlyOnLoopback();
    void badCertificateFilesSayWhich();
    void publicUrl();
};

void TestGatewayListener::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_pki.isValid());
    const QString dir = m_pki.path();
    QFile ext(pki("server.ext"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    // A CA of our own (EC P-256: quick to make) and a certificate for 127.0.0.1 it signed.
    QVERIFY(run(dir, { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                       QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=Smsdesk test CA") }));
    QVERIFY(run(dir, { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                       QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") }));
    QVERIFY(run(dir, { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                       QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                       QStringLiteral("server.ext") }));
    m_trustCaOnly = QSslConfiguration::defaultConfiguration();
    m_trustCaOnly.setCaCertificates(QSslCertificate::fromPath(pki("ca.pem")));
    QCOMPARE(m_trustCaOnly.caCertificates().size(), 1);
}

void TestGatewayListener::init()
{
    m_api = std::make_unique<ApiHarness>();
    QVERIFY(m_api->start());
}

void TestGatewayListener::cleanup()
{
    m_listener.reset();
    m_api.reset();
}

void TestGatewayListener::httpsWebhookIsStored()
{
    GatewayListener::Options o = options();
    o.certificatePath = pki("server.pem");
    o.keyPath = pki("server.key");
    m_listener = std::make_unique<GatewayListener>(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    const Result<quint16> port = m_listener->listen();
    QVERIFY2(port, qPrintable(port.errorString()));
    QVERIFY(m_listener->isTls());
    QCOMPARE(m_listener->url(), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port.value())));
    QSignalSpy incoming(m_listener.get(), &GatewayListener::incomingMessage);

    const QUrl hook(m_listener->url().toString() + QStringLiteral("/webhooks/smsgate"));
    const QByteArray body = receivedEvent(QStringLiteral("Is the table free at 8?"));
    Answer answer = post(hook, body, m_trustCaOnly);
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("effect")).toString(), QStringLiteral("stored"));
    QCOMPARE(incoming.size(), 1);
    QCOMPARE(incoming.first().at(1).toString(), QStringLiteral("Is the table free at 8?"));
    // The same SMS posted again is known: stored once.
    answer = post(hook, body, m_trustCaOnly);
    QCOMPARE(answer.json.value(QLatin1String("effect")).toString(), QStringLiteral("duplicate"));
    // A wrong signature is refused here as on the API.
    answer = post(hook, receivedEvent(QStringLiteral("forged")), m_trustCaOnly, "not-the-secret");
    QCOMPARE(answer.status, 401);
    // A rotated secret is used at once.
    m_listener->setWebhookSecret(QStringLiteral("smsgate"), "rotated");
    QCOMPARE(post(hook, receivedEvent(QStringLiteral("after rotation")), m_trustCaOnly, "rotated").status, 200);
    QCOMPARE(incoming.size(), 2);
}

void TestGatewayListener::clientNotTrustingTheCaGetsNothing()
{
    GatewayListener::Options o = options();
    o.certificatePath = pki("server.pem");
    o.keyPath = pki("server.key");
    m_listener = std::make_unique<GatewayListener>(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    QVERIFY(m_listener->listen());
    QSignalSpy incoming(m_listener.get(), &GatewayListener::incomingMessage);
    const QUrl hook(m_listener->url().toString() + QStringLiteral("/webhooks/smsgate"));
    {
        // The system's CAs do not know ours: the handshake fails before a byte of the SMS
        // moves. (A manager of its own: QNetworkAccessManager keeps one connection setup
        // per host, whatever the request's TLS settings.)
        QNetworkAccessManager stranger;
        QNetworkRequest request(hook);
        request.setRawHeader("Content-Type", "application/json");
        const Answer answer = finish(stranger.post(request, receivedEvent(QStringLiteral("secret text"))));
        QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
        // Plain HTTP to the TLS port is no way around it.
        QUrl plain = hook;
        plain.setScheme(QStringLiteral("http"));
        QNetworkRequest cleartext(plain);
        cleartext.setRawHeader("Content-Type", "application/json");
        QVERIFY(finish(stranger.post(cleartext, receivedEvent(QStringLiteral("secret text")))).status != 200);
    }
    QCOMPARE(incoming.size(), 0);
    // And the listener still serves a client that trusts the CA.
    QCOMPARE(post(hook, receivedEvent(QStringLiteral("after")), m_trustCaOnly).status, 200);
}

void TestGatewayListener::onlyWebhooksAnswer()
{
    GatewayListener::Options o = options();
    o.certificatePath = pki("server.pem");
    o.keyPath = pki("server.key");
    m_listener = std::make_unique<GatewayListener>(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    QVERIFY(m_listener->listen());
    const QString base = m_listener->url().toString();
    for (const char *path : { "/api/v1/messages", "/api/v1/stats", "/metrics", "/healthz", "/", "/webhooks" }) {
        const Answer answer = get(QUrl(base + QLatin1String(path)), m_trustCaOnly);
        QVERIFY2(answer.status == 404, path);
    }
    // The API token of the API server opens nothing here either.
    QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1/messages")));
    request.setSslConfiguration(m_trustCaOnly);
    request.setRawHeader("Authorization", "Bearer " + m_api->token);
    QCOMPARE(finish(m_api->network.get(request)).status, 404);
    QCOMPARE(get(QUrl(base + QStringLiteral("/webhooks/unknown")), m_trustCaOnly).status, 404);
    QCOMPARE(get(QUrl(base + QStringLiteral("/webhooks/smsgate")), m_trustCaOnly).status, 405);
}

void TestGatewayListener::bodyLimitAndHostCheckBehindTls()
{
    GatewayListener::Options o = options();
    o.certificatePath = pki("server.pem");
    o.keyPath = pki("server.key");
    m_listener = std::make_unique<GatewayListener>(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    QVERIFY(m_listener->listen());
    QSignalSpy incoming(m_listener.get(), &GatewayListener::incomingMessage);
    const QUrl hook(m_listener->url().toString() + QStringLiteral("/webhooks/smsgate"));
    // The guard reads the decrypted head and refuses a body over 64 KiB before it is sent; the
    // API's 20 MiB for contact files does not hold here (webhooks only).
    for (const QByteArray &path :
         { QByteArrayLiteral("/webhooks/smsgate"), QByteArrayLiteral("/api/v1/contacts/import") }) {
        QSslSocket raw;
        raw.setSslConfiguration(m_trustCaOnly);
        raw.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_listener->port());
        QTRY_VERIFY_WITH_TIMEOUT(raw.isEncrypted(), 10'000); // the server runs in this thread: no waitFor
        raw.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_listener->port())
                  + "\r\nContent-Type: application/json\r\nContent-Length: 204800\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll()).contains("\r\n\r\n"), 10'000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }
    // A name that is not this listener's (DNS rebinding) is refused.
    QNetworkRequest request(hook);
    request.setSslConfiguration(m_trustCaOnly);
    request.setRawHeader("Host", "evil.example:443");
    request.setRawHeader("Content-Type", "application/json");
    QCOMPARE(finish(m_api->network.post(request, receivedEvent(QStringLiteral("x")))).status, 403);
    QCOMPARE(incoming.size(), 0);
    QCOMPARE(post(hook, receivedEvent(QStringLiteral("fine")), m_trustCaOnly).status, 200);
}

void TestGatewayListener::plainHttpOnlyOnLoopback()
{
    // On loopback plain HTTP is allowed, spelt the way the phone accepts it.
    m_listener = std::make_unique<GatewayListener>(*m_api->store, m_api->clock, m_api->phoneNumbers, options());
    const Result<quint16> port = m_listener->listen();
    QVERIFY(port);
    QVERIFY(!m_listener->isTls());
    QCOMPARE(m_listener->url(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.value())));
    QCOMPARE(post(QUrl(m_listener->url().toString() + QStringLiteral("/webhooks/smsgate")),
                  receivedEvent(QStringLiteral("loopback")), std::nullopt)
                 .status,
             200);
    m_listener.reset();

    // Anywhere else it is refused before anything listens, with what to do instead.
    for (const QHostAddress &address :
         { QHostAddress(QStringLiteral("192.168.1.20")), QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QHostAddress::Any) }) {
        GatewayListener::Options o = options();
        o.address = address;
        o.publicUrl = QUrl(QStringLiteral("https://192.168.1.20:8443"));
        const Status checked = GatewayListener::check(o);
        QVERIFY(!checked);
        QVERIFY2(checked.errorString().contains(QLatin1String("--gateway-cert")), qPrintable(checked.errorString()));
        GatewayListener listener(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
        const Result<quint16> refused = listener.listen();
        QVERIFY(!refused);
        QCOMPARE(refused.errorString(), checked.errorString());
    }
    // A certificate without its key, or the other way round.
    GatewayListener::Options half = options();
    half.certificatePath = pki("server.pem");
    QVERIFY(GatewayListener::check(half).errorString().contains(QLatin1String("both --gateway-cert and --gateway-key")));
    // Every address without a URL: phones would not know where to post.
    GatewayListener::Options any = options();
    any.address = QHostAddress::AnyIPv4;
    any.certificatePath = pki("server.pem");
    any.keyPath = pki("server.key");
    QVERIFY(GatewayListener::check(any).errorString().contains(QLatin1String("--gateway-url")));
}

void TestGatewayListener::badCertificateFilesSayWhich()
{
    GatewayListener::Options o = options();
    o.certificatePath = pki("server.key"); // a key where the certificate belongs
    o.keyPath = pki("server.key");
    GatewayListener wrongCert(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    Result<quint16> started = wrongCert.listen();
    QVERIFY(!started);
    QVERIFY2(started.errorString().contains(QLatin1String("no PEM certificate")), qPrintable(started.errorString()));
    o.certificatePath = pki("server.pem");
    o.keyPath = pki("server.pem"); // a certificate where the key belongs
    GatewayListener wrongKey(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    started = wrongKey.listen();
    QVERIFY(!started);
    QVERIFY2(started.errorString().contains(QLatin1String("no unencrypted PEM private key")),
             qPrintable(started.errorString()));
    o.keyPath = pki("missing.key");
    GatewayListener missing(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    started = missing.listen();
    QVERIFY(!started);
    QVERIFY2(started.errorString().contains(QLatin1String("missing.key")), qPrintable(started.errorString()));
}

void TestGatewayListener::publicUrl()
{
    // Behind a tunnel on 443: the URL given is what phones post to, and its bare name is a
    // Host this listener answers.
    GatewayListener::Options o = options();
    o.certificatePath = pki("server.pem");
    o.keyPath = pki("server.key");
    o.publicUrl = QUrl(QStringLiteral("https://desk.example.com/"));
    m_listener = std::make_unique<GatewayListener>(*m_api->store, m_api->clock, m_api->phoneNumbers, o);
    QVERIFY(m_listener->listen());
    QCOMPARE(m_listener->url(), QUrl(QStringLiteral("https://desk.example.com")));
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/webhooks/smsgate").arg(m_listener->port())));
    request.setSslConfiguration(m_trustCaOnly);
    request.setRawHeader("Host", "desk.example.com");
    request.setRawHeader("Content-Type", "application/json");
    const QByteArray body = receivedEvent(QStringLiteral("via the tunnel"));
    const QByteArray timestamp = QByteArray::number(m_api->clock.nowMs() / 1000);
    request.setRawHeader("X-Timestamp", timestamp);
    request.setRawHeader("X-Signature", QMessageAuthenticationCode::hash(body + timestamp, QByteArray("smsgate-secret"),
                                                                         QCryptographicHash::Sha256)
                                            .toHex());
    QCOMPARE(finish(m_api->network.post(request, body)).status, 200);
    GatewayListener::Options bad = options();
    bad.publicUrl = QUrl(QStringLiteral("ftp://desk"));
    QVERIFY(GatewayListener::check(bad).errorString().contains(QLatin1String("--gateway-url")));
}

QTEST_GUILESS_MAIN(TestGatewayListener)
#include "tst_gatewaylistener.moc"
