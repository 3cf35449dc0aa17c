// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaignplan.h"
#include "campaigntext.h"

#include <QAbstractTableModel>

namespace smsdesk {

class PhoneNumbers;

// A campaign before it is queued, one row per recipient as given: the text they get with
// its segments and encoding, or (in the error tone, with a warning icon) why they are left out.
class CampaignPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignPreviewModel)

public:
    enum Column {
        LineColumn,
        NumberColumn,
        NameColumn,
        TextColumn,
        SegmentsColumn,
        EncodingColumn,
        LeftOutColumn,
        ColumnCount
    };
    enum Role {
        IncludedRole = Qt::UserRole + 1, // bool
        LeftOutRole, // the planner's reason, "" when included
        LeftOutKindRole, // CampaignText::LeftOut as int, -1 when included
    };
    Q_ENUM(Role)

    explicit CampaignPreviewModel(const PhoneNumbers &numbers, QObject *parent = nullptr);

    void setPreview(CampaignPreview preview);
    void clear();
    const CampaignPreview &preview() const { return m_preview; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const CampaignRow &row, int column) const;

    const PhoneNumbers &m_numbers;
    CampaignPreview m_preview;
    QList<std::optional<CampaignText::LeftOut>> m_kinds;
};

} // namespace smsdesk
