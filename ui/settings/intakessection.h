// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace smsdesk {

class EngineFacade;
class ErrorBanner;
class IntakeModel;

// Settings → Intake (issue 16, point 6): the queues this desk reads messages from — Redis
// Streams, RabbitMQ, Amazon SQS — each with its live state and counts (read, queued,
// rejected, lag), and Add…, Edit… (with Test), Turn off/on and Remove….
class IntakesSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakesSection)

public:
    IntakesSection(EngineFacade &facade, ErrorBanner &banner, QWidget *parent = nullptr);

    IntakeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *removeButton() const { return m_remove; }
    void reload();
    void add(); // opens IntakeDialog (a child of this section)
    void editSelected();
    void toggleSelected();
    void removeSelected();

private:
    int selectedRow() const;
    void updateButtons();

    EngineFacade &m_facade;
    ErrorBanner &m_banner;
    IntakeModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace smsdesk
