// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace smsdesk {

// Encodes `text` as a QR code (libqrencode, error correction M) into a black-on-white
// image, one pixel per module plus a four-module quiet zone; scale it with
// Qt::FastTransformation to keep the modules sharp. Null image when the text is too long.
QImage qrCodeImage(const QString &text);

} // namespace smsdesk
