// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakefactory.h"

#include "intakesource.h"
#include "rabbitmqintake.h"
#include "redisintake.h"

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
    case IntakeConfig::Kind::Redis:
        return std::make_unique<RedisIntake>(config, sink);
    case IntakeConfig::Kind::Sqs: // issue 16, point 3: not written yet
        break;
    }
    return nullptr;
}

Result<QString> probeIntake(const IntakeConfig &config, int timeoutMs)
{
    switch (config.kind) {
    case IntakeConfig::Kind::RabbitMq:
        return RabbitMqIntake::probe(config, timeoutMs);
    case IntakeConfig::Kind::Redis:
        return RedisIntake::probe(config, timeoutMs);
    case IntakeConfig::Kind::Sqs:
        break;
    }
    return notBuilt(config.kind);
}

} // namespace smsdesk
