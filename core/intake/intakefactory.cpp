// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakefactory.h"

#include "intakesource.h"
#include "rabbitmqintake.h"
#include "redisintake.h"
#include "sqsintake.h"

namespace smsdesk {

std::unique_ptr<IntakeSource> makeIntakeSource(const IntakeConfig &config, IntakeSink &sink)
{
    switch (config.kind) {
    case IntakeConfig::Kind::RabbitMq:
        return std::make_unique<RabbitMqIntake>(config, sink);
    case IntakeConfig::Kind::Redis:
        return std::make_unique<RedisIntake>(config, sink);
    case IntakeConfig::Kind::Sqs:
        return std::make_unique<SqsIntake>(config, sink);
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
        return SqsIntake::probe(config, timeoutMs);
    }
    return Result<QString>::failure(ErrorCode::Invalid, QStringLiteral("no such kind of intake"));
}

} // namespace smsdesk
