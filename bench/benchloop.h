// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace smsdesk::bench {

// Runs the event loop until `done` holds or `timeoutMs` passes. It sleeps between events:
// processEvents(flags, ms) drops WaitForMoreEvents and returns at once when nothing is
// pending ("until there are no more events to process"), so with it this loop spun on a
// whole core, counted in the dispatcher's CPU and taken from its threads (issue 17).
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the wait below, so the timeout is seen with nothing else happening
    tick.start(5);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace smsdesk::bench
