// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairingdialog.h"

#include "theme.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

QString statusFor(const PairingDialog::Facts &facts)
{
    const bool cloud = facts.adapter == QLatin1String("smsgate-cloud");
    const bool registered = facts.reportsVia.startsWith(QLatin1String("webhooks registered"));
    if (!cloud) {
        if (facts.gatewayUrl.isEmpty())
            return PairingDialog::tr("Replies and delivery reports are fetched from the phone every %1 s; "
                                     "nothing to set up on the phone.")
                .arg(facts.pollSeconds);
        if (registered)
            return PairingDialog::tr("Webhooks registered on the phone (to %1): replies and delivery reports "
                                     "arrive at once. They are also fetched every %2 s, in case one is missed.")
                .arg(facts.gatewayUrl)
                .arg(facts.pollSeconds);
        if (facts.reportsVia.isEmpty())
            return PairingDialog::tr("Smsdesk is registering its webhooks on the phone (to %1). Until then "
                                     "replies and delivery reports are fetched every %2 s.")
                .arg(facts.gatewayUrl)
                .arg(facts.pollSeconds);
        return PairingDialog::tr("The webhooks could not be registered on the phone: %1. Replies and delivery "
                                 "reports are fetched every %2 s meanwhile; Smsdesk tries again every minute.")
            .arg(facts.reportsVia)
            .arg(facts.pollSeconds);
    }
    // handlers/inbox/3rdparty.go answers 501: only a webhook brings replies to a cloud desk.
    const QString why = PairingDialog::tr("The SMSGate server cannot list received SMS (its inbox answers "
                                          "HTTP 501), so customer replies reach Smsdesk only by webhook. "
                                          "Delivery reports are fetched from the server.");
    if (facts.gatewayUrl.isEmpty())
        return why + QLatin1Char(' ')
            + PairingDialog::tr("To get replies, start Smsdesk with a gateway listener at a public https:// "
                                "address (--gateway-listen with --gateway-cert and --gateway-key, or "
                                "--gateway-url behind a tunnel); it then registers the webhooks itself.");
    if (registered)
        return why + QLatin1Char(' ')
            + PairingDialog::tr("Webhooks registered at the server (to %1). The server cannot set the "
                                "phones' signing key: in the app on each phone, open Settings, Webhooks, "
                                "Signing key, and enter the secret below.")
                  .arg(facts.gatewayUrl);
    return why + QLatin1Char(' ')
        + PairingDialog::tr("The webhooks could not be registered: %1. Smsdesk tries again every minute.")
              .arg(facts.reportsVia.isEmpty() ? PairingDialog::tr("not tried yet") : facts.reportsVia);
}

} // namespace

PairingDialog::PairingDialog(const Facts &facts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Replies from %1").arg(facts.deviceName));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 40 + 120);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(statusFor(facts), this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("How replies arrive"));
    layout->addWidget(m_status);

    if (facts.adapter == QLatin1String("smsgate-cloud") && !facts.gatewayUrl.isEmpty()) {
        auto *form = new QFormLayout;
        m_secretField = new QLineEdit(this);
        m_secretField->setReadOnly(true);
        m_secretField->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        m_secretField->setAccessibleName(tr("Signing key"));
        auto *copy = m_secretField->addAction(
            theme::icon(QStringLiteral("edit-copy"), QStringLiteral("copy.svg")), QLineEdit::TrailingPosition);
        copy->setToolTip(tr("Copy"));
        connect(copy, &QAction::triggered, m_secretField,
                [field = m_secretField] { QGuiApplication::clipboard()->setText(field->text()); });
        form->addRow(tr("Signing key"), m_secretField);
        layout->addLayout(form);
    }

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PairingDialog::statusText() const
{
    return m_status->text();
}

void PairingDialog::setSecret(const QString &secret)
{
    if (m_secretField)
        m_secretField->setText(secret);
}

void PairingDialog::setSecretUnavailable(const QString &reason)
{
    if (m_secretField)
        m_secretField->setPlaceholderText(tr("Not available"));
    m_note->setText(reason);
    m_note->show();
}

} // namespace smsdesk
