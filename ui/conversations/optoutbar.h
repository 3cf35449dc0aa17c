// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "optout.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace smsdesk {

class EngineFacade;
class ReadModel;

// What a conversation shows of the suppression list (issue 15, point 1): above the composer,
// while the number is on the list, a strip saying since when and why ("wrote STOP on …";
// nothing can be sent to it) with "Lift opt-out…"; and, for the header, a button that puts
// the number on the list by hand ("Opt out…"), shown while it is not. The page disables
// the composer while optedOut().
class OptOutBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutBar)

public:
    OptOutBar(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);

    // The conversation's number (E.164; "" for none): reads its place on the list.
    void setNumber(const QString &number);
    // Reads it again (the list changed, here or on another desk).
    void refresh();
    const QString &number() const { return m_number; }
    bool optedOut() const { return m_optedOut; }
    QToolButton *headerButton() const { return m_addButton; } // for the conversation's header
    QLabel *text() const { return m_text; }
    QPushButton *liftButton() const { return m_lift; }

    // Asks (with a note) and puts `number` on the list; false when the user declined.
    static bool askToOptOut(EngineFacade &facade, const QString &number, const QString &name, QWidget *parent);
    // Asks and lifts the opt-out of `number`; false when the user declined.
    static bool askToLift(EngineFacade &facade, const QString &number, const QString &name, QWidget *parent);

Q_SIGNALS:
    void optedOutChanged(bool optedOut);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString nameOrNumber() const;

    EngineFacade &m_facade;
    ReadModel &m_reader;
    QString m_number;
    OptOut m_entry;
    bool m_optedOut = false;
    QLabel *m_text;
    QPushButton *m_lift;
    QToolButton *m_addButton;
};

} // namespace smsdesk
