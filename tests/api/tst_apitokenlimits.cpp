// SPDX-License-Identifier: GPL-3.0-or-later
// The request limit per API token (issue 15, point 5), over real HTTP on 127.0.0.1 with a
// real store: a token's own limit, the default for the others, "unlimited", a change while
// the server runs (told at once, or read within the token cache's second), bad limits
// refused, and a database from before migration 12. Time is the harness's ManualClock.
#include "apiharness.h"
#include "securitygate.h"
#include "storereader.h"
#include "testsupport.h"

#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kStats = QStringLiteral("/api/v1/stats");

TokenLimit limitOf(double rate, int burst)
{
    return TokenLimit::of(rate, burst).value();
}

// How many of `count` immediate requests with `token` were answered 200; the first answer
// that was not is kept in `refused`.
int served(ApiHarness &api, const QByteArray &token, int count, ApiResult *refused = nullptr)
{
    int ok = 0;
    for (int i = 0; i < count; ++i) {
        const ApiResult r = api.call("GET", kStats, {}, { { "Authorization", "Bearer " + token } }, false);
        if (r.status == 200) {
            ++ok;
        } else if (refused && refused->status == 0) {
            *refused = r;
        }
    }
    return ok;
}

qint64 addToken(ApiHarness &api, const QByteArray &token, std::optional<TokenLimit> limit)
{
    const Result<ApiToken> added = await(api.store->addToken(QString::fromLatin1(token), SecurityGate::hashToken(token), limit));
    return added ? added->id : 0;
}

std::optional<TokenLimit> storedLimit(ApiHarness &api, qint64 tokenId)
{
    StoreReader reader(api.store->config());
    if (!reader.open())
        return TokenLimit::none(); // unexpected either way: fails the comparison
    for (const ApiToken &t : reader.tokens().value())
        if (t.id == tokenId)
            return t.limit;
    return TokenLimit::none();
}

} // namespace

class TestApiTokenLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTokensOwnLimitCapsItAloneWithRetryAfter()
    {
        ApiHarness api;
        QVERIFY(api.start());
        const QByteArray small = "small-token-0123456789";
        QVERIFY(addToken(api, small, limitOf(5, 5)) > 0);
        ApiResult refused;
        QCOMPARE(served(api, small, 6, &refused), 5);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("retry-after"), QByteArray("1"));
        QCOMPARE(refused.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://smsdesk.invalid/problems/rate-limited"));
        QVERIFY2(refused.json.value(QLatin1String("detail")).toString().contains(QStringLiteral("5 requests per second")),
                 refused.body.constData());
        // The harness's token has the default (500/s, bursts of 1,000): untouched.
        QCOMPARE(served(api, api.token, 30), 30);
        // A second later the small token may send again (5 more at 5/s).
        api.clock.advanceMs(1'000);
        QCOMPARE(served(api, small, 6), 5);
    }

    void aHigherOwnLimitIsNotCappedAtTheDefault()
    {
        ApiHarness api;
        QVERIFY(api.start([](ApiServer::Options &o) { o.tokenLimit = limitOf(3, 3); }));
        const QByteArray big = "big-token-0123456789";
        const QByteArray free = "free-token-0123456789";
        QVERIFY(addToken(api, big, limitOf(1000, 40)) > 0);
        QVERIFY(addToken(api, free, TokenLimit::none()) > 0);
        QCOMPARE(served(api, api.token, 10), 3); // the default
        QCOMPARE(served(api, big, 40), 40);
        QCOMPARE(served(api, big, 1), 0); // its own burst, not more
        QCOMPARE(served(api, free, 60), 60); // unlimited, as the user chose
    }

    void aChangedLimitAppliesWhileRunning()
    {
        ApiHarness api;
        QVERIFY(api.start());
        const QByteArray token = "changing-token-0123456789";
        const qint64 id = addToken(api, token, limitOf(5, 5));
        QVERIFY(id > 0);
        QCOMPARE(served(api, token, 8), 5);
        // Changed on this desk (Settings): the engine tells the server; the next request has it.
        QVERIFY(await(api.store->setTokenLimit(id, limitOf(100, 20))).ok());
        api.server->tokensChanged();
        QCOMPARE(served(api, token, 25), 20);
        // Changed elsewhere (`smsdesk token limit`, another desk): read within the cache's second.
        QVERIFY(await(api.store->setTokenLimit(id, limitOf(2, 2))).ok());
        api.clock.advanceMs(1'000);
        QCOMPARE(served(api, token, 5), 2);
        // Back to the default, and the default changed while running (Settings → API server).
        QVERIFY(await(api.store->setTokenLimit(id, std::nullopt)).ok());
        api.server->tokensChanged();
        api.server->setDefaultTokenLimit(limitOf(4, 4));
        QCOMPARE(served(api, token, 6), 4);
        QCOMPARE(served(api, api.token, 6), 4); // every token on the default
        api.server->setDefaultTokenLimit(limitOf(500, 1000));
        QCOMPARE(served(api, api.token, 30), 30);
    }

    void badLimitsAreRefusedAndChangeNothing()
    {
        ApiHarness api;
        QVERIFY(api.start());
        const QByteArray token = "kept-token-0123456789";
        const qint64 id = addToken(api, token, limitOf(7, 9));
        QVERIFY(id > 0);
        for (const auto &[rate, burst] : QList<QPair<double, int>> { { 0, 5 }, { -1, 5 }, { 5, 0 }, { 5, -3 },
                                                                     { qInf(), 5 }, { 2e6, 5 }, { 5, 2'000'000 } }) {
            TokenLimit bad;
            bad.ratePerSecond = rate;
            bad.burst = burst;
            const Status refused = await(api.store->setTokenLimit(id, bad));
            QCOMPARE(refused.code(), ErrorCode::Invalid);
            QVERIFY(!await(api.store->addToken(QStringLiteral("bad"), QByteArray("bad-hash-") + QByteArray::number(burst), bad)));
        }
        QCOMPARE(storedLimit(api, id), std::optional<TokenLimit>(limitOf(7, 9)));
        QCOMPARE(await(api.store->setTokenLimit(id + 100, limitOf(1, 1))).code(), ErrorCode::NotFound);
        QVERIFY(await(api.store->revokeToken(id)).ok());
        QCOMPARE(await(api.store->setTokenLimit(id, limitOf(1, 1))).code(), ErrorCode::NotFound);
        // Text as the command line and the settings file give it.
        QVERIFY(!TokenLimit::parse(QStringLiteral("abc"), QStringLiteral("5")));
        QVERIFY(!TokenLimit::parse(QStringLiteral("5"), QStringLiteral("2.5")));
        QVERIFY(!TokenLimit::parse(QStringLiteral("nan"), QStringLiteral("5")));
        QCOMPARE(TokenLimit::parse(QStringLiteral("0.5"), QStringLiteral("3")).value(), limitOf(0.5, 3));
    }

    void aDatabaseFromBeforeMigration12KeepsItsTokensOnTheDefault()
    {
        TestDatabase database;
        qint64 id = 0;
        {
            QueueStore store(SystemClock::instance(), QueueStore::Options { database.config(), RetryPolicy() });
            QVERIFY(store.open().ok());
            const Result<ApiToken> added = await(store.addToken(QStringLiteral("old"), QByteArray("old-hash")));
            QVERIFY(added);
            id = added->id;
        }
        // Back to schema 11: the runner applies what is above the highest version recorded, so
        // 13 (PostgreSQL's accent-blind search) is undone too, its indexes as 11 made them, and
        // 14 (the intake's raw entries), and 15 (outbound webhooks).
        QStringList undo { QStringLiteral("DROP TABLE intake_rejects"), QStringLiteral("DROP TABLE webhook_endpoints"),
                           QStringLiteral("DROP TABLE webhook_deliveries"), QStringLiteral("DROP TABLE webhook_attempts"),
                           QStringLiteral("ALTER TABLE api_tokens DROP COLUMN rate_per_second"),
                           QStringLiteral("ALTER TABLE api_tokens DROP COLUMN rate_burst"),
                           QStringLiteral("ALTER TABLE api_tokens DROP COLUMN rate_unlimited"),
                           QStringLiteral("DELETE FROM schema_migrations WHERE version >= 12") };
        if (TestDatabase::isPostgres())
            undo << QStringLiteral("DROP INDEX messages_search") << QStringLiteral("DROP INDEX inbound_search")
                 << QStringLiteral("DROP TEXT SEARCH CONFIGURATION smsdesk_search")
                 << QStringLiteral("CREATE INDEX messages_search ON messages USING GIN (to_tsvector('simple', body))")
                 << QStringLiteral("CREATE INDEX inbound_search ON inbound USING GIN (to_tsvector('simple', body))");
        QVERIFY(database.rawExec(undo));
        QueueStore store(SystemClock::instance(), QueueStore::Options { database.config(), RetryPolicy() });
        QVERIFY(store.open().ok()); // migration 12
        StoreReader reader(database.config());
        QVERIFY(reader.open().ok());
        const QList<ApiToken> tokens = reader.tokens().value();
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().id, id);
        QCOMPARE(tokens.first().name, QStringLiteral("old"));
        QVERIFY(!tokens.first().limit.has_value());
        QCOMPARE(reader.tokenByHash(QByteArray("old-hash")).value().id, id);
        QVERIFY(await(store.setTokenLimit(id, TokenLimit::none())).ok());
        QVERIFY(reader.tokens().value().first().limit->unlimited);
    }
};

QTEST_GUILESS_MAIN(TestApiTokenLimits)
#include "tst_apitokenlimits.moc"
