// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakessection.h"

#include "enginefacade.h"
#include "errorbanner.h"
#include "intakedialog.h"
#include "intakemodel.h"
#include "thenifalive.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace smsdesk {

IntakesSection::IntakesSection(EngineFacade &facade, ErrorBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_banner(banner)
    , m_model(new IntakeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Programs that already put messages on Redis, RabbitMQ or Amazon SQS can keep "
                                "doing so: Smsdesk reads each queue below, sends what it finds, and "
                                "confirms an entry to the queue only once it is stored. Entries it cannot "
                                "read go to Dead letters, whole."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Intakes"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(IntakeModel::StateColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(IntakeModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(140);
    layout->addWidget(m_view, 1);

    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_toggle = new QPushButton(tr("Turn &off"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_toggle);
    row->addStretch(1);
    row->addWidget(m_remove);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &IntakesSection::add);
    connect(m_edit, &QPushButton::clicked, this, &IntakesSection::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &IntakesSection::toggleSelected);
    connect(m_remove, &QPushButton::clicked, this, &IntakesSection::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &IntakesSection::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IntakesSection::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IntakesSection::updateButtons);
    connect(&m_facade, &EngineFacade::intakeStatesChanged, this,
            [this] { m_model->setStates(m_facade.intakeStates()); });
    reload();
}

void IntakesSection::reload()
{
    const Result<QList<IntakeConfig>> rows = m_facade.intakes();
    if (!rows) {
        m_banner.showMessage(tr("Could not read the intakes: %1").arg(rows.errorString()));
        return;
    }
    const int selectedId = selectedRow() >= 0 ? m_model->configAt(selectedRow()).id : 0;
    m_model->setIntakes(rows.value(), m_facade.intakeStates());
    if (const int row = m_model->rowOf(selectedId); row >= 0)
        m_view->selectRow(row);
}

int IntakesSection::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void IntakesSection::updateButtons()
{
    const int row = selectedRow();
    m_edit->setEnabled(row >= 0);
    m_toggle->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_toggle->setText(row >= 0 && !m_model->configAt(row).enabled ? tr("Turn &on") : tr("Turn &off"));
}

void IntakesSection::add()
{
    auto *dialog = new IntakeDialog(m_facade, IntakeConfig(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntakeDialog::saved, this, [this](const IntakeConfig &config) {
        reload();
        m_view->selectRow(m_model->rowOf(config.id));
    });
    dialog->open();
}

void IntakesSection::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto *dialog = new IntakeDialog(m_facade, m_model->configAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntakeDialog::saved, this, &IntakesSection::reload);
    dialog->open();
}

void IntakesSection::toggleSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    IntakeConfig config = m_model->configAt(row);
    config.enabled = !config.enabled;
    thenIfAlive(m_facade.saveIntake(config, QString()), this, [this](const Result<IntakeConfig> &saved) {
        if (!saved)
            m_banner.showMessage(tr("Nothing was changed: %1").arg(saved.errorString()));
        reload();
    });
}

void IntakesSection::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const IntakeConfig config = m_model->configAt(row);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove intake"),
                                tr("Stop reading “%1” and forget it? Entries still on the queue stay there.")
                                    .arg(config.displayName()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveIntake"));
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id = config.id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        thenIfAlive(m_facade.removeIntake(id), this, [this](const Status &status) {
            if (!status)
                m_banner.showMessage(status.errorString());
            reload();
        });
    });
    box->open();
}

} // namespace smsdesk
