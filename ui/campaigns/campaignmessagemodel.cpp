// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignmessagemodel.h"

#include "campaigntext.h"
#include "phonenumbers.h"
#include "readmodel.h"
#include "theme.h"

#include <QApplication>
#include <QPalette>

namespace smsdesk {

CampaignMessageModel::CampaignMessageModel(ReadModel &reader, const PhoneNumbers &numbers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_numbers(numbers)
{ }

void CampaignMessageModel::setCampaign(qint64 campaignId)
{
    if (campaignId == m_campaignId)
        return;
    // Views call fetchMore() from inside the reset notification; inserting rows then would
    // nest two changes. The call below fetches the first page.
    m_notifying = true;
    beginResetModel();
    m_campaignId = campaignId;
    m_rows.clear();
    m_atEnd = campaignId == 0;
    endResetModel();
    m_notifying = false;
    if (campaignId != 0)
        fetchMore({});
}

void CampaignMessageModel::reload()
{
    if (m_campaignId == 0)
        return;
    const int keep = std::max(m_pageSize, int(m_rows.size()));
    Result<QList<CampaignMessage>> read = m_reader.campaignMessages(m_campaignId, 0, keep);
    if (!read) {
        Q_EMIT loadFailed(read.errorString());
        return;
    }
    QList<CampaignMessage> rows = std::move(read.value());
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).id == m_rows.at(i).id;
    m_atEnd = rows.size() < keep;
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    m_notifying = true;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_notifying = false;
}

void CampaignMessageModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool CampaignMessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void CampaignMessageModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    Result<QList<CampaignMessage>> read = m_reader.campaignMessages(m_campaignId, after, m_pageSize);
    if (!read) {
        m_atEnd = true;
        Q_EMIT loadFailed(read.errorString());
        return;
    }
    const QList<CampaignMessage> &page = read.value();
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    m_notifying = true; // no nested fetch from the rowsInserted handlers
    beginInsertRows({}, rowCount(), rowCount() + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
    m_notifying = false;
}

int CampaignMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignMessage &m = m_rows.at(index.row());
    switch (role) {
    case IdRole: return m.id;
    case StatusRole: return int(m.status);
    case AttemptsRole: return m.attempts;
    case LastErrorRole: return m.lastError;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && m.status == MessageStatus::Dead)
            return theme::error(QApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !m.lastError.isEmpty())
            return tr("%n attempt(s); last error: %1", nullptr, m.attempts).arg(m.lastError);
        if (index.column() == TextColumn)
            return m.text;
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NumberColumn: return m_numbers.displayFormat(m.to);
        case NameColumn: return m.contactName;
        case StatusColumn: return CampaignText::status(m.status);
        case TextColumn: return QString(m.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant CampaignMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case TextColumn: return tr("Text");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> CampaignMessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(StatusRole, "status");
    names.insert(AttemptsRole, "attempts");
    names.insert(LastErrorRole, "lastError");
    return names;
}

} // namespace smsdesk
