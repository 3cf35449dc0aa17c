// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakemodel.h"

#include "intaketext.h"

#include <QApplication>
#include <QLocale>

namespace smsdesk {

IntakeModel::IntakeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IntakeModel::setIntakes(QList<IntakeConfig> configs, const QList<IntakeState> &states)
{
    beginResetModel();
    m_configs = std::move(configs);
    m_states.clear();
    for (const IntakeState &state : states)
        m_states.insert(state.id, state);
    endResetModel();
}

void IntakeModel::setStates(const QList<IntakeState> &states)
{
    m_states.clear();
    for (const IntakeState &state : states)
        m_states.insert(state.id, state);
    if (!m_configs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

IntakeState IntakeModel::stateAt(int row) const
{
    const IntakeConfig &config = m_configs.at(row);
    if (const auto it = m_states.constFind(config.id); it != m_states.cend())
        return *it;
    IntakeState waiting;
    waiting.id = config.id;
    waiting.name = config.displayName();
    waiting.phase = config.enabled ? IntakeState::Phase::Connecting : IntakeState::Phase::Stopped;
    return waiting;
}

int IntakeModel::rowOf(int id) const
{
    for (int row = 0; row < m_configs.size(); ++row)
        if (m_configs.at(row).id == id)
            return row;
    return -1;
}

int IntakeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_configs.size());
}

int IntakeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_configs.size())
        return {};
    const IntakeConfig &config = m_configs.at(index.row());
    const IntakeState state = stateAt(index.row());
    const QLocale locale;
    if (role == IdRole)
        return config.id;
    if (role == EnabledRole)
        return config.enabled;
    if (role == Qt::TextAlignmentRole && index.column() >= ReadColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return IntakeText::phaseColor(state.phase, QApplication::palette());
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return state.statusLine;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString(IntakeText::kindLabel(config.kind) + QStringLiteral(" — ") + config.displayName().section(u' ', 1));
    case StateColumn:
        return IntakeText::phaseAndLine(state);
    case ReadColumn:
        return locale.toString(state.read);
    case QueuedColumn:
        return locale.toString(state.enqueued);
    case RejectedColumn:
        return locale.toString(state.rejected);
    case LagColumn:
        return IntakeText::lag(state.lagMs);
    default:
        return {};
    }
}

QVariant IntakeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Intake");
    case StateColumn:
        return tr("State");
    case ReadColumn:
        return tr("Read");
    case QueuedColumn:
        return tr("Queued");
    case RejectedColumn:
        return tr("Rejected");
    case LagColumn:
        return tr("Lag (p99)");
    default:
        return {};
    }
}

} // namespace smsdesk
