// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook secrets through the engine facade: made once on first use and kept, rotated and
// saved, and handed to the running API server, which from then on refuses webhooks signed
// with the old secret (real HTTP on 127.0.0.1). Without a writable keychain nothing is
// written; demo mode shows the demo phones' secret and refuses to rotate it.
#include "simulatorfixture.h"
#include "testsupport.h"
#include "uienginefixture.h"
#include "webhooksecrets.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

class TestWebhookSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void madeOnceAndKept();
    void firstUseFromTwoPlacesMakesOne();
    void rotationReplacesSavesAndApplies();
    void unwritableStoreWritesNothing();
    void unknownAdapterIsInvalid();
    void deviceAdapterMapsToWebhook();
    void demoSecretShownNotRotated();
    void facadeGoneWhileSecretPending();

private:
    // A SMSGate "system:ping" signed with `secret`; the HTTP status the API answers.
    int postSmsGatePing(UiEngineFixture &fixture, const QByteArray &secret);

    QNetworkAccessManager m_nam;
    int m_eventSeq = 0;
};

int TestWebhookSecrets::postSmsGatePing(UiEngineFixture &fixture, const QByteArray &secret)
{
    return test::postSmsGatePing(m_nam, fixture.engine().apiAddress(), secret,
                                 QStringLiteral("evt-%1").arg(++m_eventSeq));
}

void TestWebhookSecrets::madeOnceAndKept()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));

    const Result<QString> first = await(fixture.facade().webhookSecret(QStringLiteral("smsgate")));
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    // 32 random bytes, base64url without padding: 43 characters from the URL-safe alphabet.
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(first.value()).hasMatch());
    QCOMPARE(credentials->entries.value(webhookSecretKey(QStringLiteral("smsgate"))).apiKey, first.value());

    const Result<QString> again = await(fixture.facade().webhookSecret(QStringLiteral("smsgate")));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), first.value());
    QCOMPARE(credentials->writes, 1);

    const Result<QString> other = await(fixture.facade().webhookSecret(QStringLiteral("mysmsgate")));
    QVERIFY(other.ok());
    QVERIFY(other.value() != first.value());
    QCOMPARE(credentials->entries.value(webhookSecretKey(QStringLiteral("mysmsgate"))).apiKey, other.value());

    // A secret that is already stored (entered by hand, or from an older version) is kept.
    credentials->entries.insert(webhookSecretKey(QStringLiteral("mysmsgate")),
                                Credentials { {}, {}, QStringLiteral("typed-by-hand") });
    QCOMPARE(await(fixture.facade().webhookSecret(QStringLiteral("mysmsgate"))).value(),
             QStringLiteral("typed-by-hand"));
}

void TestWebhookSecrets::firstUseFromTwoPlacesMakesOne()
{
    // Settings and the pairing dialog asking at once, with a keychain that answers later:
    // both must get the one secret that is stored, not two different ones.
    auto credentials = std::make_shared<MemoryCredentialStore>();
    credentials->answerDelayMs = 20;
    UiEngineFixture fixture(credentials);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QFuture<Result<QString>> a = fixture.facade().webhookSecret(QStringLiteral("smsgate"));
    QFuture<Result<QString>> b = fixture.facade().webhookSecret(QStringLiteral("smsgate"));
    const Result<QString> first = await(a);
    const Result<QString> second = await(b);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second.value(), first.value());
    QCOMPARE(credentials->writes, 1);
    QCOMPARE(credentials->entries.value(webhookSecretKey(QStringLiteral("smsgate"))).apiKey, first.value());
}

void TestWebhookSecrets::rotationReplacesSavesAndApplies()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    fixture.setStartApi(true);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    QVERIFY(!fixture.engine().apiAddress().isEmpty());

    // No secret yet: the API cannot verify and refuses (503). Showing it makes one and
    // hands it to the running server, no restart needed.
    QCOMPARE(postSmsGatePing(fixture, "anything"), 503);
    const Result<QString> old = await(fixture.facade().webhookSecret(QStringLiteral("smsgate")));
    QVERIFY(old.ok());
    QCOMPARE(postSmsGatePing(fixture, old->toUtf8()), 200);

    const Result<QString> rotated = await(fixture.facade().rotateWebhookSecret(QStringLiteral("smsgate")));
    QVERIFY2(rotated.ok(), qPrintable(rotated.errorString()));
    QVERIFY(rotated.value() != old.value());
    QCOMPARE(rotated->size(), 43);
    // Saved: the store holds it and a new read returns it.
    QCOMPARE(credentials->entries.value(webhookSecretKey(QStringLiteral("smsgate"))).apiKey, rotated.value());
    QCOMPARE(await(fixture.facade().webhookSecret(QStringLiteral("smsgate"))).value(), rotated.value());
    // Applied: the old secret is refused at once, the new one accepted.
    QCOMPARE(postSmsGatePing(fixture, old->toUtf8()), 401);
    QCOMPARE(postSmsGatePing(fixture, rotated->toUtf8()), 200);
}

void TestWebhookSecrets::unwritableStoreWritesNothing()
{
    auto credentials = std::make_shared<MemoryCredentialStore>(false);
    UiEngineFixture fixture(credentials);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));

    const Result<QString> shown = await(fixture.facade().webhookSecret(QStringLiteral("smsgate")));
    QVERIFY(!shown.ok());
    QCOMPARE(shown.code(), ErrorCode::Unavailable);
    QVERIFY2(shown.errorString().contains(credentials->unavailableReason()), qPrintable(shown.errorString()));
    const Result<QString> rotated = await(fixture.facade().rotateWebhookSecret(QStringLiteral("smsgate")));
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.code(), ErrorCode::Unavailable);
    QVERIFY(rotated.errorString().contains(credentials->unavailableReason()));
    QVERIFY(!fixture.facade().webhookRotationBlockedReason(QStringLiteral("smsgate")).isEmpty());
    QVERIFY(credentials->entries.isEmpty());
    QCOMPARE(credentials->refusedWrites, 0); // it did not even try

    // A secret that can be read (a headless credentials file) is shown, and stays as it is.
    credentials->entries.insert(webhookSecretKey(QStringLiteral("smsgate")),
                                Credentials { {}, {}, QStringLiteral("from-the-file") });
    QCOMPARE(await(fixture.facade().webhookSecret(QStringLiteral("smsgate"))).value(),
             QStringLiteral("from-the-file"));
    QVERIFY(!await(fixture.facade().rotateWebhookSecret(QStringLiteral("smsgate"))).ok());
    QCOMPARE(credentials->entries.value(webhookSecretKey(QStringLiteral("smsgate"))).apiKey,
             QStringLiteral("from-the-file"));

    // Nor in the settings file, in plain text.
    QFile settings(fixture.dataDir() + QStringLiteral("/settings.ini"));
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("webhook"));
}

void TestWebhookSecrets::unknownAdapterIsInvalid()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    for (const QString &adapter : { QStringLiteral("nope"), QStringLiteral("smsgate-cloud"), QString() }) {
        QCOMPARE(await(fixture.facade().webhookSecret(adapter)).code(), ErrorCode::Invalid);
        QCOMPARE(await(fixture.facade().rotateWebhookSecret(adapter)).code(), ErrorCode::Invalid);
    }
    QVERIFY(credentials->entries.isEmpty());
}

void TestWebhookSecrets::deviceAdapterMapsToWebhook()
{
    QCOMPARE(EngineFacade::webhookAdapters(),
             QStringList({ QStringLiteral("smsgate"), QStringLiteral("mysmsgate") }));
    QCOMPARE(EngineFacade::webhookAdapterFor(QStringLiteral("smsgate")), QStringLiteral("smsgate"));
    QCOMPARE(EngineFacade::webhookAdapterFor(QStringLiteral("smsgate-cloud")), QStringLiteral("smsgate"));
    QCOMPARE(EngineFacade::webhookAdapterFor(QStringLiteral("mysmsgate")), QStringLiteral("mysmsgate"));
    QCOMPARE(EngineFacade::webhookAdapterFor(QStringLiteral("other")), QString());
    QVERIFY(generateWebhookSecret() != generateWebhookSecret());
}

void TestWebhookSecrets::demoSecretShownNotRotated()
{
    auto credentials = std::make_shared<MemoryCredentialStore>();
    UiEngineFixture fixture(credentials);
    fixture.setStartApi(true);
    fixture.setDemo(true);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    const QByteArray demoSecret = fixture.engine().demoWebhookSecret();
    QVERIFY(!demoSecret.isEmpty());

    // What the demo phones sign with is what the user sees, and it works.
    const Result<QString> shown = await(fixture.facade().webhookSecret(QStringLiteral("smsgate")));
    QVERIFY(shown.ok());
    QCOMPARE(shown->toUtf8(), demoSecret);
    QCOMPARE(postSmsGatePing(fixture, demoSecret), 200);

    const Result<QString> rotated = await(fixture.facade().rotateWebhookSecret(QStringLiteral("smsgate")));
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.code(), ErrorCode::Conflict);
    QVERIFY(rotated.errorString().contains(QStringLiteral("demo")));
    QCOMPARE(fixture.facade().webhookRotationBlockedReason(QStringLiteral("smsgate")), rotated.errorString());
    QCOMPARE(postSmsGatePing(fixture, demoSecret), 200); // the demo phones still get through
    QVERIFY(!credentials->entries.contains(webhookSecretKey(QStringLiteral("smsgate"))));
    // The MySMSGate secret is a real one, even in demo mode.
    QVERIFY(fixture.facade().webhookRotationBlockedReason(QStringLiteral("mysmsgate")).isEmpty());
}

void TestWebhookSecrets::facadeGoneWhileSecretPending()
{
    // The window closes while the keychain is still busy: whoever waits on the facade is
    // answered while the facade (their continuations' context) still exists, and the late
    // keychain answer goes nowhere. (This file is built with Q_ASSERT on, so Qt 6.4's
    // Q_ASSERT(context) on a dead context would abort here.)
    auto credentials = std::make_shared<MemoryCredentialStore>();
    credentials->answerDelayMs = 50;
    UiEngineFixture fixture(credentials);
    QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
    auto facade = std::make_unique<EngineFacade>(fixture.engine());
    QList<Result<QString>> answers;
    for (int i = 0; i < 2; ++i) { // one running, one waiting behind it
        facade->webhookSecret(QStringLiteral("smsgate"))
            .then(facade.get(), [&answers](const Result<QString> &answer) { answers.append(answer); });
    }
    facade.reset();
    QCOMPARE(answers.size(), 1); // the running one is told; the waiting one is cancelled
    QCOMPARE(answers.first().code(), ErrorCode::Unavailable);
    QTest::qWait(200); // the keychain answers after all
    QCOMPARE(answers.size(), 1);
    // The engine still works with a new facade.
    EngineFacade again(fixture.engine());
    QVERIFY(await(again.webhookSecret(QStringLiteral("smsgate"))).ok());
}

QTEST_GUILESS_MAIN(TestWebhookSecrets)
#include "tst_webhooksecrets.moc"
