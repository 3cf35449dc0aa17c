// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outboundwebhook.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace smsdesk {

class EngineFacade;

// Adds one outgoing webhook endpoint (issue 16, point 4): the address of the user's app, a
// description and the events it wants (all ticked at first). OK stays off, with the reason
// beside it, while the address does not work or no event is ticked. Once added, the
// endpoint's signing secret is shown here, once, with Copy: it is never shown again.
class WebhookEndpointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookEndpointDialog)

public:
    explicit WebhookEndpointDialog(EngineFacade &facade, QWidget *parent = nullptr);

    // The words for an event type and for an endpoint's subscription ("All events" for all).
    static QString eventLabel(WebhookEvents::Type type);
    static QString eventsSummary(quint32 events);

    quint32 events() const; // the ticked ones
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *descriptionField() const { return m_description; }
    QCheckBox *eventBox(WebhookEvents::Type type) const { return m_events.value(type); }
    QPushButton *okButton() const;
    QPushButton *closeButton() const;
    QLabel *reasonLabel() const { return m_reason; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }

    void accept() override; // adds; stays open to show the secret (or why it was not added)
    void reject() override; // after adding, closing is accepting: the endpoint is there

Q_SIGNALS:
    void added(const smsdesk::WebhookEndpoint &endpoint);

private:
    void updateOk();
    void showReason(const QString &text);
    void showSecret(const QString &secret);

    EngineFacade &m_facade;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_description = nullptr;
    QMap<WebhookEvents::Type, QCheckBox *> m_events;
    QWidget *m_form = nullptr;
    QLabel *m_reason = nullptr;
    QWidget *m_secretRow = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_adding = false;
};

} // namespace smsdesk
