// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications over the freedesktop service (issue 15, point 3). Runs in the private D-Bus
// session of tests/run-with-keychain.sh, where this test registers a notification server
// of its own (on a second connection, as another program would be): what Notify received,
// and that clicking it (ActionInvoked "default") opens the conversation in the window.
#include "conversationspage.h"
#include "desktopnotifier.h"
#include "mainwindow.h"
#include "notifications.h"
#include "testsupport.h"
#include "trayicon.h"
#include "uienginefixture.h"
#include "windowcomposition.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDateTime>
#include <QStandardPaths>
#include <QtTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

// A notification server as KDE's or GNOME's, reduced to what it is asked.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName, appIcon, summary, body;
        uint replacesId = 0;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0;
    };
    QList<Call> calls;
    QStringList capabilities { QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("sound") };

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_next;
        calls.append(Call { appName, appIcon, summary, body, replacesId, actions, hints, timeout, id });
        return id;
    }
    void CloseNotification(uint id) { Q_UNUSED(id) }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

private:
    uint m_next = 40;
};

} // namespace

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notifyCarriesTitleBodyActionAndSound();
    void clickingOpensTheConversation();
    void withoutServiceTheTrayTellsIt();

private:
    void emitSignal(const QString &name, const QList<QVariant> &arguments);
    QDBusConnection serverBus() const { return QDBusConnection(QStringLiteral("fake-notifications")); }

    FakeNotificationServer m_server;
};

void TestDesktopNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
    QVERIFY2(bus.isConnected(), "no session bus: run inside tests/run-with-keychain.sh");
    QVERIFY(!DesktopNotifier::serviceAvailable()); // the private session has none of its own
    QVERIFY(bus.registerObject(DesktopNotifier::objectPath(), &m_server, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(DesktopNotifier::serviceName()));
    QVERIFY(DesktopNotifier::serviceAvailable());
}

void TestDesktopNotifier::cleanupTestCase()
{
    serverBus().unregisterService(DesktopNotifier::serviceName());
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
}

void TestDesktopNotifier::emitSignal(const QString &name, const QList<QVariant> &arguments)
{
    QDBusMessage signal
        = QDBusMessage::createSignal(DesktopNotifier::objectPath(), DesktopNotifier::serviceName(), name);
    signal.setArguments(arguments);
    QVERIFY(serverBus().send(signal));
}

void TestDesktopNotifier::notifyCarriesTitleBodyActionAndSound()
{
    m_server.calls.clear();
    m_server.capabilities << QStringLiteral("body-markup");
    DesktopNotifier notifier;
    QTRY_VERIFY(notifier.ready()); // it asked what the service can do
    IncomingNotification n;
    n.title = QStringLiteral("Anna Miller");
    n.body = QStringLiteral("Fish & chips <3");
    n.number = QStringLiteral("+14155550101");
    n.messages = 1;
    n.sound = true;
    notifier.show(n);
    QTRY_COMPARE(m_server.calls.size(), 1);
    FakeNotificationServer::Call call = m_server.calls.constFirst();
    QCOMPARE(call.appName, QStringLiteral("Smsdesk"));
    QCOMPARE(call.summary, QStringLiteral("Anna Miller"));
    // The service reads markup: a customer's "&" and "<" are escaped, not swallowed.
    QCOMPARE(call.body, QStringLiteral("Fish &amp; chips &lt;3"));
    QCOMPARE(call.actions.value(0), QStringLiteral("default"));
    QCOMPARE(call.actions.size(), 2);
    QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("im.received"));
    QCOMPARE(call.hints.value(QStringLiteral("sound-name")).toString(), QStringLiteral("message-new-instant"));
    QVERIFY(!call.hints.contains(QStringLiteral("suppress-sound")));
    QCOMPARE(call.replacesId, 0u);
    QTRY_COMPARE(notifier.openCount(), 1);

    // Another from the same conversation, the sound turned off: it replaces the first.
    n.title = QStringLiteral("2 new messages from Anna Miller");
    n.sound = false;
    notifier.show(n);
    QTRY_COMPARE(m_server.calls.size(), 2);
    call = m_server.calls.constLast();
    QCOMPARE(call.replacesId, m_server.calls.constFirst().id);
    QVERIFY(call.hints.value(QStringLiteral("suppress-sound")).toBool());
    QVERIFY(!call.hints.contains(QStringLiteral("sound-name")));

    // Closed by the user: forgotten; a click on another program's notification means nothing.
    QSignalSpy opened(&notifier, &DesktopNotifier::openRequested);
    emitSignal(QStringLiteral("NotificationClosed"), { QVariant::fromValue(call.id), QVariant::fromValue(2u) });
    QTRY_COMPARE(notifier.openCount(), 0);
    n.number.clear(); // several people: the list
    notifier.show(n);
    QTRY_COMPARE(notifier.openCount(), 1);
    const uint live = m_server.calls.constLast().id;
    QVERIFY(live != call.id);
    emitSignal(QStringLiteral("ActionInvoked"), { QVariant::fromValue(call.id), QStringLiteral("default") });
    emitSignal(QStringLiteral("ActionInvoked"), { QVariant::fromValue(7u), QStringLiteral("default") });
    emitSignal(QStringLiteral("ActionInvoked"), { QVariant::fromValue(live), QStringLiteral("default") });
    // Signals arrive in order: once the last one is handled, the first two were, and did nothing.
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), QString());
    m_server.capabilities.removeAll(QStringLiteral("body-markup"));
}

void TestDesktopNotifier::clickingOpensTheConversation()
{
    m_server.calls.clear();
    UiEngineFixture fx;
    QVERIFY2(fx.start(), qPrintable(fx.startError()));
    MainWindow window(fx.facade(), fx.facade().readModel());
    ConversationsPage *page = installConversationsPage(window, fx.facade(), fx.facade().readModel());
    auto *incoming = window.findChild<IncomingNotifications *>();
    QVERIFY(incoming);
    QVERIFY(incoming->desktop()); // the service is there: it is used
    window.showPlace(MainWindow::Place::Dashboard);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    InboundMessage in;
    in.from = QStringLiteral("+4930555000");
    in.text = QStringLiteral("Are you open today?\nWe are four.");
    in.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    in.gatewayId = QStringLiteral("in-1");
    QVERIFY(await(fx.store().addInbound(in)).ok());
    QTRY_COMPARE(m_server.calls.size(), 1);
    const FakeNotificationServer::Call call = m_server.calls.constFirst();
    QCOMPARE(call.body, QStringLiteral("Are you open today?"));
    QVERIFY2(call.summary.contains(QStringLiteral("30")), qPrintable(call.summary)); // the number, as people write it
    QTRY_COMPARE(incoming->desktop()->openCount(), 1);

    emitSignal(QStringLiteral("ActionInvoked"), { QVariant::fromValue(call.id), QStringLiteral("default") });
    QTRY_COMPARE(window.currentPlace(), MainWindow::Place::Conversations);
    QTRY_COMPARE(page->currentNumber(), QStringLiteral("+4930555000"));
}

// The same window where no service runs: the tray icon says it (the offscreen platform
// shows no tray, but the tray remembers what it was told).
void TestDesktopNotifier::withoutServiceTheTrayTellsIt()
{
    QVERIFY(serverBus().unregisterService(DesktopNotifier::serviceName()));
    QTRY_VERIFY(!DesktopNotifier::serviceAvailable());
    UiEngineFixture fx;
    QVERIFY2(fx.start(), qPrintable(fx.startError()));
    MainWindow window(fx.facade(), fx.facade().readModel());
    installConversationsPage(window, fx.facade(), fx.facade().readModel());
    auto *incoming = window.findChild<IncomingNotifications *>();
    QVERIFY(incoming);
    QVERIFY(!incoming->desktop());
    InboundMessage in;
    in.from = QStringLiteral("+4930555001");
    in.text = QStringLiteral("Hello from the tray");
    in.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    in.gatewayId = QStringLiteral("in-2");
    QVERIFY(await(fx.store().addInbound(in)).ok());
    QTRY_COMPARE(window.tray()->lastText(), QStringLiteral("Hello from the tray"));
    QVERIFY(serverBus().registerService(DesktopNotifier::serviceName()));
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
