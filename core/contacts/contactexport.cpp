// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactexport.h"

#include "csvwriter.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace smsdesk {

QByteArray ContactExport::toCsv(const QList<Contact> &contacts)
{
    qsizetype phones = 1;
    QSet<QString> fieldSet;
    for (const Contact &c : contacts) {
        phones = std::max(phones, c.numbers.size());
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
            fieldSet.insert(it.key());
    }
    QStringList fields(fieldSet.cbegin(), fieldSet.cend());
    std::sort(fields.begin(), fields.end());

    QStringList header { QStringLiteral("Name"), QStringLiteral("First Name"), QStringLiteral("Last Name") };
    for (qsizetype i = 1; i <= phones; ++i)
        header.append(QStringLiteral("Phone %1").arg(i));
    header << QStringLiteral("Groups") << QStringLiteral("Note");
    header += fields;

    QList<QStringList> rows;
    rows.reserve(contacts.size());
    for (const Contact &c : contacts) {
        QStringList row { c.name, c.firstName, c.lastName };
        for (qsizetype i = 0; i < phones; ++i)
            row.append(c.numbers.value(i));
        row << c.groups.join(QStringLiteral("; ")) << c.note;
        for (const QString &field : fields)
            row.append(c.fields.value(field));
        rows.append(row);
    }
    return CsvWriter::write(header, rows);
}

QByteArray ContactExport::optOutsToCsv(const QList<OptOut> &optOuts)
{
    const QStringList header { QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("opted_out_at"),
                               QStringLiteral("source"), QStringLiteral("detail") };
    QList<QStringList> rows;
    rows.reserve(optOuts.size());
    for (const OptOut &o : optOuts) {
        rows.append({ o.number, o.contactName,
                      QDateTime::fromMSecsSinceEpoch(o.atMs, QTimeZone::utc()).toString(Qt::ISODateWithMs),
                      optOutSourceName(o.source), o.detail });
    }
    return CsvWriter::write(header, rows);
}

} // namespace smsdesk
