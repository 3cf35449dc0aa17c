// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"

#include <QAbstractTableModel>

namespace smsdesk {

class ReadModel;

// The campaigns, newest first, with their messages counted by status. A reload whose
// campaigns are the same ones in the same order changes the rows in place, so the view keeps
// its selection and scroll position while the counts move.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column { NameColumn, StateColumn, ProgressColumn, StartColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole, // Campaign::State as int
        ProgressRole, // double 0…1: messages at a final status of all
        FinishedRole,
    };
    Q_ENUM(Role)

    // `reader` must outlive the model and belong to the model's thread.
    explicit CampaignListModel(ReadModel &reader, QObject *parent = nullptr);

    // Reads the list again; false (and loadFailed) when the store did not answer.
    bool reload();
    void setNow(qint64 nowMs) { m_nowMs = nowMs; } // tests; 0: the system clock
    const Campaign &campaignAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static double progress(const Campaign &campaign);

Q_SIGNALS:
    void loadFailed(const QString &error);

private:
    qint64 now() const;

    ReadModel &m_reader;
    QList<Campaign> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace smsdesk
