// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreport.h"

#include "csvwriter.h"

#include <QDateTime>

namespace smsdesk {

namespace {
QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

QByteArray CampaignReport::toCsv(const QList<CampaignMessage> &messages)
{
    const QStringList header { QStringLiteral("number"), QStringLiteral("name"),      QStringLiteral("status"),
                               QStringLiteral("attempts"), QStringLiteral("due"),     QStringLiteral("sent"),
                               QStringLiteral("delivered"), QStringLiteral("last_error"), QStringLiteral("text"),
                               QStringLiteral("message_id") };
    QList<QStringList> rows;
    rows.reserve(messages.size());
    for (const CampaignMessage &m : messages) {
        rows.append({ m.to, m.contactName, statusName(m.status), QString::number(m.attempts), when(m.dueAtMs),
                      when(m.sentAtMs), when(m.deliveredAtMs), m.lastError, m.text,
                      m.id.toString(QUuid::WithoutBraces) });
    }
    return CsvWriter::write(header, rows);
}

} // namespace smsdesk
