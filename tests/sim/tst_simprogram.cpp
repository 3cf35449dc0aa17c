// SPDX-License-Identifier: GPL-3.0-or-later
// smsdesk-gateway-sim as a program (DESIGN §6): CLI, "listening on" line, /stats.
#include "simulatorfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace smsdesk;

class TestSimProgram final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ephemeralPortAndFaults();
    void phoneAndAccountOptions();
    void badArguments_data();
    void badArguments();

private:
    QString program() const
    {
        return test::builtExecutable(QStringLiteral("app/smsdesk-gateway-sim/smsdesk-gateway-sim"));
    }
    QNetworkAccessManager m_nam;
};

void TestSimProgram::ephemeralPortAndFaults()
{
    QProcess sim;
    sim.start(program(),
              { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-key"),
                QStringLiteral("K"), QStringLiteral("--throttle-rate"), QStringLiteral("1"),
                QStringLiteral("--latency-ms"), QStringLiteral("5") });
    QVERIFY2(sim.waitForStarted(5000), qPrintable(sim.errorString()));
    QTRY_VERIFY(sim.canReadLine());
    const QByteArray line = sim.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on 127.0.0.1:"), line.constData());
    const int port = line.mid(line.lastIndexOf(':') + 1).toInt();
    QVERIFY(port > 0);
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const test::HttpResult throttled
        = test::httpRequest(m_nam, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/send"))),
                            R"({"to":"+15550001","text":"x"})", { { "Authorization", "Bearer K" } });
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Retry-After"), QByteArray("1"));
    const QJsonObject stats
        = test::httpRequest(m_nam, "GET", base.resolved(QUrl(QStringLiteral("/stats")))).json();
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("throttled")).toInt(), 1);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

// --sims (localserver/WebService.kt /device SIM cards), --cloud-devices (server
// handlers/devices/3rdparty.go), --balance (MySMSGate 402, brgy-sync), --inbound-rate (DESIGN §6b).
void TestSimProgram::phoneAndAccountOptions()
{
    QProcess sim;
    sim.start(program(), { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--sims"),
                           QStringLiteral("3"), QStringLiteral("--balance"), QStringLiteral("1"),
                           QStringLiteral("--inbound-rate"), QStringLiteral("50"), QStringLiteral("--cloud-devices"),
                           QStringLiteral("a,b"), QStringLiteral("--device-id"), QStringLiteral("local-1") });
    QVERIFY2(sim.waitForStarted(5000), qPrintable(sim.errorString()));
    QTRY_VERIFY(sim.canReadLine());
    const QByteArray line = sim.readLine().trimmed();
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(line.mid(line.lastIndexOf(':') + 1).toInt()));
    const auto get = [&](const char *path) {
        return test::httpRequest(m_nam, "GET", base.resolved(QUrl(QString::fromLatin1(path))));
    };
    const QJsonArray device = QJsonDocument::fromJson(get("/device").body).array();
    QCOMPARE(device.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("local-1"));
    QCOMPARE(device.at(0).toObject().value(QLatin1String("simCards")).toArray().size(), 3);
    QCOMPARE(QJsonDocument::fromJson(get("/3rdparty/v1/devices").body).array().size(), 2);
    const QUrl send = base.resolved(QUrl(QStringLiteral("/api/v1/send")));
    QCOMPARE(test::httpRequest(m_nam, "POST", send, R"({"to":"+15550001","message":"x"})").status, 202);
    QCOMPARE(test::httpRequest(m_nam, "POST", send, R"({"to":"+15550001","message":"x"})").status, 402);
    QTRY_VERIFY_WITH_TIMEOUT(get("/inbox").header("X-Total-Count").toInt() >= 5, 5'000);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TestSimProgram::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no listen") << QStringList {};
    QTest::newRow("bad rate") << QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--fail-rate"), QStringLiteral("2") };
    QTest::newRow("rates over 1") << QStringList {
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),   QStringLiteral("--fail-rate"),
        QStringLiteral("0.6"),      QStringLiteral("--reject-rate"), QStringLiteral("0.6")
    };
    QTest::newRow("webhook without secret")
        << QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:9/h") };
    QTest::newRow("plain http webhook off this machine")
        << QStringList { QStringLiteral("--listen"),         QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--webhook-url"),    QStringLiteral("http://example.invalid/h"),
                         QStringLiteral("--webhook-secret"), QStringLiteral("s") };
    QTest::newRow("four sims") << QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                QStringLiteral("--sims"), QStringLiteral("4") };
    QTest::newRow("bad inbound api") << QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                      QStringLiteral("--inbound-api"), QStringLiteral("sms") };
    QTest::newRow("not loopback") << QStringList { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") };
}

void TestSimProgram::badArguments()
{
    QFETCH(QStringList, args);
    QProcess sim;
    sim.start(program(), args);
    QVERIFY(sim.waitForFinished(5000));
    QVERIFY(sim.exitCode() != 0);
    QVERIFY(!sim.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimProgram)
#include "tst_simprogram.moc"
