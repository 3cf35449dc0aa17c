// SPDX-License-Identifier: GPL-3.0-or-later
// Gateway replies that are not JSON, truncated, huge, slow or reset (issue 3, "Bad
// input"): each is a classified outcome with a readable error, never a crash or a hang.
#include "gatewayadapter.h"
#include "gatewayexchange.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace smsdesk;
Q_DECLARE_METATYPE(SendResult::Kind)

namespace {

// A deliberately bad HTTP server: waits for the whole request, then misbehaves as told.
class BadServer final : public QObject
{
public:
    enum class Mode { Raw, CloseAfterWrite, Silent, Reset };

    BadServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void behave(Mode mode, QByteArray answer = {})
    {
        m_mode = mode;
        m_answer = std::move(answer);
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype lengthAt = buffer.toLower().indexOf("content-length:");
        const qsizetype length
            = lengthAt < 0 ? 0 : buffer.mid(lengthAt + 15, 12).trimmed().split('\r').first().toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        buffer.clear();
        if (m_mode == Mode::Reset) {
            socket->abort();
            return;
        }
        if (m_mode == Mode::Silent)
            return; // the client's timeout must fire
        socket->write(m_answer);
        if (m_mode == Mode::CloseAfterWrite)
            socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Mode m_mode = Mode::Raw;
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray http(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extra + "\r\n" + body;
}

} // namespace

class TestMalformedReplies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendOutcomes_data();
    void sendOutcomes();
    void pollingAndHealthNeverCrash_data();
    void pollingAndHealthNeverCrash();
    void connectionRefused();

private:
    void addRows();
    QNetworkAccessManager m_nam;
    BadServer m_bad;
};

void TestMalformedReplies::addRows()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<SendResult::Kind>("kind");
    QTest::addColumn<bool>("timedOut");
    using K = SendResult::Kind;
    using M = BadServer::Mode;
    const QByteArray huge = "{\"id\":\"" + QByteArray(3 * 1024 * 1024, 'a') + "\"}";
    QTest::newRow("html-200") << int(M::Raw) << http(200, "<html>welcome to the captive portal</html>")
                              << K::Transient << false;
    QTest::newRow("empty-200") << int(M::Raw) << http(200, "") << K::Transient << false;
    QTest::newRow("json-array-200") << int(M::Raw) << http(200, "[1,2]") << K::Transient << false;
    QTest::newRow("invalid-json-200")
        << int(M::Raw) << http(200, "{\"id\": \"abc\"") << K::Transient << false;
    QTest::newRow("truncated-200") << int(M::CloseAfterWrite)
                                   << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"id\":\"ab")
                                   << K::Transient << false;
    QTest::newRow("huge-200") << int(M::Raw) << http(200, huge) << K::Transient << false;
    QTest::newRow("huge-503") << int(M::Raw) << http(503, huge) << K::Transient << false;
    QTest::newRow("html-502") << int(M::Raw) << http(502, "<h1>Bad Gateway</h1>") << K::Transient << false;
    QTest::newRow("html-422") << int(M::Raw) << http(422, "<h1>no</h1>") << K::Permanent << false;
    QTest::newRow("not-http") << int(M::CloseAfterWrite) << QByteArray("SSH-2.0-OpenSSH\r\n\r\n")
                              << K::Transient << false;
    QTest::newRow("slow") << int(M::Silent) << QByteArray() << K::Transient << true;
    QTest::newRow("reset") << int(M::Reset) << QByteArray() << K::Transient << false;
}

void TestMalformedReplies::sendOutcomes_data()
{
    addRows();
}

void TestMalformedReplies::sendOutcomes()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, answer);
    QFETCH(SendResult::Kind, kind);
    QFETCH(bool, timedOut);
    for (const QString &adapter : { QStringLiteral("mysmsgate"), QStringLiteral("smsgate") }) {
        m_bad.behave(BadServer::Mode(mode), answer);
        Message m;
        m.id = QUuid::createUuid();
        m.to = QStringLiteral("+15550001");
        m.text = QStringLiteral("hello");
        Device d;
        d.baseUrl = m_bad.baseUrl();
        const auto a = createAdapter(adapter);
        QElapsedTimer clock;
        clock.start();
        const GatewayReply reply = test::exchange(m_nam, a->sendRequest(m, d, {}), 400);
        QVERIFY(clock.elapsed() < 5'000); // no hang
        QCOMPARE(reply.timedOut, timedOut);
        const SendResult r = a->classifySend(reply);
        QCOMPARE(r.kind, kind);
        QVERIFY2(!r.error.isEmpty(), qPrintable(adapter));
        QVERIFY2(r.error.size() < 400, qPrintable(r.error.left(500))); // a huge body never floods the history
        if (timedOut)
            QVERIFY2(r.error.contains(QStringLiteral("timeout")), qPrintable(r.error));
        qInfo("%s: %s", qPrintable(adapter), qPrintable(r.error));
    }
}

void TestMalformedReplies::pollingAndHealthNeverCrash_data()
{
    addRows();
}

void TestMalformedReplies::pollingAndHealthNeverCrash()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, answer);
    m_bad.behave(BadServer::Mode(mode), answer);
    const auto a = createAdapter(QStringLiteral("smsgate"));
    Message m;
    m.id = QUuid::createUuid();
    Device d;
    d.baseUrl = m_bad.baseUrl();
    const auto status = a->parseStatus(m, test::exchange(m_nam, *a->statusRequest(m, d, {}), 400));
    QVERIFY(!status.ok());
    QVERIFY(!status.errorString().isEmpty());
    const auto health = a->parseHealth(test::exchange(m_nam, *a->healthRequest(d, {}), 400));
    QVERIFY(!health.ok());
    QVERIFY(!health.errorString().isEmpty());
}

void TestMalformedReplies::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    Device d;
    d.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    Message m;
    m.id = QUuid::createUuid();
    const auto a = createAdapter(QStringLiteral("mysmsgate"));
    const SendResult r = a->classifySend(test::exchange(m_nam, a->sendRequest(m, d, {})));
    QCOMPARE(r.kind, SendResult::Kind::Transient);
    QVERIFY(r.deviceLevel);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.error.startsWith(QStringLiteral("network error")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestMalformedReplies)
#include "tst_malformedreplies.moc"
