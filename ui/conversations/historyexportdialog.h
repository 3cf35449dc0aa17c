// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QRadioButton;

namespace smsdesk {

class ErrorBanner;
class MessageExport;
class ReadModel;

// Messages of both directions to a CSV file (issue 15, point 4): one conversation or every
// one, over all time or a period. Asks where, then writes a page per turn of the event
// loop with progress and Cancel; a failure or a cancel leaves no file (MessageExport).
class HistoryExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExportDialog)

public:
    // `number` and `peer` (its name or number as shown): the open conversation, offered
    // first; "" offers every conversation only.
    HistoryExportDialog(ReadModel &reader, const QString &number, const QString &peer, QWidget *parent = nullptr);
    ~HistoryExportDialog() override;
    // Opens the dialog (window-modal, deleted when closed); the outcome goes to `banner`.
    static HistoryExportDialog *ask(ReadModel &reader, const QString &number, const QString &peer,
                                    ErrorBanner *banner, QWidget *parent);

    enum Period { AllTime, Today, Last7Days, Last30Days, ThisYear, Between };
    Q_ENUM(Period)

    void setPeriod(Period period);
    void setRange(const QDate &from, const QDate &to); // inclusive; chooses Between
    void setWholeHistory(bool everyConversation);
    // What the choices above select; `nowMs` is the day "today" is read in.
    HistoryFilter filter(qint64 nowMs) const;
    QString suggestedFileName() const;

    // Writes the chosen messages to `path` (tests call it without the file dialog).
    void exportTo(const QString &path);
    bool isRunning() const { return m_job != nullptr; }
    QComboBox *periodBox() const { return m_period; }
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    void reject() override; // while writing: cancels the export, keeps the dialog

Q_SIGNALS:
    // After the file is in place: how many messages, where.
    void exported(qint64 count, const QString &path);

private:
    void chooseFile();
    void writeNextPage();
    void finish(const QString &error);
    void updateEnabled();

    ReadModel &m_reader;
    QString m_number;
    QRadioButton *m_thisOne = nullptr;
    QRadioButton *m_everyOne = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_problem = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<MessageExport> m_job;
    HistoryFilter m_running;
    QString m_path;
    bool m_cancelled = false;
    bool m_periodProblem = false; // the problem line says the period runs backwards
};

} // namespace smsdesk
