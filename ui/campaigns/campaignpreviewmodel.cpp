// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignpreviewmodel.h"

#include "phonenumbers.h"
#include "theme.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace smsdesk {

CampaignPreviewModel::CampaignPreviewModel(const PhoneNumbers &numbers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_numbers(numbers)
{ }

void CampaignPreviewModel::setPreview(CampaignPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    m_kinds = CampaignText::leftOutKinds(m_preview);
    endResetModel();
}

void CampaignPreviewModel::clear()
{
    setPreview({});
}

void CampaignPreviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CampaignPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int CampaignPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignPreviewModel::display(const CampaignRow &row, int column) const
{
    switch (Column(column)) {
    case LineColumn: return row.line;
    case NumberColumn: return row.number.isEmpty() ? row.input : m_numbers.displayFormat(row.number);
    case NameColumn: return row.name;
    case TextColumn: return QString(row.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case SegmentsColumn: return row.number.isEmpty() ? QVariant() : QVariant(row.segments);
    case EncodingColumn: return row.encoding;
    case LeftOutColumn: return row.leftOut;
    case ColumnCount: break;
    }
    return {};
}

QVariant CampaignPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignRow &row = m_preview.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case IncludedRole: return row.included();
    case LeftOutRole: return row.leftOut;
    case LeftOutKindRole: {
        const std::optional<CampaignText::LeftOut> kind = m_kinds.value(index.row());
        return kind ? int(*kind) : -1;
    }
    case Qt::ForegroundRole:
        if (!row.included())
            return theme::error(QApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (index.column() == LeftOutColumn && !row.included()) {
            return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return row.text;
        if (index.column() == NumberColumn && !row.number.isEmpty() && row.input != row.number)
            return tr("Written as “%1”").arg(row.input);
        if (index.column() == LeftOutColumn)
            return row.leftOut;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == SegmentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant CampaignPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LineColumn: return tr("Line");
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case TextColumn: return tr("Text as sent");
    case SegmentsColumn: return tr("SMS");
    case EncodingColumn: return tr("Encoding");
    case LeftOutColumn: return tr("Left out because");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> CampaignPreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IncludedRole, "included");
    names.insert(LeftOutRole, "leftOut");
    names.insert(LeftOutKindRole, "leftOutKind");
    return names;
}

} // namespace smsdesk
