// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QDialog>

class QPushButton;
class QTableWidget;
class QLabel;

namespace smsdesk {

class EngineFacade;
class ReadModel;

// Everything scheduled (issue 14, point 4): each message waiting for its time, soonest
// first, with whom it goes to (the contact's name where there is one), when, and its text;
// open its conversation, change its text or time, or cancel it. Follows the facade's
// messagesChanged, so a message that goes out leaves the list.
class ScheduledListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledListDialog)

public:
    ScheduledListDialog(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openButton() const { return m_open; }
    // Asks nothing before cancelling (tests, and a caller that asked already).
    void cancelSelected(bool ask = true);
    void editSelected();

    // Edits `message` in a ScheduleDialog and saves it; errors are shown to the user.
    static void editMessage(EngineFacade &facade, const Message &message, QWidget *parent);
    // "Cancel this scheduled message?" Yes or No.
    static bool askToCancel(QWidget *parent);

Q_SIGNALS:
    void openConversationRequested(const QString &number);

private:
    const Message *selected() const;
    void updateButtons();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    QList<Message> m_messages;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace smsdesk
