// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceRoster: the phones as the store has them, with their credentials, and the pauses
// the gateways cause, each written back to the store. A real store and a real credentials
// file (FileCredentialStore, as a headless server uses).
#include "deviceroster.h"
#include "dispatchfixture.h"
#include "filecredentialstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

std::shared_ptr<FileCredentialStore> credentialsFile(const QTemporaryDir &dir, qint64 deviceId, const QString &password)
{
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QStringLiteral(R"({"device/%1": {"user": "sms", "password": "%2"}})").arg(deviceId).arg(password).toUtf8());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();
    const auto loaded = FileCredentialStore::load(path);
    return loaded ? loaded.value() : nullptr;
}

} // namespace

class TestDeviceRoster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPhonesAndTheirCredentials();
    void followsTheStore();
    void credentialsPauseEndsWithNewCredentials();
    void refusedPhoneResumesWhenItsSettingsChange();
    void reportsViaIsOneLineFromThreeParts();
};

void TestDeviceRoster::readsPhonesAndTheirCredentials()
{
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("Counter"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    QTemporaryDir dir;
    const auto credentials = credentialsFile(dir, phone.id, QStringLiteral("s3cret"));
    QVERIFY(credentials);
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DeviceRoster roster(fx.store(), fx.reader(), fx.clock(), credentials.get(), table);
    QSignalSpy probe(&roster, &DeviceRoster::probeWanted);
    QSignalSpy changed(&roster, &DeviceRoster::changed);
    roster.reload();
    QVERIFY(table.find(phone.id));
    QCOMPARE(roster.loadedAtMs(), fx.clock().nowMs());
    QTRY_VERIFY(table.find(phone.id)->credentialsReady);
    QCOMPARE(table.find(phone.id)->credentials.password, QStringLiteral("s3cret"));
    QCOMPARE(probe.size(), 1); // a new phone is asked for its health once its credentials are known
    QVERIFY(changed.size() >= 2); // read, then credentials
}

void TestDeviceRoster::followsTheStore()
{
    DispatchFixture fx;
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DeviceRoster roster(fx.store(), fx.reader(), fx.clock(), nullptr, table);
    QObject::connect(&fx.store(), &QueueStore::devicesChanged, &roster, &DeviceRoster::reload); // as DispatchStack does
    roster.reload();
    QVERIFY(table.isEmpty());
    const Device phone = fx.addDevice(QStringLiteral("Counter"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    QTRY_VERIFY(table.find(phone.id)); // QueueStore::devicesChanged
    QVERIFY(await(fx.store().removeDevice(phone.id)).ok());
    QTRY_VERIFY(!table.find(phone.id));
}

void TestDeviceRoster::credentialsPauseEndsWithNewCredentials()
{
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("Counter"), QUrl(QStringLiteral("http://127.0.0.1:9")));
    QTemporaryDir dir;
    auto credentials = credentialsFile(dir, phone.id, QStringLiteral("old"));
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DeviceRoster roster(fx.store(), fx.reader(), fx.clock(), credentials.get(), table);
    QSignalSpy alerts(&roster, &DeviceRoster::deviceAlert);
    roster.reload();
    QTRY_VERIFY(table.find(phone.id)->credentialsReady);
    roster.pauseForCredentials(*table.find(phone.id), 401, QStringLiteral("HTTP 401"));
    roster.pauseForCredentials(*table.find(phone.id), 401, QStringLiteral("HTTP 401"));
    QCOMPARE(alerts.size(), 1);
    QTRY_VERIFY(fx.reader().device(phone.id)->health.pausedReason.startsWith(QLatin1String("credentials rejected")));
    // A reload with the same credentials keeps the pause…
    roster.reload();
    QTest::qWait(50);
    QVERIFY(table.find(phone.id)->paused());
    // …new ones lift it. (The file store is read-only: the test swaps the file, as an
    // administrator would, and the roster reads the phone's credentials again on a change.)
    auto fresh = credentialsFile(dir, phone.id, QStringLiteral("new"));
    DeviceTable table2(fx.clock(), {}, QTimeZone::utc());
    DeviceRoster restarted(fx.store(), fx.reader(), fx.clock(), fresh.get(), table2);
    restarted.reload();
    QTRY_VERIFY(table2.find(phone.id)->credentialsReady);
    QCOMPARE(table2.find(phone.id)->credentials.password, QStringLiteral("new"));
    QVERIFY(!table2.find(phone.id)->paused());
    QTRY_VERIFY(fx.reader().device(phone.id)->health.pausedReason.isEmpty());
}

// The SMSGate cloud does not know the phone's id: paused until the user fixes its settings.
void TestDeviceRoster::refusedPhoneResumesWhenItsSettingsChange()
{
    DispatchFixture fx;
    Device phone = fx.addDevice(QStringLiteral("Cloud phone"), QUrl(QStringLiteral("https://api.sms-gate.app/3rdparty/v1")),
                                QStringLiteral("smsgate-cloud"), 0, 0, QStringLiteral("wrong-id"));
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DeviceRoster roster(fx.store(), fx.reader(), fx.clock(), nullptr, table);
    QSignalSpy alerts(&roster, &DeviceRoster::deviceAlert);
    QObject::connect(&fx.store(), &QueueStore::devicesChanged, &roster, &DeviceRoster::reload); // as DispatchStack does
    roster.reload();
    roster.pauseRefused(*table.find(phone.id), QStringLiteral("failed to select device: record not found"), -1);
    QCOMPARE(alerts.size(), 1);
    QVERIFY(alerts.first().at(1).toString().contains(QLatin1String("saving them tries again")));
    QTRY_VERIFY(fx.reader().device(phone.id)->health.pausedReason.startsWith(QLatin1String("gateway refused")));
    phone = fx.reader().device(phone.id).value();
    phone.remoteId = QStringLiteral("right-id");
    QVERIFY(await(fx.store().updateDevice(phone)).ok());
    QTRY_VERIFY(!table.find(phone.id)->paused());
    QTRY_VERIFY(fx.reader().device(phone.id)->health.pausedReason.isEmpty());
}

void TestDeviceRoster::reportsViaIsOneLineFromThreeParts()
{
    DispatchFixture fx;
    const Device phone = fx.addDevice(QStringLiteral("Counter"), QUrl(QStringLiteral("http://127.0.0.1:9")),
                                      QStringLiteral("smsgate"));
    DeviceTable table(fx.clock(), {}, QTimeZone::utc());
    DeviceRoster roster(fx.store(), fx.reader(), fx.clock(), nullptr, table);
    roster.reload();
    roster.setReportsPart(phone.id, DeviceRoster::ReportsPart::Inbox, QStringLiteral("polling every 3 s"));
    roster.setReportsPart(phone.id, DeviceRoster::ReportsPart::Webhooks,
                          QStringLiteral("webhooks registered at https://desk.example/webhooks/smsgate"));
    QTRY_COMPARE(fx.reader().device(phone.id)->health.reportsVia, table.find(phone.id)->reportsVia());
    const QString via = fx.reader().device(phone.id)->health.reportsVia;
    QVERIFY2(via.startsWith(QLatin1String("webhooks registered")), qPrintable(via));
    QVERIFY2(via.contains(QLatin1String("polling every 3 s as a fallback")), qPrintable(via));
}

QTEST_GUILESS_MAIN(TestDeviceRoster)
#include "tst_deviceroster.moc"
