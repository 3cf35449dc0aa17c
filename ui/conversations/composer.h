// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "domain.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QCompleter;
class QStandardItemModel;
class QLabel;
class QPlainTextEdit;
class QToolButton;

class QAction;

namespace smsdesk {

struct SegmentInfo;

// Writes one message: a text box that grows with the text up to a few lines, the live
// count ("2 SMS · 153 left · GSM-7", amber near the limit, naming the character that
// forces UCS-2), the phone picker, and Send (Ctrl+Enter). Saved texts come from the
// keyboard: "/" in an empty message lists them and what follows filters them (by name),
// Ctrl+T or the Saved texts button lists them anywhere; Enter puts the picked one in with
// the recipient's fields filled, so the count is that of the text as it will be sent.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);

    // Fills the phone picker; `preferred` (the thread's sticky phone) is selected when present.
    void setDevices(const QList<Device> &devices, qint64 preferred);
    qint64 selectedDevice() const;
    int selectedSim() const; // 0: the phone's default
    void selectDevice(qint64 deviceId);
    QString text() const;
    void clear();
    void setBusy(bool busy);
    void focusEditor();

    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *counter() const { return m_counter; }
    QComboBox *phonePicker() const { return m_phone; }
    QToolButton *sendButton() const { return m_send; }
    QToolButton *scheduleButton() const { return m_schedule; }

    // The saved texts offered, and the recipient's fields they are filled with
    // (standardFieldValues plus the contact's own fields).
    void setSavedTexts(const QList<SavedTemplate> &texts);
    void setRecipientFields(const QHash<QString, QString> &fields);
    // Lists the saved texts at the cursor (Ctrl+T, the button).
    void showSavedTexts();

    QCompleter *savedTextPicker() const { return m_picker; }
    QToolButton *savedTextsButton() const { return m_savedButton; }
    QLabel *hint() const { return m_hint; }

    // The counter text for a text, e.g. "2 SMS · 153 left · GSM-7". Public for tests.
    static QString counterText(const SegmentInfo &info);

Q_SIGNALS:
    void sendRequested(const QString &text, qint64 deviceId, int sim);
    void scheduleRequested(const QString &text, qint64 deviceId, int sim); // "Later…": the page asks when
    // Send's menu: "Send urgent", sent inside the recipient's quiet hours too (issue 15).
    void urgentSendRequested(const QString &text, qint64 deviceId, int sim);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounter();
    void updateHeight();
    void requestSend();
    bool isSavedTextQuery() const; // the message is "/name": a saved text being looked for
    void updatePicker(); // "/name" typed into an empty message: open, filter or close the list
    void insertSavedText(const QString &body);

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_hint = nullptr; // fields a picked text had no value for
    QToolButton *m_savedButton = nullptr;
    QStandardItemModel *m_savedTexts = nullptr; // name, and the text under Qt::UserRole
    QCompleter *m_picker = nullptr;
    QHash<QString, QString> m_fields;
    static constexpr int kSimRole = Qt::UserRole + 1; // the SIM slot of a picker entry
    QComboBox *m_phone = nullptr;
    QToolButton *m_send = nullptr;
    QToolButton *m_schedule = nullptr;
    QAction *m_sendUrgent = nullptr; // in Send's menu
    QList<Device> m_devices; // the picker's phones, to word them again after a language switch
    bool m_busy = false;
    bool m_tooLong = false;
};

} // namespace smsdesk
