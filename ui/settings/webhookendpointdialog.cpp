// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookendpointdialog.h"

#include "enginefacade.h"
#include "theme.h"
#include "thenifalive.h"
#include "webhookendpointroutes.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsdesk {

namespace {


} // namespace

QString WebhookEndpointDialog::eventLabel(WebhookEvents::Type type)
{
    switch (type) {
    case WebhookEvents::Sent:
        return tr("Message sent");
    case WebhookEvents::Delivered:
        return tr("Delivered");
    case WebhookEvents::Failed:
        return tr("Failed (will retry)");
    case WebhookEvents::Dead:
        return tr("Dead letter");
    case WebhookEvents::Received:
        return tr("Message received");
    case WebhookEvents::OptedOut:
        return tr("Opted out");
    }
    return WebhookEvents::name(type);
}

QString WebhookEndpointDialog::eventsSummary(quint32 events)
{
    if ((events & WebhookEvents::kAll) == WebhookEvents::kAll)
        return tr("All events");
    QStringList labels;
    for (WebhookEvents::Type type : WebhookEvents::all()) {
        if (events & type)
            labels << eventLabel(type);
    }
    return labels.join(QStringLiteral(", "));
}

WebhookEndpointDialog::WebhookEndpointDialog(EngineFacade &facade, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
{
    setWindowTitle(tr("Add outgoing webhook"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::kSpacing);
    auto *intro = new QLabel(tr("Smsdesk will post what happens to messages to this address of your app, "
                                "signed so that your app can check the post comes from here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_url = new QLineEdit(m_form);
    m_url->setAccessibleName(tr("Endpoint address"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/hooks/sms"));
    form->addRow(tr("&Address:"), m_url);
    m_description = new QLineEdit(m_form);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional, e.g. Shop system"));
    m_description->setMaxLength(WebhookEndpoint::kMaxDescription);
    form->addRow(tr("&Description:"), m_description);
    formLayout->addLayout(form);

    auto *eventsBox = new QGroupBox(tr("Send these events"), m_form);
    auto *grid = new QGridLayout(eventsBox);
    grid->setHorizontalSpacing(theme::kMargin * 2);
    const QList<WebhookEvents::Type> types = WebhookEvents::all();
    for (int i = 0; i < types.size(); ++i) {
        const WebhookEvents::Type type = types.at(i);
        auto *box = new QCheckBox(eventLabel(type), eventsBox);
        box->setChecked(true);
        box->setAccessibleName(tr("Send %1 events").arg(eventLabel(type)));
        box->setToolTip(tr("Posted as “%1”").arg(WebhookEvents::name(type)));
        grid->addWidget(box, i / 2, i % 2);
        m_events.insert(type, box);
        connect(box, &QCheckBox::toggled, this, &WebhookEndpointDialog::updateOk);
    }
    formLayout->addWidget(eventsBox);
    layout->addWidget(m_form);

    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why the endpoint cannot be added yet"));
    layout->addWidget(m_reason);

    m_secretRow = new QWidget(this);
    auto *secretLayout = new QVBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    auto *secretTitle = new QLabel(tr("Signing secret:"), m_secretRow);
    m_secret = new QLineEdit(m_secretRow);
    m_secret->setReadOnly(true);
    m_secret->setAccessibleName(tr("Signing secret of the new endpoint"));
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    secretTitle->setBuddy(m_secret);
    m_copy = new QPushButton(theme::icon(QStringLiteral("edit-copy"), QStringLiteral("copy.svg")),
                             tr("&Copy"), m_secretRow);
    m_copy->setAccessibleName(tr("Copy the signing secret"));
    auto *secretLine = new QHBoxLayout;
    secretLine->addWidget(m_secret, 1);
    secretLine->addWidget(m_copy);
    auto *secretNote
        = new QLabel(tr("<b>Copy it now and give it to your app: it will not be shown again.</b> "
                        "Your app checks each post's webhook-signature header with it (Standard "
                        "Webhooks)."),
                     m_secretRow);
    secretNote->setTextFormat(Qt::RichText);
    secretNote->setWordWrap(true);
    secretLayout->addWidget(secretTitle);
    secretLayout->addLayout(secretLine);
    secretLayout->addWidget(secretNote);
    m_secretRow->hide();
    layout->addWidget(m_secretRow);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("Add")); // the default button: Enter; Alt+A is the address
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhookEndpointDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WebhookEndpointDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &WebhookEndpointDialog::updateOk);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });
    setMinimumWidth(520);
    updateOk();
}

QPushButton *WebhookEndpointDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *WebhookEndpointDialog::closeButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

quint32 WebhookEndpointDialog::events() const
{
    quint32 mask = 0;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        if (it.value()->isChecked())
            mask |= it.key();
    }
    return mask;
}

void WebhookEndpointDialog::showReason(const QString &text)
{
    QPalette palette = m_reason->palette();
    palette.setColor(QPalette::WindowText, theme::error(palette));
    m_reason->setPalette(palette);
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void WebhookEndpointDialog::updateOk()
{
    if (m_adding || !m_secret->text().isEmpty())
        return;
    // An empty address is the starting point, not a mistake: say what to do, not in red.
    QString reason = m_facade.webhookUrlProblem(m_url->text());
    if (reason.isEmpty() && events() == 0)
        reason = tr("Tick at least one event the endpoint should receive.");
    okButton()->setEnabled(reason.isEmpty());
    showReason(reason);
    if (m_url->text().trimmed().isEmpty()) {
        m_reason->setPalette(QPalette());
        m_reason->setEnabled(false);
    } else {
        m_reason->setEnabled(true);
    }
}

void WebhookEndpointDialog::accept()
{
    if (m_adding || !okButton()->isEnabled())
        return;
    m_adding = true;
    okButton()->setEnabled(false);
    m_form->setEnabled(false);
    thenIfAlive(m_facade.addWebhookEndpoint(m_url->text(), events(), m_description->text()), this,
                [this](const Result<OutboundWebhooks::Created> &created) {
                    m_adding = false;
                    if (!created) {
                        m_form->setEnabled(true);
                        okButton()->setEnabled(true);
                        showReason(tr("Not added: %1").arg(created.errorString()));
                        return;
                    }
                    showSecret(created->secret);
                    Q_EMIT added(created->endpoint);
                });
}

void WebhookEndpointDialog::reject()
{
    if (!m_secret->text().isEmpty())
        QDialog::accept();
    else
        QDialog::reject();
}

// The only time the secret is on screen: the dialog stays open until the user closes it.
void WebhookEndpointDialog::showSecret(const QString &secret)
{
    setWindowTitle(tr("Outgoing webhook added"));
    showReason(QString());
    m_secret->setText(secret);
    m_secretRow->show();
    okButton()->hide();
    closeButton()->setText(tr("Close")); // Alt+C is Copy
    m_copy->setFocus();
}

} // namespace smsdesk
