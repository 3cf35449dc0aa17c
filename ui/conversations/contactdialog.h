// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace smsdesk {

class EngineFacade;

// Add a customer from a conversation, or edit one: names, numbers (one per line, as typed,
// read with the business's region), groups, a note and the fields saved texts fill in
// ("order_no: A-17", one per line). Saves through the facade and closes only when the save
// succeeded; what is wrong (a number that does not read, a number that is another
// contact's, a field name that cannot be used) stays in the dialog, naming the line.
class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    // `contact.id == 0` adds a new one (its numbers prefilled, e.g. the conversation's).
    ContactDialog(EngineFacade &facade, const Contact &contact, QWidget *parent = nullptr);

    QLineEdit *firstNameField() const { return m_first; }
    QLineEdit *lastNameField() const { return m_last; }
    QPlainTextEdit *numbersField() const { return m_numbers; }
    QLineEdit *groupsField() const { return m_groups; }
    QPlainTextEdit *fieldsField() const { return m_fields; }
    QLabel *problem() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // "order_no: A-17" lines into fields; the first line that is not one, as an error.
    static Result<QMap<QString, QString>> parseFields(const QString &text);

Q_SIGNALS:
    void saved(const smsdesk::Contact &contact);

private:
    void save();
    void showProblem(const QString &text);

    EngineFacade &m_facade;
    Contact m_contact;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_display = nullptr;
    QPlainTextEdit *m_numbers = nullptr;
    QLineEdit *m_groups = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPlainTextEdit *m_fields = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace smsdesk
