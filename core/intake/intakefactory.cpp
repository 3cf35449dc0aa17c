// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakefactory.h"

#include "intakesource.h"
#include "rabbitmqintake.h"

namespace smsdesk {

namespace {

Error notBuilt(IntakeConfig::Kind kind)
{
    return Error { ErrorCode::Unavailable,
                   QStringLiteral("this version cannot read from %1 yet; see docs/intake.md")
                       .arg(IntakeConfig::kindName(kind)) };
}

} // namespace

std::unique_ptr<IntakeSource> makeIntakeSource(const IntakeConfig &config, IntakeSink &sink)
{
    switch (config.kind) {
    case IntakeConfig::Kind::RabbitMq:
        return std::make_unique<RabbitMqIntake>(config, sink);
    case IntakeConfig::Kind::Redis: // issue 16, point 1: not written yet
    case IntakeConfig::Kind::Sqs: // issue 16, point 3: not written yet
        break;
    }
    return nullptr;
}

Result<QString> probeIntake(const IntakeConfig &config, int timeoutMs)
{
    if (config.kind == IntakeConfig::Kind::RabbitMq)
        return RabbitMqIntake::probe(config, timeoutMs);
    return notBuilt(config.kind);
}

} // namespace smsdesk
