// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → API server, request limits (issue 15, point 5): each token's limit shown, set
// and cleared through TokenLimitDialog, the default limit edited with Apply, and the running
// API server (a real engine's, on 127.0.0.1) answering 429 by them at once, no restart.
// Rates of 0.01/s refill one request in 100 s: the bursts decide, not the time a test takes.
#include "settingspage.h"
#include "testsupport.h"
#include "tokenlimitdialog.h"
#include "tokenmodel.h"
#include "tokenssection.h"
#include "uienginefixture.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

struct Answer
{
    int status = 0;
    QByteArray retryAfter;
};

Answer getStats(QNetworkAccessManager &network, const QString &address, const QString &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://%1/api/v1/stats").arg(address)));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15'000))
        reply->abort();
    const Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          reply->rawHeader("Retry-After") };
    reply->deleteLater();
    return answer;
}

int served(QNetworkAccessManager &network, const QString &address, const QString &token, int count)
{
    int ok = 0;
    for (int i = 0; i < count; ++i)
        ok += getStats(network, address, token).status == 200 ? 1 : 0;
    return ok;
}

QString createToken(UiEngineFixture &fixture, const QString &name)
{
    const Result<QString> token = await(fixture.facade().createToken(name));
    return token ? token.value() : QString();
}

// Opens the limit dialog of the token in `row`, lets `choose` set it, and presses Save.
template<typename Choose> bool setLimitThroughDialog(TokensSection &tokens, int row, Choose choose)
{
    tokens.view()->selectRow(row);
    if (!tokens.limitButton()->isEnabled())
        return false;
    QTest::mouseClick(tokens.limitButton(), Qt::LeftButton);
    auto *dialog = tokens.findChild<TokenLimitDialog *>();
    if (!dialog)
        return false;
    choose(*dialog);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return true;
}

QString limitShown(TokensSection &tokens, int row)
{
    return tokens.model()->index(row, TokenModel::LimitColumn).data().toString();
}

} // namespace

class TestTokenLimitSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Q_INIT_RESOURCE(smsdesk);
    }

    void aTokensOwnLimitIsSetAndClearedThroughTheDialog()
    {
        UiEngineFixture fixture;
        fixture.setStartApi(true);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        const QString token = createToken(fixture, QStringLiteral("Booking system"));
        QVERIFY(!token.isEmpty());
        SettingsPage page(fixture.facade(), fixture.facade().readModel());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TokensSection &tokens = *page.tokens();
        tokens.reload();
        QCOMPARE(limitShown(tokens, 0), QStringLiteral("Default (500/s, bursts of 1,000)"));

        QVERIFY(setLimitThroughDialog(tokens, 0, [](TokenLimitDialog &d) {
            QVERIFY(d.defaultChoice()->isChecked());
            QVERIFY(!d.rateBox()->isEnabled());
            d.ownChoice()->setChecked(true);
            QVERIFY(d.rateBox()->isEnabled());
            d.rateBox()->setValue(0.01);
            d.burstBox()->setValue(2);
        }));
        QTRY_COMPARE(limitShown(tokens, 0), QStringLiteral("0.01/s, bursts of 2"));
        QVERIFY(tokens.model()->index(0, 0).data(TokenModel::OwnLimitRole).toBool());
        // The running server has it from the next request.
        QNetworkAccessManager network;
        const QString address = fixture.engine().apiAddress();
        QCOMPARE(served(network, address, token, 2), 2);
        const Answer refused = getStats(network, address, token);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.retryAfter.toInt() >= 1);

        QVERIFY(setLimitThroughDialog(tokens, 0, [](TokenLimitDialog &d) {
            QVERIFY(d.ownChoice()->isChecked());
            QCOMPARE(d.burstBox()->value(), 2);
            d.unlimitedChoice()->setChecked(true);
        }));
        QTRY_COMPARE(limitShown(tokens, 0), QStringLiteral("Unlimited"));
        QCOMPARE(served(network, address, token, 10), 10);

        QVERIFY(setLimitThroughDialog(tokens, 0, [](TokenLimitDialog &d) { d.defaultChoice()->setChecked(true); }));
        QTRY_COMPARE(limitShown(tokens, 0), QStringLiteral("Default (500/s, bursts of 1,000)"));
        QVERIFY(!tokens.model()->index(0, 0).data(TokenModel::OwnLimitRole).toBool());
        QVERIFY(!fixture.facade().readModel().tokens().value().first().limit.has_value());
    }

    void theDefaultLimitIsEditedWithApplyAndAppliesAtOnce()
    {
        UiEngineFixture fixture;
        fixture.setStartApi(true);
        QVERIFY2(fixture.start(), qPrintable(fixture.startError()));
        const QString onDefault = createToken(fixture, QStringLiteral("Shop"));
        const QString ownLimit = createToken(fixture, QStringLiteral("Batch job"));
        QVERIFY(fixture.facade().readModel().open().ok());
        const Result<QList<ApiToken>> created = fixture.facade().readModel().tokens();
        QVERIFY(created && created->size() == 2);
        const qint64 batchId = created->last().id;
        QVERIFY(await(fixture.facade().setTokenLimit(batchId, TokenLimit::none())).ok());
        SettingsPage page(fixture.facade(), fixture.facade().readModel());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.defaultRateBox()->value(), 500.0);
        QCOMPARE(page.defaultBurstBox()->value(), 1000);

        page.defaultRateBox()->setValue(0.01);
        page.defaultBurstBox()->setValue(3);
        QVERIFY(page.applyButton()->isEnabled());
        page.apply();
        QCOMPARE(limitShown(*page.tokens(), 0), QStringLiteral("Default (0.01/s, bursts of 3)"));
        QCOMPARE(limitShown(*page.tokens(), 1), QStringLiteral("Unlimited"));
        QSettings file(QDir(fixture.dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("api/token_rate_per_second")).toString(), QStringLiteral("0.01"));
        QCOMPARE(file.value(QStringLiteral("api/token_burst")).toInt(), 3);

        QNetworkAccessManager network;
        const QString address = fixture.engine().apiAddress();
        // Handed to the engine thread before these requests reach it.
        QCOMPARE(served(network, address, onDefault, 4), 3);
        QCOMPARE(served(network, address, ownLimit, 10), 10); // its own limit is not the default

        // Revert shows what is stored.
        page.defaultBurstBox()->setValue(7);
        page.revert();
        QCOMPARE(page.defaultBurstBox()->value(), 3);
    }
};

QTEST_MAIN(TestTokenLimitSettings)
#include "tst_tokenlimitsettings.moc"
