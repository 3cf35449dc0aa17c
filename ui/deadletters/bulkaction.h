// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

namespace smsdesk {

// Applies one facade action (requeue, delete) to many messages a chunk at a time, so
// thousands of rows never become one giant transaction and the window stays live.
// Each chunk waits for the previous one; cancel() stops before the next chunk.
class BulkAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkAction)

public:
    // Returns the next ids to act on; an empty list ends the run.
    using Source = std::function<QList<QUuid>()>;
    using Step = std::function<QFuture<Result<int>>(const QList<QUuid> &)>;

    BulkAction(Source source, qint64 total, Step step, QObject *parent = nullptr);
    // A fixed list, cut into chunks of `chunkSize`.
    static Source fromList(QList<QUuid> ids, int chunkSize);

    void start();
    void cancel() { m_cancelled = true; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void chunkDone(const QList<QUuid> &ids);
    // `affected` counts what the store changed; `error` is empty on success.
    void finished(qint64 affected, const QString &error, bool cancelled);

private:
    void next();

    Source m_source;
    qint64 m_total = 0;
    Step m_step;
    qint64 m_done = 0;
    qint64 m_affected = 0;
    bool m_cancelled = false;
};

} // namespace smsdesk
