// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "readmodel.h"

#include <QAbstractTableModel>

namespace smsdesk {

class PhoneNumbers;

// The contacts by name, a page at a time as the view scrolls (canFetchMore/fetchMore on the
// store's offset), filtered in the store by name or number and by group, so 10,000 contacts
// open at once.
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column { NameColumn, NumbersColumn, GroupsColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    // `reader` and `numbers` must outlive the model.
    ContactTableModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent = nullptr);

    void setFilter(const QString &search, const QString &group);
    const ContactFilter &filter() const { return m_filter; }
    void reload(); // the first page again, as many rows as were loaded
    const Contact &contactAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_lastError; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &error);

private:
    void load(qsizetype keepRows);

    ReadModel &m_reader;
    const PhoneNumbers &m_numbers;
    ContactFilter m_filter;
    QList<Contact> m_rows;
    bool m_atEnd = false;
    bool m_notifying = false;
    int m_pageSize = 200;
    QString m_lastError;
};

} // namespace smsdesk
