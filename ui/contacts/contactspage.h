// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace smsdesk {

class ContactTableModel;
class EmptyState;
class EngineFacade;
class ErrorBanner;
class ReadModel;

// The business's customers: the list by name (search by name or number, a group), add, edit
// and delete (the same dialog as from a conversation), import a file from Google Contacts,
// Outlook, Excel or a phone (CSV or vCard: columns mapped, rows previewed, problems listed
// before anything is stored) and export to CSV.
class ContactsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPage)

public:
    ContactsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);

    ContactTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *groupPicker() const { return m_group; }
    QLabel *countLabel() const { return m_count; }
    ErrorBanner *banner() const { return m_banner; }
    QToolButton *removeButton() const { return m_remove; }
    // The file dialogs are the user's; tests call these with a path.
    void importFile(const QString &path);
    void exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reload();
    void reloadGroups();
    void updateCount();
    void updateButtons();
    void addContact();
    void editSelected();
    void removeSelected();
    void chooseImportFile();
    void chooseExportFile();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_import = nullptr;
    QToolButton *m_export = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    ContactTableModel *m_model = nullptr;
    QTimer *m_reloadTimer = nullptr; // several changes in a row: one reload
    bool m_stale = true; // changed while hidden: reload when shown
};

} // namespace smsdesk
