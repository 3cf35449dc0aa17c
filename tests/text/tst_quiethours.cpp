// SPDX-License-Identifier: GPL-3.0-or-later
// The quiet-hours policy (issue 15, point 2): the window in the recipient's time, across
// midnight and DST changes, the business's zone where the number does not tell, the
// exemption of a quick reply, and the settings as stored.
#include "businesssettings.h"
#include "quiethours.h"

#include <QDateTime>
#include <QTest>

using namespace smsdesk;

namespace {

const QString kBerlin = QStringLiteral("+4930123456"); // DE: Europe/Berlin (and Busingen, same clock)
const QString kNewYork = QStringLiteral("+12125550123"); // US: many zones
const QString kUnknown = QStringLiteral("+80012345678"); // +800: international freephone, no region

qint64 at(const char *iso) // an instant, written with its offset
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

QuietHoursSettings nightly(int exempt = 0)
{
    QuietHoursSettings s;
    s.enabled = true;
    s.fromMinute = 21 * 60;
    s.toMinute = 8 * 60;
    s.exemptReplyMinutes = exempt;
    return s;
}

} // namespace

class TestQuietHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offSendsAtOnce()
    {
        QuietHoursSettings off = nightly();
        off.enabled = false;
        const QuietHours q(QTimeZone("Asia/Tokyo"), off);
        QVERIFY(!q.active());
        QVERIFY(!q.decide(kBerlin, at("2026-12-04T23:00:00+01:00")).hold);
    }

    void aWindowAcrossMidnight()
    {
        const QuietHours q(QTimeZone("Asia/Tokyo"), nightly());
        // Before the window, at its start, after midnight, at its end.
        QVERIFY(!q.decide(kBerlin, at("2026-12-04T20:59:00+01:00")).hold);
        const QuietDecision evening = q.decide(kBerlin, at("2026-12-04T21:00:00+01:00"));
        QVERIFY(evening.hold);
        QCOMPARE(evening.untilMs, at("2026-12-05T08:00:00+01:00"));
        QCOMPARE(evening.zone, QByteArray("Europe/Berlin"));
        QCOMPARE(evening.basis, QuietBasis::Recipient);
        QCOMPARE(QuietDecision::untilText(evening.untilMs, evening.zone), QStringLiteral("2026-12-05T08:00:00+01:00"));
        QCOMPARE(QuietDecision::reason(evening.basis, evening.zone),
                 QStringLiteral("quiet hours (recipient time, Europe/Berlin)"));
        const QuietDecision night = q.decide(kBerlin, at("2026-12-05T03:30:00+01:00"));
        QVERIFY(night.hold);
        QCOMPARE(night.untilMs, at("2026-12-05T08:00:00+01:00"));
        QVERIFY(!q.decide(kBerlin, at("2026-12-05T08:00:00+01:00")).hold);
        // In the recipient's time, not the business's: 23:00 in Tokyo is 15:00 in Berlin.
        QVERIFY(!q.decide(kBerlin, at("2026-12-04T23:00:00+09:00")).hold);
    }

    void aWindowWithinOneDay()
    {
        QuietHoursSettings lunch = nightly();
        lunch.fromMinute = 12 * 60;
        lunch.toMinute = 14 * 60;
        const QuietHours q(QTimeZone("Europe/Berlin"), lunch);
        QVERIFY(!q.decide(kBerlin, at("2026-12-04T11:59:00+01:00")).hold);
        QCOMPARE(q.decide(kBerlin, at("2026-12-04T13:00:00+01:00")).untilMs, at("2026-12-04T14:00:00+01:00"));
        QVERIFY(!q.decide(kBerlin, at("2026-12-04T14:00:00+01:00")).hold);
    }

    void aDstChangeDay()
    {
        const QuietHours q(QTimeZone("UTC"), nightly());
        // Berlin springs forward on 29 March 2026 (02:00 → 03:00): the night is an hour
        // shorter, and the message waits until 08:00 summer time.
        const QuietDecision spring = q.decide(kBerlin, at("2026-03-28T23:00:00+01:00"));
        QVERIFY(spring.hold);
        QCOMPARE(spring.untilMs, at("2026-03-29T08:00:00+02:00"));
        QCOMPARE(spring.untilMs - at("2026-03-28T23:00:00+01:00"), qint64(8) * 3600'000);
        QCOMPARE(QuietDecision::untilText(spring.untilMs, spring.zone), QStringLiteral("2026-03-29T08:00:00+02:00"));
        // ... and falls back on 25 October 2026: an hour longer.
        const QuietDecision autumn = q.decide(kBerlin, at("2026-10-24T23:00:00+02:00"));
        QCOMPARE(autumn.untilMs, at("2026-10-25T08:00:00+01:00"));
        QCOMPARE(autumn.untilMs - at("2026-10-24T23:00:00+02:00"), qint64(10) * 3600'000);

        // A window that ends inside the skipped hour opens when the clock jumps past it.
        QuietHoursSettings gap = nightly();
        gap.toMinute = 2 * 60 + 30;
        const QuietHours g(QTimeZone("UTC"), gap);
        const QuietDecision jumped = g.decide(kBerlin, at("2026-03-28T23:00:00+01:00"));
        QVERIFY(jumped.hold);
        QVERIFY(jumped.untilMs > at("2026-03-28T23:00:00+01:00"));
        QVERIFY(jumped.untilMs <= at("2026-03-29T03:30:00+02:00"));
        QVERIFY(!g.decide(kBerlin, jumped.untilMs).hold);
    }

    void aNumberWithSeveralZonesUsesTheBusinessZone()
    {
        const QuietHours q(QTimeZone("Europe/Berlin"), nightly());
        // 22:30 in Berlin is 16:30 in New York, but a US number alone does not say where.
        const QuietDecision d = q.decide(kNewYork, at("2026-12-04T22:30:00+01:00"));
        QVERIFY(d.hold);
        QCOMPARE(d.zone, QByteArray("Europe/Berlin"));
        QCOMPARE(d.basis, QuietBasis::BusinessSeveralZones);
        QCOMPARE(d.untilMs, at("2026-12-05T08:00:00+01:00"));
        QVERIFY(QuietDecision::reason(d.basis, d.zone).contains(QLatin1String("business time, Europe/Berlin")));
        QVERIFY(!q.decide(kNewYork, at("2026-12-04T12:00:00+01:00")).hold);
    }

    void anUnknownZoneUsesTheBusinessZone()
    {
        const QuietHours q(QTimeZone("America/Chicago"), nightly());
        QuietBasis basis = QuietBasis::Recipient;
        QCOMPARE(q.zoneFor(kUnknown, at("2026-12-04T12:00:00Z"), &basis), QTimeZone("America/Chicago"));
        QCOMPARE(basis, QuietBasis::BusinessUnknownZone);
        const QuietDecision d = q.decide(kUnknown, at("2026-12-04T22:00:00-06:00"));
        QVERIFY(d.hold);
        QCOMPARE(d.basis, QuietBasis::BusinessUnknownZone);
        QCOMPARE(d.untilMs, at("2026-12-05T08:00:00-06:00"));
        QVERIFY(QuietDecision::reason(d.basis, d.zone).contains(QLatin1String("no known time zone")));
        // Not a number at all: the same.
        QCOMPARE(q.decide(QStringLiteral("garbage"), at("2026-12-04T22:00:00-06:00")).basis,
                 QuietBasis::BusinessUnknownZone);
    }

    void aQuickReplyIsExempt()
    {
        const QuietHours q(QTimeZone("UTC"), nightly(15));
        const qint64 now = at("2026-12-04T23:00:00+01:00");
        qint64 asked = -1;
        const auto wrote = [&asked](qint64 customerAt) {
            return [&asked, customerAt](qint64 before) {
                asked = before;
                return customerAt;
            };
        };
        // Written 10 minutes after the customer's message: sent now.
        QVERIFY(!q.decide(kBerlin, now, now, wrote(now - 10 * 60'000)).hold);
        QCOMPARE(asked, now);
        // 20 minutes after: held. Never wrote: held.
        QVERIFY(q.decide(kBerlin, now, now, wrote(now - 20 * 60'000)).hold);
        QVERIFY(q.decide(kBerlin, now, now, wrote(0)).hold);
        // Written in time but dispatched later (a retry): still the reply it was.
        QVERIFY(!q.decide(kBerlin, now + 3600'000, now, wrote(now - 5 * 60'000)).hold);
        // Outside the window nobody asks.
        asked = -1;
        QVERIFY(!q.decide(kBerlin, at("2026-12-04T12:00:00+01:00"), 0, wrote(0)).hold);
        QCOMPARE(asked, qint64(-1));
        // No exemption set: not asked either.
        const QuietHours strict(QTimeZone("UTC"), nightly(0));
        QVERIFY(strict.decide(kBerlin, now, now, wrote(now - 60'000)).hold);
        QCOMPARE(asked, qint64(-1));
    }

    void settingsAsStored()
    {
        BusinessSettings s;
        s.quietHours = nightly(30);
        s.quietHours.fromMinute = 22 * 60 + 15;
        const BusinessSettings back = BusinessSettings::fromValues(s.values());
        QCOMPARE(back.quietHours, s.quietHours);
        QCOMPARE(s.values().value(QStringLiteral("quiet_hours/from")), QStringLiteral("22:15"));
        QVERIFY(BusinessSettings::keys().contains(QStringLiteral("quiet_hours/exempt_reply_minutes")));
        // Off and 21:00–08:00 when nothing is stored.
        QCOMPARE(BusinessSettings::fromValues({}).quietHours, QuietHoursSettings {});
    }

    void badRowsFallBackTogether_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("from not a time") << "quiet_hours/from" << "9pm";
        QTest::newRow("to out of range") << "quiet_hours/to" << "24:00";
        QTest::newRow("from equals to") << "quiet_hours/from" << "08:00";
        QTest::newRow("exemption not a number") << "quiet_hours/exempt_reply_minutes" << "ten";
        QTest::newRow("exemption negative") << "quiet_hours/exempt_reply_minutes" << "-5";
        QTest::newRow("enabled not a flag") << "quiet_hours/enabled" << "yes";
    }

    void badRowsFallBackTogether()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        BusinessSettings s;
        s.quietHours = nightly(30);
        QHash<QString, QString> values = s.values();
        values.insert(key, value);
        // The defaults (off), all four together, and the rest of the settings untouched.
        const BusinessSettings read = BusinessSettings::fromValues(values);
        QCOMPARE(read.quietHours, QuietHoursSettings {});
        QCOMPARE(read.retry.maxAttempts, s.retry.maxAttempts);
    }

    void timesReadAsHoursAndMinutes()
    {
        QCOMPARE(QuietHoursSettings::minuteOfDay(QStringLiteral("21:00")), 21 * 60);
        QCOMPARE(QuietHoursSettings::minuteOfDay(QStringLiteral(" 8:05 ")), 8 * 60 + 5);
        QCOMPARE(QuietHoursSettings::minuteOfDay(QStringLiteral("00:00")), 0);
        QCOMPARE(QuietHoursSettings::minuteOfDay(QStringLiteral("23:59")), 23 * 60 + 59);
        QCOMPARE(QuietHoursSettings::minuteOfDay(QStringLiteral("24:00")), -1);
        QCOMPARE(QuietHoursSettings::minuteOfDay(QStringLiteral("12:60")), -1);
        QCOMPARE(QuietHoursSettings::minuteOfDay(QStringLiteral("noon")), -1);
        QCOMPARE(QuietHoursSettings::minuteOfDay(QString()), -1);
        QCOMPARE(QuietHoursSettings::timeText(8 * 60 + 5), QStringLiteral("08:05"));
    }
};

QTEST_GUILESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
