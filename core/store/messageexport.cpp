// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageexport.h"

#include "csvwriter.h"
#include "storereader.h"

#include <QDateTime>
#include <QSaveFile>

namespace smsdesk {

Result<qint64> MessageExport::writeCsv(StoreReader &reader, HistoryFilter filter, const QString &path,
                                       const QTimeZone &zone)
{
    QSaveFile file(path);
    const auto failed = [&](const QString &why) {
        file.cancelWriting();
        return Result<qint64>::failure(ErrorCode::Io,
                                       QStringLiteral("cannot write %1: %2. Nothing was exported.").arg(path, why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const QStringList header { QStringLiteral("time"),    QStringLiteral("direction"), QStringLiteral("number"),
                               QStringLiteral("contact"), QStringLiteral("text"),      QStringLiteral("status"),
                               QStringLiteral("device") };
    if (file.write(CsvWriter::write(header, {})) < 0)
        return failed(file.errorString());
    qint64 written = 0;
    for (;;) {
        Result<HistoryPage> page = reader.historyPage(filter);
        if (!page) {
            file.cancelWriting();
            return Result<qint64>::failure(page.code(),
                                           QStringLiteral("%1. Nothing was exported.").arg(page.errorString()));
        }
        QList<QStringList> rows;
        rows.reserve(page->rows.size());
        for (const HistoryRow &r : page->rows) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.atMs, zone);
            rows.append({ at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate),
                          r.outgoing ? QStringLiteral("out") : QStringLiteral("in"), r.number, r.contactName, r.text,
                          r.status, r.device });
        }
        if (!rows.isEmpty() && file.write(CsvWriter::rows(rows)) < 0)
            return failed(file.errorString());
        written += rows.size();
        if (!page->more)
            break;
        filter.afterSeq = page->afterSeq;
        filter.afterInboundId = page->afterInboundId;
    }
    if (!file.commit())
        return failed(file.errorString());
    return written;
}

} // namespace smsdesk
