// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search across every message (issue 15, point 4): what the reader is asked and
// what it answers. SQLite: FTS5 tables kept by triggers (migration 11); PostgreSQL: GIN
// indexes on to_tsvector('smsdesk_search', body), unaccent in front (migration 13). StoreReader::searchMessages (storereader_search.cpp).
#pragma once

#include <limits>

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace smsdesk {

// Where the next (older) page starts: below the last outgoing seq and the last inbound id
// the page before showed (each stream is read newest first by its store key).
struct SearchCursor
{
    qint64 beforeSeq = std::numeric_limits<qint64>::max();
    qint64 beforeInboundId = std::numeric_limits<qint64>::max();
};

struct SearchQuery
{
    QString text; // what the user typed: words, each a prefix, all must occur
    SearchCursor cursor;
    int limit = 50;
};

struct SearchHit
{
    QString number;
    QString contactName; // "" when the number belongs to no contact
    bool outgoing = true;
    QUuid id; // outgoing: the message id
    qint64 seq = 0; // outgoing: its place in the store
    qint64 inboundId = 0; // incoming
    qint64 atMs = 0; // created (outgoing) / received (incoming)
    // Part of the text around the match, the matched words between kMarkStart and kMarkEnd
    // (plain text otherwise: searchSnippetHtml escapes it for rich text).
    QString snippet;
};

struct SearchPage
{
    QList<SearchHit> hits; // newest first
    SearchCursor next; // valid when `more`
    bool more = false;
    QStringList words; // the words searched for (letters and digits only)
    bool cut = false; // the query was longer than kMaxSearchChars / kMaxSearchWords: only the start was searched
};

namespace search {

inline constexpr int kMaxChars = 200;
inline constexpr int kMaxWords = 12;
inline constexpr char16_t kMarkStart = u'\uE000';
inline constexpr char16_t kMarkEnd = u'\uE001';

// The words of a query: runs of letters, digits and combining marks; everything else
// (quotes, *, -, :, parentheses) separates words and is never passed to the engine as
// syntax. At most kMaxChars characters and kMaxWords words are read (`cut` says so).
QStringList wordsOf(const QString &text, bool *cut);

// The snippet as rich text: the text escaped, the marked words in <b>.
QString snippetHtml(const QString &snippet);

} // namespace search

} // namespace smsdesk
