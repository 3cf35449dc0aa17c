// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiethours.h"

#include "phonenumbers.h"

#include <QDateTime>

namespace smsdesk {

QString QuietDecision::reason(QuietBasis basis, const QByteArray &zone)
{
    const QString z = QString::fromLatin1(zone);
    switch (basis) {
    case QuietBasis::Recipient:
        break;
    case QuietBasis::BusinessSeveralZones:
        return QStringLiteral("quiet hours (business time, %1: the number's country spans several time zones)").arg(z);
    case QuietBasis::BusinessUnknownZone:
        return QStringLiteral("quiet hours (business time, %1: the number is in no known time zone)").arg(z);
    }
    return QStringLiteral("quiet hours (recipient time, %1)").arg(z);
}

QString QuietDecision::untilText(qint64 untilMs, const QByteArray &zone)
{
    const QTimeZone tz(zone);
    return QDateTime::fromMSecsSinceEpoch(untilMs, tz.isValid() ? tz : QTimeZone::utc()).toString(Qt::ISODate);
}

QuietHours::QuietHours(QTimeZone businessZone, QuietHoursSettings settings)
    : m_businessZone(businessZone.isValid() ? std::move(businessZone) : QTimeZone::utc())
    , m_settings(settings)
{
}

QTimeZone QuietHours::zoneFor(const QString &e164, qint64 nowMs, QuietBasis *basis) const
{
    const QString region = PhoneNumbers::regionOf(e164);
    auto it = m_zonesByRegion.constFind(region);
    if (it == m_zonesByRegion.constEnd()) {
        QList<QTimeZone> zones;
        if (!region.isEmpty()) {
            for (const QByteArray &id : PhoneNumbers::timeZonesOf(e164)) {
                QTimeZone zone(id);
                if (zone.isValid())
                    zones.append(zone);
            }
        }
        it = m_zonesByRegion.insert(region, zones);
    }
    const QList<QTimeZone> &zones = it.value();
    if (zones.isEmpty()) {
        *basis = QuietBasis::BusinessUnknownZone;
        return m_businessZone;
    }
    // Zones of one country that keep the same time now (Europe/Berlin, Europe/Busingen)
    // are one clock; otherwise nobody can tell which the recipient lives in.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    const int offset = zones.constFirst().offsetFromUtc(now);
    for (const QTimeZone &zone : zones) {
        if (zone.offsetFromUtc(now) != offset) {
            *basis = QuietBasis::BusinessSeveralZones;
            return m_businessZone;
        }
    }
    *basis = QuietBasis::Recipient;
    return zones.constFirst();
}

QuietDecision QuietHours::decide(const QString &e164, qint64 nowMs, qint64 writtenAtMs,
                                 const std::function<qint64(qint64)> &customerWroteAtMs) const
{
    QuietDecision d;
    if (!m_settings.enabled || !m_settings.problem().isEmpty())
        return d;
    QuietBasis basis = QuietBasis::Recipient;
    const QTimeZone zone = zoneFor(e164, nowMs, &basis);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int from = m_settings.fromMinute;
    const int to = m_settings.toMinute;
    const bool crossesMidnight = from > to;
    const bool inside = crossesMidnight ? (minute >= from || minute < to) : (minute >= from && minute < to);
    if (!inside)
        return d;
    if (m_settings.exemptReplyMinutes > 0 && customerWroteAtMs) {
        const qint64 written = writtenAtMs > 0 ? writtenAtMs : nowMs;
        const qint64 wrote = customerWroteAtMs(written);
        if (wrote > 0 && written - wrote <= qint64(m_settings.exemptReplyMinutes) * 60'000)
            return d; // a reply to what the customer just wrote
    }
    // The window opens at `to` today when that is still ahead, else tomorrow, as a wall-clock
    // time in the zone: on a DST change day the wait is the real one (an hour less or more).
    QDate day = local.date();
    if (minute >= to)
        day = day.addDays(1);
    const QTime toTime(to / 60, to % 60);
    QDateTime opens(day, toTime, zone);
    if (!opens.isValid() || opens.time() != toTime) {
        // `to` falls in the hour the clocks skip: the window opens when they jump past it.
        const QTimeZone::OffsetData jump = zone.nextTransition(local);
        if (jump.atUtc.isValid())
            opens = jump.atUtc.toTimeZone(zone);
    }
    if (!opens.isValid() || opens.toMSecsSinceEpoch() <= nowMs) // defensive: never hold for nothing
        opens = local.addSecs(60);
    d.hold = true;
    d.untilMs = opens.toMSecsSinceEpoch();
    d.zone = zone.id();
    d.basis = basis;
    return d;
}

} // namespace smsdesk
