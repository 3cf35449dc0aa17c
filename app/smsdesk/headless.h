// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "credentialstore.h"
#include "result.h"

#include <memory>

namespace smsdesk {

// The credential store for this run: the --credentials-file when given, else the keychain.
Result<std::shared_ptr<CredentialStore>> openCredentialStore(const CommandLine &cl);

// Engine without a window until SIGINT/SIGTERM; exit 0 on a clean stop.
int runHeadless(int argc, char **argv, const CommandLine &cl);

} // namespace smsdesk
