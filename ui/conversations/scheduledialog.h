// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace smsdesk {

// When a message is to be sent (issue 14, point 4): a date and time in this computer's time,
// with the recipient's own time beside it (the time zone of the number's country), and, when
// a scheduled message is edited, its text. OK waits for a time in the future.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    // `number` is E.164; `whenMs` 0 proposes the next full hour; `text` is shown editable
    // when `editText` (an edit), else not at all (the composer has it).
    ScheduleDialog(const QString &number, qint64 whenMs, const QString &text, bool editText,
                   QWidget *parent = nullptr);

    qint64 sendAtMs() const;
    QString text() const;

    QDateTimeEdit *timeEdit() const { return m_when; }
    QLabel *recipientTime() const { return m_recipient; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // What the recipient's clock says at `atMs`, in words; "" when their country is unknown.
    static QString recipientTimeText(const QString &number, qint64 atMs);

private:
    void update();

    QString m_number;
    QDateTimeEdit *m_when = nullptr;
    QLabel *m_recipient = nullptr;
    QPlainTextEdit *m_text = nullptr; // null unless editing
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace smsdesk
