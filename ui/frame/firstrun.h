// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace smsdesk {

// "Try demo mode" from a first-run empty state: starts this same program again with
// --demo (its own data folder, two simulated phones) and lets the caller quit this one.
// Returns false with a sentence in `error` when the program could not be started.
bool startDemoInstance(QString *error, const QStringList &extraArguments = {});

} // namespace smsdesk
