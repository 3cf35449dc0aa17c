// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "readmodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace smsdesk {

// The dead letters, newest first, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore on the store's seq cursor), so 100,000 rows open at once.
// Search and phone filter run in the store, not in a proxy: a proxy would see only
// the rows loaded so far.
class DeadLetterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterModel)

public:
    enum Column { ToColumn, TextColumn, AttemptsColumn, ErrorColumn, DiedAtColumn, PhoneColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeqRole,
        ToRole,
        TextRole,
        AttemptsRole,
        LastErrorRole,
        DiedAtRole, // ms since epoch
        DeviceIdRole,
        DeviceNameRole,
        ContactNameRole, // the contact's name for the number; "" when it is nobody's
    };
    Q_ENUM(Role)

    // `reader` must outlive the model and belong to the model's thread.
    explicit DeadLetterModel(ReadModel &reader, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    void setFilter(const QString &search, qint64 deviceId = 0);
    const DeadLetterFilter &filter() const { return m_filter; }
    void setDeviceNames(QHash<qint64, QString> names);
    const QHash<qint64, QString> &deviceNames() const { return m_deviceNames; }
    // Reads the first page again; keeps as many rows loaded as before (up to `keepRows`).
    void reload(int keepRows = 0);
    // Drops rows whose messages were requeued or deleted, without reading the store.
    void removeIds(const QSet<QUuid> &ids);

    const Message &messageAt(int row) const { return m_rows.at(row); }
    int rowOfId(const QUuid &id) const;
    QString lastError() const { return m_lastError; }
    QString contactName(const QString &number) const { return m_contactNames.value(number); }

    // After a language switch: headers and texts are built from tr() on demand.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &error);

private:
    QVariant displayText(const Message &message, int column) const;
    QString deviceName(qint64 id) const;

    ReadModel &m_reader;
    DeadLetterFilter m_filter;
    QList<Message> m_rows;
    QHash<qint64, QString> m_deviceNames;
    QHash<QString, QString> m_contactNames; // number → name, for the rows loaded
    qint64 m_cursor = 0; // seq of the last loaded row
    bool m_atEnd = false;
    bool m_notifying = false; // inside endResetModel/endInsertRows: fetchMore() waits
    int m_pageSize = 200;
    QString m_lastError;
};

} // namespace smsdesk
