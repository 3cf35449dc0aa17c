// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincommands.h"

#include "apitoken.h"
#include "appsettings.h"
#include "businesssettings.h"
#include "contactexport.h"
#include "contactimport.h"
#include "engine.h"
#include "messageexport.h"
#include "gatewayadapter.h"
#include "headless.h"
#include "intakecommands.h"
#include "phonenumbers.h"
#include "queuestore.h"
#include "storereader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QEventLoop>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace smsdesk {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "smsdesk: %s\n", qPrintable(message));
    return 1;
}

Result<StoreConfig> storeConfigFor(const CommandLine &cl)
{
    if (!cl.databaseUrl.isEmpty())
        return StoreConfig::fromUrl(cl.databaseUrl);
    if (!QDir().mkpath(cl.dataDir))
        return Result<StoreConfig>::failure(
            ErrorCode::Io, QStringLiteral("Cannot create the data folder %1.").arg(cl.dataDir));
    return StoreConfig::sqliteAt(QDir(cl.dataDir).filePath(QStringLiteral("smsdesk.db")));
}

// What --rate/--burst, --unlimited and --default ask for: `given` false when none of them.
struct LimitFlags
{
    bool given = false;
    std::optional<TokenLimit> limit; // none: the default
};

Result<LimitFlags> limitFlags(const CommandLine &cl, bool defaultAllowed)
{
    using R = Result<LimitFlags>;
    const bool numbers = cl.tokenRateSet || cl.tokenBurstSet;
    if (int(numbers) + int(cl.tokenUnlimited) + int(cl.tokenDefault) > 1)
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("Give one of --rate R --burst B, --unlimited or --default. Nothing was changed."));
    if (cl.tokenDefault && !defaultAllowed)
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("A new token has the default limit unless --rate and --burst or "
                                         "--unlimited say otherwise; --default is for `token limit`."));
    LimitFlags flags;
    flags.given = numbers || cl.tokenUnlimited || cl.tokenDefault;
    if (cl.tokenUnlimited)
        flags.limit = TokenLimit::none();
    if (!numbers)
        return flags;
    if (!cl.tokenRateSet || !cl.tokenBurstSet)
        return R::failure(ErrorCode::Invalid,
                          QStringLiteral("--rate and --burst go together, e.g. --rate 200 --burst 400. "
                                         "Nothing was changed."));
    const Result<TokenLimit> own
        = TokenLimit::parse(cl.tokenRate, cl.tokenBurst, QStringLiteral("--rate"), QStringLiteral("--burst"));
    if (!own)
        return R::failure(ErrorCode::Invalid, own.errorString() + QStringLiteral(" Nothing was changed."));
    flags.limit = own.value();
    return flags;
}

// The default limit this data folder's settings hold, in words for `token list`.
QString describeDefault(const CommandLine &cl)
{
    const Result<TokenLimit> limit = AppSettings(cl.dataDir).tokenLimit();
    if (!limit) {
        std::fprintf(stderr, "smsdesk: %s\n", qPrintable(limit.errorString()));
        return QStringLiteral("default (unreadable in the settings)");
    }
    return QStringLiteral("default (%1)").arg(limit->describe());
}

// `token create NAME` (or --name NAME) [--rate R --burst B | --unlimited]: prints the token once.
int createToken(QueueStore &store, const CommandLine &cl)
{
    const QString usage = QStringLiteral(
        "usage: smsdesk token create NAME [--rate R --burst B | --unlimited] [--data-dir DIR]");
    QString name = cl.positional.size() == 3 ? cl.positional.at(2).trimmed() : cl.name.trimmed();
    if (cl.positional.size() > 3 || (cl.positional.size() == 3 && !cl.name.isEmpty()) || name.isEmpty())
        return fail(usage);
    const Result<LimitFlags> flags = limitFlags(cl, false);
    if (!flags)
        return fail(flags.errorString());
    const QString token = generateApiToken();
    const Result<ApiToken> added = store.addToken(name, hashApiToken(token), flags->limit).result();
    if (!added)
        return fail(added.errorString());
    // Printed once; only the hash is stored.
    std::printf("%s\n", qPrintable(token));
    return 0;
}

// `token list`: every token, active or revoked, with its request limit.
int listTokens(const StoreConfig &config, const CommandLine &cl)
{
    StoreReader reader(config);
    if (Status opened = reader.open(); !opened)
        return fail(opened.errorString());
    const Result<QList<ApiToken>> tokens = reader.tokens();
    if (!tokens)
        return fail(tokens.errorString());
    const QString byDefault = describeDefault(cl);
    std::printf("%-4s %-24s %-8s %s\n", "ID", "NAME", "STATE", "LIMIT");
    for (const ApiToken &t : tokens.value()) {
        std::printf("%-4lld %-24s %-8s %s\n", static_cast<long long>(t.id), qPrintable(t.name),
                    t.revokedAtMs > 0 ? "revoked" : "active", qPrintable(t.limit ? t.limit->describe() : byDefault));
    }
    return 0;
}

// `token limit ID --rate R --burst B | --unlimited | --default`: a running server applies it
// within a second.
int limitToken(QueueStore &store, const CommandLine &cl)
{
    const QString usage
        = QStringLiteral("usage: smsdesk token limit ID --rate R --burst B | --unlimited | --default [--data-dir DIR]");
    bool idOk = false;
    const qint64 id = cl.positional.value(2).toLongLong(&idOk);
    if (cl.positional.size() != 3 || !idOk || id <= 0)
        return fail(usage + QStringLiteral(" (ID: the number `smsdesk token list` shows)"));
    const Result<LimitFlags> flags = limitFlags(cl, true);
    if (!flags)
        return fail(flags.errorString());
    if (!flags->given)
        return fail(usage);
    if (Status changed = store.setTokenLimit(id, flags->limit).result(); !changed)
        return fail(changed.errorString());
    std::printf("token %lld: %s\n", static_cast<long long>(id),
                qPrintable(flags->limit ? flags->limit->describe() : describeDefault(cl)));
    return 0;
}

QString validateDevice(const CommandLine &cl)
{
    if (cl.name.trimmed().isEmpty())
        return QStringLiteral("device add needs --name.");
    if (!adapterNames().contains(cl.adapter))
        return QStringLiteral("--adapter must be one of: %1.").arg(adapterNames().join(QStringLiteral(", ")));
    const QUrl url(cl.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return QStringLiteral("--url must be an http:// or https:// address, e.g. http://192.168.1.20:8080.");
    return {};
}

int addDevice(QueueStore &store, const CommandLine &cl)
{
    if (const QString problem = validateDevice(cl); !problem.isEmpty())
        return fail(problem);
    Device device;
    device.name = cl.name.trimmed();
    device.adapter = cl.adapter;
    device.baseUrl = cl.url;
    device.remoteId = cl.remoteId;
    device.sim = cl.sim;
    device.ratePerMinute = cl.ratePerMinute;
    device.ratePerDay = cl.ratePerDay;
    const Result<Device> added = store.addDevice(device).result();
    if (!added)
        return fail(added.errorString());
    std::printf("%lld\n", static_cast<long long>(added->id));
    return 0;
}

int listDevices(const StoreConfig &config)
{
    StoreReader reader(config);
    if (Status opened = reader.open(); !opened)
        return fail(opened.errorString());
    const Result<QList<Device>> devices = reader.devices();
    if (!devices)
        return fail(devices.errorString());
    std::printf("%-4s %-20s %-14s %-32s %-8s %s\n", "ID", "NAME", "ADAPTER", "URL", "ENABLED",
                "RATE/MIN RATE/DAY");
    for (const Device &d : devices.value()) {
        std::printf("%-4lld %-20s %-14s %-32s %-8s %d %d\n", static_cast<long long>(d.id), qPrintable(d.name),
                    qPrintable(d.adapter), qPrintable(d.baseUrl), d.enabled ? "yes" : "no", d.ratePerMinute,
                    d.ratePerDay);
    }
    return 0;
}

// `contacts import FILE [--group G]`: a CSV or vCard file into the contacts, numbers read
// with the business's region; rows left out are listed with their line; a file that cannot
// be read as a whole (a broken card, an unclosed quote, no phone column) imports nothing.
int importContacts(QueueStore &store, const CommandLine &cl)
{
    if (cl.positional.size() != 3)
        return fail(QStringLiteral("usage: smsdesk contacts import FILE [--group G] [--data-dir DIR]"));
    const QString path = cl.positional.at(2);
    QFile file(path);
    if (QFileInfo(path).size() > CsvReader::kMaxBytes)
        return fail(QStringLiteral("%1 is %2 MB; a contact file may have up to %3 MB. Nothing was imported.")
                        .arg(path)
                        .arg(QFileInfo(path).size() / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(CsvReader::kMaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    QString region = BusinessSettings::fromValues(store.settings()).defaultRegion;
    if (region.isEmpty())
        region = PhoneNumbers::regionForLocale(QLocale::system());
    const PhoneNumbers numbers(region);
    const Result<ImportPlan> plan = ContactImport::fromData(file.readAll(), numbers, cl.groups);
    if (!plan)
        return fail(QStringLiteral("%1: %2. Nothing was imported.").arg(path, plan.errorString()));
    for (const ImportProblem &problem : plan->rejected)
        std::fprintf(stderr, "smsdesk: %s line %d: %s\n", qPrintable(path), problem.line, qPrintable(problem.reason));
    const Result<ContactImportResult> done = store.importContacts(plan->contacts).result();
    if (!done)
        return fail(QStringLiteral("%1. Nothing was imported.").arg(done.errorString()));
    std::printf("imported %d, merged %d; %d problems in %d rows read\n", done->imported, done->merged,
                int(plan->rejected.size()), plan->rows);
    return 0;
}

// `contacts export FILE [--group G]`: every contact (or one group's) as a CSV file that
// `contacts import` and spreadsheets read back; written whole or not at all.
int exportContacts(const StoreConfig &config, const CommandLine &cl)
{
    if (cl.positional.size() != 3 || cl.groups.size() > 1)
        return fail(QStringLiteral("usage: smsdesk contacts export FILE [--group G] [--data-dir DIR]"));
    StoreReader reader(config);
    if (Status opened = reader.open(); !opened)
        return fail(opened.errorString());
    const Result<QList<Contact>> all = reader.allContacts(cl.groups.value(0));
    if (!all)
        return fail(QStringLiteral("%1. Nothing was exported.").arg(all.errorString()));
    const QString path = cl.positional.at(2);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ContactExport::toCsv(all.value())) < 0 || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2. Nothing was exported.").arg(path, file.errorString()));
    std::printf("exported %d contacts to %s\n", int(all->size()), qPrintable(path));
    return 0;
}

// A --from/--to value: a date (local midnight; for --to the midnight after it, so the day is
// included) or an ISO 8601 time. False when it reads as neither.
bool readWhen(const QString &text, bool end, qint64 &ms)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        ms = QDateTime(end ? date.addDays(1) : date, QTime(0, 0)).toMSecsSinceEpoch();
        return true;
    }
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return false;
    ms = at.toMSecsSinceEpoch();
    return true;
}

// `messages export --output FILE [--from WHEN] [--to WHEN] [--number E164]`: both directions,
// oldest first, as CSV; written a thousand rows at a time and renamed into place at the end.
int exportMessages(const StoreConfig &config, const CommandLine &cl)
{
    const QString usage = QStringLiteral(
        "usage: smsdesk messages export --output FILE [--from YYYY-MM-DD|TIME] [--to YYYY-MM-DD|TIME] [--number E164]");
    if (cl.positional.size() != 2 || cl.output.isEmpty())
        return fail(usage);
    HistoryFilter filter;
    if (!cl.exportFrom.isEmpty() && !readWhen(cl.exportFrom, false, filter.fromMs))
        return fail(QStringLiteral("--from \"%1\" is neither a date (YYYY-MM-DD) nor an ISO 8601 time.").arg(cl.exportFrom));
    if (!cl.exportTo.isEmpty() && !readWhen(cl.exportTo, true, filter.toMs))
        return fail(QStringLiteral("--to \"%1\" is neither a date (YYYY-MM-DD) nor an ISO 8601 time.").arg(cl.exportTo));
    if (filter.toMs <= filter.fromMs)
        return fail(QStringLiteral("--to must come after --from."));
    filter.number = cl.exportNumber;
    StoreReader reader(config);
    if (Status opened = reader.open(); !opened)
        return fail(opened.errorString());
    const Result<qint64> written = MessageExport::writeCsv(reader, filter, cl.output);
    if (!written)
        return fail(written.errorString());
    std::printf("exported %lld messages to %s\n", written.value(), qPrintable(cl.output));
    return 0;
}


// `database password`: the PostgreSQL role's password, from standard input, tried against
// the server and only then kept in the system keychain (never on the command line).
int storeDatabasePassword(StoreConfig config, CredentialStore &credentials)
{
    if (config.backend != StoreConfig::Backend::Postgres)
        return fail(QStringLiteral("database password needs --database postgresql://user@host:port/db."));
    if (!credentials.isWritable())
        return fail(QStringLiteral("%1 Or add it to the credentials file yourself: \"%2\": {\"password\": \"...\"}.")
                        .arg(credentials.unavailableReason(), config.credentialsKey()));
    config.password = readSecretLine();
    if (config.password.isEmpty())
        return fail(QStringLiteral("no password given on standard input; nothing was saved."));
    {
        // Tried first: a wrong password is said now, not at the next start.
        QueueStore::Options options;
        options.config = config;
        QueueStore store(SystemClock::instance(), options);
        if (Status opened = store.open(); !opened)
            return fail(QStringLiteral("%1; the password was not saved.").arg(opened.errorString()));
    }
    Credentials kept;
    kept.password = config.password;
    QFuture<Status> written = credentials.write(config.credentialsKey(), kept);
    QEventLoop loop;
    written.then(&loop, [&loop](const Status &) { loop.quit(); });
    if (!written.isFinished())
        loop.exec();
    if (Status s = written.result(); !s)
        return fail(QStringLiteral("cannot save the password in the keychain: %1").arg(s.errorString()));
    std::printf("the password of %s is kept in the system keychain\n", qPrintable(config.describe()));
    return 0;
}

} // namespace

// Reads one line from standard input, without echo when it is a terminal.
QString readSecretLine()
{
    const bool tty = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (tty) {
        std::fprintf(stderr, "Password: ");
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine(4096);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return line;
}

int runAdminCommand(int argc, char **argv, const CommandLine &cl)
{
    QCoreApplication app(argc, argv);
    Result<StoreConfig> config = storeConfigFor(cl);
    if (!config)
        return fail(config.errorString());
    // The credential store the engine would use: the password of a PostgreSQL role is there.
    const Result<EngineSetup> setup = engineSetup(cl);
    if (!setup)
        return fail(setup.errorString());
    if (cl.mode == CommandLine::Mode::DatabasePassword)
        return storeDatabasePassword(config.value(), *setup->credentials);
    if (isIntakeCommand(cl.mode)) // this machine's settings.ini, not the database
        return runIntakeCommand(cl, *setup->credentials);
    Engine::fillDatabasePassword(config.value(), *setup->credentials);
    QueueStore::Options options;
    options.config = config.value();
    QueueStore store(SystemClock::instance(), options);
    if (Status opened = store.open(); !opened)
        return fail(opened.errorString());
    switch (cl.mode) {
    case CommandLine::Mode::TokenCreate:
        return createToken(store, cl);
    case CommandLine::Mode::TokenList:
        return listTokens(config.value(), cl);
    case CommandLine::Mode::TokenLimit:
        return limitToken(store, cl);
    case CommandLine::Mode::DeviceAdd:
        return addDevice(store, cl);
    case CommandLine::Mode::DeviceList:
        return listDevices(config.value());
    case CommandLine::Mode::ContactsImport:
        return importContacts(store, cl);
    case CommandLine::Mode::ContactsExport:
        return exportContacts(config.value(), cl);
    case CommandLine::Mode::MessagesExport:
        return exportMessages(config.value(), cl);
    default:
        return fail(QStringLiteral("unknown command"));
    }
}

} // namespace smsdesk
