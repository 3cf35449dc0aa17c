// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmodel.h"

#include "timeformat.h"

#include <algorithm>

namespace smsdesk {

namespace {

bool sameContent(const ChatItem &a, const ChatItem &b)
{
    return a.status == b.status && a.attempts == b.attempts && a.lastError == b.lastError
        && a.deviceId == b.deviceId && a.text == b.text && a.atMs == b.atMs && a.segments == b.segments;
}

// Chat order: the store's own (time, then incoming before outgoing, then store key), so
// two bubbles in the same millisecond never swap places and the first row is always where
// the next older page starts.
bool before(const ChatItem &a, const ChatItem &b)
{
    return chatItemOlder(a, b);
}

} // namespace

ChatModel::ChatModel(ReadModel &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{ }

QString ChatModel::keyOf(const ChatItem &item)
{
    return keyFor(item.outgoing, item.id, item.inboundId);
}

QString ChatModel::keyFor(bool outgoing, const QUuid &id, qint64 inboundId)
{
    return outgoing ? QStringLiteral("out:") + id.toString(QUuid::WithoutBraces)
                    : QStringLiteral("in:") + QString::number(inboundId);
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ChatModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::AccessibleTextRole });
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatItem &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case Qt::AccessibleTextRole:
        return (row.outgoing ? tr("You, %1, %2: %3").arg(timefmt::clockTime(row.atMs), statusName(row.status))
                             : tr("Them, %1: %2").arg(timefmt::clockTime(row.atMs)))
            .arg(row.text);
    case KeyRole:
        return keyOf(row);
    case IdRole:
        return row.id;
    case DirectionRole:
        return int(row.outgoing ? Outgoing : Incoming);
    case StatusRole:
        return int(row.status);
    case TimestampRole:
        return row.atMs;
    case AttemptsRole:
        return row.attempts;
    case LastErrorRole:
        return row.lastError;
    case DeviceRole:
        return row.deviceId;
    case DeviceNameRole:
        return m_deviceNames.value(row.deviceId);
    case SegmentsRole:
        return row.segments;
    case StartsDayRole:
        return startsDay(index.row());
    case SendAtRole:
        return row.sendAtMs;
    case QuietUntilRole:
        return row.quietUntilMs;
    case QuietZoneRole:
        return row.quietZone;
    case QuietBasisRole:
        return row.quietBasis;
    case UrgentRole:
        return row.urgent;
    case FoundRole:
        return !m_foundKey.isEmpty() && keyOf(row) == m_foundKey;
    case FoundWordsRole:
        return !m_foundKey.isEmpty() && keyOf(row) == m_foundKey ? m_foundWords : QStringList();
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(IdRole, "id");
    names.insert(DirectionRole, "direction");
    names.insert(StatusRole, "status");
    names.insert(TimestampRole, "timestamp");
    names.insert(TextRole, "text");
    names.insert(AttemptsRole, "attempts");
    names.insert(LastErrorRole, "lastError");
    names.insert(DeviceRole, "device");
    names.insert(DeviceNameRole, "deviceName");
    names.insert(SegmentsRole, "segments");
    names.insert(StartsDayRole, "startsDay");
    return names;
}

bool ChatModel::startsDay(int row) const
{
    return row == 0 || timefmt::localDay(m_rows.at(row).atMs) != timefmt::localDay(m_rows.at(row - 1).atMs);
}

void ChatModel::setNumber(const QString &number)
{
    beginResetModel();
    m_number = number;
    m_rows.clear();
    m_hasOlder = false;
    m_foundKey.clear();
    m_foundWords.clear();
    endResetModel();
    if (number.isEmpty())
        return;
    auto page = m_reader.threadItems(number, {}, kPageSize);
    if (!page) {
        Q_EMIT loadFailed(page.errorString());
        return;
    }
    QList<ChatItem> items = page.value();
    std::reverse(items.begin(), items.end()); // the store answers newest first
    m_hasOlder = items.size() == kPageSize;
    if (items.isEmpty())
        return;
    beginInsertRows({}, 0, int(items.size()) - 1);
    m_rows = items;
    endInsertRows();
}

void ChatModel::fetchOlder()
{
    fetchOlderPage(kPageSize);
}

void ChatModel::fetchOlderPage(int pageSize)
{
    if (!m_hasOlder || m_rows.isEmpty())
        return;
    auto page = m_reader.threadItems(m_number, ThreadCursor::before(m_rows.first()), pageSize);
    if (!page) {
        m_hasOlder = false;
        Q_EMIT loadFailed(page.errorString());
        return;
    }
    m_hasOlder = page->size() == pageSize;
    // The cursor reads strictly before the first row; only rows of the same time at the top
    // can already be shown (a refresh raced the read), so only those are compared.
    const auto shown = [this](const ChatItem &item) {
        for (const ChatItem &row : std::as_const(m_rows)) {
            if (row.atMs > item.atMs)
                return false;
            if (row.outgoing == item.outgoing && (row.outgoing ? row.id == item.id : row.inboundId == item.inboundId))
                return true;
        }
        return false;
    };
    QList<ChatItem> older;
    for (const ChatItem &item : page.value()) {
        if (!shown(item))
            older.prepend(item);
    }
    if (!older.isEmpty()) {
        beginInsertRows({}, 0, int(older.size()) - 1);
        m_rows = older + m_rows;
        endInsertRows();
        notifyStartsDay(int(older.size()));
    }
    Q_EMIT olderLoaded(int(older.size()));
}

int ChatModel::reveal(const QString &key, qint64 atMs, const QStringList &words)
{
    // Pages of 500 reach a hit deep in a long history in a few reads; nothing older than
    // the hit itself is read.
    constexpr int kRevealPage = 500;
    int row = rowOfKey(key);
    while (row < 0 && m_hasOlder && !m_rows.isEmpty() && m_rows.first().atMs >= atMs) {
        const qsizetype before = m_rows.size();
        fetchOlderPage(kRevealPage);
        if (m_rows.size() == before)
            break;
        row = rowOfKey(key);
    }
    clearFound();
    if (row < 0)
        return -1;
    m_foundKey = key;
    m_foundWords = words;
    Q_EMIT dataChanged(index(row), index(row), { FoundRole, FoundWordsRole });
    return row;
}

void ChatModel::clearFound()
{
    const int row = m_foundKey.isEmpty() ? -1 : rowOfKey(m_foundKey);
    m_foundKey.clear();
    m_foundWords.clear();
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { FoundRole, FoundWordsRole });
}

void ChatModel::setDeviceNames(const QHash<qint64, QString> &names)
{
    m_deviceNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { DeviceNameRole });
}

void ChatModel::refresh()
{
    if (m_number.isEmpty())
        return;
    auto page = m_reader.threadItems(m_number, {}, kPageSize);
    if (!page) {
        Q_EMIT loadFailed(page.errorString());
        return;
    }
    for (const ChatItem &item : page.value())
        upsert(item);
    if (m_rows.isEmpty())
        return;
    // Deleted messages (dead ones removed from the dead letters) leave the newest page.
    const qint64 oldestFresh = page->isEmpty() ? 0 : page->last().atMs;
    QSet<QString> freshKeys;
    for (const ChatItem &item : page.value())
        freshKeys.insert(keyOf(item));
    for (int row = int(m_rows.size()) - 1; row >= 0 && m_rows.at(row).atMs > oldestFresh; --row) {
        if (!freshKeys.contains(keyOf(m_rows.at(row)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            if (row < m_rows.size())
                notifyStartsDay(row);
        }
    }
}

void ChatModel::upsert(const ChatItem &item)
{
    const int row = rowOfKey(keyOf(item));
    if (row < 0) {
        insertSorted(item);
        return;
    }
    if (!sameContent(m_rows.at(row), item)) {
        m_rows[row] = item;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void ChatModel::insertSorted(const ChatItem &item)
{
    // Older than everything loaded and more history exists: fetchOlder() will bring it.
    if (m_hasOlder && !m_rows.isEmpty() && before(item, m_rows.first()))
        return;
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), item, before);
    const int row = int(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, item);
    endInsertRows();
    if (row + 1 < m_rows.size())
        notifyStartsDay(row + 1);
}

void ChatModel::notifyStartsDay(int row)
{
    if (row >= 0 && row < m_rows.size())
        Q_EMIT dataChanged(index(row), index(row), { StartsDayRole });
}

int ChatModel::rowOfKey(const QString &key) const
{
    // New and changing bubbles are at the bottom: search from the end.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (keyOf(m_rows.at(i)) == key)
            return i;
    }
    return -1;
}

} // namespace smsdesk
