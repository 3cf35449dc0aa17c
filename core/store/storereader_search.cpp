// SPDX-License-Identifier: GPL-3.0-or-later
// StoreReader: full-text search across every message, both directions (issue 15, point 4).
// Each direction is read newest first by its store key (seq, inbound id), which the
// engines walk in index order with the LIMIT pushed down (FTS5 rowid order; PostgreSQL a
// GIN bitmap for rare words, the primary key backwards for common ones); the two streams
// are then merged by time, so a page is a prefix of each and the cursor never skips or
// repeats a hit.
#include "storereader.h"

#include "readquery.h"
#include "sqldialect.h"

#include <algorithm>

namespace smsdesk {

namespace {

const QString kWhat = QStringLiteral("cannot search the messages");

// SQLite: the FTS5 tables of migration 11 (external content: the text itself stays in
// messages/inbound). CROSS JOIN keeps the FTS table the outer loop, read in rowid order.
const char *kSqliteOutgoing =
    "SELECT m.seq, m.id, m.to_number, m.created_at, COALESCE(c.name, ''),"
    " snippet(messages_fts, 0, ?, ?, '…', 16)"
    " FROM messages_fts CROSS JOIN messages m ON m.seq = messages_fts.rowid"
    " LEFT JOIN contact_numbers n ON n.number = m.to_number LEFT JOIN contacts c ON c.id = n.contact_id"
    " WHERE messages_fts MATCH ? AND messages_fts.rowid < ? ORDER BY messages_fts.rowid DESC LIMIT ?";
const char *kSqliteIncoming =
    "SELECT i.id, '', i.from_number, i.received_at, COALESCE(c.name, ''),"
    " snippet(inbound_fts, 0, ?, ?, '…', 16)"
    " FROM inbound_fts CROSS JOIN inbound i ON i.id = inbound_fts.rowid"
    " LEFT JOIN contact_numbers n ON n.number = i.from_number LEFT JOIN contacts c ON c.id = n.contact_id"
    " WHERE inbound_fts MATCH ? AND inbound_fts.rowid < ? ORDER BY inbound_fts.rowid DESC LIMIT ?";

// PostgreSQL: the expression of the GIN indexes of migration 13 (11 without unaccent).
const char *kPgOutgoing =
    "SELECT m.seq, m.id, m.to_number, m.created_at, COALESCE(c.name, ''),"
    " ts_headline('smsdesk_search', m.body, to_tsquery('smsdesk_search', ?), ?)"
    " FROM (SELECT seq, id, to_number, created_at, body FROM messages"
    "  WHERE to_tsvector('smsdesk_search', body) @@ to_tsquery('smsdesk_search', ?) AND seq < ? ORDER BY seq DESC LIMIT ?) m"
    " LEFT JOIN contact_numbers n ON n.number = m.to_number LEFT JOIN contacts c ON c.id = n.contact_id"
    " ORDER BY m.seq DESC";
const char *kPgIncoming =
    "SELECT i.id, '', i.from_number, i.received_at, COALESCE(c.name, ''),"
    " ts_headline('smsdesk_search', i.body, to_tsquery('smsdesk_search', ?), ?)"
    " FROM (SELECT id, from_number, received_at, body FROM inbound"
    "  WHERE to_tsvector('smsdesk_search', body) @@ to_tsquery('smsdesk_search', ?) AND id < ? ORDER BY id DESC LIMIT ?) i"
    " LEFT JOIN contact_numbers n ON n.number = i.from_number LEFT JOIN contacts c ON c.id = n.contact_id"
    " ORDER BY i.id DESC";

// The words as the engine's query, each quoted (letters and digits only, so nothing in
// them is syntax), each a prefix, all required.
QString engineQuery(const QStringList &words, bool sqlite)
{
    QStringList terms;
    for (const QString &w : words)
        terms << (sqlite ? QStringLiteral("\"%1\"*").arg(w) : QStringLiteral("'%1':*").arg(w));
    return terms.join(sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

} // namespace

Result<SearchPage> StoreReader::searchMessages(const SearchQuery &query)
{
    SearchPage page;
    page.words = search::wordsOf(query.text, &page.cut);
    if (page.words.isEmpty())
        return page; // nothing to look for: no hits, not an error
    const bool sqlite = m_config.backend == StoreConfig::Backend::Sqlite;
    const QString match = engineQuery(page.words, sqlite);
    const int limit = std::clamp(query.limit, 1, 500);
    const QString start { QChar(search::kMarkStart) }, stop { QChar(search::kMarkEnd) };
    const QString headline
        = QStringLiteral("StartSel=%1, StopSel=%2, MaxWords=24, MinWords=10, ShortWord=0").arg(start, stop);

    const auto read = [&](bool outgoing, qint64 before, QList<SearchHit> &into) -> Status {
        QString sql;
        QVariantList binds;
        if (sqlite) {
            sql = QString::fromUtf8(outgoing ? kSqliteOutgoing : kSqliteIncoming);
            binds << start << stop << match << before << limit + 1;
        } else {
            sql = QString::fromUtf8(outgoing ? kPgOutgoing : kPgIncoming);
            binds << match << headline << match << before << limit + 1;
        }
        Result<QSqlQuery> q = db::select(m_connectionName, sql, binds, kWhat);
        if (!q)
            return q.error();
        while (q->next()) {
            SearchHit h;
            h.outgoing = outgoing;
            if (outgoing) {
                h.seq = q->value(0).toLongLong();
                h.id = QUuid::fromString(q->value(1).toString());
            } else {
                h.inboundId = q->value(0).toLongLong();
            }
            h.number = q->value(2).toString();
            h.atMs = q->value(3).toLongLong();
            h.contactName = q->value(4).toString();
            h.snippet = q->value(5).toString();
            into.append(h);
        }
        return {};
    };
    QList<SearchHit> out, in;
    if (Status s = read(true, query.cursor.beforeSeq, out); !s)
        return s.error();
    if (Status s = read(false, query.cursor.beforeInboundId, in); !s)
        return s.error();

    // Merge the two newest-first streams by time: the page takes a prefix of each.
    page.next = query.cursor;
    int o = 0, i = 0;
    while (page.hits.size() < limit && (o < out.size() || i < in.size())) {
        const bool takeOut = i >= in.size() || (o < out.size() && out.at(o).atMs >= in.at(i).atMs);
        if (takeOut) {
            page.next.beforeSeq = out.at(o).seq;
            page.hits.append(out.at(o++));
        } else {
            page.next.beforeInboundId = in.at(i).inboundId;
            page.hits.append(in.at(i++));
        }
    }
    page.more = o < out.size() || i < in.size();
    return page;
}

} // namespace smsdesk
