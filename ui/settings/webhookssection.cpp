// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookssection.h"

#include "enginefacade.h"
#include "errorbanner.h"
#include "theme.h"
#include "thenifalive.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpacerItem>

namespace smsdesk {

WebhooksSection::WebhooksSection(EngineFacade &facade, ErrorBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_banner(banner)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString &adapter : EngineFacade::webhookAdapters())
        addRow(adapter);
    // What is true for each gateway: SMSGate phones get their webhooks and signing key from
    // Smsdesk (gateway listener) or are polled; MySMSGate documents no signing at all.
    auto *note = new QLabel(
        tr("SMSGate phones: with the gateway listener on, Smsdesk registers these webhooks on each phone "
           "and sets its signing key itself; without it, replies and delivery reports are fetched from "
           "the phones (Devices → How replies arrive). MySMSGate documents no webhook signing: Smsdesk "
           "checks its webhooks as chosen above; its replies and reports are also fetched from the "
           "account's history. The secrets are kept in the system keychain."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false); // secondary text in the palette's muted colour
    form->addRow(note);
}

void WebhooksSection::addRow(const QString &adapter)
{
    auto *form = static_cast<QFormLayout *>(layout());
    if (!m_rows.isEmpty()) // a little air between the gateways
        form->addItem(new QSpacerItem(0, theme::kMargin, QSizePolicy::Minimum, QSizePolicy::Fixed));
    // Phones post to the gateway listener; the API address serves only programs on this PC.
    const QString gateway = m_facade.gatewayUrl();
    const QString address = m_facade.apiAddress();
    auto *url = new QLineEdit(!gateway.isEmpty() ? QStringLiteral("%1/webhooks/%2").arg(gateway, adapter)
                                  : address.isEmpty()
                                  ? tr("API server is off")
                                  : QStringLiteral("http://%1/webhooks/%2").arg(address, adapter),
                              this);
    url->setReadOnly(true);
    url->setAccessibleName(tr("Webhook address for %1").arg(adapter));
    form->addRow(adapter + QLatin1Char(':'), url);

    Row row;
    row.adapter = adapter;
    row.secret = new QLineEdit(this);
    row.secret->setReadOnly(true);
    row.secret->setEchoMode(QLineEdit::Password);
    row.secret->setPlaceholderText(tr("Loading…"));
    row.secret->setAccessibleName(tr("Webhook secret for %1").arg(adapter));
    row.show = new QPushButton(tr("Show"), this);
    row.show->setCheckable(true);
    row.show->setEnabled(false);
    row.show->setAccessibleName(tr("Show the webhook secret for %1").arg(adapter));
    row.copy = new QPushButton(theme::icon(QStringLiteral("edit-copy"), QStringLiteral("copy.svg")),
                               tr("Copy"), this);
    row.copy->setEnabled(false);
    row.copy->setAccessibleName(tr("Copy the webhook secret for %1").arg(adapter));
    row.rotate = new QPushButton(tr("Rotate…"), this);
    row.rotate->setAccessibleName(tr("Rotate the webhook secret for %1").arg(adapter));
    row.note = new QLabel(this);
    row.note->setWordWrap(true);
    row.note->hide();

    auto *line = new QHBoxLayout;
    line->addWidget(row.secret, 1);
    line->addWidget(row.show);
    line->addWidget(row.copy);
    line->addWidget(row.rotate);
    form->addRow(tr("Secret:"), line);
    form->addRow(row.note);

    const int index = int(m_rows.size());
    QLineEdit *secret = row.secret;
    QPushButton *show = row.show;
    connect(row.show, &QPushButton::toggled, this, [this, secret, show](bool shown) {
        secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(row.copy, &QPushButton::clicked, this, [this, secret, adapter] {
        QGuiApplication::clipboard()->setText(secret->text());
        m_banner.showMessage(tr("The secret for %1 is on the clipboard.").arg(adapter),
                             ErrorBanner::Kind::Info);
    });
    connect(row.rotate, &QPushButton::clicked, this, [this, index] { confirmRotate(index); });
    m_rows.append(row);
    showBlockedReason(index);
}

const WebhooksSection::Row *WebhooksSection::row(const QString &adapter) const
{
    for (const Row &r : m_rows) {
        if (r.adapter == adapter)
            return &r;
    }
    return nullptr;
}

QLineEdit *WebhooksSection::secretField(const QString &adapter) const
{
    const Row *r = row(adapter);
    return r ? r->secret : nullptr;
}

QPushButton *WebhooksSection::showButton(const QString &adapter) const
{
    const Row *r = row(adapter);
    return r ? r->show : nullptr;
}

QPushButton *WebhooksSection::copyButton(const QString &adapter) const
{
    const Row *r = row(adapter);
    return r ? r->copy : nullptr;
}

QPushButton *WebhooksSection::rotateButton(const QString &adapter) const
{
    const Row *r = row(adapter);
    return r ? r->rotate : nullptr;
}

// The section is rebuilt on a language switch and may be gone before the keychain answers.
void WebhooksSection::reload()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        thenIfAlive(m_facade.webhookSecret(m_rows[i].adapter), this,
                    [this, i](const Result<QString> &secret) {
                        if (secret)
                            setSecret(i, secret.value());
                        else
                            setUnavailable(i, secret.errorString());
                    });
    }
}

void WebhooksSection::setSecret(int index, const QString &secret)
{
    Row &r = m_rows[index];
    r.secret->setText(secret);
    r.show->setEnabled(true);
    r.copy->setEnabled(true);
    showBlockedReason(index);
}

void WebhooksSection::setUnavailable(int index, const QString &reason)
{
    Row &r = m_rows[index];
    r.secret->clear();
    r.secret->setPlaceholderText(tr("Not available"));
    r.show->setChecked(false);
    r.show->setEnabled(false);
    r.copy->setEnabled(false);
    r.note->setText(reason);
    r.note->setEnabled(true);
    QPalette palette = r.note->palette();
    palette.setColor(QPalette::WindowText, theme::error(palette));
    r.note->setPalette(palette);
    r.note->show();
}

// Rotation is refused without a writable keychain and for the demo phones' secret: say
// why next to the button instead of asking first and refusing after.
void WebhooksSection::showBlockedReason(int index)
{
    Row &r = m_rows[index];
    const QString blocked = m_facade.webhookRotationBlockedReason(r.adapter);
    r.rotate->setEnabled(blocked.isEmpty());
    r.rotate->setToolTip(blocked);
    r.note->setPalette(QPalette());
    r.note->setEnabled(false);
    r.note->setText(blocked);
    r.note->setVisible(!blocked.isEmpty());
}

void WebhooksSection::confirmRotate(int index)
{
    const QString adapter = m_rows[index].adapter;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Rotate webhook secret"),
                                tr("Make a new secret for %1? Phones using the old secret will be refused "
                                   "until you enter the new one on them.")
                                    .arg(adapter),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRotate"));
    box->addButton(tr("Rotate"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, index](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            rotate(index);
    });
    box->open();
}

void WebhooksSection::rotate(int index)
{
    const QString adapter = m_rows[index].adapter;
    m_rows[index].rotate->setEnabled(false);
    thenIfAlive(
        m_facade.rotateWebhookSecret(adapter), this, [this, index, adapter](const Result<QString> &secret) {
            if (!secret) {
                showBlockedReason(index);
                m_banner.showMessage(tr("The secret was not changed: %1").arg(secret.errorString()));
                return;
            }
            setSecret(index, secret.value());
            m_rows[index].show->setChecked(true); // the new secret is there to be read and copied
            m_banner.showMessage(tr("New secret for %1 saved. Enter it on every phone that posts to %1; "
                                    "until then their reports are refused.")
                                     .arg(adapter),
                                 ErrorBanner::Kind::Success);
        });
}

} // namespace smsdesk
