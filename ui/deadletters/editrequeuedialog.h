// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace smsdesk {

class EngineFacade;

// Fix the number or the text of a dead message and queue it again; the facade validates
// both like a new message, and its answer stays in the dialog until it is right.
class EditRequeueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditRequeueDialog)

public:
    EditRequeueDialog(EngineFacade &facade, const Message &message, QWidget *parent = nullptr);

    QLineEdit *numberField() const { return m_to; }
    QPlainTextEdit *textField() const { return m_text; }

Q_SIGNALS:
    void requeued(const QUuid &id);

private:
    void submit();

    EngineFacade &m_facade;
    QUuid m_id;
    QLineEdit *m_to = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace smsdesk
