// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "campaignplan.h"
#include "csvreader.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace smsdesk {

class CampaignPreviewModel;
class EngineFacade;
class ReadModel;

// A campaign before anything is queued (issue 14, point 3): who gets it (a contact group, a
// CSV file's number column, or pasted numbers), the text (typed or a saved one), when it
// starts and its pace; the preview below shows every recipient's text as sent with its
// segments and encoding, and every one left out with the reason, and is read again 300 ms
// after any input changes. "Queue campaign" queues the included rows, all or none; a
// refusal (the queue has no room for them all) is said here and the inputs stay.
class NewCampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCampaignDialog)

public:
    enum class Source { Group, CsvFile, Pasted };

    NewCampaignDialog(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);

    void setSource(Source source);
    Source source() const;
    // Reads a CSV file for the recipients (the Open… button asks for the path).
    void loadCsvFile(const QString &path);
    // Reads the preview now instead of after the pause in typing.
    void refreshPreview();

    QLineEdit *nameField() const { return m_name; }
    QComboBox *groupPicker() const { return m_group; }
    QComboBox *numberColumnPicker() const { return m_column; }
    QLabel *csvLabel() const { return m_csvInfo; }
    QPlainTextEdit *pastedField() const { return m_pasted; }
    QComboBox *savedTextPicker() const { return m_saved; }
    QPlainTextEdit *textField() const { return m_text; }
    QLabel *textError() const { return m_textError; }
    QRadioButton *startNowButton() const { return m_now; }
    QRadioButton *startAtButton() const { return m_at; }
    QDateTimeEdit *startAtField() const { return m_startAt; }
    QSpinBox *paceField() const { return m_pace; }
    QTableView *previewView() const { return m_previewView; }
    CampaignPreviewModel *previewModel() const { return m_preview; }
    QLabel *summary() const { return m_summary; }
    QLabel *queueError() const { return m_queueError; }
    QPushButton *queueButton() const { return m_queue; }

Q_SIGNALS:
    void campaignQueued(const smsdesk::Campaign &campaign);

private:
    QWidget *buildRecipients();
    QWidget *buildText();
    QWidget *buildSchedule();
    void loadGroups();
    void loadSavedTexts();
    void chooseCsvFile();
    void schedulePreview();
    Result<QList<CampaignRecipient>> recipients() const;
    QString sourceText() const;
    void showSummary(const QString &text, bool error);
    void updateQueueButton();
    void queue();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    QLineEdit *m_name = nullptr;
    QButtonGroup *m_sourceGroup = nullptr;
    QStackedWidget *m_sourceStack = nullptr;
    QComboBox *m_group = nullptr;
    QPushButton *m_openCsv = nullptr;
    QLabel *m_csvInfo = nullptr;
    QComboBox *m_column = nullptr;
    QPlainTextEdit *m_pasted = nullptr;
    QComboBox *m_saved = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_textError = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_at = nullptr;
    QDateTimeEdit *m_startAt = nullptr;
    QSpinBox *m_pace = nullptr;
    QTableView *m_previewView = nullptr;
    CampaignPreviewModel *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_queueError = nullptr;
    QPushButton *m_queue = nullptr;
    QTimer *m_previewTimer = nullptr;
    CsvTable m_csv;
    QString m_csvName; // the file's name, "" before one is read
    bool m_previewOk = false; // the preview shown is of the inputs as they are
    bool m_queueing = false;
};

} // namespace smsdesk
