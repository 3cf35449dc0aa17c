// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace smsdesk {

class EngineFacade;

// Add or edit one broker intake: the broker, where it is, what to read, the password (kept
// in the keychain; left empty, the kept one stays), and Test, which connects once and says
// what is there. Save keeps the row and the running engine starts it at once.
class IntakeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeDialog)

public:
    IntakeDialog(EngineFacade &facade, const IntakeConfig &config, QWidget *parent = nullptr);

    IntakeConfig config() const; // as typed, without the password
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *streamField() const { return m_stream; }
    QLineEdit *groupField() const { return m_group; }
    QLineEdit *queueField() const { return m_queue; }
    QSpinBox *claimIdleField() const { return m_claimIdle; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

    void test();
    void accept() override; // saves; stays open with the reason when that fails

Q_SIGNALS:
    void saved(const smsdesk::IntakeConfig &config);

private:
    void kindChanged();
    void showResult(const QString &text, bool good);

    EngineFacade &m_facade;
    int m_id = 0;
    bool m_enabled = true; // kept as it is: the section turns rows on and off
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_stream = nullptr;
    QLineEdit *m_group = nullptr;
    QLineEdit *m_consumer = nullptr;
    QSpinBox *m_claimIdle = nullptr;
    QLineEdit *m_queue = nullptr;
    QSpinBox *m_prefetch = nullptr;
    QList<QWidget *> m_redisOnly;
    QList<QWidget *> m_claimRows; // Redis and SQS
    QList<QWidget *> m_queueOnly;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace smsdesk
