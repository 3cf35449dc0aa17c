// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QProcess>

#include <QDir>

namespace smsdesk::test {

QString testDataPath(const QString &fileName)
{
    const QString dir = qEnvironmentVariable("SMSDESK_TEST_DATA", QStringLiteral(SMSDESK_TEST_DATA_DIR));
    return QDir(dir).filePath(fileName);
}

QString builtExecutable(const QString &relativePath)
{
    const QString dir = qEnvironmentVariable("SMSDESK_BUILD_DIR", QStringLiteral(SMSDESK_BINARY_DIR));
    return QDir(dir).filePath(relativePath);
}

HeadlessRun runHeadlessCommand(const QString &dataDir, QStringList arguments)
{
    arguments << QStringLiteral("--data-dir") << dataDir;
    QProcess process;
    process.start(builtExecutable(QStringLiteral("app/smsdesk/smsdesk-headless")), arguments);
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return { -2, {}, QStringLiteral("did not finish") };
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QStringList words(const char *line)
{
    return QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace smsdesk::test
