// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace smsdesk {

class EngineFacade;
class ErrorBanner;
class ReadModel;
class WebhookDeliveriesDialog;
class WebhookEndpointDialog;

// Settings → Outgoing webhooks (issue 16, point 4): the user's own apps Smsdesk tells what
// happens to messages, shared by every desk on the database. Each endpoint with the events
// it wants and its deliveries by state; Add… (WebhookEndpointDialog, which shows the signing
// secret once), Delivery log… (WebhookDeliveriesDialog, with Resend) and Remove….
// Not the inbound gateway webhooks: those are WebhooksSection's.
class WebhookEndpointsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookEndpointsSection)

public:
    WebhookEndpointsSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner,
                            QWidget *parent = nullptr);

    enum Column { UrlColumn, EventsColumn, DescriptionColumn, PendingColumn, DeliveredColumn, FailedColumn };

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *logButton() const { return m_log; }
    QPushButton *removeButton() const { return m_remove; }

    void reload();
    WebhookEndpointDialog *add(); // opened window-modal, a child of this section
    WebhookDeliveriesDialog *showLog(); // the selected endpoint's; nullptr when none is
    void removeSelected(); // asks first (a QMessageBox child named confirmRemoveWebhookEndpoint)

private:
    QString selectedId() const;
    void updateButtons();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner &m_banner;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_log = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace smsdesk
