// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QRectF>

class QPainter;

namespace smsdesk {

// The status marks of outgoing messages (UI.md): a clock while queued or sending, one tick
// when sent, two ticks (accent colour) when delivered, a red "!" when dead, a slash when
// cancelled. Drawn as paths so they are crisp at any scale and follow the palette.
void paintStatusMark(QPainter *painter, const QRectF &rect, int status, const QPalette &palette);

} // namespace smsdesk
