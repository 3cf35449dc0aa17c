// SPDX-License-Identifier: GPL-3.0-or-later
// A phone that answers badly (issue 11, "Bad input"): it lists the same received SMS twice
// and an entry that is not one, reports a state the app does not have, then moves a message
// backwards. Each gives a line in the phone's status and the message's history; no
// duplicate bubble, no crash, no stuck message. A hand-written server on loopback plays the
// phone, since the simulator only says what the real app says (the shapes follow
// capcom6/android-sms-gateway localserver/routes/MessagesRoutes.kt and InboxRoutes.kt).
#include "dispatchstack.h"
#include "queuestore.h"
#include "storereader.h"
#include "testsupport.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

constexpr auto kCustomer = "+491701234567";

// The states one message goes through on this phone, one per status request.
const QStringList kStates { QStringLiteral("Sent"), QStringLiteral("Exploded"), QStringLiteral("Pending"),
                            QStringLiteral("Delivered") };

} // namespace

class TestBadGateway final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badAnswersAreToldNotObeyed();
};

void TestBadGateway::badAnswersAreToldNotObeyed()
{
    QHttpServer phone;
    int polls = 0;
    QString sentId;
    phone.route(QStringLiteral("/message"), QHttpServerRequest::Method::Post, [&](const QHttpServerRequest &request) {
        sentId = QJsonDocument::fromJson(request.body()).object().value(QLatin1String("id")).toString();
        return QHttpServerResponse(QJsonObject { { QStringLiteral("id"), sentId },
                                                 { QStringLiteral("state"), QStringLiteral("Pending") } },
                                   QHttpServerResponse::StatusCode::Accepted);
    });
    phone.route(QStringLiteral("/message/<arg>"), QHttpServerRequest::Method::Get, [&](const QString &id) {
        const QString state = kStates.at(std::min<qsizetype>(polls++, kStates.size() - 1));
        return QHttpServerResponse(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("state"), state } });
    });
    const QByteArray sms = R"({"id":"text:123456","type":"SMS","sender":"+491701234567",)"
                           R"("contentPreview":"Is it ready?","createdAt":"2030-01-01T10:00:00.000+00:00"})";
    phone.route(QStringLiteral("/inbox"), QHttpServerRequest::Method::Get, [&] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   "[" + sms + "," + sms + R"(,{"id":"text:9","type":"SMS"},"junk"])");
    });
    const quint16 port = phone.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);

    QTemporaryDir dir;
    QueueStore::Options so;
    so.config = StoreConfig::sqliteAt(dir.filePath(QStringLiteral("smsdesk.db")));
    QueueStore store(SystemClock::instance(), so);
    QVERIFY(store.open().ok());
    StoreReader reader(store.config());
    QVERIFY(reader.open().ok());
    Device device;
    device.name = QStringLiteral("Odd phone");
    device.adapter = QStringLiteral("smsgate");
    device.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    device.ratePerMinute = 0;
    device.ratePerDay = 0;
    const Result<Device> added = await(store.addDevice(device));
    QVERIFY(added.ok());

    DispatchStack::Options o;
    o.owner = QStringLiteral("bad-gateway");
    o.httpTimeoutMs = 3'000;
    o.healthIntervalMs = 0;
    o.statusPollIntervalMs = 100;
    o.inboxPollIntervalMs = 100;
    DispatchStack dispatcher(store, SystemClock::instance(), o);
    QVERIFY(dispatcher.start().ok());

    NewMessage m;
    m.to = QLatin1String(kCustomer);
    m.text = QStringLiteral("Your bike is ready");
    EnqueueRequest request;
    request.messages = { m };
    const QUuid id = await(store.enqueue(request))->messages.first().id;

    // The unknown state is told (history and phone status), the step back is not obeyed,
    // and the final state still lands.
    QTRY_COMPARE_WITH_TIMEOUT(reader.message(id)->status, MessageStatus::Delivered, 10'000);
    const QList<MessageEvent> events = reader.events(id).value();
    const bool told = std::any_of(events.cbegin(), events.cend(), [](const MessageEvent &e) {
        return e.detail.contains(QLatin1String("unknown message state \"Exploded\""));
    });
    QVERIFY(told);
    // The same SMS listed twice, polled many times: one bubble; the junk is in the status line.
    QTRY_VERIFY_WITH_TIMEOUT(reader.device(added->id)->health.reportsVia.contains(QLatin1String("unreadable")),
                             5'000);
    QTest::qWait(500);
    const QList<ChatItem> items = reader.threadItems(QLatin1String(kCustomer), ThreadCursor {}, 50).value();
    QCOMPARE(std::count_if(items.cbegin(), items.cend(), [](const ChatItem &i) { return !i.outgoing; }), 1);
    // Once answers read well again the status line drops the complaint about them.
    QTRY_VERIFY_WITH_TIMEOUT(!reader.device(added->id)->health.reportsVia.contains(QLatin1String("status from")),
                             5'000);
    dispatcher.stop(1'000);
    QVERIFY(dispatcher.waitForStopped(5'000));
}

QTEST_GUILESS_MAIN(TestBadGateway)
#include "tst_badgateway.moc"
