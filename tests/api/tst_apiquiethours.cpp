// SPDX-License-Identifier: GPL-3.0-or-later
// Quiet hours in the API (issue 15, point 2): "urgent" on POST /api/v1/messages, and
// "held_until"/"held_reason" in the 202 of an enqueue made inside quiet hours and in the
// message's GET once the dispatcher held it.
#include "apiharness.h"
#include "businesssettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {
const QString kBerlin = QStringLiteral("+4930901820");
const QString kNewYork = QStringLiteral("+12125550123");
} // namespace

class TestApiQuietHours final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;

    void writeQuietHours(bool enabled)
    {
        QuietHoursSettings quiet;
        quiet.enabled = enabled;
        quiet.fromMinute = 21 * 60;
        quiet.toMinute = 8 * 60;
        QHash<QString, QString> values; // only these keys: the others stay as stored
        quiet.addValues(values);
        QSignalSpy changed(m_api->store.get(), &QueueStore::settingsChanged);
        QVERIFY(await(m_api->store->writeSettings(values)).ok());
        QTRY_VERIFY(changed.count() >= 1);
    }
    ApiResult send(const QString &to, const QJsonValue &urgent = QJsonValue::Undefined)
    {
        QJsonObject body { { QStringLiteral("to"), to }, { QStringLiteral("text"), QStringLiteral("Sale!") } };
        if (!urgent.isUndefined())
            body.insert(QStringLiteral("urgent"), urgent);
        return m_api->post(QStringLiteral("/api/v1/messages"), body);
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        // 2026-01-01T00:00Z: one in the morning in Berlin, the business's zone here.
        QVERIFY(m_api->start([this](ApiServer::Options &o) {
            o.timeZone = QTimeZone("Europe/Berlin");
            writeQuietHours(true);
        }));
    }
    void cleanup() { m_api.reset(); }

    void anEnqueueInsideQuietHoursSaysUntilWhen()
    {
        const ApiResult held = send(kBerlin);
        QCOMPARE(held.status, 202);
        QCOMPARE(held.json.value(QLatin1String("held_until")).toString(), QStringLiteral("2026-01-01T08:00:00+01:00"));
        QCOMPARE(held.json.value(QLatin1String("held_reason")).toString(),
                 QStringLiteral("quiet hours (recipient time, Europe/Berlin)"));
        QCOMPARE(held.json.value(QLatin1String("urgent")).toBool(), false);

        const ApiResult urgent = send(kBerlin, true);
        QCOMPARE(urgent.status, 202);
        QVERIFY(urgent.json.value(QLatin1String("held_until")).isNull());
        QVERIFY(urgent.json.value(QLatin1String("held_reason")).isNull());
        QCOMPARE(urgent.json.value(QLatin1String("urgent")).toBool(), true);
        const ApiResult got = m_api->get(QStringLiteral("/api/v1/messages/")
                                         + urgent.json.value(QLatin1String("id")).toString());
        QCOMPARE(got.json.value(QLatin1String("urgent")).toBool(), true);

        // A US number does not say which of the country's zones: the business's is used, and said.
        const ApiResult us = send(kNewYork);
        QCOMPARE(us.json.value(QLatin1String("held_until")).toString(), QStringLiteral("2026-01-01T08:00:00+01:00"));
        QVERIFY(us.json.value(QLatin1String("held_reason")).toString().contains(QLatin1String("business time, Europe/Berlin")));
    }

    void theGetSaysSoOnceTheDispatcherHeldIt()
    {
        const ApiResult posted = send(kBerlin);
        const QString id = posted.json.value(QLatin1String("id")).toString();
        // Not held yet: no dispatcher has seen it.
        QVERIFY(m_api->get(QStringLiteral("/api/v1/messages/") + id).json.value(QLatin1String("held_until")).isNull());
        // What the dispatcher does with it (tst_dispatchquiethours runs the real one).
        const Result<QList<Message>> claimed = await(m_api->store->claimDue(QStringLiteral("d"), 10, 60'000));
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 1);
        SendOutcome release;
        release.kind = SendOutcome::Kind::Release;
        release.id = claimed->first().id;
        release.leaseId = claimed->first().leaseId;
        release.retryAtMs = QDateTime::fromString(QStringLiteral("2026-01-01T08:00:00+01:00"), Qt::ISODate).toMSecsSinceEpoch();
        release.error = QStringLiteral("quiet hours (recipient time, Europe/Berlin)");
        release.quietHours = true;
        release.quietZone = QStringLiteral("Europe/Berlin");
        QVERIFY(await(m_api->store->complete({ release })).ok());
        const ApiResult got = m_api->get(QStringLiteral("/api/v1/messages/") + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(got.json.value(QLatin1String("held_until")).toString(), QStringLiteral("2026-01-01T08:00:00+01:00"));
        QCOMPARE(got.json.value(QLatin1String("held_reason")).toString(),
                 QStringLiteral("quiet hours (recipient time, Europe/Berlin)"));
        const QJsonArray events = got.json.value(QLatin1String("events")).toArray();
        QCOMPARE(events.last().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("released"));
    }

    void offOrOutsideTheWindowNothingIsHeld()
    {
        writeQuietHours(false); // the API hears the change
        QVERIFY(send(kBerlin).json.value(QLatin1String("held_until")).isNull());
        writeQuietHours(true);
        m_api->clock.setNowMs(QDateTime::fromString(QStringLiteral("2026-01-01T12:00:00+01:00"), Qt::ISODate)
                                  .toMSecsSinceEpoch());
        QVERIFY(send(kBerlin).json.value(QLatin1String("held_until")).isNull());
    }

    void urgentMustBeTrueOrFalse_data()
    {
        QTest::addColumn<QJsonValue>("urgent");
        QTest::newRow("string") << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("number") << QJsonValue(1);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    }

    void urgentMustBeTrueOrFalse()
    {
        QFETCH(QJsonValue, urgent);
        const ApiResult refused = send(kBerlin, urgent);
        if (urgent.isNull()) { // null is "left out", as for the other optional fields
            QCOMPARE(refused.status, 202);
            return;
        }
        QCOMPARE(refused.status, 422); // a wrong type, as for every other field (docs/api.md, Errors)
        QVERIFY2(refused.body.contains("urgent") && refused.body.contains("true or false"), refused.body.constData());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/stats")).json.value(QLatin1String("queued")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiQuietHours)
#include "tst_apiquiethours.moc"
