// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboundwebhook.h"

#include <QSqlQuery>

// Rows of the outbound webhook tables (migration 15), for the writer's claims and the readers.
namespace smsdesk::rows {

// Column list of webhook_deliveries in the order webhookDelivery reads it.
QString webhookDeliveryColumns();
WebhookDelivery webhookDelivery(const QSqlQuery &query, int first = 0);
QString webhookEndpointColumns(); // id, url, description, events, created_at
WebhookEndpoint webhookEndpoint(const QSqlQuery &query);

} // namespace smsdesk::rows
