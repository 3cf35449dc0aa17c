// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledlistdialog.h"

#include "enginefacade.h"
#include "readmodel.h"
#include "scheduledialog.h"
#include "theme.h"
#include "thenifalive.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smsdesk {

ScheduledListDialog::ScheduledListDialog(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_table(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Scheduled messages"));
    resize(720, 420);
    m_table->setHorizontalHeaderLabels({ tr("Send at"), tr("To"), tr("Text") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Scheduled messages"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("Open conversation"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("Edit…"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Cancel message"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Message *m = selected()) {
            Q_EMIT openConversationRequested(m->to);
            accept();
        }
    });
    connect(m_edit, &QPushButton::clicked, this, &ScheduledListDialog::editSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScheduledListDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ScheduledListDialog::editSelected);
    connect(&m_facade, &EngineFacade::messagesChanged, this, &ScheduledListDialog::reload);
    reload();
}

void ScheduledListDialog::reload()
{
    const QUuid keep = selected() ? selected()->id : QUuid();
    const Result<QList<Message>> list = m_reader.scheduledMessages(QDateTime::currentMSecsSinceEpoch(), 1'000);
    if (!list) {
        m_status->setText(tr("Cannot read the scheduled messages: %1").arg(list.errorString()));
        return;
    }
    m_messages = list.value();
    QStringList numbers;
    for (const Message &m : std::as_const(m_messages))
        numbers.append(m.to);
    const Result<QHash<QString, QString>> names = m_reader.contactNames(numbers);
    m_table->setRowCount(int(m_messages.size()));
    const QLocale locale;
    for (int row = 0; row < m_messages.size(); ++row) {
        const Message &m = m_messages.at(row);
        const QString name = names ? names->value(m.to) : QString();
        auto *when = new QTableWidgetItem(locale.toString(QDateTime::fromMSecsSinceEpoch(m.sendAtMs), QLocale::ShortFormat));
        auto *to = new QTableWidgetItem(name.isEmpty() ? m.to : name);
        to->setToolTip(m.to);
        auto *text = new QTableWidgetItem(QString(m.text).replace(QLatin1Char('\n'), QChar(0x21b5)));
        text->setToolTip(m.text);
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, to);
        m_table->setItem(row, 2, text);
        if (m.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_status->setText(m_messages.isEmpty() ? tr("Nothing is scheduled. Use “Later…” beside Send to schedule a message.")
                                           : tr("%n message(s) scheduled.", nullptr, int(m_messages.size())));
    updateButtons();
}

const Message *ScheduledListDialog::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return nullptr;
    const int row = ranges.constFirst().topRow();
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

void ScheduledListDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_open->setEnabled(any);
    m_edit->setEnabled(any);
    m_cancel->setEnabled(any);
}

void ScheduledListDialog::editSelected()
{
    if (const Message *m = selected())
        editMessage(m_facade, *m, this);
}

void ScheduledListDialog::editMessage(EngineFacade &facade, const Message &message, QWidget *parent)
{
    // Taken before exec(): its event loop may reload the list `message` lives in (ASan caught
    // a read of the freed list in tst_scheduling).
    const QUuid id = message.id;
    ScheduleDialog dialog(message.to, message.sendAtMs, message.text, true, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    thenIfAlive(facade.editScheduled(id, dialog.text(), dialog.sendAtMs()), parent, [parent](const Status &s) {
        if (!s) // sent meanwhile, most likely
            QMessageBox::warning(parent, tr("Not changed"), s.errorString());
    });
}

bool ScheduledListDialog::askToCancel(QWidget *parent)
{
    return QMessageBox::question(parent, tr("Cancel message"), tr("Cancel this scheduled message? It will not be sent."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ScheduledListDialog::cancelSelected(bool ask)
{
    const Message *m = selected();
    if (!m)
        return;
    const QUuid id = m->id; // the question's event loop may reload the list m points into
    if (ask && !askToCancel(this))
        return;
    thenIfAlive(m_facade.cancel(id), this, [this](const Status &s) {
        if (!s)
            m_status->setText(tr("Not cancelled: %1").arg(s.errorString()));
        reload();
    });
}

} // namespace smsdesk
