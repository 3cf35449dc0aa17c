// SPDX-License-Identifier: GPL-3.0-or-later
#include "editrequeuedialog.h"

#include "enginefacade.h"
#include "theme.h"
#include "thenifalive.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsdesk {

EditRequeueDialog::EditRequeueDialog(EngineFacade &facade, const Message &message, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_id(message.id)
{
    setWindowTitle(tr("Edit and requeue"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_to = new QLineEdit(message.to, this);
    m_to->setAccessibleName(tr("Number"));
    m_text = new QPlainTextEdit(message.text, this);
    m_text->setAccessibleName(tr("Text"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Number:"), m_to);
    form->addRow(tr("&Text:"), m_text);
    layout->addLayout(form);

    if (!message.lastError.isEmpty()) {
        auto *why = new QLabel(tr("Last error: %1").arg(message.lastError), this);
        why->setWordWrap(true);
        why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(why);
    }
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, theme::error(palette));
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Requeue"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditRequeueDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 300);
}

void EditRequeueDialog::submit()
{
    m_buttons->setEnabled(false);
    thenIfAlive(m_facade.editAndRequeue(m_id, m_to->text().trimmed(), m_text->toPlainText()), this,
                [this](const Result<int> &result) {
                    m_buttons->setEnabled(true);
                    if (!result) {
                        m_error->setText(result.errorString());
                        m_error->show();
                        return;
                    }
                    Q_EMIT requeued(m_id);
                    accept();
                });
}

} // namespace smsdesk
