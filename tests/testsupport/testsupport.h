// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QString>
#include <QStringList>
#include <QTest>

namespace smsdesk::test {

// tests/data (test data with independent expected results).
QString testDataPath(const QString &fileName);
// An executable built in this build tree, e.g. "app/smsdesk/smsdesk".
QString builtExecutable(const QString &relativePath);

// One run of the built smsdesk-headless with `arguments` and --data-dir `dataDir`, as a user
// would type it; exit code -2 when it did not finish within 30 s.
struct HeadlessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
HeadlessRun runHeadlessCommand(const QString &dataDir, QStringList arguments);
// "token list" → {"token", "list"}.
QStringList words(const char *line);

// Waits for a future while running the event loop (so queued signals still arrive).
template<typename T> T await(QFuture<T> future, int timeoutMs = 30'000)
{
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
    Q_ASSERT_X(finished, "smsdesk::test::await", "future did not finish in time");
    return future.result();
}

} // namespace smsdesk::test
