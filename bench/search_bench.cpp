// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 4: "search across the full text of every message … under 100 ms on 1 M
// messages". Builds a SQLite store (schema and FTS triggers by QueueStore::open) and fills it
// by a bulk path: plain INSERTs into messages and inbound in large transactions on a
// connection of its own (synchronous=OFF while filling), so the migration's triggers index
// every row as the writer's would; 70 % outgoing, 30 % received, texts from a few dozen
// realistic templates in English, German and French with names, days, numbers, and one
// message in 10,000 holding a rare word. Then times StoreReader::searchMessages (first page
// of 50, snippets included) for a common word, a rare word, two words, a prefix, an accented
// word and a word that is nowhere: p50 and p99 over R rounds each.
//   search_bench [--messages N] [--rounds R] [--dir DIR]
#include "queuestore.h"
#include "storereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

#include <sys/resource.h>

using namespace smsdesk;

namespace {

[[noreturn]] void benchFail(const QString &what)
{
    std::fprintf(stderr, "search_bench: %s\n", qPrintable(what));
    std::exit(1);
}

QueueStore::Options benchStoreOptions(const QString &path)
{
    QueueStore::Options o;
    o.config = StoreConfig::sqliteAt(path);
    return o;
}

const QStringList kNames { QStringLiteral("Anna"), QStringLiteral("Ben"), QStringLiteral("Chloé"), QStringLiteral("Jürgen"),
                           QStringLiteral("María"), QStringLiteral("Olivier"), QStringLiteral("Sven"), QStringLiteral("Zoë") };
const QStringList kDays { QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Friday"),
                          QStringLiteral("Samstag"), QStringLiteral("mercredi"), QStringLiteral("tomorrow") };
const QStringList kOut {
    QStringLiteral("Hello %1, your appointment on %2 at %3 is confirmed. Reply STOP to opt out."),
    QStringLiteral("Hi %1, your order %4 has shipped and arrives %2."),
    QStringLiteral("Reminder: your table at Café Lumière on %2 at %3. See you, %1!"),
    QStringLiteral("Hallo %1, Ihre Bestellung %4 ist abholbereit. Öffnungszeiten Mo–Fr 9–18 Uhr."),
    QStringLiteral("Bonjour %1, votre rendez-vous du %2 à %3 est confirmé."),
    QStringLiteral("Thanks for your payment, invoice %4 is settled."),
    QStringLiteral("%1, the technician arrives %2 between %3 and noon."),
    QStringLiteral("Your prescription %4 is ready for pickup at the pharmacy."),
};
const QStringList kIn {
    QStringLiteral("Ok thanks!"),
    QStringLiteral("Can I move my appointment to %2?"),
    QStringLiteral("Where is my order %4? It was due %2."),
    QStringLiteral("Ja, passt. Danke!"),
    QStringLiteral("Merci, à bientôt"),
    QStringLiteral("Is the shop open on %2 after %3?"),
    QStringLiteral("%1 here, running ten minutes late"),
    QStringLiteral("STOP"),
};

QString textOf(std::mt19937_64 &random, const QStringList &templates, qint64 n)
{
    const QString time = QStringLiteral("%1:%2").arg(8 + random() % 10).arg(random() % 4 * 15, 2, 10, QLatin1Char('0'));
    QString text = templates.at(int(random() % templates.size()));
    text.replace(QLatin1String("%1"), kNames.at(int(random() % kNames.size())))
        .replace(QLatin1String("%2"), kDays.at(int(random() % kDays.size())))
        .replace(QLatin1String("%3"), time)
        .replace(QLatin1String("%4"), QString::number(100'000 + random() % 900'000));
    if (n % 10'000 == 4'321)
        text += QStringLiteral(" P.S. the zeppelin museum is closed.");
    return text;
}

void must(bool ok, const QSqlQuery &q, const char *what)
{
    if (!ok)
        benchFail(QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

void fill(const QString &path, qint64 messages)
{
    {
        ManualClock clock(SystemClock::instance().nowMs());
        QueueStore store(clock, benchStoreOptions(path)); // the schema, migrations and triggers
        if (Status s = store.open(); !s)
            benchFail(s.errorString());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open())
        benchFail(db.lastError().text());
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        QSqlQuery out(db), in(db);
        out.prepare(QStringLiteral(
            "INSERT INTO messages (id, to_number, body, segments, encoding, status, max_attempts, next_attempt_at,"
            " created_at, updated_at, sent_at) VALUES (?, ?, ?, 1, 'gsm7', 'sent', 5, ?, ?, ?, ?)"));
        in.prepare(QStringLiteral("INSERT INTO inbound (from_number, body, received_at) VALUES (?, ?, ?)"));
        std::mt19937_64 random(15);
        const qint64 month = 30LL * 24 * 3'600'000;
        const qint64 start = SystemClock::instance().nowMs() - month;
        QElapsedTimer timer;
        timer.start();
        must(q.exec(QStringLiteral("BEGIN")), q, "begin");
        for (qint64 n = 0; n < messages; ++n) {
            const qint64 at = start + n * month / messages;
            const QString number
                = QStringLiteral("+4917%1").arg(n % 10'000 * 7919 % 100'000'000, 8, 10, QLatin1Char('0'));
            if (random() % 10 < 7) {
                out.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                out.addBindValue(number);
                out.addBindValue(textOf(random, kOut, n));
                for (int i = 0; i < 4; ++i)
                    out.addBindValue(at);
                must(out.exec(), out, "insert message");
            } else {
                in.addBindValue(number);
                in.addBindValue(textOf(random, kIn, n));
                in.addBindValue(at);
                must(in.exec(), in, "insert inbound");
            }
            if (n % 50'000 == 49'999) {
                must(q.exec(QStringLiteral("COMMIT")), q, "commit");
                must(q.exec(QStringLiteral("BEGIN")), q, "begin");
                std::fprintf(stdout, "  %lld rows, %.0f s\n", n + 1, double(timer.elapsed()) / 1000.0);
                std::fflush(stdout);
            }
        }
        must(q.exec(QStringLiteral("COMMIT")), q, "commit");
        std::fprintf(stdout, "filled %lld messages (both directions) in %.1f s, FTS kept by the triggers\n",
                     messages, double(timer.elapsed()) / 1000.0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

double cpuMicros()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto micros = [](const timeval &t) { return double(t.tv_sec) * 1e6 + double(t.tv_usec); };
    return micros(usage.ru_utime) + micros(usage.ru_stime);
}

// The price of the FTS triggers on the write path: process CPU per durable enqueue into an
// empty store, 16 single-message requests in flight as 16 producers would have them (group
// commit), with the migration's triggers and with them dropped (as before migration 11).
double enqueueCpuPerMessage(const QString &dir, int count, bool withTriggers, int run)
{
    const QString path = QDir(dir).filePath(QStringLiteral("enqueue-%1-%2.db").arg(withTriggers).arg(run));
    QFile::remove(path);
    ManualClock clock(SystemClock::instance().nowMs());
    QueueStore store(clock, benchStoreOptions(path));
    if (Status s = store.open(); !s)
        benchFail(s.errorString());
    if (!withTriggers) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
        db.setDatabaseName(path);
        if (!db.open())
            benchFail(db.lastError().text());
        for (const char *t : { "messages_fts_insert", "messages_fts_delete", "messages_fts_update" }) {
            QSqlQuery q(db);
            must(q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t))), q, "drop trigger");
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("drop"));
    }
    std::mt19937_64 random(run);
    const double cpu0 = cpuMicros();
    for (int done = 0; done < count; done += 16) {
        QList<QFuture<Result<EnqueueResult>>> inFlight;
        for (int i = 0; i < 16; ++i) {
            EnqueueRequest request;
            NewMessage m;
            m.to = QStringLiteral("+4917%1").arg((done + i) % 10'000 * 7919 % 100'000'000, 8, 10, QLatin1Char('0'));
            m.text = textOf(random, kOut, done + i);
            request.messages = { m };
            inFlight.append(store.enqueue(std::move(request)));
        }
        for (auto &f : inFlight)
            if (!f.result().ok())
                benchFail(f.result().errorString());
    }
    return (cpuMicros() - cpu0) / count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages stored (1000000)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Searches per query (50)."),
                                          QStringLiteral("R"), QStringLiteral("50"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the store, kept as search-<N>.db (a temporary one)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption enqueueOption(
        QStringLiteral("enqueue-cost"),
        QStringLiteral("Only measure CPU per enqueue with and without the FTS triggers, N messages per run, 3 runs each, alternating."),
        QStringLiteral("N"));
    parser.addOptions({ messagesOption, roundsOption, dirOption, enqueueOption });
    parser.process(app);
    if (parser.isSet(enqueueOption)) {
        QTemporaryDir enqueueDir;
        const QString where = parser.isSet(dirOption) ? parser.value(dirOption) : enqueueDir.path();
        QDir().mkpath(where);
        const int count = std::max(16, parser.value(enqueueOption).toInt());
        for (int run = 0; run < 3; ++run) {
            const double without = enqueueCpuPerMessage(where, count, false, run);
            const double with = enqueueCpuPerMessage(where, count, true, run);
            std::fprintf(stdout, "run %d: CPU per enqueue without FTS triggers %.1f us, with %.1f us (%+.1f us)\n", run,
                         without, with, with - without);
            std::fflush(stdout);
        }
        return 0;
    }
    const qint64 messages = parser.value(messagesOption).toLongLong();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("search-%1.db").arg(messages));
    if (!QFile::exists(path))
        fill(path, messages);
    else
        std::fprintf(stdout, "reusing %s\n", qPrintable(path));

    StoreReader reader(StoreConfig::sqliteAt(path));
    if (Status s = reader.open(); !s)
        benchFail(s.errorString());
    const QList<QPair<const char *, QString>> queries {
        { "common word", QStringLiteral("appointment") }, { "rare word", QStringLiteral("zeppelin") },
        { "two words", QStringLiteral("order shipped") }, { "prefix", QStringLiteral("confi") },
        { "accents folded", QStringLiteral("cafe lumiere") }, { "no hit", QStringLiteral("xylophone") },
        { "common, page 20", QStringLiteral("thanks") },
    };
    std::fprintf(stdout, "%-16s %-16s %6s %9s %9s\n", "query", "text", "hits", "p50 ms", "p99 ms");
    for (const auto &[name, text] : queries) {
        QList<double> times;
        int hits = 0;
        const bool deep = QByteArray(name).contains("page");
        for (int r = 0; r < rounds; ++r) {
            SearchQuery q;
            q.text = text;
            q.limit = 50;
            QElapsedTimer t;
            t.start();
            for (int page = 0; page < (deep ? 20 : 1); ++page) {
                const Result<SearchPage> result = reader.searchMessages(q);
                if (!result)
                    benchFail(result.errorString());
                hits = result->hits.size();
                q.cursor = result->next;
            }
            times.append(double(t.nsecsElapsed()) / 1e6 / (deep ? 20 : 1));
        }
        std::sort(times.begin(), times.end());
        const auto at = [&](double p) { return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(p * times.size()))); };
        std::fprintf(stdout, "%-16s %-16s %6d %9.2f %9.2f\n", name, qPrintable(text), hits, at(0.5), at(0.99));
    }
    return 0;
}
