// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenmodel.h"

#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace smsdesk {

TokenModel::TokenModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TokenModel::setTokens(QList<ApiToken> tokens)
{
    beginResetModel();
    m_tokens = std::move(tokens);
    endResetModel();
}

void TokenModel::setDefaultLimit(const TokenLimit &limit)
{
    m_defaultLimit = limit;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, LimitColumn), index(rowCount() - 1, LimitColumn));
}

QString TokenModel::limitText(const TokenLimit &limit)
{
    if (limit.unlimited)
        return tr("Unlimited");
    const QLocale locale;
    const double rate = limit.ratePerSecond;
    const QString rateText = rate == std::floor(rate) ? locale.toString(qint64(rate)) : locale.toString(rate, 'g', 6);
    return tr("%1/s, bursts of %2").arg(rateText, locale.toString(limit.burst));
}

void TokenModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TokenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiToken &t = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case CreatedColumn:
            return DisplayFormat::dateTime(t.createdAtMs);
        case LastUsedColumn:
            return DisplayFormat::ago(t.lastUsedAtMs, QDateTime::currentMSecsSinceEpoch());
        case StateColumn:
            return t.revokedAtMs > 0 ? tr("Revoked %1").arg(DisplayFormat::dateTime(t.revokedAtMs))
                                     : tr("Active");
        case LimitColumn:
            return t.limit ? limitText(*t.limit) : tr("Default (%1)").arg(limitText(m_defaultLimit));
        default:
            return {};
        }
    case IdRole:
        return t.id;
    case NameRole:
        return t.name;
    case CreatedAtRole:
        return t.createdAtMs;
    case LastUsedAtRole:
        return t.lastUsedAtMs;
    case RevokedAtRole:
        return t.revokedAtMs;
    case ActiveRole:
        return t.revokedAtMs == 0;
    case OwnLimitRole:
        return t.limit.has_value();
    default:
        return {};
    }
}

QVariant TokenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case StateColumn:
        return tr("State");
    case LimitColumn:
        return tr("Request limit");
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { NameRole, "name" },
                   { CreatedAtRole, "createdAt" },
                   { LastUsedAtRole, "lastUsedAt" },
                   { RevokedAtRole, "revokedAt" },
                   { ActiveRole, "active" },
                   { OwnLimitRole, "ownLimit" } });
    return names;
}

} // namespace smsdesk
