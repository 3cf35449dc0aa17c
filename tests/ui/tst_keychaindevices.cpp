// SPDX-License-Identifier: GPL-3.0-or-later
// Device credentials through the facade into the real system keychain (Secret Service
// via QtKeychain; ctest runs this under dbus-run-session with gnome-keyring) and back,
// both directly and through the device dialog.
#include "deviceeditdialog.h"
#include "devicespage.h"
#include "keychaincredentialstore.h"
#include "storereader.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestKeychainDevices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveAndLoadThroughFacade();
    void dialogLoadsAndUpdatesCredentials();

private:
    static QLineEdit *field(QWidget *dialog, const QString &accessibleName);
    std::shared_ptr<KeychainCredentialStore> m_keychain;
};

QLineEdit *TestKeychainDevices::field(QWidget *dialog, const QString &accessibleName)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

void TestKeychainDevices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Q_INIT_RESOURCE(smsdesk);
    // A unique service name: runs never see each other's entries.
    m_keychain = std::make_shared<KeychainCredentialStore>(
        QStringLiteral("smsdesk-test-%1").arg(QCoreApplication::applicationPid()));
    const Status probed = await(m_keychain->probe());
    QVERIFY2(probed.ok() && m_keychain->isWritable(),
             qPrintable(QStringLiteral("no keychain: %1").arg(m_keychain->unavailableReason())));
}

void TestKeychainDevices::saveAndLoadThroughFacade()
{
    UiEngineFixture fixture(m_keychain);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QVERIFY(fixture.facade().credentialsWritable());
    Device device;
    device.name = QStringLiteral("Keychain phone");
    device.adapter = QStringLiteral("smsgate");
    device.baseUrl = QStringLiteral("http://192.168.1.30:8080");
    const Credentials secret { QStringLiteral("sms"), QStringLiteral("p@ss wörd"), {} };
    auto added = await(fixture.facade().addDevice(device, secret));
    QVERIFY2(added.ok(), qPrintable(added.errorString()));

    auto loaded = await(fixture.facade().deviceCredentials(added->id));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded->user, secret.user);
    QCOMPARE(loaded->password, secret.password);

    // Straight from the keychain, not a cache in the facade.
    auto raw = await(m_keychain->read(deviceCredentialsKey(added->id)));
    QVERIFY(raw.ok());
    QCOMPARE(raw->password, secret.password);
    // And nowhere in the data folder.
    QDirIterator files(fixture.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("p@ss w"), qPrintable(file.fileName()));
    }
}

void TestKeychainDevices::dialogLoadsAndUpdatesCredentials()
{
    UiEngineFixture fixture(m_keychain);
    QVERIFY(fixture.start());
    Device device;
    device.name = QStringLiteral("Dialog phone");
    device.adapter = QStringLiteral("smsgate");
    device.baseUrl = QStringLiteral("http://192.168.1.31:8080");
    auto added = await(
        fixture.facade().addDevice(device, Credentials { QStringLiteral("u1"), QStringLiteral("old"), {} }));
    QVERIFY(added.ok());

    DevicesPage page(fixture.facade(), fixture.facade().readModel());
    page.show();
    QTRY_COMPARE(page.view()->model()->rowCount(), 1);
    DeviceEditDialog *dialog = page.editDevice(added->id);
    QVERIFY(dialog);
    QTRY_COMPARE(field(dialog, QStringLiteral("Password"))->text(), QStringLiteral("old"));
    QCOMPARE(field(dialog, QStringLiteral("User name"))->text(), QStringLiteral("u1"));
    QLineEdit *password = field(dialog, QStringLiteral("Password"));
    password->clear();
    QTest::keyClicks(password, QStringLiteral("new"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_COMPARE(await(fixture.facade().deviceCredentials(added->id))->password, QStringLiteral("new"));
}

QTEST_MAIN(TestKeychainDevices)
#include "tst_keychaindevices.moc"
