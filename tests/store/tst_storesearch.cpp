// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search across every message (issue 15, point 4), on SQLite (FTS5) and, as
// tst_storesearch_postgres, on PostgreSQL (GIN on to_tsvector('smsdesk_search', body)): hits in both
// directions, each word a prefix, all required, newest first and paged without repeats;
// what the user types is never engine syntax (quotes, *, NEAR, -, :, parentheses, 10,000
// characters); a database from before migration 11 has its old rows indexed.
#include "storereader.h"
#include "storetestsupport.h"

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kAnna = QStringLiteral("+4915112345678");
const QString kBen = QStringLiteral("+4915187654321");

Status receive(StoreFixture &f, const QString &number, const QString &text)
{
    InboundMessage m;
    m.from = number;
    m.text = text;
    m.receivedAtMs = f.clock().nowMs();
    return await(f.store().addInbound(m)).ok() ? Status() : Status(Error { ErrorCode::Internal, text });
}

SearchPage find(StoreReader &reader, const QString &text, int limit = 50, SearchCursor cursor = {})
{
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    q.cursor = cursor;
    const Result<SearchPage> page = reader.searchMessages(q);
    if (!page)
        qWarning("search %s: %s", qPrintable(text.left(40)), qPrintable(page.errorString()));
    return page.ok() ? page.value() : SearchPage {};
}

QStringList texts(const SearchPage &page)
{
    QStringList list;
    for (const SearchHit &h : page.hits) {
        QString plain = h.snippet;
        plain.remove(QChar(search::kMarkStart)).remove(QChar(search::kMarkEnd));
        list << plain;
    }
    return list;
}

} // namespace

class tst_StoreSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothDirectionsPrefixesAllWords();
    void accentsAndCase();
    void syntaxIsSearchedLiterally_data();
    void syntaxIsSearchedLiterally();
    void aLongQueryIsCutAndSaysSo();
    void pagesNewestFirstWithoutRepeats();
    void aMigratedDatabaseHasItsOldRowsIndexed();
    void snippetMarksBecomeSafeBold();
};

void tst_StoreSearch::bothDirectionsPrefixesAllWords()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const Message table = f.enqueue(kAnna, QStringLiteral("Your table for four is ready"));
    f.clock().advanceMs(1'000);
    QVERIFY(receive(f, kBen, QStringLiteral("Can I book a table on Sunday?")).ok());
    f.clock().advanceMs(1'000);
    f.enqueue(kBen, QStringLiteral("Order 1234 has shipped"));
    std::unique_ptr<StoreReader> reader = f.reader();

    SearchPage page = find(*reader, QStringLiteral("tab"));
    QCOMPARE(page.hits.size(), 2);
    QVERIFY(!page.hits.at(0).outgoing); // newest first: Ben's question
    QCOMPARE(page.hits.at(0).number, kBen);
    QVERIFY(page.hits.at(0).inboundId > 0);
    QVERIFY(page.hits.at(1).outgoing);
    QCOMPARE(page.hits.at(1).id, table.id);
    QCOMPARE(page.hits.at(1).seq, table.seq);
    QCOMPARE(page.hits.at(1).number, kAnna);
    QCOMPARE(page.hits.at(1).atMs, table.createdAtMs);
    QVERIFY(page.hits.at(1).snippet.contains(QChar(search::kMarkStart) + QStringLiteral("table")));
    QVERIFY(!page.more);

    page = find(*reader, QStringLiteral("table sun")); // all words, each a prefix
    QCOMPARE(texts(page), QStringList { QStringLiteral("Can I book a table on Sunday?") });
    QCOMPARE(find(*reader, QStringLiteral("table shipped")).hits.size(), 0);
    QCOMPARE(texts(find(*reader, QStringLiteral("123"))), QStringList { QStringLiteral("Order 1234 has shipped") });
    QCOMPARE(find(*reader, QStringLiteral("nowhere")).hits.size(), 0);
    QCOMPARE(find(*reader, QStringLiteral("able")).hits.size(), 0); // a prefix, not any part

    // What arrives later is found at once (the index is written with the rows).
    QVERIFY(receive(f, kAnna, QStringLiteral("Thanks, see you at the table")).ok());
    f.enqueue(kAnna, QStringLiteral("Tablets are in stock"));
    QCOMPARE(find(*reader, QStringLiteral("tab")).hits.size(), 4);
}

void tst_StoreSearch::accentsAndCase()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kAnna, QStringLiteral("Rendez-vous au Café Müller"));
    QVERIFY(receive(f, kBen, QStringLiteral("CAFÉ ouvert dimanche ?")).ok());
    std::unique_ptr<StoreReader> reader = f.reader();
    QCOMPARE(find(*reader, QStringLiteral("café")).hits.size(), 2);
    QCOMPARE(find(*reader, QStringLiteral("CAFÉ müll")).hits.size(), 1);
    QCOMPARE(find(*reader, QStringLiteral("caf")).hits.size(), 2);
    // Accent-blind on both: FTS5's unicode61 remove_diacritics 2 (migration 11) and, on
    // PostgreSQL, the unaccent dictionary in smsdesk_search (migration 13; the test server
    // has the extension, as Debian's postgresql package ships it).
    QCOMPARE(find(*reader, QStringLiteral("cafe")).hits.size(), 2);
    QCOMPARE(find(*reader, QStringLiteral("muller")).hits.size(), 1);
    QCOMPARE(find(*reader, QStringLiteral("RENDEZ")).hits.size(), 1);
}

void tst_StoreSearch::syntaxIsSearchedLiterally_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("words");
    QTest::newRow("a quote") << QStringLiteral("\"") << 0 << 0;
    QTest::newRow("an open quote") << QStringLiteral("\"near") << 1 << 1;
    QTest::newRow("a star") << QStringLiteral("*") << 0 << 0;
    QTest::newRow("a star after") << QStringLiteral("near*") << 1 << 1;
    QTest::newRow("NEAR") << QStringLiteral("NEAR") << 1 << 1;
    QTest::newRow("NEAR()") << QStringLiteral("NEAR(near station)") << 1 << 3;
    QTest::newRow("a minus") << QStringLiteral("-") << 0 << 0;
    QTest::newRow("a negation") << QStringLiteral("-station") << 1 << 1;
    QTest::newRow("a column filter") << QStringLiteral("body:near") << 0 << 2;
    QTest::newRow("a colon") << QStringLiteral(":") << 0 << 0;
    QTest::newRow("parentheses") << QStringLiteral("(near)") << 1 << 1;
    QTest::newRow("unbalanced") << QStringLiteral("((near") << 1 << 1;
    QTest::newRow("OR AND NOT") << QStringLiteral("near OR NOT station AND") << 0 << 5;
    QTest::newRow("tsquery") << QStringLiteral("near & !station | x:*") << 0 << 3;
    QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE messages; --") << 0 << 3;
    QTest::newRow("backslash") << QStringLiteral("\\near\\") << 1 << 1;
    QTest::newRow("emoji only") << QStringLiteral("👍") << 0 << 0;
    QTest::newRow("empty") << QString() << 0 << 0;
}

void tst_StoreSearch::syntaxIsSearchedLiterally()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QFETCH(int, words);
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kAnna, QStringLiteral("We are near the station (north exit)"));
    std::unique_ptr<StoreReader> reader = f.reader();
    SearchQuery q;
    q.text = query;
    const Result<SearchPage> page = reader->searchMessages(q);
    QVERIFY2(page.ok(), qPrintable(page.errorString())); // never an SQL error
    QCOMPARE(page->words.size(), words);
    QCOMPARE(page->hits.size(), hits);
    QVERIFY(!page->cut);
    // The store still works: nothing was dropped or changed.
    QCOMPARE(find(*reader, QStringLiteral("station")).hits.size(), 1);
}

void tst_StoreSearch::aLongQueryIsCutAndSaysSo()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kAnna, QStringLiteral("The invoice is attached"));
    std::unique_ptr<StoreReader> reader = f.reader();
    SearchQuery q;
    q.text = QStringLiteral("x").repeated(10'000);
    Result<SearchPage> page = reader->searchMessages(q);
    QVERIFY2(page.ok(), qPrintable(page.errorString()));
    QVERIFY(page->cut);
    QCOMPARE(page->words, QStringList { QStringLiteral("x").repeated(search::kMaxChars) });
    QCOMPARE(page->hits.size(), 0);

    q.text = QStringLiteral("invoice ").repeated(1'250); // 10,000 characters, one word
    page = reader->searchMessages(q);
    QVERIFY2(page.ok(), qPrintable(page.errorString()));
    QVERIFY(page->cut);
    QCOMPARE(page->words, QStringList { QStringLiteral("invoice") });
    QCOMPARE(page->hits.size(), 1);

    QStringList many;
    for (int i = 0; i < 30; ++i)
        many << QStringLiteral("w%1").arg(i);
    q.text = many.join(QLatin1Char(' '));
    page = reader->searchMessages(q);
    QVERIFY(page.ok());
    QVERIFY(page->cut);
    QCOMPARE(page->words.size(), search::kMaxWords);
}

void tst_StoreSearch::pagesNewestFirstWithoutRepeats()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QStringList expected;
    for (int i = 0; i < 9; ++i) {
        const QString text = QStringLiteral("invoice number %1").arg(i);
        if (i % 3 == 1)
            QVERIFY(receive(f, kBen, text).ok());
        else
            f.enqueue(kAnna, text);
        f.enqueue(kAnna, QStringLiteral("unrelated %1").arg(i));
        expected.prepend(text);
        f.clock().advanceMs(i % 2 ? 0 : 500); // some share a millisecond
    }
    std::unique_ptr<StoreReader> reader = f.reader();
    QStringList seen;
    SearchCursor cursor;
    for (int round = 0; round < 10; ++round) {
        const SearchPage page = find(*reader, QStringLiteral("invoice"), 4, cursor);
        QVERIFY(page.hits.size() <= 4);
        seen += texts(page);
        if (!page.more)
            break;
        cursor = page.next;
    }
    QCOMPARE(seen.size(), 9);
    QStringList sorted = seen;
    sorted.removeDuplicates();
    QCOMPARE(sorted.size(), 9);
    // Newest first by time; within a millisecond any order.
    for (const QString &t : expected)
        QVERIFY2(seen.contains(t), qPrintable(t));
    QCOMPARE(seen.first(), expected.first());
    QCOMPARE(seen.last(), expected.last());
}

void tst_StoreSearch::aMigratedDatabaseHasItsOldRowsIndexed()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kAnna, QStringLiteral("Old reminder: dentist on Monday"));
    QVERIFY(receive(f, kBen, QStringLiteral("Old question about the dentist")).ok());
    f.close();
    // Back to schema 10: as a database from before search was (12, the tokens' own request
    // limits, 13, PostgreSQL's accent folding, 14, the intake's raw entries, and 15, outbound webhooks, undone too: the runner applies what is
    // above the highest version recorded).
    const QString kUndoTokenLimits = QStringLiteral(
        "ALTER TABLE api_tokens DROP COLUMN rate_per_second, DROP COLUMN rate_burst, DROP COLUMN rate_unlimited");
    const QStringList undo = StoreFixture::isPostgres()
        ? QStringList { QStringLiteral("DROP INDEX messages_search"), QStringLiteral("DROP INDEX inbound_search"),
                        QStringLiteral("DROP TEXT SEARCH CONFIGURATION smsdesk_search"), kUndoTokenLimits,
                        QStringLiteral("DROP TABLE intake_rejects"), QStringLiteral("DROP TABLE webhook_endpoints"),
                        QStringLiteral("DROP TABLE webhook_deliveries"), QStringLiteral("DROP TABLE webhook_attempts"),
                        QStringLiteral("DELETE FROM schema_migrations WHERE version >= 11") }
        : QStringList { QStringLiteral("DROP TRIGGER messages_fts_insert"), QStringLiteral("DROP TRIGGER messages_fts_delete"),
                        QStringLiteral("DROP TRIGGER messages_fts_update"), QStringLiteral("DROP TRIGGER inbound_fts_insert"),
                        QStringLiteral("DROP TRIGGER inbound_fts_delete"), QStringLiteral("DROP TRIGGER inbound_fts_update"),
                        QStringLiteral("DROP TABLE messages_fts"), QStringLiteral("DROP TABLE inbound_fts"),
                        QStringLiteral("ALTER TABLE api_tokens DROP COLUMN rate_per_second"),
                        QStringLiteral("ALTER TABLE api_tokens DROP COLUMN rate_burst"),
                        QStringLiteral("ALTER TABLE api_tokens DROP COLUMN rate_unlimited"),
                        QStringLiteral("DROP TABLE intake_rejects"), QStringLiteral("DROP TABLE webhook_endpoints"),
                        QStringLiteral("DROP TABLE webhook_deliveries"), QStringLiteral("DROP TABLE webhook_attempts"),
                        QStringLiteral("DELETE FROM schema_migrations WHERE version >= 11") };
    QVERIFY(f.rawExec(undo));
    {
        std::unique_ptr<StoreReader> before = f.reader();
        SearchQuery q;
        q.text = QStringLiteral("dentist");
        if (!StoreFixture::isPostgres())
            QVERIFY(!before->searchMessages(q).ok()); // no index yet: an error, not a crash
    }
    QVERIFY(f.open().ok()); // migration 11 again
    QVariant version;
    QVERIFY(f.rawExec({ QStringLiteral("SELECT MAX(version) FROM schema_migrations") }, &version));
    QVERIFY(version.toInt() >= 11);
    std::unique_ptr<StoreReader> reader = f.reader();
    QCOMPARE(find(*reader, QStringLiteral("dentist")).hits.size(), 2);
    QCOMPARE(find(*reader, QStringLiteral("dentist monday")).hits.size(), 1);
    f.enqueue(kAnna, QStringLiteral("New: dentist moved"));
    QCOMPARE(find(*reader, QStringLiteral("dentist")).hits.size(), 3);
}

void tst_StoreSearch::snippetMarksBecomeSafeBold()
{
    const QString snippet = QStringLiteral("<script>&amp; ") + QChar(search::kMarkStart) + QStringLiteral("tab<b>")
        + QChar(search::kMarkEnd) + QStringLiteral(" end") + QChar(search::kMarkEnd) + QChar(search::kMarkStart);
    QCOMPARE(search::snippetHtml(snippet),
             QStringLiteral("&lt;script&gt;&amp;amp; <b>tab&lt;b&gt;</b> end<b></b>"));
}

QTEST_GUILESS_MAIN(tst_StoreSearch)
#include "tst_storesearch.moc"
