// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

namespace smsdesk {

class CredentialStore;

bool isIntakeCommand(CommandLine::Mode mode);
// `intake add|list|remove|test`: the broker intakes of this machine (settings.ini in the
// data folder; DESIGN §6). A running engine picks a change up at its next start; the
// desktop's Settings → Intake applies them at once.
int runIntakeCommand(const CommandLine &cl, CredentialStore &credentials);

} // namespace smsdesk
