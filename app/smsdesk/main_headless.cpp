// SPDX-License-Identifier: GPL-3.0-or-later
// smsdesk-headless: the engine and the admin commands, linked against core only.
#include "cli.h"

int main(int argc, char **argv)
{
    return smsdesk::runSmsdesk(argc, argv, {});
}
