// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledialog.h"

#include "phonenumbers.h"
#include "theme.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

namespace smsdesk {

namespace {
// A scheduled message is at least this far ahead: sooner, Send is the button.
constexpr qint64 kMinAheadMs = 60'000;

// The first full hour at least a few minutes away: at 11:58 that is 13:00, not 12:00, which
// would be too soon by the time the dialog is answered.
QDateTime nextFullHour()
{
    QDateTime t = QDateTime::currentDateTime().addSecs(5 * 60 + 3600);
    t.setTime(QTime(t.time().hour(), 0));
    return t;
}
} // namespace

ScheduleDialog::ScheduleDialog(const QString &number, qint64 whenMs, const QString &text, bool editText,
                               QWidget *parent)
    : QDialog(parent)
    , m_number(number)
    , m_when(new QDateTimeEdit(this))
    , m_recipient(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(editText ? tr("Edit scheduled message") : tr("Send later"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_when->setDateTime(whenMs > 0 ? QDateTime::fromMSecsSinceEpoch(whenMs) : nextFullHour());
    m_when->setAccessibleName(tr("Send at"));
    m_recipient->setWordWrap(true);
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->setSpacing(theme::kSpacing);
    if (editText) {
        m_text = new QPlainTextEdit(text, this);
        m_text->setAccessibleName(tr("Message text"));
        m_text->setTabChangesFocus(true);
        form->addRow(tr("Message:"), m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ScheduleDialog::update);
    }
    form->addRow(tr("Send at (your time):"), m_when);
    form->addRow(QString(), m_recipient);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editText ? tr("Save") : tr("Schedule"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::update);
    update();
}

qint64 ScheduleDialog::sendAtMs() const
{
    return m_when->dateTime().toMSecsSinceEpoch();
}

QString ScheduleDialog::text() const
{
    return m_text ? m_text->toPlainText() : QString();
}

QString ScheduleDialog::recipientTimeText(const QString &number, qint64 atMs)
{
    const QList<QByteArray> zones = PhoneNumbers::timeZonesOf(number);
    if (zones.isEmpty())
        return {};
    const QDateTime ours = QDateTime::fromMSecsSinceEpoch(atMs);
    // Germany lists Europe/Busingen beside Europe/Berlin: zones that agree at that moment are one.
    const QTimeZone zone(zones.constFirst());
    for (const QByteArray &id : zones) {
        if (QTimeZone(id).offsetFromUtc(ours) != zone.offsetFromUtc(ours))
            return tr("The recipient's country has several time zones; check the time is right for them.");
    }
    const QDateTime theirs = ours.toTimeZone(zone);
    const QString where = QString::fromUtf8(zones.constFirst());
    if (theirs.offsetFromUtc() == ours.offsetFromUtc())
        return tr("The same time for the recipient (%1).").arg(where);
    return tr("%1 for the recipient (%2).").arg(QLocale().toString(theirs, QLocale::ShortFormat), where);
}

void ScheduleDialog::update()
{
    const qint64 at = sendAtMs();
    const bool future = at >= QDateTime::currentMSecsSinceEpoch() + kMinAheadMs;
    const bool hasText = !m_text || !m_text->toPlainText().trimmed().isEmpty();
    QString words = recipientTimeText(m_number, at);
    if (!future)
        words = tr("Pick a time at least a minute from now.");
    else if (!hasText)
        words = tr("The message is empty.");
    m_recipient->setText(words);
    QPalette pal = m_recipient->palette();
    pal.setColor(QPalette::WindowText, future && hasText ? palette().color(QPalette::PlaceholderText)
                                                         : theme::warning(palette()));
    m_recipient->setPalette(pal);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(future && hasText);
}

} // namespace smsdesk
