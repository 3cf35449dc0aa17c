// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace smsdesk {

// Writes `bytes` to `path` whole or not at all (QSaveFile: a temporary file renamed over
// the old one only once everything is written). Returns "" on success, else why not, as
// the system words it ("Permission denied"); the caller says what was not saved.
QString writeWholeFile(const QString &path, const QByteArray &bytes);

} // namespace smsdesk
