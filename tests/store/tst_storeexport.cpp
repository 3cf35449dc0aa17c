// SPDX-License-Identifier: GPL-3.0-or-later
// Messages exported as CSV (issue 15, point 4), on SQLite and, as tst_storeexport_postgres,
// on PostgreSQL: both directions oldest first with the columns the brief names (time in ISO
// 8601 with its offset), one conversation or a time range, read page by page; a folder
// without write access gives a clear error and leaves no file behind.
#include "messageexport.h"
#include "storereader.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace smsdesk;
using namespace smsdesk::test;

namespace {

const QString kAnna = QStringLiteral("+4915112345678");
const QString kBen = QStringLiteral("+4915187654321");

void receive(StoreFixture &f, const QString &number, const QString &text)
{
    InboundMessage m;
    m.from = number;
    m.text = text;
    m.receivedAtMs = f.clock().nowMs();
    QVERIFY(await(f.store().addInbound(m)).ok());
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.trimmed().isEmpty())
            rows.append(QString::fromUtf8(line.trimmed()).split(QLatin1Char(',')));
    }
    return rows;
}

} // namespace

class tst_StoreExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConversationAndARangeOldestFirst();
    void pagesSmallerThanTheExport();
    void aFolderWithoutWriteAccessLeavesNothing();
};

void tst_StoreExport::aConversationAndARangeOldestFirst()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    const qint64 start = f.clock().nowMs();
    f.enqueue(kAnna, QStringLiteral("Your table is ready"));
    f.clock().advanceMs(60'000);
    receive(f, kAnna, QStringLiteral("Thanks"));
    f.clock().advanceMs(60'000);
    f.enqueue(kBen, QStringLiteral("Order shipped"));
    f.clock().advanceMs(60'000);
    receive(f, kBen, QStringLiteral("Great"));
    std::unique_ptr<StoreReader> reader = f.reader();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anna.csv"));

    HistoryFilter anna;
    anna.number = kAnna;
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    Result<qint64> written = MessageExport::writeCsv(*reader, anna, path, berlin);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), 2);
    QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList { QStringLiteral("time"), QStringLiteral("direction"), QStringLiteral("number"),
                                        QStringLiteral("contact"), QStringLiteral("text"), QStringLiteral("status"),
                                        QStringLiteral("device") }));
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(start, berlin);
    QCOMPARE(rows.at(1).at(0), first.toOffsetFromUtc(first.offsetFromUtc()).toString(Qt::ISODate));
    QVERIFY(rows.at(1).at(0).endsWith(QLatin1String("+01:00")) || rows.at(1).at(0).endsWith(QLatin1String("+02:00")));
    QCOMPARE(rows.at(1).mid(1, 5), (QStringList { QStringLiteral("out"), kAnna, QString(),
                                                   QStringLiteral("Your table is ready"), QStringLiteral("queued") }));
    QCOMPARE(rows.at(2).mid(1, 5), (QStringList { QStringLiteral("in"), kAnna, QString(), QStringLiteral("Thanks"),
                                                   QStringLiteral("received") }));

    // A range: the middle two minutes, both numbers.
    HistoryFilter range;
    range.fromMs = start + 30'000;
    range.toMs = start + 150'000;
    written = MessageExport::writeCsv(*reader, range, path);
    QVERIFY(written.ok());
    rows = readCsv(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(4), QStringLiteral("Thanks"));
    QCOMPARE(rows.at(2).at(4), QStringLiteral("Order shipped"));
}

void tst_StoreExport::pagesSmallerThanTheExport()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    QStringList expected;
    for (int i = 0; i < 25; ++i) {
        const QString text = QStringLiteral("message %1").arg(i);
        if (i % 4 == 1)
            receive(f, kBen, text);
        else
            f.enqueue(kAnna, text);
        expected << text;
        f.clock().advanceMs(i % 3 ? 1'000 : 0);
    }
    std::unique_ptr<StoreReader> reader = f.reader();
    HistoryFilter filter;
    filter.limit = 4;
    QStringList seen;
    for (int round = 0; round < 20; ++round) {
        const Result<HistoryPage> page = reader->historyPage(filter);
        QVERIFY2(page.ok(), qPrintable(page.errorString()));
        QVERIFY(page->rows.size() <= 4);
        for (const HistoryRow &r : page->rows)
            seen << r.text;
        if (!page->more)
            break;
        filter.afterSeq = page->afterSeq;
        filter.afterInboundId = page->afterInboundId;
    }
    QCOMPARE(seen.size(), 25);
    QStringList unique = seen;
    unique.removeDuplicates();
    QCOMPARE(unique.size(), 25);
    QCOMPARE(seen.first(), expected.first());
    QCOMPARE(seen.last(), expected.last());
}

void tst_StoreExport::aFolderWithoutWriteAccessLeavesNothing()
{
    StoreFixture f;
    QVERIFY(f.open().ok());
    f.enqueue(kAnna, QStringLiteral("Your table is ready"));
    std::unique_ptr<StoreReader> reader = f.reader();
    QTemporaryDir dir;
    // A folder that cannot exist: its parent is a regular file (works as root too).
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString path = dir.filePath(QStringLiteral("file/all.csv"));
    Result<qint64> written = MessageExport::writeCsv(*reader, HistoryFilter {}, path);
    QCOMPARE(written.code(), ErrorCode::Io);
    QVERIFY2(written.errorString().contains(path) && written.errorString().contains(QLatin1String("Nothing was exported")),
             qPrintable(written.errorString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList { QStringLiteral("file") });

    if (::geteuid() == 0)
        return; // root writes into read-only folders; the case above covers it
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    path = QDir(locked).filePath(QStringLiteral("all.csv"));
    written = MessageExport::writeCsv(*reader, HistoryFilter {}, path);
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(written.code(), ErrorCode::Io);
    QVERIFY2(written.errorString().contains(path), qPrintable(written.errorString()));
    QVERIFY(QDir(locked).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoreExport)
#include "tst_storeexport.moc"
