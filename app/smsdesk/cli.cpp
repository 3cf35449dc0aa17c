// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "admincommands.h"
#include "headless.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

namespace smsdesk {

namespace {

struct Options
{
    QCommandLineOption headless { QStringLiteral("headless"),
                                  QStringLiteral("Run the engine without a window.") };
    QCommandLineOption dataDir { QStringLiteral("data-dir"), QStringLiteral("Data folder (default: %1)."),
                                 QStringLiteral("DIR") };
    QCommandLineOption database {
        QStringLiteral("database"),
        QStringLiteral("Queue database URL: a SQLite path, or postgresql://user@host:port/db."),
        QStringLiteral("URL")
    };
    QCommandLineOption listen { QStringLiteral("listen"),
                                QStringLiteral("API address (default 127.0.0.1:8765)."),
                                QStringLiteral("HOST:PORT") };
    QCommandLineOption gatewayListen { QStringLiteral("gateway-listen"),
                                       QStringLiteral("Listen for gateway webhooks here, apart from the API "
                                                      "(plain HTTP only on loopback)."),
                                       QStringLiteral("HOST:PORT") };
    QCommandLineOption gatewayCert { QStringLiteral("gateway-cert"),
                                     QStringLiteral("TLS certificate (PEM) of the gateway listener."),
                                     QStringLiteral("PEM") };
    QCommandLineOption gatewayKey { QStringLiteral("gateway-key"),
                                    QStringLiteral("Private key (PEM) of that certificate."), QStringLiteral("PEM") };
    QCommandLineOption gatewayUrl { QStringLiteral("gateway-url"),
                                    QStringLiteral("The address phones post webhooks to (default: https://HOST:PORT "
                                                   "of --gateway-listen)."),
                                    QStringLiteral("URL") };
    QCommandLineOption demo { QStringLiteral("demo"),
                              QStringLiteral("Add two simulated phones (separate demo data).") };
    QCommandLineOption viewer { QStringLiteral("viewer"),
                                QStringLiteral("Send nothing from this desk: another desk's dispatcher sends "
                                               "(several desks on one PostgreSQL queue).") };
    QCommandLineOption credentials { QStringLiteral("credentials-file"),
                                     QStringLiteral(
                                         "Read secrets from this owner-only JSON file (headless servers "
                                         "without a keychain)."),
                                     QStringLiteral("FILE") };
    QCommandLineOption version { QStringLiteral("version"), QStringLiteral("Print the version and exit.") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
                              QStringLiteral("Show this help.") };
    // device add
    QCommandLineOption name { QStringLiteral("name"), QStringLiteral("Device name."), QStringLiteral("N") };
    QCommandLineOption adapter { QStringLiteral("adapter"),
                                 QStringLiteral("mysmsgate, smsgate or smsgate-cloud."),
                                 QStringLiteral("A") };
    QCommandLineOption url { QStringLiteral("url"), QStringLiteral("Gateway base URL."),
                             QStringLiteral("URL") };
    QCommandLineOption remoteId { QStringLiteral("remote-id"), QStringLiteral("Gateway-side device id."),
                                  QStringLiteral("ID") };
    QCommandLineOption sim { QStringLiteral("sim"), QStringLiteral("SIM slot (1-3)."), QStringLiteral("N") };
    QCommandLineOption perMinute { QStringLiteral("rate-per-minute"), QStringLiteral("SMS per minute."),
                                   QStringLiteral("N") };
    QCommandLineOption group { QStringLiteral("group"),
                               QStringLiteral("contacts import: put every imported contact in this group "
                                              "(may be given several times); contacts export: only "
                                              "this group."),
                               QStringLiteral("G") };
    QCommandLineOption from { QStringLiteral("from"),
                              QStringLiteral("messages export: from this date (YYYY-MM-DD, local) or time (ISO 8601)."),
                              QStringLiteral("WHEN") };
    QCommandLineOption to { QStringLiteral("to"),
                            QStringLiteral("messages export: up to and including this date, or before this time."),
                            QStringLiteral("WHEN") };
    QCommandLineOption number { QStringLiteral("number"), QStringLiteral("messages export: one conversation only."),
                                QStringLiteral("E164") };
    QCommandLineOption output { QStringLiteral("output"), QStringLiteral("messages export: the CSV file to write."),
                                QStringLiteral("FILE") };
    QCommandLineOption rate { QStringLiteral("rate"),
                              QStringLiteral("token create, token limit: requests per second this token may send "
                                             "(with --burst)."),
                              QStringLiteral("R") };
    QCommandLineOption burst { QStringLiteral("burst"),
                               QStringLiteral("token create, token limit: requests it may send at once (with --rate)."),
                               QStringLiteral("B") };
    QCommandLineOption unlimited { QStringLiteral("unlimited"),
                                   QStringLiteral("token create, token limit: no request limit for this token.") };
    QCommandLineOption defaultLimit { QStringLiteral("default"),
                                      QStringLiteral("token limit: back to the default limit (settings).") };
    QCommandLineOption perDay { QStringLiteral("rate-per-day"), QStringLiteral("SMS per day (0: no cap)."),
                                QStringLiteral("N") };
    QCommandLineOption kind { QStringLiteral("kind"), QStringLiteral("intake add: redis, rabbitmq or sqs."),
                              QStringLiteral("KIND") };
    QCommandLineOption stream { QStringLiteral("stream"),
                                QStringLiteral("intake add: the Redis stream (default sms_queue)."), QStringLiteral("S") };
    QCommandLineOption consumer { QStringLiteral("consumer"),
                                  QStringLiteral("intake add: this desk's Redis consumer name (default smsdesk-HOST)."),
                                  QStringLiteral("C") };
    QCommandLineOption queue { QStringLiteral("queue"), QStringLiteral("intake add: the RabbitMQ or SQS queue."),
                               QStringLiteral("Q") };
    QCommandLineOption statusStream { QStringLiteral("status-stream"),
                                      QStringLiteral("intake add: a Redis stream each status change is written to."),
                                      QStringLiteral("S") };
    QCommandLineOption claimIdle { QStringLiteral("claim-idle"),
                                   QStringLiteral("intake add: seconds an entry waits on a dead Redis consumer before "
                                                  "this desk claims it (default 60)."),
                                   QStringLiteral("SECONDS") };
    QCommandLineOption prefetch { QStringLiteral("prefetch"),
                                  QStringLiteral("intake add: entries read and not yet acknowledged, at most (default 500)."),
                                  QStringLiteral("N") };
    QCommandLineOption passwordStdin { QStringLiteral("password-stdin"),
                                       QStringLiteral("intake add: read the broker's password (SQS: the secret key) from "
                                                      "standard input; it is kept in the keychain.") };
    QCommandLineOption disabled { QStringLiteral("disabled"), QStringLiteral("intake add: saved, but not started.") };
};

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int &out,
             QString &error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        error = QStringLiteral("--%1 must be a whole number from %2 to %3.")
                    .arg(option.names().constFirst())
                    .arg(min)
                    .arg(max);
        return false;
    }
    out = value;
    return true;
}

CommandLine::Mode subcommandMode(const QStringList &positional, QString &error)
{
    const QString joined = positional.mid(0, 2).join(QLatin1Char(' '));
    if (joined == QLatin1String("token create"))
        return CommandLine::Mode::TokenCreate;
    if (joined == QLatin1String("token list"))
        return CommandLine::Mode::TokenList;
    if (joined == QLatin1String("token limit"))
        return CommandLine::Mode::TokenLimit;
    if (joined == QLatin1String("device add"))
        return CommandLine::Mode::DeviceAdd;
    if (joined == QLatin1String("device list"))
        return CommandLine::Mode::DeviceList;
    if (joined == QLatin1String("database password"))
        return CommandLine::Mode::DatabasePassword;
    if (joined == QLatin1String("contacts import"))
        return CommandLine::Mode::ContactsImport;
    if (joined == QLatin1String("contacts export"))
        return CommandLine::Mode::ContactsExport;
    if (joined == QLatin1String("messages export"))
        return CommandLine::Mode::MessagesExport;
    if (joined == QLatin1String("intake add"))
        return CommandLine::Mode::IntakeAdd;
    if (joined == QLatin1String("intake list"))
        return CommandLine::Mode::IntakeList;
    if (joined == QLatin1String("intake remove"))
        return CommandLine::Mode::IntakeRemove;
    if (joined == QLatin1String("intake test"))
        return CommandLine::Mode::IntakeTest;
    error = QStringLiteral("Unknown command \"%1\". Commands: token create NAME, token list, token limit ID, device add, device list, "
                           "database password, contacts import FILE, contacts export FILE, messages export --output FILE, "
                           "intake add --kind K --url URL, intake list, intake remove ID, intake test ID.")
                .arg(positional.join(QLatin1Char(' ')));
    return CommandLine::Mode::Error;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments, bool guiAvailable)
{
    Options o;
    o.dataDir.setDescription(o.dataDir.description().arg(defaultDataDir()));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Smsdesk: reliable SMS from your own phones."));
    parser.addOptions({ o.headless, o.dataDir, o.database, o.listen, o.gatewayListen, o.gatewayCert, o.gatewayKey,
                        o.gatewayUrl, o.demo, o.viewer, o.credentials, o.version, o.help,
                        o.name, o.adapter, o.url, o.remoteId, o.sim, o.perMinute, o.perDay, o.group, o.from, o.to, o.number,
                        o.output, o.rate, o.burst, o.unlimited, o.defaultLimit, o.kind, o.stream, o.consumer,
                        o.queue, o.statusStream, o.claimIdle, o.prefetch, o.passwordStdin, o.disabled });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("token create NAME | token list | token limit ID | device add ... | device list | database password | "
                                                "contacts import FILE | contacts export FILE | intake add ... | intake list | "
                                                "intake remove ID | intake test ID"));
    CommandLine cl;
    cl.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        cl.mode = CommandLine::Mode::Error;
        cl.error = parser.errorText();
        return cl;
    }
    cl.dataDir = QDir::cleanPath(parser.isSet(o.dataDir) ? QDir(parser.value(o.dataDir)).absolutePath()
                                                         : defaultDataDir());
    cl.databaseUrl = parser.value(o.database);
    cl.listen = parser.value(o.listen);
    cl.gatewayListen = parser.value(o.gatewayListen);
    cl.gatewayCert = parser.value(o.gatewayCert);
    cl.gatewayKey = parser.value(o.gatewayKey);
    cl.gatewayUrl = parser.value(o.gatewayUrl);
    cl.credentialsFile = parser.value(o.credentials);
    cl.demo = parser.isSet(o.demo);
    cl.viewer = parser.isSet(o.viewer);
    cl.positional = parser.positionalArguments();
    cl.name = parser.value(o.name);
    cl.adapter = parser.value(o.adapter);
    cl.url = parser.value(o.url);
    cl.remoteId = parser.value(o.remoteId);
    cl.groups = parser.values(o.group);
    cl.exportFrom = parser.value(o.from);
    cl.exportTo = parser.value(o.to);
    cl.exportNumber = parser.value(o.number);
    cl.output = parser.value(o.output);
    cl.tokenRate = parser.value(o.rate);
    cl.tokenBurst = parser.value(o.burst);
    cl.tokenRateSet = parser.isSet(o.rate);
    cl.tokenBurstSet = parser.isSet(o.burst);
    cl.tokenUnlimited = parser.isSet(o.unlimited);
    cl.tokenDefault = parser.isSet(o.defaultLimit);
    cl.intakeKind = parser.value(o.kind);
    cl.intakeStream = parser.value(o.stream);
    cl.intakeConsumer = parser.value(o.consumer);
    cl.intakeQueue = parser.value(o.queue);
    cl.intakeStatusStream = parser.value(o.statusStream);
    cl.intakePasswordStdin = parser.isSet(o.passwordStdin);
    cl.intakeDisabled = parser.isSet(o.disabled);
    if (cl.databaseUrl.startsWith(QLatin1String("postgres")) && !QUrl(cl.databaseUrl).password().isEmpty()) {
        // A command line shows in the process list and the shell's history.
        cl.mode = CommandLine::Mode::Error;
        cl.error = QStringLiteral(
            "--database must not carry the password: give postgresql://user@host:port/db and keep the "
            "password in the system keychain (smsdesk --database URL database password, which reads it "
            "from standard input), in the --credentials-file, or in ~/.pgpass or the file PGPASSFILE "
            "names (PostgreSQL's own password file).");
        return cl;
    }
        if (!readInt(parser, o.sim, 0, 3, cl.sim, cl.error)
        || !readInt(parser, o.perMinute, 1, 100000, cl.ratePerMinute, cl.error)
        || !readInt(parser, o.perDay, 0, 10'000'000, cl.ratePerDay, cl.error)
        || !readInt(parser, o.claimIdle, 1, 7 * 86'400, cl.intakeClaimIdleS, cl.error)
        || !readInt(parser, o.prefetch, 1, 10'000, cl.intakePrefetch, cl.error)) {
        cl.mode = CommandLine::Mode::Error;
        return cl;
    }
    if (parser.isSet(o.help))
        cl.mode = CommandLine::Mode::Help;
    else if (parser.isSet(o.version))
        cl.mode = CommandLine::Mode::Version;
    else if (!cl.positional.isEmpty())
        cl.mode = subcommandMode(cl.positional, cl.error);
    else if (parser.isSet(o.headless) || !guiAvailable)
        cl.mode = CommandLine::Mode::Headless;
    else
        cl.mode = CommandLine::Mode::Gui;
    return cl;
}

int runSmsdesk(int argc, char **argv, const GuiRunner &runGui)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication::setOrganizationName(QStringLiteral("smsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("smsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSDESK_VERSION));
    const CommandLine cl = parseCommandLine(arguments, bool(runGui));
    switch (cl.mode) {
    case CommandLine::Mode::Error:
        std::fprintf(stderr, "smsdesk: %s\n", qPrintable(cl.error));
        return 2;
    case CommandLine::Mode::Help:
        std::fputs(qPrintable(cl.helpText), stdout);
        return 0;
    case CommandLine::Mode::Version:
        std::printf("smsdesk %s\n", SMSDESK_VERSION);
        return 0;
    case CommandLine::Mode::Gui:
        return runGui(cl);
    case CommandLine::Mode::Headless:
        return runHeadless(argc, argv, cl);
    default:
        return runAdminCommand(argc, argv, cl);
    }
}

} // namespace smsdesk
