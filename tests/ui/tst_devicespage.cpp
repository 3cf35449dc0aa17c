// SPDX-License-Identifier: GPL-3.0-or-later
// Devices: the model with real store data, adding a phone through the dialog like a user,
// filter, enable/disable, remove, the keychain-less case, and what the phone's "How replies
// arrive" dialog says for each kind of phone (with the signing key cloud phones need).
#include "budgetdelegate.h"
#include "deviceeditdialog.h"
#include "devicemodel.h"
#include "devicespage.h"
#include "emptystate.h"
#include "pairingdialog.h"
#include "simulatorfixture.h"
#include "storereader.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace smsdesk;
using namespace smsdesk::test;

class TestDevicesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(smsdesk); // the icons live in the static ui library
    }
    void modelWithRealDevices();
    void emptyStateOffersFirstStep();
    void addPhoneThroughDialog();
    void filterAndSort();
    void disableAndRemove();
    void noKeychainWritesNothing();
    void pairingSaysPollingWithoutListener();
    void pairingFactsWithListener();
    void pairingCloudShowsSigningKey();
    void pairingDialogClosedBeforeSecretArrives();
    void pairingWithoutKeychainSaysWhy();
    void testConnectionAnswersInline();
    void editDialogClosedBeforeCredentialsArrive();
    void editDialogClosedWhileSaving();
    void windowGoneWhileSaving();

private:
    static QLineEdit *field(QWidget *dialog, const QString &accessibleName);
    static bool selectDevice(DevicesPage &page, const QString &name);
};

bool TestDevicesPage::selectDevice(DevicesPage &page, const QString &name)
{
    QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DeviceModel::NameColumn).data().toString() == name) {
            page.view()->selectRow(row);
            return true;
        }
    }
    return false;
}

QLineEdit *TestDevicesPage::field(QWidget *dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

void TestDevicesPage::modelWithRealDevices()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    const Device shop = fixture.addDevice(QStringLiteral("Shop phone"));
    fixture.addDevice(QStringLiteral("Office phone"));
    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());

    DeviceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto rows = readDeviceRows(reader, 0);
    QVERIFY(rows.ok());
    model.setRows(rows.value());
    QCOMPARE(model.rowCount(), 2);
    model.setRows(rows.value()); // same phones: updated in place
    const int row = model.rowOfId(shop.id);
    QVERIFY(row >= 0);
    const QModelIndex name = model.index(row, DeviceModel::NameColumn);
    QCOMPARE(name.data(DeviceModel::NameRole).toString(), QStringLiteral("Shop phone"));
    QCOMPARE(name.data(DeviceModel::AdapterRole).toString(), QStringLiteral("smsgate"));
    QCOMPARE(name.data(DeviceModel::DailyLimitRole).toInt(), shop.ratePerDay);
    QCOMPARE(name.data(DeviceModel::BudgetLeftRole).toInt(), shop.ratePerDay); // nothing sent yet
    QCOMPARE(model.roleNames().value(DeviceModel::BudgetLeftRole), QByteArray("budgetLeft"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDevicesPage::emptyStateOffersFirstStep()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *empty = page.findChild<EmptyState *>();
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No phones yet"));
    QSignalSpy demo(&page, &DevicesPage::demoModeRequested);
    QPushButton *tryDemo = nullptr;
    for (QPushButton *b : empty->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Try demo mode"))
            tryDemo = b;
    }
    QVERIFY(tryDemo);
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
}

void TestDevicesPage::addPhoneThroughDialog()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    QVERIFY(fixture.start());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    DeviceEditDialog *dialog = page.addDevice();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // nothing typed yet
    QTest::keyClicks(field(dialog, QStringLiteral("Name")), QStringLiteral("Counter phone"));
    QTest::keyClicks(field(dialog, QStringLiteral("Address")), QStringLiteral("http://192.168.1.20:8080"));
    QTest::keyClicks(field(dialog, QStringLiteral("User name")), QStringLiteral("sms"));
    QTest::keyClicks(field(dialog, QStringLiteral("Password")), QStringLiteral("s3cret"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());
    QTRY_COMPARE(reader.devices()->size(), 1);
    const Device added = reader.devices()->first();
    QCOMPARE(added.name, QStringLiteral("Counter phone"));
    QCOMPARE(added.baseUrl, QStringLiteral("http://192.168.1.20:8080"));
    // The facade writes the keychain after the store commit, so the row may come first.
    QTRY_VERIFY(credentials->entries.contains(deviceCredentialsKey(added.id)));
    const Credentials stored = credentials->entries.value(deviceCredentialsKey(added.id));
    QCOMPARE(stored.user, QStringLiteral("sms"));
    QCOMPARE(stored.password, QStringLiteral("s3cret"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTRY_VERIFY(page.view()->isVisible()); // the empty state gave way to the table
}

void TestDevicesPage::filterAndSort()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    fixture.addDevice(QStringLiteral("Bravo"));
    fixture.addDevice(QStringLiteral("alpha"));
    fixture.addDevice(QStringLiteral("Charlie"));
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModel *proxy = page.view()->model();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy->index(0, DeviceModel::NameColumn).data().toString(),
             QStringLiteral("alpha")); // case-insensitive
    auto *filter = page.findChild<QLineEdit *>();
    QTest::keyClicks(filter, QStringLiteral("char"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, DeviceModel::NameColumn).data().toString(), QStringLiteral("Charlie"));
}

void TestDevicesPage::disableAndRemove()
{
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    const Device device = fixture.addDevice(QStringLiteral("Old phone"));
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());

    page.view()->selectRow(0);
    QAction *disable = nullptr;
    QAction *remove = nullptr;
    for (QAction *a : page.actions()) {
        if (a->text() == QStringLiteral("&Disable"))
            disable = a;
        if (a->text() == QStringLiteral("&Remove…"))
            remove = a;
    }
    QVERIFY(disable && remove);
    disable->trigger();
    QTRY_VERIFY(!reader.device(device.id)->enabled);

    page.view()->selectRow(0);
    remove->trigger();
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmRemove"));
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTRY_COMPARE(reader.devices()->size(), 0);
    QTRY_COMPARE(page.model()->rowCount(), 0);
}

void TestDevicesPage::noKeychainWritesNothing()
{
    auto credentials = std::make_shared<MemoryCredentialStore>(false);
    UiEngineFixture fixture(credentials);
    QVERIFY(fixture.start());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    DeviceEditDialog *dialog = page.addDevice();
    const QPointer<DeviceEditDialog> guard(dialog);
    QVERIFY(!field(dialog, QStringLiteral("Password"))->isEnabled());
    bool explained = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        explained |= label->text().contains(credentials->unavailableReason());
    QVERIFY2(explained, "the dialog must say why credentials cannot be saved and what to do");
    QTest::keyClicks(field(dialog, QStringLiteral("Name")), QStringLiteral("Phone"));
    QTest::keyClicks(field(dialog, QStringLiteral("Address")), QStringLiteral("http://10.0.0.2:8080"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());
    QTRY_COMPARE(reader.devices()->size(), 1);
    QTRY_VERIFY(!guard); // the dialog closes only after the whole save finished
    QVERIFY(credentials->entries.isEmpty());
    QCOMPARE(credentials->refusedWrites, 0); // it did not even try
}

namespace {

Device cloudDevice()
{
    Device cloud;
    cloud.name = QStringLiteral("Cloud");
    cloud.adapter = QStringLiteral("smsgate-cloud");
    cloud.baseUrl = QStringLiteral("https://api.sms-gate.app/3rdparty/v1");
    cloud.remoteId = QStringLiteral("cloud-device-1");
    return cloud;
}

} // namespace

// No gateway listener: a local phone is polled (nothing to do on it), a cloud phone cannot
// bring replies (its server's inbox answers 501) and the dialog says what would, MySMSGate
// has nothing to set up. No step the user cannot follow: no address to type into the app.
void TestDevicesPage::pairingSaysPollingWithoutListener()
{
    UiEngineFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    fixture.addDevice(QStringLiteral("Shop"));
    QVERIFY(await(fixture.store().addDevice(cloudDevice())).ok());
    Device my;
    my.name = QStringLiteral("Account");
    my.adapter = QStringLiteral("mysmsgate");
    my.baseUrl = QStringLiteral("https://mysmsgate.net");
    QVERIFY(await(fixture.store().addDevice(my)).ok());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 3);

    QVERIFY(selectDevice(page, QStringLiteral("Shop")));
    QPointer<PairingDialog> dialog = page.showPairing();
    QVERIFY(dialog);
    QCOMPARE(dialog->statusText(), QStringLiteral("Replies and delivery reports are fetched from the phone every "
                                                  "3 s; nothing to set up on the phone."));
    QVERIFY(!dialog->wantsSecret());
    dialog->close();
    QTRY_VERIFY(!dialog);

    QVERIFY(selectDevice(page, QStringLiteral("Cloud")));
    dialog = page.showPairing();
    QVERIFY(dialog);
    QVERIFY2(dialog->statusText().contains(QLatin1String("HTTP 501"))
                 && dialog->statusText().contains(QLatin1String("--gateway-listen")),
             qPrintable(dialog->statusText()));
    QVERIFY(!dialog->wantsSecret()); // nothing would check a key yet
    dialog->close();
    QTRY_VERIFY(!dialog);

    QVERIFY(selectDevice(page, QStringLiteral("Account")));
    QVERIFY(!page.showPairing());
}

// With a listener the dialog reports what the registrar found, as the phone's status says.
void TestDevicesPage::pairingFactsWithListener()
{
    PairingDialog::Facts facts;
    facts.deviceName = QStringLiteral("Shop");
    facts.adapter = QStringLiteral("smsgate");
    facts.gatewayUrl = QStringLiteral("https://192.168.1.20:8443");
    PairingDialog registering(facts);
    QVERIFY(registering.statusText().contains(QLatin1String("registering its webhooks")));
    facts.reportsVia = QStringLiteral("webhooks registered at https://192.168.1.20:8443; polling every 3 s as a fallback");
    PairingDialog registered(facts);
    QVERIFY2(registered.statusText().startsWith(QLatin1String("Webhooks registered on the phone (to "
                                                              "https://192.168.1.20:8443)")),
             qPrintable(registered.statusText()));
    facts.reportsVia = QStringLiteral("webhooks not registered: listing the webhooks failed: HTTP 401");
    PairingDialog refused(facts);
    QVERIFY2(refused.statusText().contains(QLatin1String("HTTP 401"))
                 && refused.statusText().contains(QLatin1String("fetched every 3 s")),
             qPrintable(refused.statusText()));
}

// A cloud phone with a listener: the server cannot set the signing key, so the dialog shows
// the secret (created by the engine for the listener) to enter in the app.
void TestDevicesPage::pairingCloudShowsSigningKey()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    fixture.setGatewayListen(QStringLiteral("127.0.0.1:0"));
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QVERIFY(fixture.facade().gatewayUrl().startsWith(QLatin1String("http://127.0.0.1:")));
    const QString secret = credentials->entries.value(webhookSecretKey(QStringLiteral("smsgate"))).apiKey;
    QCOMPARE(secret.size(), 43); // made at start: the listener checks with it
    fixture.addDevice(QStringLiteral("Shop"));
    QVERIFY(await(fixture.store().addDevice(cloudDevice())).ok());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);

    QVERIFY(selectDevice(page, QStringLiteral("Cloud")));
    QPointer<PairingDialog> dialog = page.showPairing();
    QVERIFY(dialog);
    QVERIFY(dialog->wantsSecret());
    QTRY_COMPARE(field(dialog, QStringLiteral("Signing key"))->text(), secret);
    QCOMPARE(credentials->writes, 1); // not a second secret
    dialog->close();
    QTRY_VERIFY(!dialog);

    QVERIFY(selectDevice(page, QStringLiteral("Shop")));
    dialog = page.showPairing();
    QVERIFY(dialog);
    QVERIFY(!dialog->wantsSecret()); // Smsdesk sets the local phone's key itself
    dialog->close();
}

void TestDevicesPage::pairingDialogClosedBeforeSecretArrives()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    fixture.setGatewayListen(QStringLiteral("127.0.0.1:0"));
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    credentials->answerDelayMs = 200;
    QVERIFY(await(fixture.store().addDevice(cloudDevice())).ok());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(selectDevice(page, QStringLiteral("Cloud")));
    QPointer<PairingDialog> dialog = page.showPairing();
    QVERIFY(dialog);
    dialog->close(); // gone before the keychain answers
    QTRY_VERIFY(!dialog);
    // The answer arrives for a dialog that no longer exists: nothing happens to it.
    QTest::qWait(400);
    QVERIFY(page.isVisible());
}

void TestDevicesPage::pairingWithoutKeychainSaysWhy()
{
    auto credentials = std::make_shared<MemoryCredentialStore>(false);
    UiEngineFixture fixture(credentials);
    fixture.setGatewayListen(QStringLiteral("127.0.0.1:0"));
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QVERIFY(await(fixture.store().addDevice(cloudDevice())).ok());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(selectDevice(page, QStringLiteral("Cloud")));
    PairingDialog *dialog = page.showPairing();
    QVERIFY(dialog);
    bool explained = false;
    QTRY_VERIFY([&] {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            explained |= label->isVisible() && label->text().contains(credentials->unavailableReason());
        return explained;
    }());
    QVERIFY(field(dialog, QStringLiteral("Signing key"))->text().isEmpty());
    QCOMPARE(credentials->refusedWrites, 0);
    dialog->close();
}

void TestDevicesPage::testConnectionAnswersInline()
{
    SimulatorFixture simulator; // the simulator on 127.0.0.1, real HTTP
    QVERIFY(simulator.isListening());
    UiEngineFixture fixture;
    QVERIFY(fixture.start());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    DeviceEditDialog *dialog = page.addDevice();
    QTest::keyClicks(field(dialog, QStringLiteral("Name")), QStringLiteral("Sim"));
    QTest::keyClicks(field(dialog, QStringLiteral("Address")), simulator.baseUrlString());
    QLabel *result = nullptr;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Connection test result"))
            result = label;
    }
    QVERIFY(result);
    QPushButton *test = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Test connection")))
            test = b;
    }
    QVERIFY(test && test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 10'000);
    // The phone said who it is (GET /device, capcom6/android-sms-gateway
    // localserver/domain/Device.kt and SimCard.kt): its id fills the remote id, and its SIM
    // cards are named and kept with the device for the composer's SIM choice.
    QCOMPARE(field(dialog, QStringLiteral("Remote device id"))->text(), simulator.sim().settings().deviceId);
    QVERIFY2(result->text().contains(QStringLiteral("SIM 2")), qPrintable(result->text()));
    QCOMPARE(dialog->device().simCards.size(), simulator.sim().settings().simCount);

    simulator.sim().stop(); // the phone is gone: the answer says so, in the dialog
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty()
                                 && !result->text().startsWith(QStringLiteral("Connected"))
                                 && !result->text().startsWith(QStringLiteral("Testing")),
                             20'000);
}

// The user closes the dialogs while the keychain or the store are still busy. Their answers
// must find nothing to call: Qt 6.4 asserts (in debug builds) when a QFuture continuation's
// context object died first, which is what these tests caught before thenIfAlive.
void TestDevicesPage::editDialogClosedBeforeCredentialsArrive()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    credentials->answerDelayMs = 100;
    UiEngineFixture fixture(credentials);
    QVERIFY(fixture.start());
    const Device device = fixture.addDevice(QStringLiteral("Shop"));
    credentials->entries.insert(deviceCredentialsKey(device.id),
                                Credentials { QStringLiteral("sms"), QStringLiteral("s3cret"), {} });
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);

    delete page.editDevice(device.id); // closed before the keychain answered
    QTest::qWait(300); // it answers now, to no one
    QVERIFY(page.isVisible());
    // The page still opens the dialog, and this one gets its answer.
    DeviceEditDialog *dialog = page.editDevice(device.id);
    QVERIFY(dialog);
    QTRY_COMPARE(field(dialog, QStringLiteral("User name"))->text(), QStringLiteral("sms"));
    dialog->close();
}

void TestDevicesPage::editDialogClosedWhileSaving()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    credentials->answerDelayMs = 100;
    UiEngineFixture fixture(credentials);
    QVERIFY(fixture.start());
    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    DeviceEditDialog *dialog = page.addDevice();
    QTest::keyClicks(field(dialog, QStringLiteral("Name")), QStringLiteral("Counter phone"));
    QTest::keyClicks(field(dialog, QStringLiteral("Address")), QStringLiteral("http://192.168.1.20:8080"));
    QTest::keyClicks(field(dialog, QStringLiteral("User name")), QStringLiteral("sms"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    delete dialog; // gone while the store and then the keychain work
    // The save itself goes on: the phone and its credentials are stored.
    StoreReader reader(fixture.engine().storeConfig());
    QVERIFY(reader.open().ok());
    QTRY_COMPARE(reader.devices()->size(), 1);
    const qint64 id = reader.devices()->first().id;
    QTRY_VERIFY(credentials->entries.contains(deviceCredentialsKey(id)));
    QTest::qWait(300); // the keychain's answer arrives, to no one
    QTRY_COMPARE(page.model()->rowCount(), 1);
}

void TestDevicesPage::windowGoneWhileSaving()
{
    // The window closes right after Save: the page goes first, then the facade, usually before
    // the store's answer reaches the GUI thread (the phone is saved, its credentials may not be).
    {
        UiEngineFixture fixture;
        QVERIFY(fixture.start());
        auto page = std::make_unique<DevicesPage>(fixture.facade(), fixture.facade().readModel());
        DeviceEditDialog *dialog = page->addDevice();
        QTest::keyClicks(field(dialog, QStringLiteral("Name")), QStringLiteral("Counter phone"));
        QTest::keyClicks(field(dialog, QStringLiteral("Address")),
                         QStringLiteral("http://192.168.1.20:8080"));
        QTest::keyClicks(field(dialog, QStringLiteral("User name")), QStringLiteral("sms"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        StoreReader reader(fixture.engine().storeConfig());
        QVERIFY(reader.open().ok());
        // Committed (the reader sees it) while this thread runs no events, so the store's
        // answer still waits in the GUI thread's queue when the page and the facade go.
        QElapsedTimer waited;
        waited.start();
        while (reader.devices()->isEmpty() && waited.elapsed() < 10'000)
            QThread::msleep(5);
        QCOMPARE(reader.devices()->size(), 1);
        page.reset();
    }
    QTest::qWait(100); // what was still queued runs now and finds no page: nothing happens
}

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
