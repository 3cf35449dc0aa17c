// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace smsdesk {

class EngineFacade;

// The dashboard's line per broker intake (issue 16, point 6): a dot in its state's colour,
// the queue, and its counts (read, queued, rejected, lag). Hidden while this desk has none;
// a click on it asks for Settings → Intake.
class IntakeStrip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeStrip)

public:
    explicit IntakeStrip(EngineFacade &facade, QWidget *parent = nullptr);

    QList<QLabel *> lines() const { return m_lines; }
    void refresh();

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    EngineFacade &m_facade;
    QLabel *m_title = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<QLabel *> m_lines;
};

} // namespace smsdesk
