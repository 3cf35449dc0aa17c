// SPDX-License-Identifier: GPL-3.0-or-later
#include "newconversationbar.h"

#include "phonenumbers.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsdesk {

NewConversationBar::NewConversationBar(const PhoneNumbers &numbers, QWidget *parent)
    : QFrame(parent)
    , m_numbers(numbers)
    , m_title(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_field->setClearButtonEnabled(true);
    m_field->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_field->setMaxLength(PhoneNumbers::kMaxInputLength);
    m_field->installEventFilter(this);
    m_open->setEnabled(false);
    m_close->setIcon(theme::icon(QStringLiteral("window-close"), QStringLiteral("close.svg")));
    m_close->setAutoRaise(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_title);
    row->addWidget(m_field, 1);
    row->addWidget(m_open);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kSpacing, theme::kMargin, theme::kSpacing);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    setFrameShape(QFrame::StyledPanel);

    connect(m_field, &QLineEdit::textChanged, this, &NewConversationBar::validate);
    connect(m_field, &QLineEdit::returnPressed, this, &NewConversationBar::accept);
    connect(m_open, &QPushButton::clicked, this, &NewConversationBar::accept);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    retranslate();
    hide();
}

// Every fixed text is set here, so a language switch (QEvent::LanguageChange) reaches it.
void NewConversationBar::retranslate()
{
    m_title->setText(tr("New conversation"));
    m_field->setPlaceholderText(tr("Phone number, e.g. +49 30 1234567"));
    m_field->setAccessibleName(tr("Phone number"));
    m_hint->setAccessibleName(tr("Number check"));
    m_open->setText(tr("Open"));
    m_open->setAccessibleName(tr("Open conversation"));
    m_close->setToolTip(tr("Cancel (Esc)"));
    m_close->setAccessibleName(tr("Cancel new conversation"));
    validate(); // the hint under the field
}

void NewConversationBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void NewConversationBar::start()
{
    m_field->clear();
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void NewConversationBar::validate()
{
    const QString input = m_field->text().trimmed();
    m_e164.clear();
    QPalette pal = m_hint->palette();
    QString hint;
    QColor color = pal.color(QPalette::PlaceholderText);
    if (input.isEmpty()) {
        hint = tr("Numbers without a country code are read as %1.").arg(m_numbers.defaultRegion());
    } else if (auto e164 = m_numbers.toE164(input, PhoneNumbers::Wording::UserLanguage)) {
        m_e164 = e164.value();
        hint = tr("✓ %1").arg(m_numbers.displayFormat(m_e164));
        color = theme::success(pal);
    } else {
        hint = e164.errorString();
        // Stay calm while the first digits are typed; say it clearly once it is long enough.
        color = input.size() < 6 ? pal.color(QPalette::PlaceholderText) : theme::error(pal);
    }
    pal.setColor(QPalette::WindowText, color);
    m_hint->setPalette(pal);
    m_hint->setText(hint);
    m_open->setEnabled(!m_e164.isEmpty());
}

void NewConversationBar::accept()
{
    if (m_e164.isEmpty())
        return;
    hide();
    Q_EMIT numberChosen(m_e164);
}

bool NewConversationBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT cancelled();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace smsdesk
