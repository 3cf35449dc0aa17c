// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenssection.h"

#include "enginefacade.h"
#include "errorbanner.h"
#include "readmodel.h"
#include "theme.h"
#include "thenifalive.h"
#include "tokenlimitdialog.h"
#include "tokenmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace smsdesk {

TokensSection::TokensSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_banner(banner)
    , m_model(new TokenModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("API tokens"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TokenModel::NameColumn, QHeaderView::Stretch);
    m_view->setMinimumHeight(120);
    layout->addWidget(m_view, 1);

    auto *row = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name of the program, e.g. Booking system"));
    m_name->setAccessibleName(tr("New token name"));
    m_create = new QPushButton(tr("&Create token"), this);
    m_limit = new QPushButton(tr("&Limit…"), this);
    m_limit->setToolTip(tr("How many requests per second the selected token may send"));
    m_limit->setEnabled(false);
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setEnabled(false);
    row->addWidget(m_name, 1);
    row->addWidget(m_create);
    row->addWidget(m_limit);
    row->addWidget(m_revoke);
    layout->addLayout(row);

    // Shown once after "Create": the only moment the plain token exists outside the caller.
    m_newTokenRow = new QWidget(this);
    auto *tokenLayout = new QVBoxLayout(m_newTokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Copy this token now: it will not be shown again."), m_newTokenRow);
    m_newToken = new QLineEdit(m_newTokenRow);
    m_newToken->setReadOnly(true);
    m_newToken->setAccessibleName(tr("New API token"));
    auto *copy = m_newToken->addAction(theme::icon(QStringLiteral("edit-copy"), QStringLiteral("copy.svg")),
                                       QLineEdit::TrailingPosition);
    copy->setToolTip(tr("Copy"));
    connect(copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_newToken->text()); });
    tokenLayout->addWidget(hint);
    tokenLayout->addWidget(m_newToken);
    m_newTokenRow->hide();
    layout->addWidget(m_newTokenRow);

    connect(m_name, &QLineEdit::returnPressed, this, &TokensSection::create);
    connect(m_create, &QPushButton::clicked, this, &TokensSection::create);
    connect(m_revoke, &QPushButton::clicked, this, &TokensSection::revokeSelected);
    connect(m_limit, &QPushButton::clicked, this, &TokensSection::editSelectedLimit);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == TokenModel::LimitColumn)
            editSelectedLimit();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        const bool active = rows.size() == 1 && rows.first().data(TokenModel::ActiveRole).toBool();
        m_revoke->setEnabled(active);
        m_limit->setEnabled(active);
    });
    reload();
}

void TokensSection::reload()
{
    auto tokens = m_reader.tokens();
    if (!tokens) {
        m_banner.showMessage(tr("Could not read the API tokens: %1").arg(tokens.errorString()));
        return;
    }
    m_model->setDefaultLimit(m_facade.defaultTokenLimit());
    m_model->setTokens(std::move(tokens).value());
}

void TokensSection::editSelectedLimit()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1 || !rows.first().data(TokenModel::ActiveRole).toBool())
        return;
    const ApiToken token = m_model->tokenAt(rows.first().row());
    auto *dialog = new TokenLimitDialog(token.name, token.limit, m_facade.defaultTokenLimit(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = token.id] {
        thenIfAlive(m_facade.setTokenLimit(id, dialog->limit()), this, [this](const Status &status) {
            if (!status)
                m_banner.showMessage(tr("The limit was not changed: %1").arg(status.errorString()));
            else
                m_banner.showMessage(tr("The new limit applies from the token's next request."),
                                     ErrorBanner::Kind::Success);
            reload();
        });
    });
    dialog->open();
}

void TokensSection::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_name->setFocus();
        m_banner.showMessage(tr("Give the token a name, so you know later which program uses it."),
                             ErrorBanner::Kind::Info);
        return;
    }
    m_create->setEnabled(false);
    thenIfAlive(m_facade.createToken(name), this, [this](const Result<QString> &result) {
        m_create->setEnabled(true);
        if (!result) {
            m_banner.showMessage(result.errorString());
            return;
        }
        m_name->clear();
        m_newToken->setText(result.value());
        m_newTokenRow->show();
        m_newToken->selectAll();
        m_newToken->setFocus();
        reload();
    });
}

void TokensSection::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const qint64 id = rows.first().data(TokenModel::IdRole).toLongLong();
    const QString name = rows.first().data(TokenModel::NameRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Revoke token"),
                                tr("Revoke “%1”? Programs using it can no longer send.").arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRevoke"));
    box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        thenIfAlive(m_facade.revokeToken(id), this, [this](const Status &status) {
            if (!status)
                m_banner.showMessage(status.errorString());
            reload();
        });
    });
    box->open();
}

} // namespace smsdesk
