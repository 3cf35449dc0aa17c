// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerprocess.h"

#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>

#include <csignal>
#include <sys/prctl.h>

namespace smsdesk::test {

int freeLoopbackPort(int low, int high)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int port = low + int(QRandomGenerator::global()->bounded(high - low));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port)))
            return port;
    }
    return 0;
}

void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace smsdesk::test
