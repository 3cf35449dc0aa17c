// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicespage.h"

#include "budgetdelegate.h"
#include "deviceeditdialog.h"
#include "devicemodel.h"
#include "displayformat.h"
#include "emptystate.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "pairingdialog.h"
#include "readmodel.h"
#include "theme.h"
#include "thenifalive.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsdesk {

DevicesPage::DevicesPage(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_model(new DeviceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_reloadTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeviceModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    buildTable();
    m_empty = new EmptyState(this);
    m_empty->setIcon(theme::icon(QStringLiteral("smartphone"), QStringLiteral("devices.svg")));
    m_emptyAdd = m_empty->addButton(QString());
    m_emptyDemo = m_empty->addButton(QString());
    connect(m_emptyAdd, &QPushButton::clicked, this, [this] { addDevice(); });
    connect(m_emptyDemo, &QPushButton::clicked, this, &DevicesPage::demoModeRequested);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_banner = new ErrorBanner(this);

    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kMargin, theme::kMargin, theme::kMargin);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300); // coalesces bursts of change signals into one read
    connect(m_reloadTimer, &QTimer::timeout, this, &DevicesPage::reload);
    connect(&m_facade, &EngineFacade::devicesChanged, this, &DevicesPage::scheduleReload);
    connect(&m_facade, &EngineFacade::messagesChanged, this, &DevicesPage::scheduleReload);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicesPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_editAction->trigger(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &DevicesPage::showContextMenu);

    if (const Status opened = m_reader.open(); !opened)
        m_banner->showMessage(opened.errorString());
    retranslate();
    reload();
}

DevicesPage::~DevicesPage() = default;

void DevicesPage::retranslate()
{
    setAccessibleName(tr("Devices"));
    m_view->setAccessibleName(tr("Phones"));
    m_addAction->setText(tr("&Add phone…"));
    m_editAction->setText(tr("&Edit…"));
    m_enableAction->setText(tr("E&nable"));
    m_disableAction->setText(tr("&Disable"));
    m_removeAction->setText(tr("&Remove…"));
    m_pairAction->setText(tr("How &replies arrive…"));
    m_filter->setPlaceholderText(tr("Filter phones"));
    m_filter->setAccessibleName(tr("Filter phones"));
    m_empty->setTitle(tr("No phones yet"));
    m_empty->setText(tr("Smsdesk sends through your own Android phones. Add one running the SMS gateway "
                        "app, or try demo mode with two simulated phones."));
    m_emptyAdd->setText(tr("Add a phone"));
    m_emptyDemo->setText(tr("Try demo mode"));
    m_model->retranslate();
}

void DevicesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void DevicesPage::buildTable()
{
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeviceModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(DeviceModel::NameColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(DeviceModel::BudgetColumn, new BudgetDelegate(m_view));
}

void DevicesPage::buildActions()
{
    auto action
        = [this](const QString &icon, const QString &fallback, const QString &text, const QKeySequence &key) {
              auto *a = new QAction(theme::icon(icon, fallback), text, this);
              a->setShortcut(key);
              a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              addAction(a);
              return a;
          };
    m_addAction
        = action(QStringLiteral("list-add"), QStringLiteral("phone-add.svg"), QString(), QKeySequence::New);
    m_editAction = action(QStringLiteral("document-edit"), QStringLiteral("edit.svg"), QString(),
                          QKeySequence(Qt::Key_F2));
    m_enableAction
        = action(QStringLiteral("media-playback-start"), QStringLiteral("resume.svg"), QString(), {});
    m_disableAction
        = action(QStringLiteral("media-playback-pause"), QStringLiteral("pause.svg"), QString(), {});
    m_removeAction = action(QStringLiteral("edit-delete"), QStringLiteral("delete.svg"), QString(),
                            QKeySequence::Delete);
    m_pairAction = action(QStringLiteral("mail-receive"), QStringLiteral("webhook.svg"), QString(), {});
    connect(m_addAction, &QAction::triggered, this, [this] { addDevice(); });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const QList<Device> devices = selectedDevices(); devices.size() == 1)
            editDevice(devices.first().id);
    });
    connect(m_enableAction, &QAction::triggered, this, [this] { setEnabledSelected(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setEnabledSelected(false); });
    connect(m_removeAction, &QAction::triggered, this, &DevicesPage::removeSelected);
    connect(m_pairAction, &QAction::triggered, this, &DevicesPage::showPairing);
}

QWidget *DevicesPage::buildToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(theme::kSpacing);
    m_filter = new QLineEdit(bar);
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(theme::icon(QStringLiteral("edit-find"), QStringLiteral("search.svg")),
                        QLineEdit::LeadingPosition);
    row->addWidget(m_filter, 1);
    for (QAction *a :
         { m_addAction, m_editAction, m_enableAction, m_disableAction, m_removeAction, m_pairAction }) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    return bar;
}

void DevicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DevicesPage::scheduleReload()
{
    if (!m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void DevicesPage::reload()
{
    auto rows = readDeviceRows(m_reader, DisplayFormat::startOfToday());
    if (!rows) {
        m_banner->showMessage(tr("Could not read the phones: %1").arg(rows.errorString()));
        return;
    }
    m_model->setRows(std::move(rows).value());
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    updateActions();
}

QList<Device> DevicesPage::selectedDevices() const
{
    QList<Device> devices;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        devices.append(m_model->rows().at(row).device);
    }
    return devices;
}

void DevicesPage::updateActions()
{
    const QList<Device> devices = selectedDevices();
    const bool anyEnabled
        = std::any_of(devices.cbegin(), devices.cend(), [](const Device &d) { return d.enabled; });
    const bool anyDisabled
        = std::any_of(devices.cbegin(), devices.cend(), [](const Device &d) { return !d.enabled; });
    m_editAction->setEnabled(devices.size() == 1);
    m_pairAction->setEnabled(devices.size() == 1);
    m_enableAction->setEnabled(anyDisabled);
    m_disableAction->setEnabled(anyEnabled);
    m_removeAction->setEnabled(!devices.isEmpty());
}

DeviceEditDialog *DevicesPage::addDevice()
{
    Device device;
    device.adapter = QStringLiteral("smsgate");
    auto *dialog = new DeviceEditDialog(m_facade, device, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeviceEditDialog::saved, this, [this](const Device &saved) {
        m_banner->showMessage(tr("%1 was added.").arg(saved.name), ErrorBanner::Kind::Success);
        reload();
    });
    dialog->open();
    return dialog;
}

DeviceEditDialog *DevicesPage::editDevice(qint64 deviceId)
{
    const int row = m_model->rowOfId(deviceId);
    if (row < 0)
        return nullptr;
    auto *dialog = new DeviceEditDialog(m_facade, m_model->rows().at(row).device, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeviceEditDialog::saved, this, &DevicesPage::reload);
    dialog->open();
    return dialog;
}

void DevicesPage::setEnabledSelected(bool enabled)
{
    for (Device device : selectedDevices()) {
        if (device.enabled == enabled)
            continue;
        device.enabled = enabled;
        // Empty credentials leave the keychain entry untouched.
        thenIfAlive(m_facade.updateDevice(device, Credentials {}), this,
                    [this](const Result<Device> &result) {
                        if (!result)
                            m_banner->showMessage(result.errorString());
                        scheduleReload();
                    });
    }
}

void DevicesPage::removeSelected()
{
    const QList<Device> devices = selectedDevices();
    if (devices.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove phones"),
                                devices.size() == 1
                                    ? tr("Remove %1? Its credentials are deleted from the keychain; messages "
                                         "already sent keep their history.")
                                          .arg(devices.first().name)
                                    : tr("Remove %n phones? Their credentials are deleted from the keychain.",
                                         nullptr, int(devices.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, devices](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        for (const Device &device : devices) {
            thenIfAlive(m_facade.removeDevice(device.id), this, [this](const Status &status) {
                if (!status)
                    m_banner->showMessage(status.errorString());
                scheduleReload();
            });
        }
    });
    box->open();
}

PairingDialog *DevicesPage::showPairing()
{
    const QList<Device> devices = selectedDevices();
    if (devices.size() != 1)
        return nullptr;
    const Device &device = devices.first();
    if (EngineFacade::webhookAdapterFor(device.adapter) != QLatin1String("smsgate")) {
        // MySMSGate publishes no API to register webhooks with: its history is read instead.
        m_banner->showMessage(tr("Replies and delivery reports of %1 are read from the gateway's history "
                                 "every few seconds; there is nothing to set up.")
                                  .arg(device.name),
                              ErrorBanner::Kind::Info);
        return nullptr;
    }
    PairingDialog::Facts facts;
    facts.deviceName = device.name;
    facts.adapter = device.adapter;
    facts.gatewayUrl = m_facade.gatewayUrl();
    facts.reportsVia = device.health.reportsVia;
    auto *dialog = new PairingDialog(facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->wantsSecret()) {
        // The dialog may be closed before the keychain answers; then nothing is shown.
        thenIfAlive(m_facade.webhookSecret(QStringLiteral("smsgate")), dialog,
                    [dialog](const Result<QString> &secret) {
                        if (secret)
                            dialog->setSecret(secret.value());
                        else
                            dialog->setSecretUnavailable(secret.errorString());
                    });
    }
    dialog->open();
    return dialog;
}

void DevicesPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addActions({ m_editAction, m_enableAction, m_disableAction, m_pairAction });
    menu.addSeparator();
    menu.addAction(m_removeAction);
    menu.addSeparator();
    menu.addAction(m_addAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace smsdesk
