// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"

#include <QAbstractTableModel>

namespace smsdesk {

class PhoneNumbers;
class ReadModel;

// One campaign's messages in queue order, a page at a time as the view scrolls
// (canFetchMore/fetchMore on the store's seq cursor). reload() reads the loaded rows again
// and, when they are the same messages, changes them in place (live status).
class CampaignMessageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMessageModel)

public:
    enum Column { NumberColumn, NameColumn, StatusColumn, TextColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // MessageStatus as int
        AttemptsRole,
        LastErrorRole,
    };
    Q_ENUM(Role)

    // `reader` must outlive the model and belong to the model's thread.
    CampaignMessageModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    // Another campaign (0: none): the first page of it.
    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void reload();
    const CampaignMessage &messageAt(int row) const { return m_rows.at(row); }
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
    ReadModel &m_reader;
    const PhoneNumbers &m_numbers;
    qint64 m_campaignId = 0;
    QList<CampaignMessage> m_rows;
    bool m_atEnd = true;
    bool m_notifying = false; // inside a reset or insert: no fetchMore()
    int m_pageSize = 500;
};

} // namespace smsdesk
