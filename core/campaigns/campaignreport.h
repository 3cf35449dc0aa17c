// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"

#include <QByteArray>
#include <QList>

namespace smsdesk {

// A campaign's messages as CSV (UTF-8 with BOM, as Excel opens it): number, name, status,
// attempts, due, sent, delivered (ISO 8601, UTC), last error, text, message id.
namespace CampaignReport {
QByteArray toCsv(const QList<CampaignMessage> &messages);
}

} // namespace smsdesk
