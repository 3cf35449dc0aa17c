// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"
#include "result.h"

#include <memory>

namespace smsdesk {

class IntakeSink;
class IntakeSource;

// The transport for a configured intake's kind (RedisIntake, RabbitMqIntake, SqsIntake);
// made by IntakeHost (core/engine), which moves it into a thread of its own.
std::unique_ptr<IntakeSource> makeIntakeSource(const IntakeConfig &config, IntakeSink &sink);

// Connects once and says what is there, for Settings → Test and `smsdesk intake test`:
// "Redis 7.0.15: stream sms_queue has 12 entries; …", or why not. Blocks up to timeoutMs:
// call it from a worker thread. `config.url` carries the password, if any.
Result<QString> probeIntake(const IntakeConfig &config, int timeoutMs);

} // namespace smsdesk
