// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include <QDateTime>
#include <QTimer>

namespace smsdesk {

CsvExport::CsvExport(ReadModel &reader, DeadLetterFilter filter, QHash<qint64, QString> deviceNames,
                     const QString &path, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_filter(std::move(filter))
    , m_deviceNames(std::move(deviceNames))
    , m_file(path)
{
    m_filter.afterSeq = 0;
    m_filter.limit = 1000;
}

QByteArray CsvExport::header()
{
    return QByteArrayLiteral("id,to,name,text,attempts,last_error,died_at,phone\r\n");
}

QByteArray CsvExport::field(const QString &value)
{
    QString text = value;
    // A leading = or @ would run as a formula when the file is opened in a spreadsheet.
    // '+' is left alone: E.164 numbers start with it.
    if (text.startsWith(QLatin1Char('=')) || text.startsWith(QLatin1Char('@')))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text != value;
    if (!quote)
        return text.toUtf8();
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray CsvExport::row(const Message &m, const QString &deviceName, const QString &contactName)
{
    const QString diedAt = m.deadAtMs > 0
        ? QDateTime::fromMSecsSinceEpoch(m.deadAtMs, Qt::UTC).toString(Qt::ISODate)
        : QString();
    const QList<QByteArray> fields = { field(m.id.toString(QUuid::WithoutBraces)),
                                       field(m.to),
                                       field(contactName),
                                       field(m.text),
                                       QByteArray::number(m.attempts),
                                       field(m.lastError),
                                       field(diedAt),
                                       field(deviceName) };
    return fields.join(',') + "\r\n";
}

void CsvExport::start(qint64 total)
{
    m_total = total;
    if (!m_file.open(QIODevice::WriteOnly)) {
        Q_EMIT finished(0, m_file.errorString(), false);
        return;
    }
    m_file.write("\xEF\xBB\xBF"); // BOM: spreadsheets then read the UTF-8 text correctly
    m_file.write(header());
    QTimer::singleShot(0, this, &CsvExport::writePage);
}

void CsvExport::writePage()
{
    if (m_cancelled) {
        m_file.cancelWriting();
        m_file.commit();
        Q_EMIT finished(m_written, {}, true);
        return;
    }
    auto page = m_reader.deadLetters(m_filter);
    if (!page) {
        m_file.cancelWriting();
        m_file.commit();
        Q_EMIT finished(m_written, page.errorString(), false);
        return;
    }
    QStringList numbers;
    for (const Message &m : page.value())
        numbers.append(m.to);
    numbers.removeDuplicates();
    const Result<QHash<QString, QString>> names = m_reader.contactNames(numbers);
    if (!names) {
        m_file.cancelWriting();
        m_file.commit();
        Q_EMIT finished(m_written, names.errorString(), false);
        return;
    }
    QByteArray chunk;
    for (const Message &m : page.value())
        chunk += row(m, m_deviceNames.value(m.sentDeviceId), names->value(m.to));
    m_file.write(chunk);
    m_written += page->size();
    Q_EMIT progress(m_written, std::max(m_total, m_written));
    if (page->size() < m_filter.limit) {
        const bool ok = m_file.commit();
        Q_EMIT finished(m_written, ok ? QString() : m_file.errorString(), false);
        return;
    }
    m_filter.afterSeq = page->constLast().seq;
    QTimer::singleShot(0, this, &CsvExport::writePage);
}

} // namespace smsdesk
