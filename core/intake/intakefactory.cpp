// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakefactory.h"

#include "intakesource.h"

namespace smsdesk {

std::unique_ptr<IntakeSource> makeIntakeSource(const IntakeConfig &config, IntakeSink &sink)
{
    switch (config.kind) {
    case IntakeConfig::Kind::Redis:
    case IntakeConfig::Kind::RabbitMq:
    case IntakeConfig::Kind::Sqs:
        break;
    }
    Q_UNUSED(sink);
    return nullptr;
}

Result<QString> probeIntake(const IntakeConfig &config, int timeoutMs)
{
    Q_UNUSED(timeoutMs);
    return Result<QString>::failure(ErrorCode::Unavailable,
                                    QStringLiteral("this build reads no %1 intake").arg(IntakeConfig::kindName(config.kind)));
}

} // namespace smsdesk
