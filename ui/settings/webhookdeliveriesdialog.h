// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboundwebhook.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace smsdesk {

class EngineFacade;
class ErrorBanner;
class ReadModel;

// The delivery log of one outgoing webhook endpoint (issue 16, point 4): its deliveries,
// newest first, each with its state, attempts, last answer and next attempt; the selected
// one's attempts and the exact body posted; Resend makes it due again now. Follows
// EngineFacade::webhooksChanged, so a retry or a resend shows as it happens.
class WebhookDeliveriesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDeliveriesDialog)

public:
    WebhookDeliveriesDialog(EngineFacade &facade, ReadModel &reader, const WebhookEndpoint &endpoint,
                            QWidget *parent = nullptr);

    enum Column {
        EventColumn,
        NumberColumn,
        OccurredColumn,
        StateColumn,
        AttemptsColumn,
        AnswerColumn,
        NextColumn
    };
    static constexpr int kShown = 200; // newest first; older ones are in the API's log

    QTreeWidget *deliveries() const { return m_deliveries; }
    QTreeWidget *attempts() const { return m_attempts; }
    QPlainTextEdit *payload() const { return m_payload; }
    QPushButton *resendButton() const { return m_resend; }
    ErrorBanner *banner() const { return m_banner; }
    qint64 selectedDeliveryId() const;
    void selectDelivery(qint64 deliveryId);

    void reload();
    void resendSelected();

    // The words for a delivery's state: "Delivered", "Retrying", "Failed"….
    static QString stateText(const WebhookDelivery &delivery);

private:
    void showSelected();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    WebhookEndpoint m_endpoint;
    QList<WebhookDelivery> m_shown;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_deliveries = nullptr;
    QTreeWidget *m_attempts = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QPushButton *m_resend = nullptr;
};

} // namespace smsdesk
