// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadlistmodel.h"

#include "phonenumbers.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace smsdesk {

namespace {

bool sameContent(const ThreadSummary &a, const ThreadSummary &b)
{
    return a.lastText == b.lastText && a.lastAtMs == b.lastAtMs && a.lastOutgoing == b.lastOutgoing
        && a.unread == b.unread && a.deviceId == b.deviceId && a.messageCount == b.messageCount
        && a.contactName == b.contactName;
}

} // namespace

ThreadListModel::ThreadListModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_numbers(numbers)
{ }

int ThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ThreadListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::AccessibleTextRole, Qt::ToolTipRole });
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: // the contact's name where the number has one
        return row.contactName.isEmpty() ? m_numbers.displayFormat(row.number) : row.contactName;
    case DisplayNumberRole:
        return m_numbers.displayFormat(row.number);
    case ContactNameRole:
        return row.contactName;
    case Qt::AccessibleTextRole:
        return tr("%1, %n unread: %2", nullptr, row.unread)
            .arg(data(index, Qt::DisplayRole).toString(), row.lastText);
    case Qt::ToolTipRole:
        return row.contactName.isEmpty()
            ? tr("Messages: %1").arg(row.messageCount)
            : tr("%1 · Messages: %2").arg(m_numbers.displayFormat(row.number)).arg(row.messageCount);
    case NumberRole:
        return row.number;
    case LastTextRole:
        return row.lastText;
    case LastAtRole:
        return row.lastAtMs;
    case LastOutgoingRole:
        return row.lastOutgoing;
    case UnreadRole:
        return row.unread;
    case DeviceRole:
        return row.deviceId;
    case DeviceNameRole:
        return m_deviceNames.value(row.deviceId);
    case MessageCountRole:
        return row.messageCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(DisplayNumberRole, "displayNumber");
    names.insert(ContactNameRole, "contactName");
    names.insert(LastTextRole, "lastText");
    names.insert(LastAtRole, "lastAt");
    names.insert(LastOutgoingRole, "lastOutgoing");
    names.insert(UnreadRole, "unread");
    names.insert(DeviceRole, "device");
    names.insert(DeviceNameRole, "deviceName");
    names.insert(MessageCountRole, "messageCount");
    return names;
}

bool ThreadListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ThreadListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    loadNextPage();
}

void ThreadListModel::loadNextPage()
{
    auto page = m_reader.threads(m_search, kPageSize, int(m_rows.size()));
    if (!page) {
        m_hasMore = false;
        Q_EMIT loadFailed(page.errorString());
        return;
    }
    m_hasMore = page->size() == kPageSize;
    // Offset paging can repeat a thread that moved while we scrolled: keep the first copy.
    QList<ThreadSummary> fresh;
    for (const ThreadSummary &summary : page.value()) {
        if (rowOf(summary.number) < 0)
            fresh.append(summary);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
}

void ThreadListModel::setSearch(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void ThreadListModel::setDeviceNames(const QHash<qint64, QString> &names)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    m_deviceNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { DeviceNameRole });
}

void ThreadListModel::reload()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_hasMore = true;
    endResetModel();
    loadNextPage();
    emitUnreadIfChanged(); // scrolling further does not change it: only here and in refresh()
}

void ThreadListModel::refresh()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int window = std::max(kPageSize, std::min(int(m_rows.size()), kRefreshWindow));
    auto top = m_reader.threads(m_search, window, 0);
    if (!top) {
        Q_EMIT loadFailed(top.errorString());
        return;
    }
    sync(top.value());
    if (m_rows.size() <= window)
        m_hasMore = top->size() == window;
    emitUnreadIfChanged();
}

void ThreadListModel::sync(const QList<ThreadSummary> &fresh)
{
    for (int i = 0; i < fresh.size(); ++i)
        placeAt(i, fresh.at(i));
}

void ThreadListModel::placeAt(int target, const ThreadSummary &summary)
{
    const int current = rowOf(summary.number);
    if (current < 0) {
        beginInsertRows({}, target, target);
        m_rows.insert(target, summary);
        endInsertRows();
        return;
    }
    if (current != target) {
        // beginMoveRows wants the destination as "insert before" in the old numbering.
        const int destination = current < target ? target + 1 : target;
        beginMoveRows({}, current, current, {}, destination);
        m_rows.move(current, target);
        endMoveRows();
    }
    if (!sameContent(m_rows.at(target), summary)) {
        m_rows[target] = summary;
        Q_EMIT dataChanged(index(target), index(target));
    }
}

void ThreadListModel::markReadLocally(const QString &number)
{
    const int row = rowOf(number);
    if (row < 0 || m_rows.at(row).unread == 0)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    m_rows[row].unread = 0;
    Q_EMIT dataChanged(index(row), index(row), { UnreadRole, Qt::AccessibleTextRole });
    setUnread(std::max(0, m_unreadTotal - 1)); // the store follows; the next refresh agrees
}

int ThreadListModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).number == number)
            return i;
    }
    return -1;
}

void ThreadListModel::emitUnreadIfChanged()
{
    // One COUNT over the conversations table (10,000 rows: about a millisecond).
    const Result<int> unread = m_reader.unreadThreadCount();
    if (unread)
        setUnread(unread.value());
}

void ThreadListModel::setUnread(int count)
{
    m_unreadTotal = count;
    if (count != m_lastUnread) {
        m_lastUnread = count;
        Q_EMIT unreadThreadsChanged(count);
    }
}

} // namespace smsdesk
