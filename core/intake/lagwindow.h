// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>
#include <utility>

namespace smsdesk {

// An intake's lag (written by the producer → on disk and acknowledged) over the last minute,
// for IntakeState::lagMs: every transport adds one sample per acknowledged entry whose
// producer time it knows, and reports the 99th percentile. Keeps at most the newest 200,000.
class LagWindow final
{
public:
    void add(qint64 nowMs, qint64 producedAtMs); // ignored when producedAtMs is 0 (unknown)
    qint64 p99(qint64 nowMs) const; // -1 when no sample is in the window

private:
    std::deque<std::pair<qint64, qint64>> m_samples; // (when, lag)
};

} // namespace smsdesk
