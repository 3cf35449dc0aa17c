// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace smsdesk {

class EngineFacade;
class ErrorBanner;
class ReadModel;

// Saved texts ("Your order is ready, {first_name}"), shared by every desk on the database:
// the list by name; the selected one's name and text, checked as it is typed (an unclosed or
// misspelt placeholder is said with where it is, and Save waits until it is fixed) and shown
// filled in for an example customer with the count of SMS it makes. Saved at once on Save.
class SavedTextsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedTextsSection)

public:
    SavedTextsSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *textField() const { return m_text; }
    QLabel *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    void reload();

private:
    void showSelected();
    void startNew();
    void save();
    void removeSelected();
    void updatePreview();
    qint64 selectedId() const;

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner &m_banner;
    QList<SavedTemplate> m_texts;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    qint64 m_editing = 0; // the id the fields show; 0: a new one
};

} // namespace smsdesk
