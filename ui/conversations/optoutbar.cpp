// SPDX-License-Identifier: GPL-3.0-or-later
#include "optoutbar.h"

#include "enginefacade.h"
#include "readmodel.h"
#include "theme.h"
#include "thenifalive.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace smsdesk {

OptOutBar::OptOutBar(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QFrame(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_text(new QLabel(this))
    , m_lift(new QPushButton(this))
    , m_addButton(new QToolButton(parent))
{
    setObjectName(QStringLiteral("optOutBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, theme::tint(theme::Tone::Warning, palette()));
    setPalette(warning);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kSpacing, theme::kMargin, theme::kSpacing);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_lift, 0, Qt::AlignVCenter);
    m_addButton->setIcon(theme::icon(QStringLiteral("action-unavailable"), QStringLiteral("block.svg")));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setAutoRaise(true);
    connect(m_lift, &QPushButton::clicked, this, [this] {
        if (askToLift(m_facade, m_number, nameOrNumber(), this))
            refresh();
    });
    connect(m_addButton, &QToolButton::clicked, this, [this] {
        if (askToOptOut(m_facade, m_number, nameOrNumber(), this))
            refresh();
    });
    connect(&m_facade, &EngineFacade::optOutsChanged, this, &OptOutBar::refresh);
    retranslate();
    setVisible(false);
    m_addButton->setVisible(false);
}

void OptOutBar::setNumber(const QString &number)
{
    m_number = number;
    refresh();
}

void OptOutBar::refresh()
{
    const bool was = m_optedOut;
    m_optedOut = false;
    m_entry = {};
    if (!m_number.isEmpty()) {
        const Result<OptOut> found = m_reader.optOut(m_number);
        if (found) {
            m_optedOut = true;
            m_entry = found.value();
        }
    }
    setVisible(m_optedOut);
    m_addButton->setVisible(!m_number.isEmpty() && !m_optedOut);
    retranslate();
    if (was != m_optedOut)
        Q_EMIT optedOutChanged(m_optedOut);
}

QString OptOutBar::nameOrNumber() const
{
    if (!m_entry.contactName.isEmpty())
        return m_entry.contactName;
    if (const Result<Contact> contact = m_reader.contactByNumber(m_number))
        return contact->name;
    return m_facade.phoneNumbers().displayFormat(m_number);
}

void OptOutBar::retranslate()
{
    m_lift->setText(tr("Lift opt-out…"));
    m_lift->setToolTip(tr("Only when the customer asked to hear from you again"));
    m_addButton->setText(tr("Opt out…"));
    m_addButton->setToolTip(tr("Put this number on the opt-out list: nothing more is sent to it"));
    m_addButton->setAccessibleName(m_addButton->text());
    if (!m_optedOut) {
        m_text->clear();
        return;
    }
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_entry.atMs), QLocale::ShortFormat);
    QString why;
    switch (m_entry.source) {
    case OptOut::Source::Keyword:
        why = tr("%1 opted out on %2 by writing “%3”.").arg(nameOrNumber(), when, m_entry.detail.left(40));
        break;
    case OptOut::Source::Staff:
        why = m_entry.detail.isEmpty() ? tr("%1 was put on the opt-out list by hand on %2.").arg(nameOrNumber(), when)
                                       : tr("%1 was put on the opt-out list by hand on %2: %3")
                                             .arg(nameOrNumber(), when, m_entry.detail);
        break;
    case OptOut::Source::Api:
        why = m_entry.detail.isEmpty() ? tr("%1 was put on the opt-out list through the API on %2.")
                                             .arg(nameOrNumber(), when)
                                       : tr("%1 was put on the opt-out list through the API on %2: %3")
                                             .arg(nameOrNumber(), when, m_entry.detail);
        break;
    }
    m_text->setText(why + u' '
                    + tr("Nothing can be sent to this number until they write START or the opt-out is lifted."));
    setAccessibleDescription(m_text->text());
}

void OptOutBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

bool OptOutBar::askToOptOut(EngineFacade &facade, const QString &number, const QString &name, QWidget *parent)
{
    bool ok = false;
    const QString note = QInputDialog::getText(
        parent, tr("Opt out"),
        tr("Put %1 on the opt-out list? Nothing more will be sent to this number, and what waits to be sent "
           "is cancelled.\n\nNote (optional, e.g. “asked on the phone”):")
            .arg(name),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    const Status added = facade.addOptOut(number, note).result();
    if (!added) {
        QMessageBox::warning(parent, tr("Opt out"), tr("Could not add the number: %1").arg(added.errorString()));
        return false;
    }
    return true;
}

bool OptOutBar::askToLift(EngineFacade &facade, const QString &number, const QString &name, QWidget *parent)
{
    const auto answer = QMessageBox::question(
        parent, tr("Lift opt-out"),
        tr("Lift the opt-out of %1? Do this only when they asked to hear from you again. Messages cancelled "
           "while they were opted out stay cancelled.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const Result<bool> lifted = facade.removeOptOut(number).result();
    if (!lifted) {
        QMessageBox::warning(parent, tr("Lift opt-out"), tr("Could not lift it: %1").arg(lifted.errorString()));
        return false;
    }
    return true;
}

} // namespace smsdesk
