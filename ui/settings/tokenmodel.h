// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QAbstractTableModel>

namespace smsdesk {

// API tokens for Settings → API server: name, created, last used, revoked, request limit.
// Never the token itself: only its hash is stored, and the plain one is shown once at creation.
class TokenModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenModel)

public:
    enum Column { NameColumn, CreatedColumn, LastUsedColumn, StateColumn, LimitColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CreatedAtRole, // ms since epoch
        LastUsedAtRole, // 0 = never
        RevokedAtRole, // 0 = active
        ActiveRole,
        OwnLimitRole, // true when the token has a limit of its own (or none at all)
    };
    Q_ENUM(Role)

    explicit TokenModel(QObject *parent = nullptr);

    void setTokens(QList<ApiToken> tokens);
    const ApiToken &tokenAt(int row) const { return m_tokens.at(row); }
    // The limit of tokens without their own, shown in their Limit column.
    void setDefaultLimit(const TokenLimit &limit);
    // "500/s, bursts of 1,000" in the user's language and number format, or "Unlimited".
    static QString limitText(const TokenLimit &limit);

    // After a language switch: headers and texts are built from tr() on demand.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ApiToken> m_tokens;
    TokenLimit m_defaultLimit;
};

} // namespace smsdesk
