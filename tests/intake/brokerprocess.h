// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QProcess;

namespace smsdesk::test {

// What the broker fixtures (RabbitBroker, RedisServer) share: a port free on 127.0.0.1 in
// [low, high), 0 when none was found; and a child that gets SIGTERM when this process dies, so
// no broker outlives a crashed test.
int freeLoopbackPort(int low, int high);
void dieWithParent(QProcess &process);

} // namespace smsdesk::test
