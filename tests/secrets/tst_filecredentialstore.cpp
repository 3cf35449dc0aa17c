// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecredentialstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace smsdesk;

class TestFileCredentialStore final : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QByteArray &content, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(QStringLiteral("credentials.json"));
        QFile::remove(path);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsOwnerOnlyFile()
    {
        const QString path = writeFile(R"({"device/1": {"user": "sms", "password": "pw"},
                                          "webhook/smsgate": {"api_key": "s3cret"}})",
                                       QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto store = FileCredentialStore::load(path);
        QVERIFY2(store.ok(), qPrintable(store.errorString()));
        const Result<Credentials> device = store.value()->read(deviceCredentialsKey(1)).result();
        QVERIFY(device.ok());
        QCOMPARE(device->user, QStringLiteral("sms"));
        QCOMPARE(device->password, QStringLiteral("pw"));
        QCOMPARE(store.value()->read(webhookSecretKey(QStringLiteral("smsgate"))).result()->apiKey,
                 QStringLiteral("s3cret"));
        QCOMPARE(store.value()->read(deviceCredentialsKey(2)).result().code(), ErrorCode::NotFound);
    }

    void refusesFileOthersCanRead()
    {
        const QString path
            = writeFile(R"({})", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        auto store = FileCredentialStore::load(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.errorString().contains(QStringLiteral("chmod 600")), qPrintable(store.errorString()));
    }

    void refusesMalformedFile()
    {
        const QString path = writeFile("{not json", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(FileCredentialStore::load(path).code(), ErrorCode::Invalid);
        const QString wrongShape
            = writeFile(R"({"device/1": "pw"})", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(FileCredentialStore::load(wrongShape).code(), ErrorCode::Invalid);
        QCOMPARE(FileCredentialStore::load(m_dir.filePath(QStringLiteral("missing.json"))).code(),
                 ErrorCode::Io);
    }

    void neverWrites()
    {
        const QString path = writeFile(R"({})", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto store = FileCredentialStore::load(path);
        QVERIFY(store.ok());
        QVERIFY(!store.value()->isWritable());
        QCOMPARE(store.value()
                     ->write(deviceCredentialsKey(1), Credentials { {}, {}, QStringLiteral("k") })
                     .result()
                     .code(),
                 ErrorCode::Unavailable);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestFileCredentialStore)
#include "tst_filecredentialstore.moc"
