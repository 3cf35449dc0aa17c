// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace smsdesk {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::kMargin);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(theme::kSpacing);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
    m_buttons->setSpacing(theme::kSpacing);
    m_buttons->addStretch();
    m_buttons->addStretch();

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A fixed width lets the wrapped label compute its height; with only a maximum it is
    // laid out at its one-line width and clipped (fitText).
    m_text->setFixedWidth(kTextWidth);
    // Secondary text: the palette's placeholder tone reads as "help", in light and dark.
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_text->setPalette(pal);
    m_icon->setVisible(false);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(72, 72));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    fitText();
    setAccessibleDescription(text);
}

// A widget aligned in its layout gets its size hint, not heightForWidth(): without a minimum
// height the second and third lines of the wrapped text were cut off. The height is taken
// again whenever the width or the font changes (a narrow window, a language switch).
void EmptyState::fitText()
{
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int room = width() - margins.left() - margins.right();
    const int textWidth = std::clamp(room, 160, kTextWidth);
    m_text->setFixedWidth(textWidth);
    m_text->setMinimumHeight(m_text->heightForWidth(textWidth));
}

void EmptyState::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitText();
}

void EmptyState::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitText();
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(text);
    const bool first = m_buttons->count() == 2;
    button->setDefault(first);
    button->setAutoDefault(first);
    // Keep the trailing stretch last so the buttons stay centred.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void EmptyState::clearButtons()
{
    while (m_buttons->count() > 2) {
        QLayoutItem *item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
}

QString EmptyState::title() const
{
    return m_title->text();
}

} // namespace smsdesk
