// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignspage.h"

#include "campaigndetailpane.h"
#include "campaignlistmodel.h"
#include "campaignmessagemodel.h"
#include "campaignprogressdelegate.h"
#include "emptystate.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "newcampaigndialog.h"
#include "theme.h"
#include "thenifalive.h"
#include "wholefile.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

// A file name from the campaign's name: what a file system takes, never empty.
QString reportFileName(const QString &campaignName)
{
    QString name = campaignName.trimmed();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    return (name.isEmpty() ? QStringLiteral("campaign") : name) + QStringLiteral(".csv");
}

} // namespace

CampaignsPage::CampaignsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_banner(new ErrorBanner(this))
    , m_title(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, m_stack))
    , m_view(new QTableView(m_splitter))
    , m_detail(new CampaignDetailPane(reader, facade.phoneNumbers(), m_splitter))
    , m_empty(new EmptyState(m_stack))
    , m_model(new CampaignListModel(reader, this))
    , m_refreshTimer(new QTimer(this))
{
    if (const Status opened = m_reader.open(); !opened)
        m_banner->showMessage(opened.errorString());
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_new->setIcon(theme::icon(QStringLiteral("document-new"), QStringLiteral("compose.svg")));

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(CampaignListModel::ProgressColumn, new CampaignProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2);
    m_view->horizontalHeader()->setSectionResizeMode(CampaignListModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CampaignListModel::StateColumn, 90);
    m_view->setColumnWidth(CampaignListModel::ProgressColumn, 100);
    m_view->setColumnHidden(CampaignListModel::StartColumn, true); // the detail pane says it
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({ 320, 800 });
    m_splitter->setChildrenCollapsible(false);
    m_empty->setIcon(theme::icon(QStringLiteral("mail-send"), QStringLiteral("campaigns.svg")));
    connect(m_empty->addButton(tr("New campaign…")), &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(theme::kSpacing);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing, theme::kSpacing, theme::kSpacing, theme::kSpacing);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &CampaignsPage::refresh);
    connect(&m_facade, &EngineFacade::campaignsChanged, this, &CampaignsPage::scheduleRefresh);
    connect(&m_facade, &EngineFacade::messagesChanged, this, &CampaignsPage::scheduleRefresh);
    connect(m_model, &CampaignListModel::loadFailed, this,
            [this](const QString &error) { m_banner->showMessage(tr("Could not read the campaigns: %1").arg(error)); });
    connect(m_detail->messageModel(), &CampaignMessageModel::loadFailed, this, [this](const QString &error) {
        m_banner->showMessage(tr("Could not read the campaign's messages: %1").arg(error));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_selectedId = m_model->campaignAt(current.row()).id;
            showSelected();
        }
    });
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_detail, &CampaignDetailPane::pauseClicked, this, &CampaignsPage::pauseSelected);
    connect(m_detail, &CampaignDetailPane::resumeClicked, this, &CampaignsPage::resumeSelected);
    connect(m_detail, &CampaignDetailPane::cancelClicked, this, &CampaignsPage::cancelSelected);
    connect(m_detail, &CampaignDetailPane::reportClicked, this, &CampaignsPage::chooseReportFile);
    retranslate();
    refresh();
}

void CampaignsPage::retranslate()
{
    setAccessibleName(tr("Campaigns"));
    m_title->setText(tr("Campaigns"));
    m_new->setText(tr("&New campaign…"));
    m_new->setAccessibleName(tr("New campaign"));
    m_new->setToolTip(tr("Text a group, a CSV file or a list of numbers at a pace you choose"));
    m_view->setAccessibleName(tr("Campaigns"));
    m_empty->setTitle(tr("No campaigns yet"));
    m_empty->setText(tr("Text a group of contacts, the numbers of a CSV file or a pasted list, at a pace you "
                        "choose. You see every message before anything is queued, then its progress here."));
    m_model->retranslate();
    m_detail->retranslate();
}

void CampaignsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CampaignsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CampaignsPage::scheduleRefresh()
{
    m_stale = true;
    // Not restarted while running: a steady stream of changes still refreshes every 250 ms.
    if (isVisible() && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void CampaignsPage::refresh()
{
    m_stale = false;
    m_refreshTimer->stop();
    const qint64 keep = m_selectedId;
    if (!m_model->reload())
        return;
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_splitter);
    int row = m_model->rowOfId(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        m_selectedId = 0;
        m_detail->clear();
        return;
    }
    m_selectedId = m_model->campaignAt(row).id;
    if (m_view->selectionModel()->currentIndex().row() != row) {
        // Fires currentRowChanged, which shows it.
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        showSelected();
    }
}

qint64 CampaignsPage::currentCampaignId() const
{
    return m_detail->campaign().id;
}

void CampaignsPage::selectCampaign(qint64 id)
{
    m_selectedId = id;
    refresh();
}

void CampaignsPage::showSelected()
{
    const int row = m_model->rowOfId(m_selectedId);
    if (row < 0) {
        m_detail->clear();
        return;
    }
    m_detail->showCampaign(m_model->campaignAt(row), QDateTime::currentMSecsSinceEpoch());
}

NewCampaignDialog *CampaignsPage::newCampaign()
{
    auto *dialog = new NewCampaignDialog(m_facade, m_reader, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCampaignDialog::campaignQueued, this, &CampaignsPage::queued);
    dialog->open();
    return dialog;
}

void CampaignsPage::queued(const Campaign &campaign)
{
    selectCampaign(campaign.id);
    m_banner->showMessage(tr("“%1” is queued: %n message(s).", nullptr, campaign.recipients).arg(campaign.name),
                          ErrorBanner::Kind::Success);
}

void CampaignsPage::pauseSelected()
{
    const qint64 id = m_detail->campaign().id;
    if (id == 0)
        return;
    thenIfAlive(m_facade.pauseCampaign(id), this, [this](const Status &status) {
        if (!status)
            m_banner->showMessage(tr("The campaign was not paused: %1").arg(status.errorString()));
        refresh();
    });
}

void CampaignsPage::resumeSelected()
{
    const qint64 id = m_detail->campaign().id;
    if (id == 0)
        return;
    thenIfAlive(m_facade.resumeCampaign(id), this, [this](const Status &status) {
        if (!status)
            m_banner->showMessage(tr("The campaign was not resumed: %1").arg(status.errorString()));
        refresh();
    });
}

void CampaignsPage::cancelSelected()
{
    const Campaign campaign = m_detail->campaign();
    if (campaign.id == 0)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel campaign"),
        tr("Cancel “%1”? %n message(s) not sent yet will not be sent. What is already sent stays sent; this "
           "cannot be undone.",
           nullptr, campaign.counts.queued)
            .arg(campaign.name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancelCampaign"));
    box->addButton(tr("Keep sending"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constFirst()));
    box->addButton(tr("Cancel campaign"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id = campaign.id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        thenIfAlive(m_facade.cancelCampaign(id), this, [this](const Result<int> &cancelled) {
            if (!cancelled)
                m_banner->showMessage(tr("The campaign was not cancelled: %1").arg(cancelled.errorString()));
            else
                m_banner->showMessage(tr("Cancelled %n message(s) that were not sent yet.", nullptr, cancelled.value()),
                                      ErrorBanner::Kind::Success);
            refresh();
        });
    });
    box->open();
}

void CampaignsPage::chooseReportFile()
{
    const Campaign &campaign = m_detail->campaign();
    if (campaign.id == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save campaign report"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + reportFileName(campaign.name),
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        saveReportTo(path);
}

void CampaignsPage::saveReportTo(const QString &path)
{
    const qint64 id = m_detail->campaign().id;
    if (id == 0)
        return;
    const Result<QByteArray> csv = m_facade.campaignReportCsv(id);
    if (!csv) {
        m_banner->showMessage(tr("No report was saved: %1").arg(csv.errorString()));
        return;
    }
    if (const QString error = writeWholeFile(path, csv.value()); !error.isEmpty()) {
        m_banner->showMessage(tr("Cannot write %1: %2. No report was saved; choose another folder.")
                                  .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_banner->showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)), ErrorBanner::Kind::Success);
}

} // namespace smsdesk
