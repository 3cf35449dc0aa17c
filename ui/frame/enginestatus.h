// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchstatus.h"

#include <QWidget>

class QLabel;

namespace smsdesk {

// The status bar's content: engine state (dispatching / paused, with why), queue depth,
// phones online and the API address. Plain setters; MainWindow feeds it. The values are
// kept, so every text follows a language switch at once.
class EngineStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatus)

public:
    explicit EngineStatus(QWidget *parent = nullptr);

    void setDispatchStatus(const DispatchStatus &status);
    void setQueueDepth(qint64 queued, qint64 sending);
    void setPhones(int online, int total);
    void setApiAddress(const QString &address);

    QString stateText() const;
    QString stateToolTip() const;
    QString queueText() const;
    QString phonesText() const;
    QString apiText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDispatchStatus();
    void showQueueDepth();
    void showPhones();
    void showApiAddress();

    DispatchStatus m_dispatch; // Unknown until the engine's first report
    qint64 m_queued = 0;
    qint64 m_sending = 0;
    int m_online = 0;
    int m_total = 0;
    QString m_apiAddress;
    QLabel *m_dot = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_phones = nullptr;
    QLabel *m_api = nullptr;
};

} // namespace smsdesk
