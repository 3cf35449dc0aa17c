// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayadapter.h"

#include <QNetworkAccessManager>

namespace smsdesk::test {

// Performs an adapter's request the way a dispatcher would (transfer timeout, body cap)
// and turns the answer into a GatewayReply.
GatewayReply exchange(QNetworkAccessManager &nam, const GatewayRequest &request, int timeoutMs = 5'000);

} // namespace smsdesk::test
