// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace smsdesk {

class EngineFacade;
class ErrorBanner;

// Webhooks: per gateway the address its phones post to and the signing secret — hidden
// until "Show", with "Copy" and "Rotate…" (asks once, then shows the new secret). Secrets
// come from the keychain through the facade, asynchronously, each time reload() is called.
class WebhooksSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksSection)

public:
    WebhooksSection(EngineFacade &facade, ErrorBanner &banner, QWidget *parent = nullptr);

    void reload();
    QLineEdit *secretField(const QString &adapter) const;
    QPushButton *showButton(const QString &adapter) const;
    QPushButton *copyButton(const QString &adapter) const;
    QPushButton *rotateButton(const QString &adapter) const;

private:
    struct Row
    {
        QString adapter;
        QLineEdit *secret = nullptr;
        QPushButton *show = nullptr;
        QPushButton *copy = nullptr;
        QPushButton *rotate = nullptr;
        QLabel *note = nullptr;
    };

    void addRow(const QString &adapter);
    const Row *row(const QString &adapter) const;
    void setSecret(int index, const QString &secret);
    void setUnavailable(int index, const QString &reason);
    void showBlockedReason(int index);
    void confirmRotate(int index);
    void rotate(int index);

    EngineFacade &m_facade;
    ErrorBanner &m_banner;
    QList<Row> m_rows;
};

} // namespace smsdesk
