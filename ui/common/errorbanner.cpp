// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include "theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace smsdesk {

namespace {

theme::Tone toneOf(ErrorBanner::Kind kind)
{
    switch (kind) {
    case ErrorBanner::Kind::Error:
        return theme::Tone::Error;
    case ErrorBanner::Kind::Warning:
        return theme::Tone::Warning;
    case ErrorBanner::Kind::Success:
    case ErrorBanner::Kind::Info:
        break;
    }
    return theme::Tone::Success;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kSpacing, theme::kSpacing, theme::kSpacing);
    layout->setSpacing(theme::kMargin);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setVisible(false);
    m_close->setIcon(theme::icon(QStringLiteral("window-close"), QStringLiteral("close.svg")));
    m_close->setAutoRaise(true);
    retranslate();
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, [this] {
        // Copy first: the callback may replace the message (and with it m_callback).
        const auto callback = m_callback;
        if (callback)
            callback();
    });
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::retranslate()
{
    setAccessibleName(tr("Notice"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss notice"));
}

// The message itself was worded by the page when shown; the banner's own texts follow a
// language switch.
void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_wording)
            setTexts(m_wording(), m_actionWording ? m_actionWording() : QString());
    }
}

void ErrorBanner::setTexts(const QString &text, const QString &actionText)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

void ErrorBanner::showMessage(Wording text, Kind kind, Wording actionText, std::function<void()> action)
{
    const QString now = text ? text() : QString();
    const QString actionNow = actionText ? actionText() : QString();
    showMessage(now, kind, actionNow, std::move(action));
    m_wording = std::move(text);
    m_actionWording = std::move(actionText);
}

void ErrorBanner::showMessage(const QString &text, Kind kind, const QString &actionText,
                              std::function<void()> action)
{
    m_kind = kind;
    m_wording = {};
    m_actionWording = {};
    setTexts(text, actionText);
    m_callback = std::move(action);
    updateIcon();
    show();
    update();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ErrorBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    m_callback = {};
    m_wording = {};
    m_actionWording = {};
    Q_EMIT dismissed();
}

QString ErrorBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ErrorBanner::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString name = QStringLiteral("dialog-information");
    if (m_kind == Kind::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        name = QStringLiteral("dialog-error");
    } else if (m_kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        name = QStringLiteral("dialog-warning");
    }
    const QIcon icon = QIcon::fromTheme(name, style()->standardIcon(pixmap));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
}

void ErrorBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool neutral = m_kind == Kind::Info;
    const QColor fill = neutral
        ? theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.1)
        : theme::tint(toneOf(m_kind), palette());
    const QColor edge
        = neutral ? palette().color(QPalette::Highlight) : theme::color(toneOf(m_kind), palette());
    painter.setPen(QPen(edge, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), theme::kRadius, theme::kRadius);
}

} // namespace smsdesk
