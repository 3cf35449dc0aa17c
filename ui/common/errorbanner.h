// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;
class QPushButton;

namespace smsdesk {

// An inline message strip at the top of a page: what went wrong and what to do, with an
// optional action ("Retry", "Open settings"). Used instead of modal message boxes (UI.md).
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Kind { Error, Warning, Success, Info };

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Words a message in the language of the moment (tr() inside): the banner asks again
    // after a language switch, so a message shown before it does not stay in the old one.
    using Wording = std::function<QString()>;

    // Shows (or replaces) the message. An empty actionText hides the action button. Fixed
    // text stays as given; a Wording follows a language switch.
    void showMessage(const QString &text, Kind kind = Kind::Error, const QString &actionText = {},
                     std::function<void()> action = {});
    void showMessage(Wording text, Kind kind = Kind::Error, Wording actionText = {},
                     std::function<void()> action = {});
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setTexts(const QString &text, const QString &actionText);
    void updateIcon();

    Kind m_kind = Kind::Error;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    std::function<void()> m_callback;
    Wording m_wording; // empty: the text was given as it is
    Wording m_actionWording;
};

} // namespace smsdesk
