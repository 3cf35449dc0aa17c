// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook secrets in the real system keychain (Secret Service via QtKeychain; ctest runs
// this under dbus-run-session with gnome-keyring): made once, read back by a new engine
// after a restart, rotated, and the restarted engine's API checks with what is stored.
#include "keychaincredentialstore.h"
#include "simulatorfixture.h"
#include "testsupport.h"
#include "uienginefixture.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestKeychainWebhookSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keptAcrossRestartAndRotated();

private:
    int postSmsGatePing(Engine &engine, const QByteArray &secret);

    std::shared_ptr<KeychainCredentialStore> m_keychain;
    QNetworkAccessManager m_nam;
    int m_eventSeq = 0;
};

void TestKeychainWebhookSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A unique service name: runs never see each other's entries.
    m_keychain = std::make_shared<KeychainCredentialStore>(
        QStringLiteral("smsdesk-test-%1").arg(QCoreApplication::applicationPid()));
    const Status probed = await(m_keychain->probe());
    QVERIFY2(probed.ok() && m_keychain->isWritable(),
             qPrintable(QStringLiteral("no keychain: %1").arg(m_keychain->unavailableReason())));
}

int TestKeychainWebhookSecrets::postSmsGatePing(Engine &engine, const QByteArray &secret)
{
    return test::postSmsGatePing(m_nam, engine.apiAddress(), secret,
                                 QStringLiteral("evt-%1").arg(++m_eventSeq));
}

void TestKeychainWebhookSecrets::keptAcrossRestartAndRotated()
{
    QString made;
    QString rotated;
    {
        UiEngineFixture fixture(m_keychain);
        fixture.setStartApi(true);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        const Result<QString> secret = await(fixture.facade().webhookSecret(QStringLiteral("smsgate")));
        QVERIFY2(secret.ok(), qPrintable(secret.errorString()));
        made = secret.value();
        QCOMPARE(await(m_keychain->read(webhookSecretKey(QStringLiteral("smsgate"))))->apiKey, made);
        QCOMPARE(postSmsGatePing(fixture.engine(), made.toUtf8()), 200);

        const Result<QString> next = await(fixture.facade().rotateWebhookSecret(QStringLiteral("smsgate")));
        QVERIFY2(next.ok(), qPrintable(next.errorString()));
        rotated = next.value();
        QVERIFY(rotated != made);
        QCOMPARE(postSmsGatePing(fixture.engine(), made.toUtf8()), 401);
        QCOMPARE(postSmsGatePing(fixture.engine(), rotated.toUtf8()), 200);
        // The secrets live in the keychain only, not in the data folder.
        QDirIterator files(fixture.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(made.toUtf8()) && !content.contains(rotated.toUtf8()),
                     qPrintable(file.fileName()));
        }
    }
    // A new engine (the next start) reads the rotated secret at start and checks with it.
    UiEngineFixture restarted(m_keychain);
    restarted.setStartApi(true);
    QVERIFY2(restarted.start(), qPrintable(restarted.startError()));
    QCOMPARE(postSmsGatePing(restarted.engine(), rotated.toUtf8()), 200);
    QCOMPARE(postSmsGatePing(restarted.engine(), made.toUtf8()), 401);
    QCOMPARE(await(restarted.facade().webhookSecret(QStringLiteral("smsgate"))).value(), rotated);
    QVERIFY(await(m_keychain->remove(webhookSecretKey(QStringLiteral("smsgate")))).ok());
}

QTEST_GUILESS_MAIN(TestKeychainWebhookSecrets)
#include "tst_keychainwebhooksecrets.moc"
