// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real gnome-keyring (Secret Service) in a private D-Bus session.
#include "keychaincredentialstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QTest>
#include <QThread>

using namespace smsdesk;
using smsdesk::test::await;

class TestKeychainCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeFindsKeychain()
    {
        KeychainCredentialStore store(QStringLiteral("smsdesk-test"));
        const Status probe = await(store.probe());
        QVERIFY2(probe.ok(), qPrintable(probe.errorString()));
        QVERIFY(store.isWritable());
    }

    void writeReadRemove()
    {
        KeychainCredentialStore store(QStringLiteral("smsdesk-test"));
        const Credentials written { QStringLiteral("sms"), QStringLiteral("pässwörd \"quoted\""),
                                    QStringLiteral("key-1") };
        const Status saved = await(store.write(deviceCredentialsKey(7), written));
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));

        const Result<Credentials> read = await(store.read(deviceCredentialsKey(7)));
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->user, written.user);
        QCOMPARE(read->password, written.password);
        QCOMPARE(read->apiKey, written.apiKey);

        QVERIFY(await(store.remove(deviceCredentialsKey(7))).ok());
        QCOMPARE(await(store.read(deviceCredentialsKey(7))).code(), ErrorCode::NotFound);
    }

    // The dispatcher reads credentials from the engine thread; QtKeychain itself is not
    // thread-safe, so the store must hop to its own thread (this crashed before).
    void readFromAnotherThread()
    {
        KeychainCredentialStore store(QStringLiteral("smsdesk-test"));
        QVERIFY(await(store.write(deviceCredentialsKey(9),
                                  Credentials { QStringLiteral("u"), QStringLiteral("p"), {} }))
                    .ok());
        QFuture<Result<Credentials>> fromThread;
        std::unique_ptr<QThread> thread(
            QThread::create([&] { fromThread = store.read(deviceCredentialsKey(9)); }));
        thread->start();
        QVERIFY(thread->wait(5000));
        const Result<Credentials> read = await(fromThread);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->password, QStringLiteral("p"));
        QVERIFY(await(store.remove(deviceCredentialsKey(9))).ok());
    }

    void secretNeverLandsInPlainFiles()
    {
        KeychainCredentialStore store(QStringLiteral("smsdesk-test"));
        const QString secret = QStringLiteral("unique-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(await(store.write(deviceCredentialsKey(8), Credentials { {}, {}, secret })).ok());
        // QtKeychain's insecure fallback would write an .ini/.conf under HOME; it is off.
        QDirIterator it(QDir::homePath(), { QStringLiteral("*.conf"), QStringLiteral("*.ini") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(await(store.remove(deviceCredentialsKey(8))).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
