// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace smsdesk {

// Whether the dispatcher is sending, and if not why, as data: the UI words it in the
// user's language (ui/common/dispatchtext).
struct DispatchStatus
{
    enum class Kind {
        Unknown, // nothing reported yet (the dispatcher reports changes only)
        Sending, // `phones` phones can take messages now
        // Messages go out, but every phone is at its per-minute limit (now or within the last
        // minute): they go at the phones' pace. Reported instead of flipping between Sending
        // and AllAtLimit each time a token refills.
        Throttled,
        Stopped, // the dispatcher is not running
        NoPhones, // no phone is set up
        AllUnavailable, // every phone is disabled or paused
        AllProbing, // every phone is failing; test messages are under way
        AllAtLimit, // every phone used up its budget for over a minute (a daily limit); more at resumeAtMs
        AllFailing, // every phone is failing; next try at resumeAtMs
        NoneNow, // a mix of the two above; next chance at resumeAtMs
    };
    Kind kind = Kind::Unknown;
    int phones = 0; // Sending, Throttled: how many phones are set up
    qint64 resumeAtMs = 0; // AllAtLimit, AllFailing, NoneNow: when sending can resume

    bool dispatching() const { return kind == Kind::Sending || kind == Kind::Throttled; }
    // Known not to be sending (Unknown is neither).
    bool paused() const { return !dispatching() && kind != Kind::Unknown; }
    friend bool operator==(const DispatchStatus &a, const DispatchStatus &b)
    {
        return a.kind == b.kind && a.phones == b.phones && a.resumeAtMs == b.resumeAtMs;
    }
    friend bool operator!=(const DispatchStatus &a, const DispatchStatus &b) { return !(a == b); }
};

} // namespace smsdesk

Q_DECLARE_METATYPE(smsdesk::DispatchStatus)
