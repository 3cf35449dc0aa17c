// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "smssegmenter.h"
#include "theme.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kMaxLines = 6;

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_phone(new QComboBox(this))
    , m_send(new QToolButton(this))
{
    m_editor->setTabChangesFocus(true);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->installEventFilter(this);
    m_phone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_send->setIcon(theme::icon(QStringLiteral("document-send"), QStringLiteral("send.svg")));
    m_send->setIconSize(QSize(22, 22));
    m_send->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_send->setAutoRaise(true);

    auto *row = new QHBoxLayout;
    row->setSpacing(theme::kSpacing);
    row->addWidget(m_editor, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *under = new QHBoxLayout;
    under->addWidget(m_counter, 1);
    under->addWidget(m_phone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kSpacing, theme::kMargin, theme::kSpacing);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addLayout(under);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        updateHeight();
    });
    connect(m_send, &QToolButton::clicked, this, &Composer::requestSend);
    retranslate();
    updateHeight();
}

// Every fixed text is set here, so a language switch (QEvent::LanguageChange) reaches it.
void Composer::retranslate()
{
    m_editor->setPlaceholderText(tr("Write a message…"));
    m_editor->setAccessibleName(tr("Message text"));
    m_editor->setAccessibleDescription(tr("Press Ctrl+Enter to send"));
    m_phone->setAccessibleName(tr("Send from phone"));
    m_phone->setToolTip(tr("The phone that sends this message"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setAccessibleName(tr("Send message"));
    m_counter->setAccessibleName(tr("Message length"));
    setDevices(QList<Device>(m_devices), selectedDevice()); // "Any phone", "(disabled)"…
    updateCounter();
}

void Composer::setDevices(const QList<Device> &devices, qint64 preferred)
{
    m_devices = devices;
    const QSignalBlocker blocker(m_phone);
    m_phone->clear();
    m_phone->addItem(tr("Any phone"), qint64(0));
    m_phone->setItemData(0, tr("Smsdesk picks a phone that is online and has budget left"), Qt::ToolTipRole);
    for (const Device &device : devices) {
        QString label = device.name;
        if (!device.enabled)
            label = tr("%1 (disabled)").arg(device.name);
        else if (!device.health.pausedReason.isEmpty())
            label = tr("%1 (paused)").arg(device.name);
        else if (!device.health.online && device.health.lastSeenMs > 0)
            label = tr("%1 (offline)").arg(device.name);
        const QIcon icon = theme::icon(QStringLiteral("smartphone"), QStringLiteral("devices.svg"));
        m_phone->addItem(icon, label, device.id);
        // A phone with two SIM cards (as Test connection found them) offers each of them.
        if (device.simCards.size() < 2)
            continue;
        for (const SimCard &card : device.simCards) {
            const QString sim = card.label.isEmpty() ? tr("SIM %1").arg(card.slot)
                                                     : tr("SIM %1, %2").arg(card.slot).arg(card.label);
            m_phone->addItem(icon, tr("%1 · %2").arg(label, sim), device.id);
            m_phone->setItemData(m_phone->count() - 1, card.slot, kSimRole);
        }
    }
    selectDevice(preferred);
}

qint64 Composer::selectedDevice() const
{
    return m_phone->currentData().toLongLong();
}

int Composer::selectedSim() const
{
    return m_phone->currentData(kSimRole).toInt();
}

void Composer::selectDevice(qint64 deviceId)
{
    const int index = m_phone->findData(deviceId);
    m_phone->setCurrentIndex(index < 0 ? 0 : index);
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::clear()
{
    m_editor->clear();
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy && !m_tooLong);
}

void Composer::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

QString Composer::counterText(const SegmentInfo &info)
{
    if (info.segments == 0)
        return tr("Empty · up to %1 SMS").arg(SmsSegmenter::kDefaultMaxSegments);
    QString text = tr("%n SMS", nullptr, info.segments) + QStringLiteral(" · ")
        + tr("%n left", nullptr, info.unitsLeft) + QStringLiteral(" · ") + info.encoding;
    if (info.isUcs2() && !info.firstNonGsm.isEmpty())
        text += QLatin1Char(' ') + tr("(because of “%1”)").arg(info.firstNonGsm);
    if (info.segments > SmsSegmenter::kDefaultMaxSegments)
        text = tr("Too long: %n SMS, at most %1", nullptr, info.segments)
                   .arg(SmsSegmenter::kDefaultMaxSegments);
    return text;
}

void Composer::updateCounter()
{
    const QString body = text();
    const SegmentInfo info = SmsSegmenter::analyze(body);
    m_counter->setText(counterText(info));
    m_tooLong = info.segments > SmsSegmenter::kDefaultMaxSegments;
    // Amber from the last two allowed segments on; red once it cannot be sent.
    const bool near = info.segments >= SmsSegmenter::kDefaultMaxSegments - 1;
    QPalette pal = palette();
    QColor color = pal.color(QPalette::PlaceholderText);
    if (m_tooLong)
        color = theme::error(pal);
    else if (near)
        color = theme::warning(pal);
    pal.setColor(QPalette::WindowText, color);
    m_counter->setPalette(pal);
    m_counter->setProperty("level",
                           m_tooLong  ? QStringLiteral("error")
                               : near ? QStringLiteral("warning")
                                      : QStringLiteral("normal"));
    m_send->setEnabled(!m_busy && !m_tooLong && !body.trimmed().isEmpty());
}

void Composer::updateHeight()
{
    // Grow with the text up to kMaxLines, then scroll inside.
    const QFontMetrics metrics(m_editor->font());
    const int lines
        = std::clamp(int(m_editor->document()->documentLayout()->documentSize().height()), 1, kMaxLines);
    const int frame = int(m_editor->document()->documentMargin() * 2) + m_editor->frameWidth() * 2 + 2;
    const int height = lines * metrics.lineSpacing() + frame;
    if (m_editor->height() != height)
        m_editor->setFixedHeight(height);
}

void Composer::requestSend()
{
    const QString body = text();
    if (m_busy || m_tooLong || body.trimmed().isEmpty())
        return;
    Q_EMIT sendRequested(body, selectedDevice(), selectedSim());
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateCounter();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace smsdesk
