// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginestatus.h"

#include "dispatchtext.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

namespace smsdesk {

namespace {

QPixmap dot(const QColor &color)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 8, 8));
    return pixmap;
}

QFrame *separator(QWidget *parent)
{
    // A thin plain line in the muted text colour: a sunken frame glares on dark palettes.
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    QPalette pal = line->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    line->setPalette(pal);
    line->setFixedHeight(14);
    return line;
}

} // namespace

EngineStatus::EngineStatus(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_phones(new QLabel(this))
    , m_api(new QLabel(this))
{
    m_api->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing, 0, theme::kSpacing, 0);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addWidget(separator(this));
    layout->addWidget(m_queue);
    layout->addWidget(separator(this));
    layout->addWidget(m_phones);
    layout->addStretch();
    layout->addWidget(m_api);
    retranslate();
}

void EngineStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EngineStatus::retranslate()
{
    setAccessibleName(tr("Engine status"));
    m_state->setAccessibleName(tr("Engine state"));
    m_queue->setAccessibleName(tr("Queue depth"));
    m_phones->setAccessibleName(tr("Phones online"));
    m_api->setAccessibleName(tr("API address"));
    showDispatchStatus();
    showQueueDepth();
    showPhones();
    showApiAddress();
}

void EngineStatus::setDispatchStatus(const DispatchStatus &status)
{
    m_dispatch = status;
    showDispatchStatus();
}

void EngineStatus::showDispatchStatus()
{
    const DispatchStatus &status = m_dispatch;
    if (status.kind == DispatchStatus::Kind::Unknown) {
        // The engine reports its dispatch state only when it changes; until the first
        // report we know only that it runs.
        m_dot->setPixmap(dot(palette().color(QPalette::PlaceholderText)));
        m_state->setText(tr("Engine running"));
        m_state->setToolTip({});
    } else if (status.kind == DispatchStatus::Kind::Throttled) {
        // Sending as designed, only at the phones' pace: not a pause, but not full speed.
        m_dot->setPixmap(dot(theme::success(palette())));
        m_state->setText(tr("Dispatching — at the phones' per-minute limit"));
        m_state->setToolTip(DispatchText::paceWhy(status));
    } else if (status.dispatching()) {
        m_dot->setPixmap(dot(theme::success(palette())));
        m_state->setText(tr("Dispatching"));
        m_state->setToolTip(tr("Queued messages are being sent through %n phone(s)", nullptr, status.phones));
    } else {
        const QString why = DispatchText::pausedWhy(status);
        m_dot->setPixmap(dot(theme::warning(palette())));
        m_state->setText(why.isEmpty() ? tr("Paused") : tr("Paused — %1").arg(why));
        m_state->setToolTip(why);
    }
}

void EngineStatus::setQueueDepth(qint64 queued, qint64 sending)
{
    m_queued = queued;
    m_sending = sending;
    showQueueDepth();
}

void EngineStatus::showQueueDepth()
{
    const QLocale locale;
    m_queue->setText(
        m_sending > 0
            ? tr("%1 queued · %2 sending").arg(locale.toString(m_queued), locale.toString(m_sending))
            : tr("%1 queued").arg(locale.toString(m_queued)));
}

void EngineStatus::setPhones(int online, int total)
{
    m_online = online;
    m_total = total;
    showPhones();
}

void EngineStatus::showPhones()
{
    if (m_total == 0)
        m_phones->setText(tr("No phones"));
    else
        m_phones->setText(tr("Phones online: %1 of %2").arg(m_online).arg(m_total));
}

void EngineStatus::setApiAddress(const QString &address)
{
    m_apiAddress = address;
    showApiAddress();
}

void EngineStatus::showApiAddress()
{
    const QString &address = m_apiAddress;
    m_api->setText(address.isEmpty() ? tr("API off") : tr("API %1").arg(address));
    m_api->setToolTip(address.isEmpty() ? tr("The local HTTP API is not running")
                                        : tr("Other programs send messages through http://%1").arg(address));
}

QString EngineStatus::stateText() const
{
    return m_state->text();
}

QString EngineStatus::stateToolTip() const
{
    return m_state->toolTip();
}

QString EngineStatus::queueText() const
{
    return m_queue->text();
}

QString EngineStatus::phonesText() const
{
    return m_phones->text();
}

QString EngineStatus::apiText() const
{
    return m_api->text();
}

} // namespace smsdesk
