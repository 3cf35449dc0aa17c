// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: received SMS a page at a time, in the order they were stored (issue 15,
// point 5: GET /api/v1/messages?direction=in). The id only grows, so a poller that passes
// the last id it saw gets each message once, and the next page has only what came since.
#include "storereader.h"

#include "readquery.h"

#include <algorithm>

namespace smsdesk {

Result<QList<InboundMessage>> StoreReader::inboundMessages(const InboundFilter &filter)
{
    QString sql = QStringLiteral("SELECT id, device_id, from_number, body, received_at, is_read FROM inbound"
                                 " WHERE id > ?");
    QVariantList binds { std::max<qint64>(0, filter.afterId) };
    if (filter.sinceMs > 0) {
        sql += QStringLiteral(" AND received_at >= ?");
        binds << filter.sinceMs;
    }
    if (!filter.from.isEmpty()) {
        sql += QStringLiteral(" AND from_number = ?");
        binds << filter.from;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds << std::clamp(filter.limit, 1, 10'000);
    Result<QSqlQuery> q
        = db::select(m_connectionName, sql, binds, QStringLiteral("cannot read the received messages"));
    if (!q)
        return q.error();
    QList<InboundMessage> list;
    while (q->next()) {
        InboundMessage m;
        m.id = q->value(0).toLongLong();
        m.deviceId = q->value(1).toLongLong();
        m.from = q->value(2).toString();
        m.text = q->value(3).toString();
        m.receivedAtMs = q->value(4).toLongLong();
        m.read = q->value(5).toInt() != 0;
        list.append(m);
    }
    return list;
}

} // namespace smsdesk
