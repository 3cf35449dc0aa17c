// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace smsdesk {

class CampaignMessageModel;
class PhoneNumbers;
class ReadModel;

// The selected campaign: name, state, start, pace, a progress bar, its messages counted by
// status, Pause / Resume / Cancel… / Save report…, and the table of its messages. Shows;
// the page acts on the buttons.
class CampaignDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDetailPane)

public:
    // Where the counts stand in the grid; countLabel() takes these.
    enum class Count { Queued, Retrying, Sending, Sent, Delivered, Dead, Cancelled };

    CampaignDetailPane(ReadModel &reader, const PhoneNumbers &numbers, QWidget *parent = nullptr);

    // Shows `campaign` (a new one: its messages from the first; the same one: in place).
    void showCampaign(const Campaign &campaign, qint64 nowMs);
    void clear();
    const Campaign &campaign() const { return m_campaign; }
    void retranslate();

    QLabel *nameLabel() const { return m_name; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *countLabel(Count count) const { return m_counts[int(count)]; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *reportButton() const { return m_report; }
    QTableView *messagesView() const { return m_messages; }
    CampaignMessageModel *messageModel() const { return m_model; }

Q_SIGNALS:
    void pauseClicked();
    void resumeClicked();
    void cancelClicked();
    void reportClicked();

private:
    void updateTexts(qint64 nowMs);

    Campaign m_campaign;
    QLabel *m_name = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QList<QLabel *> m_counts;
    QList<QLabel *> m_countCaptions;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_report = nullptr;
    QTableView *m_messages = nullptr;
    CampaignMessageModel *m_model = nullptr;
};

} // namespace smsdesk
