// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadletterspage.h"

#include "csvexport.h"
#include "deadlettermodel.h"
#include "editrequeuedialog.h"
#include "emptystate.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "messagedetailpane.h"
#include "readmodel.h"
#include "theme.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsdesk {

namespace {
QList<RequeueRequest> requeueRequests(const QList<QUuid> &ids)
{
    QList<RequeueRequest> requests;
    requests.reserve(ids.size());
    for (const QUuid &id : ids)
        requests.append(RequeueRequest { id, std::nullopt, std::nullopt, 0, {} });
    return requests;
}
} // namespace

DeadLettersPage::DeadLettersPage(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    m_banner = new ErrorBanner(this);
    if (const Status opened = m_reader.open(); !opened)
        m_banner->showMessage(opened.errorString());
    m_model = new DeadLetterModel(m_reader, this);

    buildTable();
    m_detail = new MessageDetailPane(m_reader, this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 700, 380 });

    m_empty = new EmptyState(this);
    m_empty->setIcon(theme::icon(QStringLiteral("mail-mark-junk"), QStringLiteral("deadletters.svg")));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kMargin, theme::kMargin, theme::kMargin);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connectSignals();
    retranslate();
    refreshDeviceNames();
    refresh(true);
}

DeadLettersPage::~DeadLettersPage() = default;

void DeadLettersPage::retranslate()
{
    setAccessibleName(tr("Dead letters"));
    m_view->setAccessibleName(tr("Dead letters"));
    m_requeueAction->setText(tr("&Requeue"));
    m_editAction->setText(tr("&Edit and requeue…"));
    m_deleteAction->setText(tr("&Delete…"));
    m_exportAction->setText(tr("E&xport CSV…"));
    m_requeueAllAction->setText(tr("Requeue all matching"));
    m_deleteAllAction->setText(tr("Delete all matching…"));
    m_moreButton->setText(tr("All matching"));
    m_moreButton->setAccessibleName(tr("Actions on all matching messages"));
    m_search->setPlaceholderText(tr("Search number or text"));
    m_search->setAccessibleName(tr("Search dead letters"));
    m_empty->setTitle(tr("No dead letters"));
    m_empty->setText(tr("Messages that could not be sent after every retry land here, with the reason. "
                        "You can fix and resend them."));
    m_model->retranslate();
    if (m_count >= 0)
        m_countLabel->setText(tr("%1 messages").arg(QLocale().toString(m_count)));
}

void DeadLettersPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void DeadLettersPage::buildTable()
{
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(DeadLetterModel::TextColumn, QHeaderView::Stretch);
    // Widths from the font, not from the rows: measuring would read every loaded row.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(DeadLetterModel::ToColumn, 9 * em);
    m_view->setColumnWidth(DeadLetterModel::AttemptsColumn, 5 * em);
    m_view->setColumnWidth(DeadLetterModel::ErrorColumn, 12 * em);
    m_view->setColumnWidth(DeadLetterModel::DiedAtColumn, 6 * em);
    m_view->setColumnWidth(DeadLetterModel::PhoneColumn, 6 * em);
    m_view->horizontalHeader()->setMinimumSectionSize(3 * em);
}

void DeadLettersPage::connectSignals()
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250); // search as you type, one query per pause
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setFilter(m_search->text());
        updateCount();
    });
    connect(m_refreshTimer, &QTimer::timeout, this, [this] { refresh(false); });
    connect(&m_facade, &EngineFacade::messagesChanged, this, [this] {
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    });
    connect(&m_facade, &EngineFacade::devicesChanged, this, &DeadLettersPage::refreshDeviceNames);
    connect(m_model, &DeadLetterModel::loadFailed, this, [this](const QString &error) {
        m_banner->showMessage(tr("Could not read the dead letters: %1").arg(error));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeadLettersPage::updateSelection);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DeadLettersPage::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &DeadLettersPage::editSelected);
}

void DeadLettersPage::buildActions()
{
    auto action
        = [this](const QString &icon, const QString &fallback, const QString &text, const QKeySequence &key) {
              auto *a = new QAction(theme::icon(icon, fallback), text, this);
              a->setShortcut(key);
              a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              addAction(a);
              return a;
          };
    m_requeueAction = action(QStringLiteral("view-refresh"), QStringLiteral("requeue.svg"), QString(),
                             QKeySequence(Qt::CTRL | Qt::Key_R));
    m_editAction = action(QStringLiteral("document-edit"), QStringLiteral("edit.svg"), QString(),
                          QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = action(QStringLiteral("edit-delete"), QStringLiteral("delete.svg"), QString(),
                            QKeySequence::Delete);
    m_exportAction = action(QStringLiteral("document-export"), QStringLiteral("export.svg"), QString(),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_requeueAllAction = action(QStringLiteral("view-refresh"), QStringLiteral("requeue.svg"), QString(), {});
    m_deleteAllAction = action(QStringLiteral("edit-delete"), QStringLiteral("delete.svg"), QString(), {});
    connect(m_requeueAction, &QAction::triggered, this, &DeadLettersPage::requeueSelected);
    connect(m_editAction, &QAction::triggered, this, &DeadLettersPage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &DeadLettersPage::deleteSelected);
    connect(m_exportAction, &QAction::triggered, this, &DeadLettersPage::chooseExportFile);
    connect(m_requeueAllAction, &QAction::triggered, this, [this] {
        runBulk(
            matchingSource(), m_count,
            [this](const QList<QUuid> &ids) { return m_facade.requeue(requeueRequests(ids)); },
            tr("Requeueing…"), [](qint64 n) { return tr("%n message(s) queued again.", nullptr, int(n)); });
    });
    connect(m_deleteAllAction, &QAction::triggered, this, [this] {
        confirmDelete(m_count, [this] {
            runBulk(
                matchingSource(), m_count,
                [this](const QList<QUuid> &ids) { return m_facade.deleteMessages(ids); }, tr("Deleting…"),
                [](qint64 n) { return tr("%n message(s) deleted.", nullptr, int(n)); });
        });
    });
}

QWidget *DeadLettersPage::buildToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(theme::kSpacing);
    m_search = new QLineEdit(bar);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(theme::icon(QStringLiteral("edit-find"), QStringLiteral("search.svg")),
                        QLineEdit::LeadingPosition);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    row->addWidget(m_search, 1);
    m_countLabel = new QLabel(bar);
    m_countLabel->setEnabled(false);
    row->addWidget(m_countLabel);
    for (QAction *a : { m_requeueAction, m_editAction, m_deleteAction, m_exportAction }) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    auto *more = new QToolButton(bar);
    m_moreButton = more;
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAutoRaise(true);
    auto *menu = new QMenu(more);
    menu->addActions({ m_requeueAllAction, m_deleteAllAction });
    more->setMenu(menu);
    row->addWidget(more);
    return bar;
}

void DeadLettersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(false);
}

void DeadLettersPage::refreshDeviceNames()
{
    QHash<qint64, QString> names;
    if (auto devices = m_reader.devices()) {
        for (const Device &device : devices.value())
            names.insert(device.id, device.name);
    }
    m_model->setDeviceNames(names);
    m_detail->setDeviceNames(names);
}

void DeadLettersPage::refresh(bool force)
{
    if (m_busy || (!force && !isVisible()))
        return; // a hidden page refreshes when shown; bulk work updates rows itself
    // Reload only when something changed: the count and the newest row say so cheaply.
    DeadLetterFilter probe = m_model->filter();
    probe.limit = 1;
    auto newest = m_reader.deadLetters(probe);
    auto count = m_reader.deadLetterCount(m_model->filter());
    const qint64 newestSeq = newest && !newest->isEmpty() ? newest->constFirst().seq : 0;
    const int n = count ? count.value() : 0;
    if (!force && n == m_count && newestSeq == m_newestSeq)
        return;
    const QUuid current = m_view->currentIndex().data(DeadLetterModel::IdRole).toUuid();
    m_model->reload(m_model->rowCount());
    m_newestSeq = newestSeq;
    updateCount();
    if (const int row = current.isNull() ? -1 : m_model->rowOfId(current); row >= 0)
        m_view->selectRow(row);
    updateSelection();
}

void DeadLettersPage::updateCount()
{
    auto count = m_reader.deadLetterCount(m_model->filter());
    m_count = count ? count.value() : int(m_model->rowCount());
    m_countLabel->setText(tr("%1 messages").arg(QLocale().toString(m_count)));
    const bool nothingAtAll = m_count == 0 && m_model->filter().search.isEmpty();
    m_stack->setCurrentWidget(nothingAtAll ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
    m_requeueAllAction->setEnabled(m_count > 0 && !m_busy);
    m_deleteAllAction->setEnabled(m_count > 0 && !m_busy);
    m_exportAction->setEnabled(m_count > 0 && !m_busy);
    if (m_model->filter().search.isEmpty())
        Q_EMIT countChanged(m_count);
}

QList<QUuid> DeadLettersPage::selectedIds() const
{
    QList<QUuid> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(DeadLetterModel::IdRole).toUuid());
    return ids;
}

void DeadLettersPage::updateSelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_requeueAction->setEnabled(!rows.isEmpty() && !m_busy);
    m_deleteAction->setEnabled(!rows.isEmpty() && !m_busy);
    m_editAction->setEnabled(rows.size() == 1 && !m_busy);
    if (rows.size() == 1)
        m_detail->showMessage(m_model->messageAt(rows.first().row()));
    else
        m_detail->showSelectionCount(int(rows.size()));
}

void DeadLettersPage::requeueSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    runBulk(
        BulkAction::fromList(ids, m_chunkSize), ids.size(),
        [this](const QList<QUuid> &chunk) { return m_facade.requeue(requeueRequests(chunk)); },
        tr("Requeueing…"), [](qint64 n) { return tr("%n message(s) queued again.", nullptr, int(n)); });
}

void DeadLettersPage::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1 || m_busy)
        return;
    auto *dialog = new EditRequeueDialog(m_facade, m_model->messageAt(rows.first().row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditRequeueDialog::requeued, this, [this](const QUuid &id) {
        m_model->removeIds({ id });
        updateCount();
        m_banner->showMessage(tr("The message is queued again."), ErrorBanner::Kind::Success);
    });
    dialog->open();
}

void DeadLettersPage::deleteSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    confirmDelete(ids.size(), [this, ids] {
        runBulk(
            BulkAction::fromList(ids, m_chunkSize), ids.size(),
            [this](const QList<QUuid> &chunk) { return m_facade.deleteMessages(chunk); }, tr("Deleting…"),
            [](qint64 n) { return tr("%n message(s) deleted.", nullptr, int(n)); });
    });
}

void DeadLettersPage::confirmDelete(qint64 count, const std::function<void()> &action)
{
    // Delete is the one step that cannot be undone here, so it is the one that asks.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete dead letters"),
                                tr("Delete %n message(s) and their history? This cannot be undone.", nullptr,
                                   int(std::min<qint64>(count, std::numeric_limits<int>::max()))),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, action](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            action();
    });
    box->open();
}

BulkAction::Source DeadLettersPage::matchingSource() const
{
    // Walks the store's cursor, not the loaded rows: "all matching" includes rows the
    // view never fetched. Acted-on rows leave the dead letters, the cursor moves past them.
    auto filter = std::make_shared<DeadLetterFilter>(m_model->filter());
    filter->afterSeq = 0;
    filter->limit = m_chunkSize;
    auto done = std::make_shared<bool>(false);
    ReadModel *reader = &m_reader;
    return [reader, filter, done] {
        QList<QUuid> ids;
        if (*done)
            return ids;
        auto page = reader->deadLetters(*filter);
        if (!page || page->isEmpty()) {
            *done = true;
            return ids;
        }
        for (const Message &m : page.value())
            ids.append(m.id);
        filter->afterSeq = page->constLast().seq;
        *done = page->size() < filter->limit;
        return ids;
    };
}

void DeadLettersPage::runBulk(BulkAction::Source source, qint64 total, BulkAction::Step step,
                              const QString &title, const DoneText &doneText)
{
    m_busy = true;
    updateSelection();
    auto *bulk = new BulkAction(std::move(source), total, std::move(step), this);
    auto *progress = new QProgressDialog(title, tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // quick actions finish without a flash of dialog
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, bulk, &BulkAction::cancel);
    connect(bulk, &BulkAction::progress, progress, [progress](qint64 done, qint64 all) {
        progress->setValue(all > 0 ? int(done * 1000 / all) : 0);
        progress->setLabelText(
            QObject::tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(all)));
    });
    connect(bulk, &BulkAction::chunkDone, this,
            [this](const QList<QUuid> &ids) { m_model->removeIds(QSet<QUuid>(ids.cbegin(), ids.cend())); });
    connect(bulk, &BulkAction::finished, this,
            [this, bulk, progress, doneText](qint64 affected, const QString &error, bool cancelled) {
                progress->deleteLater();
                bulk->deleteLater();
                m_busy = false;
                if (!error.isEmpty())
                    m_banner->showMessage(error);
                else
                    m_banner->showMessage((cancelled ? tr("Stopped. ") : QString()) + doneText(affected),
                                          ErrorBanner::Kind::Success);
                refresh(true);
            });
    bulk->start();
}

void DeadLettersPage::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export dead letters"), dir + QStringLiteral("/dead-letters.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &DeadLettersPage::exportCsv);
    dialog->open();
}

void DeadLettersPage::exportCsv(const QString &path)
{
    if (m_busy)
        return;
    m_busy = true;
    updateSelection();
    auto *job = new CsvExport(m_reader, m_model->filter(), m_model->deviceNames(), path, this);
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &CsvExport::cancel);
    connect(job, &CsvExport::progress, progress, [progress](qint64 done, qint64 all) {
        progress->setValue(all > 0 ? int(done * 1000 / all) : 0);
    });
    connect(
        job, &CsvExport::finished, this,
        [this, job, progress, path](qint64 written, const QString &error, bool cancelled) {
            progress->deleteLater();
            job->deleteLater();
            m_busy = false;
            updateCount();
            updateSelection();
            if (!error.isEmpty())
                m_banner->showMessage(tr("The export failed: %1").arg(error));
            else if (cancelled)
                m_banner->showMessage(tr("Export cancelled; no file was written."), ErrorBanner::Kind::Info);
            else
                m_banner->showMessage(tr("%1 messages exported to %2.")
                                          .arg(QLocale().toString(written), QDir::toNativeSeparators(path)),
                                      ErrorBanner::Kind::Success);
        });
    job->start(m_count);
}

void DeadLettersPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addActions({ m_requeueAction, m_editAction, m_deleteAction });
    menu.addSeparator();
    menu.addActions({ m_requeueAllAction, m_deleteAllAction, m_exportAction });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace smsdesk
