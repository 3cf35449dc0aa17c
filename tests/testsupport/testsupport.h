// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QString>
#include <QTest>

namespace smsdesk::test {

// tests/data (test data with independent expected results).
QString testDataPath(const QString &fileName);
// An executable built in this build tree, e.g. "app/smsdesk/smsdesk".
QString builtExecutable(const QString &relativePath);

// Waits for a future while running the event loop (so queued signals still arrive).
template<typename T> T await(QFuture<T> future, int timeoutMs = 30'000)
{
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
    Q_ASSERT_X(finished, "smsdesk::test::await", "future did not finish in time");
    return future.result();
}

} // namespace smsdesk::test
