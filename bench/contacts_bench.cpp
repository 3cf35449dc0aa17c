// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, point 1: "10,000 contacts import in under 2 s". Writes a CSV the way German
// Excel saves an Outlook list (';', Windows-1252, quoted fields, a note with a line break),
// then times each step of `smsdesk contacts import`: reading and decoding the file, turning
// rows into contacts (numbers through libphonenumber), and the one durable transaction that
// stores them, into a fresh SQLite store and again into the same store (every row merged).
//   contacts_bench [--rows N] [--dir DIR]
#include "contactimport.h"
#include "csvreader.h"
#include "phonenumbers.h"
#include "queuestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace smsdesk;

namespace {

QByteArray makeCsv(int rows)
{
    QByteArray csv = "Vorname;Nachname;Firma;Mobiltelefon;Telefon geschäftlich;Kategorien;Notizen\r\n";
    csv = QString::fromUtf8(csv).toLatin1();
    for (int i = 0; i < rows; ++i) {
        const QString line = QStringLiteral("Jürgen%1;Müller;\"Bäckerei %1; Köln\";0151 %2;0221 %3;Stammkunden;\"Rabatt\r\nfreitags\"\r\n")
                                 .arg(i)
                                 .arg(10'000'000 + i, 8, 10, QLatin1Char('0'))
                                 .arg(100'000 + i % 800'000);
        csv += line.toLatin1(); // Windows-1252 for these characters
    }
    return csv;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the file (10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the store goes (a temp dir)."),
                                       QStringLiteral("DIR"));
    parser.addOptions({ rowsOption, dirOption });
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    QTemporaryDir temp(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/contacts-XXXXXX")
                                               : QDir::tempPath() + QStringLiteral("/contacts-XXXXXX"));
    const QByteArray csv = makeCsv(rows);
    std::printf("file: %d rows, %.1f MB (Windows-1252, ';')\n", rows, double(csv.size()) / (1024 * 1024));

    QueueStore::Options options;
    options.config = StoreConfig::sqliteAt(temp.filePath(QStringLiteral("smsdesk.db")));
    QueueStore store(SystemClock::instance(), options);
    if (Status s = store.open(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorString()));
        return 1;
    }
    const PhoneNumbers numbers(QStringLiteral("DE"));
    for (const char *round : { "new", "again (all merged)" }) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        const Result<CsvTable> table = CsvReader::parse(csv);
        const double readMs = ms(step);
        step.restart();
        const Result<ImportPlan> plan = ContactImport::fromCsv(table.value(), ColumnMapping::guess(table->header), numbers);
        const double planMs = ms(step);
        step.restart();
        const Result<ContactImportResult> done = store.importContacts(plan->contacts).result();
        const double storeMs = ms(step);
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.errorString()));
            return 1;
        }
        std::printf("%-20s read %7.1f ms  plan %7.1f ms  store %7.1f ms  total %7.1f ms  (imported %d, merged %d, "
                    "left out %d)\n",
                    round, readMs, planMs, storeMs, ms(total), done->imported, done->merged,
                    int(plan->rejected.size()));
    }
    return 0;
}
