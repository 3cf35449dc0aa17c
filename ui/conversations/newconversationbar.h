// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace smsdesk {

class PhoneNumbers;

// "New conversation" inline at the top of the thread pane (no dialog): type a number, see
// at once whether libphonenumber accepts it and how it will be written, Enter to open.
class NewConversationBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewConversationBar)

public:
    NewConversationBar(const PhoneNumbers &numbers, QWidget *parent = nullptr);

    void start(); // shows the bar, clears and focuses the field
    QLineEdit *field() const { return m_field; }
    QLabel *hint() const { return m_hint; }
    bool isAcceptable() const { return !m_e164.isEmpty(); }

Q_SIGNALS:
    void numberChosen(const QString &e164);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void accept();

    const PhoneNumbers &m_numbers;
    QLabel *m_title = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_open = nullptr;
    QToolButton *m_close = nullptr;
    QString m_e164;
};

} // namespace smsdesk
