// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace smsdesk {

struct SegmentInfo;

// Writes one message: a text box that grows with the text up to a few lines, the live
// count ("2 SMS · 153 left · GSM-7", amber near the limit, naming the character that
// forces UCS-2), the phone picker, and Send (Ctrl+Enter).
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

    // The counter text for a text, e.g. "2 SMS · 153 left · GSM-7". Public for tests.
    static QString counterText(const SegmentInfo &info);

Q_SIGNALS:
    void sendRequested(const QString &text, qint64 deviceId, int sim);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounter();
    void updateHeight();
    void requestSend();

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_counter = nullptr;
    static constexpr int kSimRole = Qt::UserRole + 1; // the SIM slot of a picker entry
    QComboBox *m_phone = nullptr;
    QToolButton *m_send = nullptr;
    QList<Device> m_devices; // the picker's phones, to word them again after a language switch
    bool m_busy = false;
    bool m_tooLong = false;
};

} // namespace smsdesk
