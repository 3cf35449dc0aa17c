// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun.h"

#include <QCoreApplication>
#include <QProcess>

namespace smsdesk {

bool startDemoInstance(QString *error, const QStringList &extraArguments)
{
    const QString program = QCoreApplication::applicationFilePath();
    QStringList arguments { QStringLiteral("--demo") };
    arguments += extraArguments;
    if (QProcess::startDetached(program, arguments))
        return true;
    if (error)
        *error = QCoreApplication::translate("smsdesk::FirstRun",
                                             "Could not start demo mode (%1). Start Smsdesk "
                                             "with --demo from a terminal instead.")
                     .arg(program);
    return false;
}

} // namespace smsdesk
