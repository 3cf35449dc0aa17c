// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"

#include <QAbstractTableModel>

namespace smsdesk {

// Settings → Intake: each configured intake with its live state (IntakeHost's last report).
class IntakeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeModel)

public:
    enum Column { NameColumn, StateColumn, ReadColumn, QueuedColumn, RejectedColumn, LagColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EnabledRole };

    explicit IntakeModel(QObject *parent = nullptr);

    // Rows are the configs, in their order; states are matched by id (none yet: Connecting).
    void setIntakes(QList<IntakeConfig> configs, const QList<IntakeState> &states);
    void setStates(const QList<IntakeState> &states); // figures only, rows stay
    const IntakeConfig &configAt(int row) const { return m_configs.at(row); }
    IntakeState stateAt(int row) const;
    int rowOf(int id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IntakeConfig> m_configs;
    QHash<int, IntakeState> m_states;
};

} // namespace smsdesk
