// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagwindow.h"

#include <algorithm>
#include <vector>

namespace smsdesk {

namespace {
constexpr qint64 kWindowMs = 60'000;
constexpr size_t kMaxSamples = 200'000; // the newest, within the minute
} // namespace

void LagWindow::add(qint64 nowMs, qint64 producedAtMs)
{
    if (producedAtMs <= 0)
        return;
    m_samples.emplace_back(nowMs, std::max<qint64>(0, nowMs - producedAtMs));
    if (m_samples.size() > kMaxSamples)
        m_samples.pop_front();
}

qint64 LagWindow::p99(qint64 nowMs) const
{
    const qint64 since = nowMs - kWindowMs;
    std::vector<qint64> lags;
    lags.reserve(m_samples.size());
    for (const auto &[when, lag] : m_samples)
        if (when >= since)
            lags.push_back(lag);
    if (lags.empty())
        return -1;
    const size_t k = std::min(lags.size() - 1, size_t(double(lags.size()) * 0.99));
    std::nth_element(lags.begin(), lags.begin() + qsizetype(k), lags.end());
    return lags[k];
}

} // namespace smsdesk
