// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdeliveriesdialog.h"

#include "enginefacade.h"
#include "errorbanner.h"
#include "readmodel.h"
#include "theme.h"
#include "thenifalive.h"
#include "webhookendpointdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kIdRole = Qt::UserRole;

// The locale's short date and time, with seconds: posts a few seconds apart are told apart.
QString when(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s')))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

QString whenExactly(qint64 ms)
{
    return ms <= 0 ? QString() : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}

// "HTTP 500: Internal Server Error", "HTTP 204", or the error alone when nothing answered.
QString answerText(int httpStatus, const QString &error)
{
    // The sender words an HTTP error "HTTP 500 Internal Server Error": the status is shown once.
    QString reason = error;
    if (const QString prefix = QStringLiteral("HTTP %1").arg(httpStatus); reason.startsWith(prefix))
        reason = reason.mid(prefix.size()).trimmed();
    if (httpStatus > 0 && reason.isEmpty())
        return WebhookDeliveriesDialog::tr("HTTP %1").arg(httpStatus);
    if (httpStatus > 0)
        return WebhookDeliveriesDialog::tr("HTTP %1: %2").arg(httpStatus).arg(reason);
    if (!error.isEmpty())
        return WebhookDeliveriesDialog::tr("No answer: %1").arg(error);
    return QStringLiteral("—");
}

QTreeWidget *newTree(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setAccessibleName(name);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setHeaderLabels(headers);
    return tree;
}

} // namespace

QString WebhookDeliveriesDialog::stateText(const WebhookDelivery &delivery)
{
    switch (delivery.state) {
    case WebhookDelivery::State::Delivered:
        return tr("Delivered");
    case WebhookDelivery::State::Failed:
        return tr("Failed");
    case WebhookDelivery::State::Pending:
        return delivery.attempts > 0 && delivery.lastAttemptAtMs > 0 ? tr("Retrying") : tr("Waiting");
    }
    return {};
}

WebhookDeliveriesDialog::WebhookDeliveriesDialog(EngineFacade &facade, ReadModel &reader,
                                                 const WebhookEndpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_endpoint(endpoint)
{
    setWindowTitle(tr("Delivery log"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::kSpacing);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    auto *title = new QLabel(
        tr("Webhooks posted to <b>%1</b>, newest first.").arg(endpoint.url.toHtmlEscaped()), this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_deliveries = newTree({ tr("Event"), tr("Number"), tr("Occurred"), tr("State"), tr("Attempts"),
                             tr("Last answer"), tr("Next attempt") },
                           tr("Deliveries"), this);
    QHeaderView *header = m_deliveries->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AnswerColumn, QHeaderView::Stretch);
    m_deliveries->setColumnWidth(EventColumn, 130);
    m_deliveries->setColumnWidth(NumberColumn, 130);
    m_deliveries->setColumnWidth(OccurredColumn, 140);
    m_deliveries->setColumnWidth(StateColumn, 80);
    m_deliveries->setColumnWidth(AttemptsColumn, 70);
    m_deliveries->setColumnWidth(NextColumn, 140);

    m_attempts
        = newTree({ tr("Posted"), tr("Answer"), tr("Took") }, tr("Attempts of the selected delivery"), this);
    m_attempts->header()->setStretchLastSection(false);
    m_attempts->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_attempts->setColumnWidth(0, 160);
    m_attempts->setColumnWidth(2, 80);
    m_payload = new QPlainTextEdit(this);
    m_payload->setReadOnly(true);
    m_payload->setAccessibleName(tr("Body posted for the selected delivery"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *detail = new QTabWidget(this);
    detail->addTab(m_attempts, tr("&Attempts"));
    detail->addTab(m_payload, tr("&Body"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_deliveries);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false); // secondary text
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resend = new QPushButton(theme::icon(QStringLiteral("view-refresh"), QStringLiteral("requeue.svg")),
                               tr("&Resend"), this);
    m_resend->setAccessibleName(tr("Resend the selected delivery now"));
    m_resend->setToolTip(
        tr("Post it again now, with the same webhook-id; its attempts start again from one"));
    buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &WebhookDeliveriesDialog::reject);
    connect(m_resend, &QPushButton::clicked, this, &WebhookDeliveriesDialog::resendSelected);
    connect(m_deliveries, &QTreeWidget::itemSelectionChanged, this, &WebhookDeliveriesDialog::showSelected);
    connect(&m_facade, &EngineFacade::webhooksChanged, this, &WebhookDeliveriesDialog::reload);
    resize(960, 560);
    reload();
}

qint64 WebhookDeliveriesDialog::selectedDeliveryId() const
{
    const QList<QTreeWidgetItem *> items = m_deliveries->selectedItems();
    return items.size() == 1 ? items.first()->data(EventColumn, kIdRole).toLongLong() : 0;
}

void WebhookDeliveriesDialog::selectDelivery(qint64 deliveryId)
{
    for (int i = 0; i < m_deliveries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_deliveries->topLevelItem(i);
        if (item->data(EventColumn, kIdRole).toLongLong() == deliveryId) {
            m_deliveries->setCurrentItem(item);
            return;
        }
    }
}

void WebhookDeliveriesDialog::reload()
{
    const Result<QList<WebhookDelivery>> page = m_reader.webhookDeliveries(m_endpoint.id, 0, kShown);
    if (!page) {
        m_banner->showMessage(tr("Cannot read the delivery log: %1").arg(page.errorString()));
        return;
    }
    const qint64 selected = selectedDeliveryId();
    m_shown = page.value();
    const QSignalBlocker blocker(m_deliveries);
    m_deliveries->clear();
    const QPalette colours = palette();
    for (const WebhookDelivery &d : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(m_deliveries);
        item->setData(EventColumn, kIdRole, d.id);
        item->setText(EventColumn, WebhookEndpointDialog::eventLabel(d.type));
        item->setToolTip(EventColumn, tr("%1, webhook-id %2").arg(WebhookEvents::name(d.type), d.eventId));
        item->setText(NumberColumn,
                      d.number.isEmpty() ? QString() : m_facade.phoneNumbers().displayFormat(d.number));
        item->setText(OccurredColumn, when(d.occurredAtMs));
        item->setToolTip(OccurredColumn, whenExactly(d.occurredAtMs));
        item->setText(StateColumn, stateText(d));
        if (d.state == WebhookDelivery::State::Delivered)
            item->setForeground(StateColumn, theme::success(colours));
        else if (d.state == WebhookDelivery::State::Failed)
            item->setForeground(StateColumn, theme::error(colours));
        else if (d.attempts > 0 && d.lastAttemptAtMs > 0)
            item->setForeground(StateColumn, theme::warning(colours));
        item->setText(AttemptsColumn, QLocale().toString(d.attempts));
        item->setTextAlignment(AttemptsColumn, Qt::AlignRight | Qt::AlignVCenter);
        const QString answer
            = d.lastAttemptAtMs > 0 ? answerText(d.lastHttpStatus, d.lastError) : QStringLiteral("—");
        item->setText(AnswerColumn, answer);
        item->setToolTip(AnswerColumn, answer);
        const bool waits = d.state == WebhookDelivery::State::Pending;
        item->setText(NextColumn, waits ? when(d.nextAttemptAtMs) : QStringLiteral("—"));
        item->setToolTip(NextColumn, waits ? whenExactly(d.nextAttemptAtMs) : QString());
    }
    if (m_shown.isEmpty())
        m_summary->setText(tr("Nothing was posted to this endpoint yet. Events it wants appear here as they "
                              "happen."));
    else if (m_shown.size() >= kShown)
        m_summary->setText(tr("The newest %1 deliveries. Delivered and failed ones are kept for 30 days.")
                               .arg(QLocale().toString(kShown)));
    else
        m_summary->setText(tr("Delivered and failed deliveries are kept for 30 days."));
    if (selected > 0)
        selectDelivery(selected);
    if (selectedDeliveryId() == 0 && m_deliveries->topLevelItemCount() > 0)
        m_deliveries->setCurrentItem(m_deliveries->topLevelItem(0));
    showSelected();
}

void WebhookDeliveriesDialog::showSelected()
{
    const qint64 id = selectedDeliveryId();
    m_resend->setEnabled(id > 0);
    m_attempts->clear();
    const auto it = std::find_if(m_shown.cbegin(), m_shown.cend(),
                                 [id](const WebhookDelivery &d) { return d.id == id; });
    if (it == m_shown.cend()) {
        m_payload->clear();
        return;
    }
    const QJsonDocument body = QJsonDocument::fromJson(StandardWebhooks::payload(*it));
    m_payload->setPlainText(QString::fromUtf8(body.toJson(QJsonDocument::Indented)));
    const Result<QList<WebhookAttempt>> attempts = m_reader.webhookAttempts(id);
    if (!attempts) {
        m_banner->showMessage(tr("Cannot read the attempts: %1").arg(attempts.errorString()));
        return;
    }
    const QPalette colours = palette();
    for (const WebhookAttempt &a : attempts.value()) {
        auto *item = new QTreeWidgetItem(m_attempts);
        item->setText(0, when(a.atMs));
        item->setToolTip(0, whenExactly(a.atMs));
        const QString answer = answerText(a.httpStatus, a.error);
        item->setText(1, answer);
        item->setToolTip(1, answer);
        const bool good = a.httpStatus >= 200 && a.httpStatus < 300;
        item->setForeground(1, good ? theme::success(colours) : theme::error(colours));
        item->setText(2, tr("%1 ms").arg(QLocale().toString(a.durationMs)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (attempts->isEmpty()) {
        auto *item = new QTreeWidgetItem(m_attempts);
        item->setText(0, tr("Not posted yet"));
        item->setFlags(Qt::NoItemFlags);
    }
}

void WebhookDeliveriesDialog::resendSelected()
{
    const qint64 id = selectedDeliveryId();
    if (id <= 0)
        return;
    m_resend->setEnabled(false);
    thenIfAlive(m_facade.resendWebhook(m_endpoint.id, id), this, [this](const Status &resent) {
        if (!resent)
            m_banner->showMessage(tr("Not resent: %1").arg(resent.errorString()));
        else
            m_banner->showMessage(tr("Posting it again now."), ErrorBanner::Kind::Info);
        reload();
    });
}

} // namespace smsdesk
