// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairingdialog.h"

#include "qrcode.h"
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

PairingDialog::PairingDialog(const QString &deviceName, const QString &webhookUrl, QWidget *parent)
    : QDialog(parent)
    , m_url(webhookUrl)
{
    setWindowTitle(tr("Pair %1").arg(deviceName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("In the gateway app on the phone, add a webhook with this address and "
                                "signing secret, or scan the code to copy them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_code = new QLabel(this);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setAccessibleName(tr("Pairing QR code"));
    m_code->setMinimumSize(240, 240);
    // Wide enough to show the whole address and the 43-character secret.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 40 + 120);
    layout->addWidget(m_code, 1);

    auto *form = new QFormLayout;
    addCopyRow(form, tr("Webhook URL"), m_url);
    m_secretField = addCopyRow(form, tr("Secret"), QString());
    m_secretField->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateCode();
}

QLineEdit *PairingDialog::addCopyRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *field = new QLineEdit(value, this);
    field->setReadOnly(true);
    field->setAccessibleName(label);
    auto *copy = field->addAction(theme::icon(QStringLiteral("edit-copy"), QStringLiteral("copy.svg")),
                                  QLineEdit::TrailingPosition);
    copy->setToolTip(tr("Copy"));
    connect(copy, &QAction::triggered, field,
            [field] { QGuiApplication::clipboard()->setText(field->text()); });
    form->addRow(label, field);
    return field;
}

void PairingDialog::setSecret(const QString &secret)
{
    m_secret = secret;
    m_secretField->setText(secret);
    updateCode();
}

void PairingDialog::setSecretUnavailable(const QString &reason)
{
    m_secretField->setPlaceholderText(tr("Not available"));
    m_note->setText(reason);
    m_note->show();
}

void PairingDialog::updateCode()
{
    // Two plain lines: any QR scanner shows them for copying; nothing app-specific.
    m_qrText = m_secret.isEmpty() ? m_url : m_url + QLatin1Char('\n') + m_secret;
    const QImage image = qrCodeImage(m_qrText);
    const int side = 240 - 240 % std::max(1, image.width());
    m_code->setPixmap(
        QPixmap::fromImage(image.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation)));
}

} // namespace smsdesk
