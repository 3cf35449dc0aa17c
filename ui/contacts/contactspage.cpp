// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactspage.h"

#include "contactdialog.h"
#include "contactimportdialog.h"
#include "contacttablemodel.h"
#include "emptystate.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "theme.h"
#include "thenifalive.h"
#include "wholefile.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

QToolButton *toolButton(const QString &themeName, const QString &fallback, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(theme::icon(themeName, fallback));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ContactsPage::ContactsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_banner(new ErrorBanner(this))
    , m_search(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(m_stack))
    , m_empty(new EmptyState(m_stack))
    , m_model(new ContactTableModel(reader, facade.phoneNumbers(), this))
    , m_reloadTimer(new QTimer(this))
{
    if (const Status opened = m_reader.open(); !opened)
        m_banner->showMessage(opened.errorString());
    m_search->setClearButtonEnabled(true);
    m_search->addAction(theme::icon(QStringLiteral("edit-find"), QStringLiteral("search.svg")),
                        QLineEdit::LeadingPosition);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_add = toolButton(QStringLiteral("contact-new"), QStringLiteral("phone-add.svg"), this);
    m_edit = toolButton(QStringLiteral("document-edit"), QStringLiteral("edit.svg"), this);
    m_remove = toolButton(QStringLiteral("edit-delete"), QStringLiteral("delete.svg"), this);
    m_import = toolButton(QStringLiteral("document-import"), QStringLiteral("requeue.svg"), this);
    m_export = toolButton(QStringLiteral("document-export"), QStringLiteral("export.svg"), this);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ContactTableModel::NameColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ContactTableModel::NoteColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ContactTableModel::NameColumn, 220);
    m_view->setColumnWidth(ContactTableModel::NumbersColumn, 260);
    m_view->setColumnWidth(ContactTableModel::GroupsColumn, 180);
    m_empty->setIcon(theme::icon(QStringLiteral("x-office-address-book"), QStringLiteral("conversations.svg")));
    connect(m_empty->addButton(tr("Import a file…")), &QPushButton::clicked, this, &ContactsPage::chooseImportFile);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(theme::kSpacing);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_group);
    bar->addWidget(m_count);
    for (QToolButton *button : { m_add, m_edit, m_remove, m_import, m_export })
        bar->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing, theme::kSpacing, theme::kSpacing, 0);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, &ContactsPage::reload);
    connect(&m_facade, &EngineFacade::contactsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            m_reloadTimer->start();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_model->setFilter(m_search->text(), m_group->currentData().toString());
        updateCount();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(m_search->text(), m_group->currentData().toString());
        updateCount();
    });
    connect(m_model, &ContactTableModel::loadFailed, this,
            [this](const QString &error) { m_banner->showMessage(tr("Could not read the contacts: %1").arg(error)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsPage::updateButtons);
    connect(m_view, &QTableView::activated, this, &ContactsPage::editSelected);
    connect(m_add, &QToolButton::clicked, this, &ContactsPage::addContact);
    connect(m_edit, &QToolButton::clicked, this, &ContactsPage::editSelected);
    connect(m_remove, &QToolButton::clicked, this, &ContactsPage::removeSelected);
    connect(m_import, &QToolButton::clicked, this, &ContactsPage::chooseImportFile);
    connect(m_export, &QToolButton::clicked, this, &ContactsPage::chooseExportFile);
    retranslate();
    reload();
}

void ContactsPage::retranslate()
{
    setAccessibleName(tr("Contacts"));
    m_search->setPlaceholderText(tr("Search name or number"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_group->setAccessibleName(tr("Group"));
    m_view->setAccessibleName(tr("Contacts"));
    m_add->setText(tr("Add…"));
    m_add->setAccessibleName(tr("Add a contact"));
    m_edit->setText(tr("Edit…"));
    m_edit->setAccessibleName(tr("Edit the contact"));
    m_remove->setText(tr("Delete…"));
    m_remove->setAccessibleName(tr("Delete the contact"));
    m_import->setText(tr("Import…"));
    m_import->setAccessibleName(tr("Import contacts from a file"));
    m_import->setToolTip(tr("CSV from Google Contacts, Outlook or Excel, or vCards from a phone"));
    m_export->setText(tr("Export CSV…"));
    m_export->setAccessibleName(tr("Export the contacts as CSV"));
    m_empty->setTitle(tr("No contacts yet"));
    m_empty->setText(tr("Import a file from Google Contacts, Outlook, Excel or a phone (CSV or vCard), "
                        "or add a customer from a conversation. Names then show in place of numbers."));
    m_model->retranslate();
    reloadGroups();
    updateCount();
}

void ContactsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContactsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ContactsPage::reload()
{
    m_stale = false;
    reloadGroups();
    m_model->reload();
    updateCount();
}

void ContactsPage::reloadGroups()
{
    const QString current = m_group->currentData().toString();
    const Result<QList<QPair<QString, int>>> groups = m_reader.contactGroups();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    if (groups) {
        for (const auto &[name, count] : groups.value())
            m_group->addItem(tr("%1 (%2)").arg(name).arg(count), name);
    }
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty()) // the group is gone: show everyone
        m_model->setFilter(m_search->text(), QString());
}

void ContactsPage::updateCount()
{
    const Result<int> total = m_reader.contactCount(m_model->filter());
    const Result<int> all = m_reader.contactCount({});
    m_count->setText(total ? tr("%n contact(s)", nullptr, total.value()) : QString());
    const bool none = all && all.value() == 0;
    m_stack->setCurrentWidget(none ? static_cast<QWidget *>(m_empty) : m_view);
    m_export->setEnabled(!none);
    updateButtons();
}

void ContactsPage::updateButtons()
{
    const bool one = m_view->selectionModel()->selectedRows().size() == 1;
    m_edit->setEnabled(one);
    m_remove->setEnabled(one);
}

void ContactsPage::addContact()
{
    auto *dialog = new ContactDialog(m_facade, Contact {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContactsPage::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    auto *dialog = new ContactDialog(m_facade, m_model->contactAt(rows.first().row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContactsPage::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Contact contact = m_model->contactAt(rows.first().row());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete contact"),
                                tr("Delete “%1”? Conversations with the number stay; they show the number "
                                   "again.")
                                    .arg(contact.name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteContact"));
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id = contact.id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        thenIfAlive(m_facade.removeContact(id), this, [this](const Status &status) {
            if (!status)
                m_banner->showMessage(tr("The contact was not deleted: %1").arg(status.errorString()));
        });
    });
    box->open();
}

void ContactsPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import contacts"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ContactsPage::importFile(const QString &path)
{
    auto *dialog = new ContactImportDialog(m_facade, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactImportDialog::imported, this, [this](const ContactImportResult &done) {
        m_banner->showMessage(tr("Imported %n new contact(s); %1 added to contacts you had.", nullptr, done.imported)
                                  .arg(done.merged),
                              ErrorBanner::Kind::Success);
    });
    dialog->open();
}

void ContactsPage::chooseExportFile()
{
    const QString group = m_group->currentData().toString();
    const QString name = group.isEmpty() ? tr("contacts") : group;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export contacts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name
            + QStringLiteral(".csv"),
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ContactsPage::exportTo(const QString &path)
{
    const Result<QByteArray> csv = m_facade.contactsAsCsv(m_group->currentData().toString());
    if (!csv) {
        m_banner->showMessage(tr("Nothing was exported: %1").arg(csv.errorString()));
        return;
    }
    if (const QString error = writeWholeFile(path, csv.value()); !error.isEmpty()) {
        m_banner->showMessage(tr("Cannot write %1: %2. Nothing was exported; choose another folder.")
                                  .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_banner->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), ErrorBanner::Kind::Success);
}

} // namespace smsdesk
