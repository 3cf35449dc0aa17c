// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkaction.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace smsdesk {

class DeadLetterModel;
class EditRequeueDialog;
class EmptyState;
class EngineFacade;
class ErrorBanner;
class MessageDetailPane;
class ReadModel;

// Messages that could not be sent: search them, see why, fix and resend or delete them,
// one at a time or thousands at once, and export them as CSV.
class DeadLettersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLettersPage)

public:
    DeadLettersPage(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);
    ~DeadLettersPage() override;

    DeadLetterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QAction *requeueAction() const { return m_requeueAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *editAction() const { return m_editAction; }
    // Chunk size for bulk actions (tests use a small one to see several chunks).
    void setChunkSize(int rows) { m_chunkSize = rows; }
    // Exports the current filter to `path` (the button asks for the path first).
    void exportCsv(const QString &path);
    ErrorBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void countChanged(int deadLetters);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildTable();
    void connectSignals();
    void buildActions();
    QWidget *buildToolBar();
    void refresh(bool force);
    void refreshDeviceNames();
    void updateCount();
    void updateSelection();
    QList<QUuid> selectedIds() const;
    void requeueSelected();
    void editSelected();
    void deleteSelected();
    void confirmDelete(qint64 count, const std::function<void()> &action);
    using DoneText = std::function<QString(qint64 affected)>;
    void runBulk(BulkAction::Source source, qint64 total, BulkAction::Step step, const QString &title,
                 const DoneText &doneText);
    BulkAction::Source matchingSource() const;
    void chooseExportFile();
    void showContextMenu(const QPoint &pos);

    EngineFacade &m_facade;
    ReadModel &m_reader;
    DeadLetterModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    MessageDetailPane *m_detail = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_moreButton = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_requeueAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_requeueAllAction = nullptr;
    QAction *m_deleteAllAction = nullptr;
    QAction *m_exportAction = nullptr;
    int m_chunkSize = 500;
    int m_count = -1;
    qint64 m_newestSeq = -1;
    bool m_busy = false; // one bulk action or export at a time
};

} // namespace smsdesk
