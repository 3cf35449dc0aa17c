// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readmodel.h"

#include <QHash>
#include <QObject>
#include <QSaveFile>

namespace smsdesk {

// Writes the dead letters matching a filter to a CSV file, one store page per event-loop
// turn so the window stays responsive; cancel() leaves the old file untouched (QSaveFile).
class CsvExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExport)

public:
    CsvExport(ReadModel &reader, DeadLetterFilter filter, QHash<qint64, QString> deviceNames,
              const QString &path, QObject *parent = nullptr);

    void start(qint64 total);
    void cancel() { m_cancelled = true; }

    static QByteArray header();
    static QByteArray row(const Message &message, const QString &deviceName, const QString &contactName);
    static QByteArray field(const QString &value);

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(qint64 written, const QString &error, bool cancelled);

private:
    void writePage();

    ReadModel &m_reader;
    DeadLetterFilter m_filter;
    QHash<qint64, QString> m_deviceNames;
    QSaveFile m_file;
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_cancelled = false;
};

} // namespace smsdesk
