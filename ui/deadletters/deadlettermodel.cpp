// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlettermodel.h"

#include "displayformat.h"

#include <QLocale>

namespace smsdesk {

namespace {
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QChar(0x21b5)); // ↵ keeps rows one line high
    return text;
}
} // namespace

DeadLetterModel::DeadLetterModel(ReadModel &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{ }

void DeadLetterModel::setFilter(const QString &search, qint64 deviceId)
{
    m_filter.search = search.trimmed();
    m_filter.deviceId = deviceId;
    reload();
}

void DeadLetterModel::setDeviceNames(QHash<qint64, QString> names)
{
    m_deviceNames = std::move(names);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PhoneColumn), index(int(m_rows.size()) - 1, PhoneColumn));
}

void DeadLetterModel::reload(int keepRows)
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_contactNames.clear(); // a contact may have been renamed meanwhile
    m_cursor = 0;
    m_atEnd = false;
    m_lastError.clear();
    // Views (and QAbstractItemModelTester) call fetchMore() from inside the reset
    // notification; inserting rows then would nest two changes. The loop below fetches.
    endResetModel();
    m_notifying = false;
    // Fetch synchronously here so a refresh does not collapse the view to one page.
    while (!m_atEnd && m_rows.size() < std::max(keepRows, 1))
        fetchMore({});
}

void DeadLetterModel::removeIds(const QSet<QUuid> &ids)
{
    // From the bottom so earlier row numbers stay valid; contiguous runs in one call.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (!ids.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && ids.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
}

int DeadLetterModel::rowOfId(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

bool DeadLetterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void DeadLetterModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    DeadLetterFilter page = m_filter;
    page.afterSeq = m_cursor;
    page.limit = m_pageSize;
    auto result = m_reader.deadLetters(page);
    if (!result) {
        m_atEnd = true; // stop asking; the page shows the error
        m_lastError = result.errorString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    QList<Message> &more = result.value();
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_cursor = more.constLast().seq;
    // Names in place of numbers (issue 14): one query for the page's numbers.
    QStringList numbers;
    for (const Message &m : std::as_const(more)) {
        if (!m_contactNames.contains(m.to))
            numbers.append(m.to);
    }
    numbers.removeDuplicates();
    if (const auto names = m_reader.contactNames(numbers); names)
        m_contactNames.insert(names.value());
    m_notifying = true; // no nested fetch from the rowsAboutToBeInserted/rowsInserted handlers
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(std::move(more));
    endInsertRows();
    m_notifying = false;
}

void DeadLetterModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return m.text;
        if (index.column() == ErrorColumn)
            return m.lastError;
        if (index.column() == ToColumn)
            return m.to;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return m.id;
    case SeqRole:
        return m.seq;
    case ToRole:
        return m.to;
    case TextRole:
        return m.text;
    case AttemptsRole:
        return m.attempts;
    case LastErrorRole:
        return m.lastError;
    case DiedAtRole:
        return m.deadAtMs;
    case DeviceIdRole:
        return m.sentDeviceId;
    case DeviceNameRole:
        return deviceName(m.sentDeviceId);
    case ContactNameRole:
        return m_contactNames.value(m.to);
    default:
        return {};
    }
}

QVariant DeadLetterModel::displayText(const Message &m, int column) const
{
    switch (column) {
    case ToColumn:
        return m_contactNames.value(m.to, m.to);
    case TextColumn:
        return oneLine(m.text);
    case AttemptsColumn:
        return QLocale().toString(m.attempts);
    case ErrorColumn:
        return oneLine(m.lastError);
    case DiedAtColumn:
        return DisplayFormat::dateTime(m.deadAtMs);
    case PhoneColumn:
        return deviceName(m.sentDeviceId);
    default:
        return {};
    }
}

QString DeadLetterModel::deviceName(qint64 id) const
{
    if (id == 0)
        return tr("None");
    return m_deviceNames.value(id, tr("Removed phone"));
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ToColumn:
        return tr("To");
    case TextColumn:
        return tr("Text");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    case DiedAtColumn:
        return tr("Died");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

QHash<int, QByteArray> DeadLetterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { SeqRole, "seq" },
                   { ToRole, "to" },
                   { TextRole, "text" },
                   { AttemptsRole, "attempts" },
                   { LastErrorRole, "lastError" },
                   { DiedAtRole, "diedAt" },
                   { DeviceIdRole, "deviceId" },
                   { DeviceNameRole, "deviceName" },
                   { ContactNameRole, "contactName" } });
    return names;
}

} // namespace smsdesk
