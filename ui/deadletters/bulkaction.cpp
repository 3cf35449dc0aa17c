// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkaction.h"

#include "thenifalive.h"

#include <memory>

namespace smsdesk {

BulkAction::BulkAction(Source source, qint64 total, Step step, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_total(total)
    , m_step(std::move(step))
{ }

BulkAction::Source BulkAction::fromList(QList<QUuid> ids, int chunkSize)
{
    auto remaining = std::make_shared<QList<QUuid>>(std::move(ids));
    auto offset = std::make_shared<qsizetype>(0);
    return [remaining, offset, chunkSize] {
        const QList<QUuid> chunk = remaining->mid(*offset, chunkSize);
        *offset += chunk.size();
        return chunk;
    };
}

void BulkAction::start()
{
    Q_EMIT progress(0, m_total);
    next();
}

void BulkAction::next()
{
    if (m_cancelled) {
        Q_EMIT finished(m_affected, {}, true);
        return;
    }
    const QList<QUuid> ids = m_source();
    if (ids.isEmpty()) {
        Q_EMIT finished(m_affected, {}, false);
        return;
    }
    thenIfAlive(m_step(ids), this, [this, ids](const Result<int> &result) {
        if (!result) {
            Q_EMIT finished(m_affected, result.errorString(), false);
            return;
        }
        m_affected += result.value();
        m_done += ids.size();
        Q_EMIT chunkDone(ids);
        Q_EMIT progress(m_done, std::max(m_total, m_done));
        next();
    });
}

} // namespace smsdesk
