// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakestrip.h"

#include "enginefacade.h"
#include "intaketext.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace smsdesk {

IntakeStrip::IntakeStrip(EngineFacade &facade, QWidget *parent)
    : QFrame(parent)
    , m_facade(facade)
{
    setObjectName(QStringLiteral("intakeStrip"));
    setCursor(Qt::PointingHandCursor);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_layout->addWidget(m_title);
    connect(&m_facade, &EngineFacade::intakeStatesChanged, this, &IntakeStrip::refresh);
    refresh();
}

void IntakeStrip::refresh()
{
    m_title->setText(tr("Intake"));
    const Result<QList<IntakeConfig>> rows = m_facade.intakes();
    const QList<IntakeConfig> configs = rows ? rows.value() : QList<IntakeConfig>();
    QHash<int, IntakeState> states;
    for (const IntakeState &state : m_facade.intakeStates())
        states.insert(state.id, state);
    while (m_lines.size() > configs.size())
        delete m_lines.takeLast();
    while (m_lines.size() < configs.size()) {
        auto *line = new QLabel(this);
        line->setTextFormat(Qt::RichText);
        m_layout->addWidget(line);
        m_lines.append(line);
    }
    for (int i = 0; i < configs.size(); ++i) {
        const IntakeConfig &config = configs.at(i);
        IntakeState state = states.value(config.id);
        if (!states.contains(config.id))
            state.phase = config.enabled ? IntakeState::Phase::Connecting : IntakeState::Phase::Stopped;
        const QString dot = QStringLiteral("<span style=\"color:%1\">●</span>")
                                .arg(IntakeText::phaseColor(state.phase, palette()).name());
        const QString where = IntakeText::kindLabel(config.kind) + QStringLiteral(" ")
            + config.displayName().section(u' ', 1);
        const QString what = state.phase == IntakeState::Phase::Running || state.read > 0
            ? IntakeText::figures(state)
            : IntakeText::phaseAndLine(state);
        m_lines.at(i)->setText(QStringLiteral("%1 <b>%2</b> — %3").arg(dot, where.toHtmlEscaped(), what.toHtmlEscaped()));
        m_lines.at(i)->setToolTip(state.statusLine);
    }
    setVisible(!configs.isEmpty());
}

void IntakeStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void IntakeStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace smsdesk
