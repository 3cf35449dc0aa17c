// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace smsdesk {

class EngineFacade;
class ErrorBanner;
class ReadModel;
class TokenModel;

// API tokens: the list, "Create" (the new token shown once, in a field to copy), "Limit…"
// (the token's request limit: the default, its own, or none; TokenLimitDialog) and "Revoke"
// (asks once). Programs on this computer send with these tokens.
class TokensSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensSection)

public:
    TokensSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner, QWidget *parent = nullptr);

    TokenModel *model() const { return m_model; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *newTokenField() const { return m_newToken; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *limitButton() const { return m_limit; }
    QTableView *view() const { return m_view; }
    void reload();
    // The selected token's limit: opens TokenLimitDialog (found as a child of this section).
    void editSelectedLimit();

private:
    void create();
    void revokeSelected();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner &m_banner;
    TokenModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_limit = nullptr;
    QPushButton *m_revoke = nullptr;
    QWidget *m_newTokenRow = nullptr;
    QLineEdit *m_newToken = nullptr;
};

} // namespace smsdesk
