// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace smsdesk {

// What the command line asked for, after parsing. Parsing never exits the process.
struct CommandLine
{
    enum class Mode { Gui, Headless, Version, Help, TokenCreate, TokenList, TokenLimit, DeviceAdd, DeviceList, DatabasePassword, ContactsImport, ContactsExport, MessagesExport, IntakeAdd, IntakeList, IntakeRemove, IntakeTest, Error };
    Mode mode = Mode::Gui;
    QString dataDir; // resolved: --data-dir, else the platform app-data folder
    QString databaseUrl;
    QString listen;
    QString gatewayListen, gatewayCert, gatewayKey, gatewayUrl; // the gateway listener
    QString credentialsFile;
    bool demo = false;
    bool viewer = false; // no dispatcher on this desk
    QString error; // Mode::Error
    QString helpText;
    QStringList positional; // arguments after the subcommand
    // device add
    QString name, adapter, url, remoteId;
    QStringList groups; // contacts import: --group, each imported contact joins them
    int sim = 0, ratePerMinute = 10, ratePerDay = 500;
    // token create / token limit: --rate R --burst B, --unlimited, --default (token limit only)
    QString tokenRate, tokenBurst;
    bool tokenRateSet = false, tokenBurstSet = false, tokenUnlimited = false, tokenDefault = false;
    // intake add: --kind, --url (user name only; --password-stdin reads the password), --stream,
    // --group (the first --group), --consumer, --queue, --status-stream, --claim-idle (seconds),
    // --prefetch, --disabled
    QString intakeKind, intakeStream, intakeConsumer, intakeQueue, intakeStatusStream;
    int intakeClaimIdleS = 60, intakePrefetch = 500;
    bool intakePasswordStdin = false, intakeDisabled = false;
    // messages export: --from, --to (a date or an ISO 8601 time), --number, --output
    QString exportFrom, exportTo, exportNumber, output;
};

CommandLine parseCommandLine(const QStringList &arguments, bool guiAvailable);

// Runs everything but the GUI. `runGui` is given by the GUI executable only (variants are
// picked by what is linked, never by #ifdef). Returns the process exit code.
using GuiRunner = std::function<int(const CommandLine &)>;
int runSmsdesk(int argc, char **argv, const GuiRunner &runGui);

} // namespace smsdesk
