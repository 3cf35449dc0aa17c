// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: every message of both directions in a time range, oldest first, a page at a
// time (exports, issue 15 point 4). Each direction is walked along its primary key from its
// cursor (so a whole export reads each table once, without an index on the time), and the
// two pages are merged by time: a page is a prefix of each stream.
#include "messageexport.h"
#include "readquery.h"
#include "storereader.h"

#include <algorithm>

namespace smsdesk {

Result<HistoryPage> StoreReader::historyPage(const HistoryFilter &filter)
{
    const int limit = std::clamp(filter.limit, 1, 10'000);
    const QString byNumberOut = filter.number.isEmpty() ? QString() : QStringLiteral(" AND m.to_number = ?");
    const QString byNumberIn = filter.number.isEmpty() ? QString() : QStringLiteral(" AND i.from_number = ?");
    const QString what = QStringLiteral("cannot read the messages");
    const auto read = [&](bool outgoing, QList<HistoryRow> &into) -> Status {
        const QString sql = outgoing
            ? QStringLiteral("SELECT m.seq, m.created_at, m.to_number, COALESCE(c.name, ''), m.body, m.status,"
                             " COALESCE(d.name, '') FROM messages m"
                             " LEFT JOIN contact_numbers n ON n.number = m.to_number LEFT JOIN contacts c ON c.id = n.contact_id"
                             " LEFT JOIN devices d ON d.id = CASE WHEN m.sent_device_id <> 0 THEN m.sent_device_id"
                             " ELSE m.device_id END"
                             " WHERE m.seq > ? AND m.created_at >= ? AND m.created_at < ?%1 ORDER BY m.seq LIMIT ?")
                  .arg(byNumberOut)
            : QStringLiteral("SELECT i.id, i.received_at, i.from_number, COALESCE(c.name, ''), i.body, 'received',"
                             " COALESCE(d.name, '') FROM inbound i"
                             " LEFT JOIN contact_numbers n ON n.number = i.from_number LEFT JOIN contacts c ON c.id = n.contact_id"
                             " LEFT JOIN devices d ON d.id = i.device_id"
                             " WHERE i.id > ? AND i.received_at >= ? AND i.received_at < ?%1 ORDER BY i.id LIMIT ?")
                  .arg(byNumberIn);
        QVariantList binds { outgoing ? filter.afterSeq : filter.afterInboundId, filter.fromMs, filter.toMs };
        if (!filter.number.isEmpty())
            binds << filter.number;
        binds << limit + 1;
        Result<QSqlQuery> q = db::select(m_connectionName, sql, binds, what);
        if (!q)
            return q.error();
        while (q->next()) {
            HistoryRow r;
            r.outgoing = outgoing;
            r.key = q->value(0).toLongLong();
            r.atMs = q->value(1).toLongLong();
            r.number = q->value(2).toString();
            r.contactName = q->value(3).toString();
            r.text = q->value(4).toString();
            r.status = q->value(5).toString();
            r.device = q->value(6).toString();
            into.append(r);
        }
        return {};
    };
    QList<HistoryRow> out, in;
    if (Status s = read(true, out); !s)
        return s.error();
    if (Status s = read(false, in); !s)
        return s.error();
    HistoryPage page;
    page.afterSeq = filter.afterSeq;
    page.afterInboundId = filter.afterInboundId;
    int o = 0, i = 0;
    while (page.rows.size() < limit && (o < out.size() || i < in.size())) {
        if (i >= in.size() || (o < out.size() && out.at(o).atMs <= in.at(i).atMs)) {
            page.afterSeq = out.at(o).key;
            page.rows.append(out.at(o++));
        } else {
            page.afterInboundId = in.at(i).key;
            page.rows.append(in.at(i++));
        }
    }
    page.more = o < out.size() || i < in.size();
    return page;
}

} // namespace smsdesk
