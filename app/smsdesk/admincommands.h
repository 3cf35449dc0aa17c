// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

namespace smsdesk {

// `token create NAME`, `device add ...`, `device list`, `database password`: for scripts and
// servers. They open the store directly (SQLite's locking lets them run beside a running
// engine), with a PostgreSQL password from the keychain or --credentials-file as the engine does.
int runAdminCommand(int argc, char **argv, const CommandLine &cl);

// Reads one line from standard input, without echo when it is a terminal.
QString readSecretLine();

} // namespace smsdesk
