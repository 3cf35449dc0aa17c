// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

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

} // namespace smsdesk::test
