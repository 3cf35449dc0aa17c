// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignlistmodel.h"

#include "campaigntext.h"
#include "displayformat.h"
#include "readmodel.h"

#include <QDateTime>
#include <QLocale>

namespace smsdesk {

namespace {
constexpr int kMaxCampaigns = 500;
} // namespace

CampaignListModel::CampaignListModel(ReadModel &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{ }

bool CampaignListModel::reload()
{
    Result<QList<Campaign>> read = m_reader.campaigns(kMaxCampaigns);
    if (!read) {
        Q_EMIT loadFailed(read.errorString());
        return false;
    }
    QList<Campaign> rows = std::move(read.value());
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).id == m_rows.at(i).id;
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return true;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

int CampaignListModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

void CampaignListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double CampaignListModel::progress(const Campaign &campaign)
{
    const int total = campaign.counts.total();
    return total > 0 ? double(total - campaign.counts.open()) / total : 0.0;
}

qint64 CampaignListModel::now() const
{
    return m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &c = m_rows.at(index.row());
    switch (role) {
    case IdRole: return c.id;
    case StateRole: return int(c.state);
    case ProgressRole: return progress(c);
    case FinishedRole: return c.isFinished();
    case Qt::ToolTipRole:
        return tr("%1: %2 of %n message(s) done", nullptr, c.counts.total())
            .arg(c.name, QLocale().toString(c.counts.total() - c.counts.open()));
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return c.name;
        case StateColumn: return CampaignText::state(c, now());
        case ProgressColumn:
            return tr("%1 / %2").arg(QLocale().toString(c.counts.total() - c.counts.open()),
                                     QLocale().toString(c.counts.total()));
        case StartColumn: return DisplayFormat::dateTime(c.startAtMs);
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Campaign");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Done");
    case StartColumn: return tr("Start");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> CampaignListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "campaignId");
    names.insert(StateRole, "state");
    names.insert(ProgressRole, "progress");
    names.insert(FinishedRole, "finished");
    return names;
}

} // namespace smsdesk
