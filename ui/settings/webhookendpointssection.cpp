// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookendpointssection.h"

#include "enginefacade.h"
#include "errorbanner.h"
#include "outboundwebhook.h"
#include "readmodel.h"
#include "theme.h"
#include "thenifalive.h"
#include "webhookdeliveriesdialog.h"
#include "webhookendpointdialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kEndpointRole = Qt::UserRole + 1;

} // namespace

WebhookEndpointsSection::WebhookEndpointsSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_banner(banner)
{
    auto *intro
        = new QLabel(tr("Smsdesk tells your own apps what happens to messages: it posts each event to "
                        "the addresses below, signed the Standard Webhooks way. Every post is kept in an "
                        "outbox first and retried with growing waits until your app answers, for about "
                        "a day."),
                     this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Outgoing webhook endpoints"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        { tr("Address"), tr("Events"), tr("Description"), tr("Waiting"), tr("Delivered"), tr("Failed") });
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EventsColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Interactive);
    for (int column : { PendingColumn, DeliveredColumn, FailedColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(EventsColumn, 190);
    m_list->setColumnWidth(DescriptionColumn, 140);
    m_list->setMinimumHeight(140);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false); // secondary text

    m_add = new QPushButton(tr("&Add…"), this);
    m_log = new QPushButton(tr("Delivery &log…"), this);
    m_remove = new QPushButton(theme::icon(QStringLiteral("edit-delete"), QStringLiteral("delete.svg")),
                               tr("&Remove…"), this);
    m_add->setAccessibleName(tr("Add an outgoing webhook endpoint"));
    m_log->setAccessibleName(tr("Show the delivery log of the selected endpoint"));
    m_remove->setAccessibleName(tr("Remove the selected endpoint"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(theme::kSpacing);
    buttons->addWidget(m_add);
    buttons->addWidget(m_log);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &WebhookEndpointsSection::add);
    connect(m_log, &QPushButton::clicked, this, &WebhookEndpointsSection::showLog);
    connect(m_remove, &QPushButton::clicked, this, &WebhookEndpointsSection::removeSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &WebhookEndpointsSection::showLog);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &WebhookEndpointsSection::updateButtons);
    connect(&m_facade, &EngineFacade::webhooksChanged, this, &WebhookEndpointsSection::reload);
    reload();
}

void WebhookEndpointsSection::reload()
{
    const Result<QList<WebhookEndpoint>> endpoints = m_reader.webhookEndpoints();
    if (!endpoints) {
        m_summary->setText(tr("Cannot read the endpoints: %1").arg(endpoints.errorString()));
        return;
    }
    const QString selected = selectedId();
    m_list->clear();
    const QLocale locale;
    for (const WebhookEndpoint &e : endpoints.value()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(UrlColumn, kIdRole, e.id);
        item->setData(UrlColumn, kEndpointRole, QVariant::fromValue(e.url));
        item->setText(UrlColumn, e.url);
        item->setToolTip(
            UrlColumn,
            tr("%1\nAdded %2")
                .arg(e.url,
                     locale.toString(QDateTime::fromMSecsSinceEpoch(e.createdAtMs), QLocale::ShortFormat)));
        item->setText(EventsColumn, WebhookEndpointDialog::eventsSummary(e.events));
        item->setToolTip(EventsColumn, WebhookEvents::names(e.events).join(QLatin1Char('\n')));
        item->setText(DescriptionColumn, e.description);
        item->setToolTip(DescriptionColumn, e.description);
        item->setText(PendingColumn, locale.toString(e.pending));
        item->setText(DeliveredColumn, locale.toString(e.delivered));
        item->setText(FailedColumn, locale.toString(e.failed));
        for (int column : { PendingColumn, DeliveredColumn, FailedColumn })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (e.failed > 0)
            item->setForeground(FailedColumn, theme::error(palette()));
        if (e.id == selected)
            item->setSelected(true);
    }
    if (endpoints->isEmpty())
        m_summary->setText(tr("No endpoints yet. Add… one to have your app told when messages are sent, "
                              "delivered, fail or arrive."));
    else
        m_summary->setText(tr("Waiting: not yet accepted by your app. Failed: given up after every attempt; "
                              "Delivery log… shows why and can resend."));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0 && selected.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString WebhookEndpointsSection::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.size() == 1 ? items.first()->data(UrlColumn, kIdRole).toString() : QString();
}

void WebhookEndpointsSection::updateButtons()
{
    const bool one = !selectedId().isEmpty();
    m_log->setEnabled(one);
    m_remove->setEnabled(one);
}

WebhookEndpointDialog *WebhookEndpointsSection::add()
{
    auto *dialog = new WebhookEndpointDialog(m_facade, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookEndpointDialog::added, this, [this](const WebhookEndpoint &endpoint) {
        reload();
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (item->data(UrlColumn, kIdRole).toString() == endpoint.id)
                m_list->setCurrentItem(item);
        }
        m_banner.showMessage(
            tr("The endpoint %1 was added. Events from now on are posted to it.").arg(endpoint.url),
            ErrorBanner::Kind::Success);
    });
    dialog->open();
    return dialog;
}

WebhookDeliveriesDialog *WebhookEndpointsSection::showLog()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.size() != 1)
        return nullptr;
    WebhookEndpoint endpoint;
    endpoint.id = items.first()->data(UrlColumn, kIdRole).toString();
    endpoint.url = items.first()->data(UrlColumn, kEndpointRole).toString();
    auto *dialog = new WebhookDeliveriesDialog(m_facade, m_reader, endpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void WebhookEndpointsSection::removeSelected()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.size() != 1)
        return;
    const QString id = items.first()->data(UrlColumn, kIdRole).toString();
    const QString url = items.first()->text(UrlColumn);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove endpoint"),
                                tr("Stop posting to %1 and forget it? Its delivery log and the posts still "
                                   "waiting for it are deleted too.")
                                    .arg(url),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveWebhookEndpoint"));
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, url](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        thenIfAlive(m_facade.removeWebhookEndpoint(id), this, [this, url](const Status &removed) {
            if (!removed)
                m_banner.showMessage(tr("The endpoint was not removed: %1").arg(removed.errorString()));
            else
                m_banner.showMessage(tr("%1 gets no more webhooks.").arg(url), ErrorBanner::Kind::Success);
            reload();
        });
    });
    box->open();
}

} // namespace smsdesk
