// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks share: the 1,000,000-message store they start from (built once
// through the store's own API and cached), its messages, and fail-fast helpers.
#include "queuestore.h"

#include <QFuture>

namespace smsdesk {

// Prints "<program>: what" and exits: a benchmark that cannot set up has nothing to say.
[[noreturn]] void benchFail(const QString &what);

template<typename T> T benchMust(QFuture<T> future, const char *what)
{
    T r = future.result();
    if (!r.ok())
        benchFail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.errorString()));
    return r;
}

QueueStore::Options benchStoreOptions(const QString &path);

// Message n of the bench history: 10,000 conversations, as a busy shop might have.
NewMessage benchMessage(qint64 n);

// The path of a SQLite store holding `rows` sent messages spread over the 30 days before
// it was built, cached as <cacheDir>/prefill-<rows>.db; builds it first when missing
// (about 10 minutes for 1,000,000 on the 2-core machine).
QString cachedPrefill(const QString &cacheDir, qint64 rows);

} // namespace smsdesk
