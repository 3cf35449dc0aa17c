// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, point 3: "A 10,000-row CSV previews in under 1 s and is queued in under 2 s".
// With 10,000 contacts stored (so every number is looked up and named), times what the
// desktop's New campaign dialog and POST /api/v1/campaigns do: read the CSV, read every
// contact (EngineFacade::previewCampaign reads them for names and fields), fill the text in
// for each row (numbers through libphonenumber, segments counted), and the one durable
// transaction that queues the campaign into a SQLite store.
//   campaign_bench [--rows N] [--rounds R] [--dir DIR]
#include "campaignplan.h"
#include "csvreader.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "storereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace smsdesk;

namespace {

QString mobile(int i)
{
    return QStringLiteral("+49151%1").arg(10'000'000 + i, 8, 10, QLatin1Char('0'));
}

// The list a shop system exports: number, first name, order, pickup day; ';' as German Excel.
QByteArray makeCsv(int rows)
{
    QByteArray csv = "Mobil;Vorname;Bestellnummer;Abholtag\r\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("0151 %1;Kundin%2;A-%3;Freitag\r\n")
                   .arg(10'000'000 + i, 8, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(i)
                   .toUtf8();
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
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the CSV and contacts stored (10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Campaigns queued (3)."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the store goes (a temp dir)."),
                                       QStringLiteral("DIR"));
    parser.addOptions({ rowsOption, roundsOption, dirOption });
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();
    QTemporaryDir temp(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/campaign-XXXXXX")
                                               : QDir::tempPath() + QStringLiteral("/campaign-XXXXXX"));

    QueueStore::Options options;
    options.config = StoreConfig::sqliteAt(temp.filePath(QStringLiteral("smsdesk.db")));
    QueueStore store(SystemClock::instance(), options);
    if (Status s = store.open(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorString()));
        return 1;
    }
    QList<Contact> contacts;
    for (int i = 0; i < rows; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Kundin%1").arg(i);
        c.lastName = QStringLiteral("Müller");
        c.numbers = { mobile(i) };
        c.groups = { QStringLiteral("Stammkunden") };
        contacts.append(c);
    }
    if (const auto stored = store.importContacts(contacts).result(); !stored) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.errorString()));
        return 1;
    }
    StoreReader reader(options.config);
    if (Status s = reader.open(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorString()));
        return 1;
    }
    const QByteArray csv = makeCsv(rows);
    const PhoneNumbers numbers(QStringLiteral("DE"));
    const QString text = QStringLiteral("Hallo {first_name} {last_name}, Ihre Bestellung {bestellnummer} liegt ab "
                                        "{abholtag} bereit.");
    std::printf("%d-row CSV (%.2f MB), %d contacts stored\n", rows, double(csv.size()) / (1024 * 1024), rows);
    for (int round = 1; round <= rounds; ++round) {
        QElapsedTimer step;
        step.start();
        const Result<CsvTable> table = CsvReader::parse(csv);
        const Result<QList<CampaignRecipient>> recipients = CampaignRecipients::fromCsv(table.value());
        const double readMs = ms(step);
        step.restart();
        const Result<QList<Contact>> all = reader.allContacts({});
        const double contactsMs = ms(step);
        step.restart();
        const Result<CampaignPreview> preview = CampaignPlanner(numbers, all.value()).preview(recipients.value(), text);
        const double planMs = ms(step);
        if (!preview) {
            std::fprintf(stderr, "%s\n", qPrintable(preview.errorString()));
            return 1;
        }
        step.restart();
        Campaign campaign;
        campaign.name = QStringLiteral("Abholung %1").arg(round);
        campaign.text = text;
        campaign.perMinute = 60;
        const Result<Campaign> queued = store.createCampaign(campaign, preview->messages()).result();
        const double queueMs = ms(step);
        if (!queued) {
            std::fprintf(stderr, "%s\n", qPrintable(queued.errorString()));
            return 1;
        }
        std::printf("round %d: preview %7.1f ms (read CSV %6.1f, read contacts %6.1f, fill in %6.1f)  queue %7.1f ms"
                    "  (%d included, %d left out, %d segments)\n",
                    round, readMs + contactsMs + planMs, readMs, contactsMs, planMs, queueMs, preview->included,
                    preview->leftOut, preview->segments);
    }
    return 0;
}
