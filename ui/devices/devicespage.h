// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace smsdesk {

class DeviceEditDialog;
class DeviceModel;
class PairingDialog;
class EngineFacade;
class EmptyState;
class ErrorBanner;
class ReadModel;
struct Device;

// The phones: a sortable, filterable table with add/edit/enable/remove, how replies arrive,
// and an empty state that offers the first step.
class DevicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPage)

public:
    DevicesPage(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);
    ~DevicesPage() override;

    DeviceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the add dialog (window-modal, not blocking); returned for tests and the frame.
    DeviceEditDialog *addDevice();
    DeviceEditDialog *editDevice(qint64 deviceId);
    // Opens the dialog that says how the selected phone's replies and reports arrive
    // (polling, webhooks Smsdesk registered, or why not; cloud phones: the signing key to
    // enter in the app). Null when nothing is shown (no single selection; MySMSGate: the
    // banner says there is nothing to set up).
    PairingDialog *showPairing();

Q_SIGNALS:
    void demoModeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildTable();
    void buildActions();
    QWidget *buildToolBar();
    void reload();
    void scheduleReload();
    QList<Device> selectedDevices() const;
    void updateActions();
    void setEnabledSelected(bool enabled);
    void removeSelected();
    void showContextMenu(const QPoint &pos);

    EngineFacade &m_facade;
    ReadModel &m_reader;
    DeviceModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QPushButton *m_emptyDemo = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_pairAction = nullptr;
};

} // namespace smsdesk
