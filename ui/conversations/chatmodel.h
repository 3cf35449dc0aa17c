// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readmodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace smsdesk {

// One conversation as chat bubbles, oldest at the top. Opens with the newest page;
// fetchOlder() prepends the previous page when the view scrolls to the top. refresh()
// merges the newest page into what is shown (dedupe by id): states change in place and new
// messages are appended, without resetting the view.
class ChatModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatModel)

public:
    enum Direction { Incoming, Outgoing };
    Q_ENUM(Direction)

    enum Role {
        KeyRole = Qt::UserRole + 1, // "out:<uuid>" / "in:<id>": stable across reloads
        IdRole, // QUuid of an outgoing message
        DirectionRole, // Direction
        StatusRole, // int(MessageStatus), outgoing only
        TimestampRole, // qint64 ms since epoch
        TextRole,
        AttemptsRole,
        LastErrorRole,
        DeviceRole, // qint64
        DeviceNameRole,
        SegmentsRole,
        StartsDayRole, // bool: first bubble of its calendar day (separator above)
        SendAtRole, // qint64: outgoing, not before this (scheduled); 0 = as soon as possible
        QuietUntilRole, // qint64: held for quiet hours until then; 0 = not held
        QuietZoneRole, // QString: the zone the quiet hours were read in
        QuietBasisRole, // int: 0 the recipient's time, 1 several zones, 2 unknown zone (the business's)
        UrgentRole, // bool: sent inside quiet hours too
        FoundRole, // bool: the message a search opened the conversation at
        FoundWordsRole, // QStringList: on that message, the words searched for
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 50;

    ChatModel(ReadModel &reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // After a language switch: the accessible texts are built with tr().
    void retranslate();
    QHash<int, QByteArray> roleNames() const override;

    // Deliberately not canFetchMore/fetchMore: item views call those when the *last* row is
    // visible, which in a chat (newest at the bottom) is nearly always, and would pull the
    // whole history page by page. ChatView calls fetchOlder() when scrolled to the top.
    bool hasOlder() const { return m_hasOlder; }
    void fetchOlder();

    // A search hit: loads older pages until the message with `key` (written or received at
    // `atMs`) is shown and marks it found (FoundRole, with the searched words). Answers its
    // row, or -1 when this conversation holds no such message.
    int reveal(const QString &key, qint64 atMs, const QStringList &words);
    void clearFound();
    QStringList foundWords() const { return m_foundWords; }

    void setNumber(const QString &number);
    QString number() const { return m_number; }
    void setDeviceNames(const QHash<qint64, QString> &names);
    void refresh();
    // Shows a message the moment it is on disk, before the store's change signal arrives.
    void upsert(const ChatItem &item);
    int rowOfKey(const QString &key) const;

    static QString keyOf(const ChatItem &item);
    static QString keyFor(bool outgoing, const QUuid &id, qint64 inboundId);

Q_SIGNALS:
    void loadFailed(const QString &error);
    void olderLoaded(int count);

private:
    void fetchOlderPage(int pageSize);
    void insertSorted(const ChatItem &item);
    void notifyStartsDay(int row);
    bool startsDay(int row) const;

    ReadModel &m_reader;
    QString m_number;
    QList<ChatItem> m_rows;
    QHash<qint64, QString> m_deviceNames;
    bool m_hasOlder = false;
    QString m_foundKey;
    QStringList m_foundWords;
};

} // namespace smsdesk
