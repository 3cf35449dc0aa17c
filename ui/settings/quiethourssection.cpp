// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiethourssection.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace smsdesk {

QuietHoursSection::QuietHoursSection(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("Hold messages during &quiet hours"), this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_exempt(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    m_enabled->setAccessibleName(tr("Quiet hours"));
    for (QLineEdit *edit : { m_from, m_to }) {
        edit->setMaxLength(5);
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2);
    }
    m_from->setPlaceholderText(QStringLiteral("21:00"));
    m_to->setPlaceholderText(QStringLiteral("08:00"));
    m_from->setAccessibleName(tr("Quiet hours start"));
    m_to->setAccessibleName(tr("Quiet hours end"));
    m_exempt->setRange(0, QuietHoursSettings::kMaxExemptMinutes);
    m_exempt->setSuffix(tr(" min"));
    m_exempt->setSpecialValueText(tr("no exemption"));
    m_exempt->setAccessibleName(tr("Replies exempt within minutes of the customer's message"));
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false); // the muted look of the page's other notes

    auto *window = new QHBoxLayout;
    window->addWidget(new QLabel(tr("From"), this));
    window->addWidget(m_from);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_to);
    window->addStretch();
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_enabled);
    form->addRow(tr("Recipient's &time:"), window);
    form->addRow(tr("&Replies exempt within:"), m_exempt);
    form->addRow(m_summary);
    static_cast<QLabel *>(form->labelForField(window))->setBuddy(m_from);

    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        updateSummary();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : { m_from, m_to }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            updateSummary();
            Q_EMIT changed();
        });
    }
    connect(m_exempt, &QSpinBox::valueChanged, this, [this] {
        updateSummary();
        Q_EMIT changed();
    });
    load({});
}

void QuietHoursSection::load(const QuietHoursSettings &settings)
{
    const QSignalBlocker a(m_enabled), b(m_from), c(m_to), d(m_exempt);
    m_enabled->setChecked(settings.enabled);
    m_from->setText(QuietHoursSettings::timeText(settings.fromMinute));
    m_to->setText(QuietHoursSettings::timeText(settings.toMinute));
    m_exempt->setValue(settings.exemptReplyMinutes);
    updateSummary();
}

QuietHoursSettings QuietHoursSection::settings(QString *problem) const
{
    QuietHoursSettings s;
    s.enabled = m_enabled->isChecked();
    s.fromMinute = QuietHoursSettings::minuteOfDay(m_from->text());
    s.toMinute = QuietHoursSettings::minuteOfDay(m_to->text());
    s.exemptReplyMinutes = m_exempt->value();
    problem->clear();
    if (s.fromMinute < 0)
        *problem = tr("Quiet hours: “%1” is not a time; write the start as hours and minutes, e.g. 21:00.")
                       .arg(m_from->text().trimmed());
    else if (s.toMinute < 0)
        *problem = tr("Quiet hours: “%1” is not a time; write the end as hours and minutes, e.g. 08:00.")
                       .arg(m_to->text().trimmed());
    else if (s.fromMinute == s.toMinute)
        *problem = tr("Quiet hours: the end must differ from the start.");
    return s;
}

void QuietHoursSection::updateSummary()
{
    QString problem;
    const QuietHoursSettings s = settings(&problem);
    for (QWidget *w : { static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_exempt) })
        w->setEnabled(s.enabled);
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    QString text = s.enabled
        ? tr("Messages not marked urgent wait from %1 to %2 in the recipient's time zone (from the number; your "
             "own where the number does not tell), campaigns and retries included.")
              .arg(QuietHoursSettings::timeText(s.fromMinute), QuietHoursSettings::timeText(s.toMinute))
        : tr("Off: messages are sent at any hour.");
    if (s.enabled && s.exemptReplyMinutes > 0)
        text += QLatin1Char(' ')
            + tr("A reply written within %n minute(s) of the customer's own message is sent at once.", nullptr,
                 s.exemptReplyMinutes);
    m_summary->setText(text);
}

} // namespace smsdesk
