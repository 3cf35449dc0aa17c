// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "engine.h"
#include "result.h"

#include <memory>

namespace smsdesk {

// The engine's options for this command line: the credential store is the
// --credentials-file when given, else the system keychain.
// What the command line decides for the engine: its options, and where secrets live (the
// system keychain, or --credentials-file).
struct EngineSetup
{
    Engine::Options options;
    std::shared_ptr<CredentialStore> credentials;
};
Result<EngineSetup> engineSetup(const CommandLine &cl);

// Engine without a window until SIGINT/SIGTERM; exit 0 on a clean stop.
int runHeadless(int argc, char **argv, const CommandLine &cl);

} // namespace smsdesk
