// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageexport.h"

#include "csvwriter.h"
#include "readmodel.h"

#include <QDateTime>

namespace smsdesk {

MessageExport::MessageExport(ReadModel &reader, HistoryFilter filter, const QString &path,
                             const QTimeZone &zone)
    : m_reader(reader)
    , m_filter(std::move(filter))
    , m_file(path)
    , m_zone(zone)
{
    m_filter.afterSeq = 0;
    m_filter.afterInboundId = 0;
}

MessageExport::~MessageExport()
{
    cancel(); // not committed: nothing stays at the path
}

Error MessageExport::failed(ErrorCode code, const QString &why)
{
    cancel();
    if (code != ErrorCode::Io) // the store could not be read
        return { code, QStringLiteral("%1. Nothing was exported.").arg(why) };
    return { code, QStringLiteral("cannot write %1: %2. Nothing was exported.").arg(m_file.fileName(), why) };
}

Status MessageExport::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failed(ErrorCode::Io, m_file.errorString());
    const QStringList header { QStringLiteral("time"),    QStringLiteral("direction"), QStringLiteral("number"),
                               QStringLiteral("contact"), QStringLiteral("text"),      QStringLiteral("status"),
                               QStringLiteral("device") };
    if (m_file.write(CsvWriter::write(header, {})) < 0)
        return failed(ErrorCode::Io, m_file.errorString());
    return {};
}

Result<bool> MessageExport::writePage()
{
    Result<HistoryPage> page = m_reader.historyPage(m_filter);
    if (!page)
        return failed(page.code(), page.errorString());
    QList<QStringList> rows;
    rows.reserve(page->rows.size());
    for (const HistoryRow &r : page->rows) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.atMs, m_zone);
        rows.append({ at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate),
                      r.outgoing ? QStringLiteral("out") : QStringLiteral("in"), r.number, r.contactName, r.text,
                      r.status, r.device });
        m_lastAtMs = std::max(m_lastAtMs, r.atMs);
    }
    if (!rows.isEmpty() && m_file.write(CsvWriter::rows(rows)) < 0)
        return failed(ErrorCode::Io, m_file.errorString());
    m_written += rows.size();
    m_filter.afterSeq = page->afterSeq;
    m_filter.afterInboundId = page->afterInboundId;
    return page->more;
}

Status MessageExport::commit()
{
    if (!m_file.commit())
        return failed(ErrorCode::Io, m_file.errorString());
    return {};
}

void MessageExport::cancel()
{
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // with writing cancelled: closes and removes the temporary file
}

Result<qint64> MessageExport::writeCsv(ReadModel &reader, HistoryFilter filter, const QString &path,
                                       const QTimeZone &zone)
{
    MessageExport job(reader, std::move(filter), path, zone);
    if (Status opened = job.open(); !opened)
        return opened.error();
    for (;;) {
        const Result<bool> more = job.writePage();
        if (!more)
            return more.error();
        if (!more.value())
            break;
    }
    if (Status done = job.commit(); !done)
        return done.error();
    return job.written();
}

} // namespace smsdesk
