// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "optout.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace smsdesk {

class EngineFacade;
class ErrorBanner;
class ReadModel;

// The suppression list (issue 15, point 1), shared by every desk on the database: who opted
// out, since when and how (their STOP, by hand, the API), searchable; Add… and Lift… by hand;
// Export CSV…; and what a customer hears back after STOP and START (business settings, sent
// only when switched on).
class OptOutsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutsSection)

public:
    OptOutsSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *summary() const { return m_summary; }
    QCheckBox *stopReplyOn() const { return m_stopReplyOn; }
    QLineEdit *stopReply() const { return m_stopReply; }
    QCheckBox *startReplyOn() const { return m_startReplyOn; }
    QLineEdit *startReply() const { return m_startReply; }
    QPushButton *saveRepliesButton() const { return m_saveReplies; }
    QPushButton *liftButton() const { return m_lift; }
    void reload();
    void exportTo(const QString &path);

private:
    void loadReplies();
    void saveReplies();
    void addByHand();
    void liftSelected();
    void exportList();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner &m_banner;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_lift = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_stopReplyOn = nullptr;
    QLineEdit *m_stopReply = nullptr;
    QCheckBox *m_startReplyOn = nullptr;
    QLineEdit *m_startReply = nullptr;
    QPushButton *m_saveReplies = nullptr;
};

} // namespace smsdesk
