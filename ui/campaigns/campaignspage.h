// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace smsdesk {

class CampaignDetailPane;
class CampaignListModel;
class EmptyState;
class EngineFacade;
class ErrorBanner;
class NewCampaignDialog;
class ReadModel;

// Campaigns (issue 14, point 3): the list, newest first, and the selected one's progress
// live (its counts and messages follow the queue, a quarter of a second behind), Pause,
// Resume, Cancel of what is not sent yet (after a question), and its report as CSV. "New
// campaign…" opens the dialog that previews every message before anything is queued.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    CampaignsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);

    CampaignListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    CampaignDetailPane *detail() const { return m_detail; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *newButton() const { return m_new; }
    EmptyState *emptyState() const { return m_empty; }

    // The campaign shown on the right (0: none).
    qint64 currentCampaignId() const;
    void selectCampaign(qint64 id);
    // Opens the new-campaign dialog (window-modal) and returns it.
    NewCampaignDialog *newCampaign();
    // The file dialog is the user's; tests call this with a path.
    void saveReportTo(const QString &path);
    // Reads the list and the selected campaign again now (else done on every change, coalesced).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh();
    void showSelected();
    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void chooseReportFile();
    void queued(const Campaign &campaign);

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_new = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    CampaignDetailPane *m_detail = nullptr;
    EmptyState *m_empty = nullptr;
    CampaignListModel *m_model = nullptr;
    QTimer *m_refreshTimer = nullptr; // changes while messages go out: one read a quarter second
    qint64 m_selectedId = 0; // kept across reloads, which may reset the list
    bool m_stale = true; // changed while hidden: read when shown
};

} // namespace smsdesk
