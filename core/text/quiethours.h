// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiethourssettings.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace smsdesk {

// Whose clock a quiet-hours decision read. Stored with a held message (messages.quiet_basis).
enum class QuietBasis {
    Recipient = 0, // the number's own zone
    BusinessSeveralZones = 1, // the number's country spans zones that disagree now (US, RU...)
    BusinessUnknownZone = 2, // the number maps to no known zone
};

struct QuietDecision
{
    bool hold = false; // false: send now
    qint64 untilMs = 0; // when hold: the moment the window opens
    QByteArray zone; // the zone the window was read in ("Europe/Berlin")
    QuietBasis basis = QuietBasis::Recipient;

    // "quiet hours (recipient time, Europe/Berlin)": the API's held_reason and the event.
    static QString reason(QuietBasis basis, const QByteArray &zone);
    // "2026-12-05T08:00:00+01:00": the opening in the zone it was read in.
    static QString untilText(qint64 untilMs, const QByteArray &zone);
};

// The quiet-hours policy (issue 15, point 2): given a number, the time, and when the
// customer last wrote, "send now" or "held until T, in zone Z". Read in the recipient's
// local time (the zone from the number's region, PhoneNumbers::timeZonesOf); where that
// region spans zones that disagree at that moment, or none is known, in the business's
// own zone, and the decision says which. Asked by the dispatcher for every claimed
// message that is not urgent (while enabled), and by the API for its 202 answer.
// Not thread-safe (a cache of zones per region): one per thread that asks.
class QuietHours final
{
public:
    explicit QuietHours(QTimeZone businessZone, QuietHoursSettings settings = {});

    void setSettings(const QuietHoursSettings &settings) { m_settings = settings; }
    const QuietHoursSettings &settings() const { return m_settings; }
    // The one check on the hot path while quiet hours are off.
    bool active() const { return m_settings.enabled; }

    // `writtenAtMs`: when the reply was written (the message's creation). `customerWroteAtMs`
    // is asked only when the answer depends on it (inside the window, an exemption set):
    // the time of the customer's last message at or before the given time, 0 = none.
    QuietDecision decide(const QString &e164, qint64 nowMs, qint64 writtenAtMs = 0,
                         const std::function<qint64(qint64)> &customerWroteAtMs = {}) const;

    // The zone a number's time is read in at `nowMs`, and why (used by decide()).
    QTimeZone zoneFor(const QString &e164, qint64 nowMs, QuietBasis *basis) const;

private:
    QTimeZone m_businessZone;
    QuietHoursSettings m_settings;
    mutable QHash<QString, QList<QTimeZone>> m_zonesByRegion; // availableTimeZoneIds is slow
};

} // namespace smsdesk
