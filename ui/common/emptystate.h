// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace smsdesk {

// What a place is for when it has nothing to show yet, and the next step to take
// ("No phones yet — Add a phone · Try demo mode"). UI.md "Everywhere".
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    // Adds a button under the text; the first one added is the default (primary) action.
    QPushButton *addButton(const QString &text);
    void clearButtons();

    QString title() const;
    QLabel *textLabel() const { return m_text; }

    static constexpr int kTextWidth = 420; // the text's width where there is room for it

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The wrapped text's width (kTextWidth, less where the place is narrower) and the
    // height its lines need at that width, so no line is cut off.
    void fitText();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace smsdesk
