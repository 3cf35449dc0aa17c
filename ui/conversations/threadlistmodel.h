// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readmodel.h"

#include <QAbstractListModel>
#include <QHash>

namespace smsdesk {

class PhoneNumbers;

// The conversations, newest activity first, read a page at a time from the store
// (canFetchMore/fetchMore) so 10,000 threads open as fast as 100. refresh() re-reads the
// loaded top of the list and moves/inserts/updates rows instead of resetting, so the
// selection and scroll position survive live updates.
class ThreadListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadListModel)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // E.164, the thread's key
        DisplayNumberRole, // "+49 30 1234567"
        LastTextRole,
        LastAtRole, // qint64 ms since epoch
        LastOutgoingRole, // bool
        UnreadRole, // int
        DeviceRole, // qint64 sticky device id (0 = none)
        DeviceNameRole,
        MessageCountRole,
        ContactNameRole, // the contact the number belongs to; "" when none (DisplayRole shows it)
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;
    // How much of the top refresh() re-reads: activity moves threads to the top, so rows
    // further down only change when they are opened (and those are updated locally).
    static constexpr int kRefreshWindow = 200;

    ThreadListModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // After a language switch: the accessible texts and tooltips are built with tr().
    void retranslate();
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearch(const QString &search);
    QString search() const { return m_search; }
    void setDeviceNames(const QHash<qint64, QString> &names);
    void reload();
    void refresh();
    void markReadLocally(const QString &number);
    int rowOf(const QString &number) const;
    // Threads with unread messages in the whole store (not only the loaded or matching
    // rows), as of the last load or refresh.
    int unreadThreads() const { return m_unreadTotal; }

Q_SIGNALS:
    void loadFailed(const QString &error);
    void unreadThreadsChanged(int count);

private:
    void loadNextPage();
    void sync(const QList<ThreadSummary> &fresh);
    void placeAt(int target, const ThreadSummary &summary);
    // Asks the store how many threads are unread, and signals when that changed.
    void emitUnreadIfChanged();
    void setUnread(int count);

    ReadModel &m_reader;
    const PhoneNumbers &m_numbers;
    QList<ThreadSummary> m_rows;
    QHash<qint64, QString> m_deviceNames;
    QString m_search;
    bool m_hasMore = true;
    int m_unreadTotal = 0;
    int m_lastUnread = -1;
    // True while this model changes itself. Views and QAbstractItemModelTester call
    // fetchMore() from inside our own signals; loading then would nest two changes.
    bool m_changing = false;
};

} // namespace smsdesk
