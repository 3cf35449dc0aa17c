// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigndetailpane.h"

#include "campaignlistmodel.h"
#include "campaignmessagemodel.h"
#include "campaigntext.h"
#include "displayformat.h"
#include "theme.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kCountKinds = 7;

QPushButton *actionButton(const QString &themeName, const QString &fallback, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setIcon(theme::icon(themeName, fallback));
    return button;
}

int countOf(const CampaignCounts &counts, int kind)
{
    switch (CampaignDetailPane::Count(kind)) {
    case CampaignDetailPane::Count::Queued: return counts.queued;
    case CampaignDetailPane::Count::Retrying: return counts.retrying;
    case CampaignDetailPane::Count::Sending: return counts.sending;
    case CampaignDetailPane::Count::Sent: return counts.sent;
    case CampaignDetailPane::Count::Delivered: return counts.delivered;
    case CampaignDetailPane::Count::Dead: return counts.dead;
    case CampaignDetailPane::Count::Cancelled: return counts.cancelled;
    }
    return 0;
}

} // namespace

CampaignDetailPane::CampaignDetailPane(ReadModel &reader, const PhoneNumbers &numbers, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_state(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_messages(new QTableView(this))
    , m_model(new CampaignMessageModel(reader, numbers, this))
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_meta->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);

    auto *counts = new QGridLayout;
    counts->setHorizontalSpacing(theme::kMargin * 2);
    counts->setVerticalSpacing(0);
    QFont number = m_name->font();
    number.setPointSizeF(m_state->font().pointSizeF() * 1.5);
    for (int i = 0; i < kCountKinds; ++i) {
        auto *value = new QLabel(this);
        value->setFont(number);
        auto *caption = new QLabel(this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        counts->addWidget(value, 0, i);
        counts->addWidget(caption, 1, i);
        m_counts.append(value);
        m_countCaptions.append(caption);
    }
    counts->setColumnStretch(kCountKinds, 1);

    m_pause = actionButton(QStringLiteral("media-playback-pause"), QStringLiteral("pause.svg"), this);
    m_resume = actionButton(QStringLiteral("media-playback-start"), QStringLiteral("resume.svg"), this);
    m_cancel = actionButton(QStringLiteral("process-stop"), QStringLiteral("close.svg"), this);
    m_report = actionButton(QStringLiteral("document-save-as"), QStringLiteral("export.svg"), this);
    connect(m_pause, &QPushButton::clicked, this, &CampaignDetailPane::pauseClicked);
    connect(m_resume, &QPushButton::clicked, this, &CampaignDetailPane::resumeClicked);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignDetailPane::cancelClicked);
    connect(m_report, &QPushButton::clicked, this, &CampaignDetailPane::reportClicked);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(theme::kSpacing);
    for (QPushButton *button : { m_pause, m_resume, m_cancel })
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_report);

    m_messages->setModel(m_model);
    m_messages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messages->setShowGrid(false);
    m_messages->setWordWrap(false);
    m_messages->verticalHeader()->hide();
    m_messages->horizontalHeader()->setStretchLastSection(true);
    m_messages->setColumnWidth(CampaignMessageModel::NumberColumn, 160);
    m_messages->setColumnWidth(CampaignMessageModel::NameColumn, 160);
    m_messages->setColumnWidth(CampaignMessageModel::StatusColumn, 100);

    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, 0, 0, 0);
    layout->setSpacing(theme::kSpacing);
    layout->addLayout(title);
    layout->addWidget(m_meta);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addLayout(counts);
    layout->addLayout(buttons);
    layout->addWidget(m_messages, 1);
    retranslate();
    clear();
}

void CampaignDetailPane::retranslate()
{
    setAccessibleName(tr("Campaign"));
    m_pause->setText(tr("&Pause"));
    m_pause->setToolTip(tr("Hold every message not sent yet; Resume sends them at the campaign's pace"));
    m_resume->setText(tr("&Resume"));
    m_cancel->setText(tr("&Cancel campaign…"));
    m_cancel->setToolTip(tr("Cancel every message not sent yet"));
    m_report->setText(tr("Save &report…"));
    m_report->setToolTip(tr("Every message with its status, as CSV"));
    m_progress->setAccessibleName(tr("Progress"));
    m_messages->setAccessibleName(tr("The campaign's messages"));
    const QStringList captions = { tr("queued"), tr("retrying"), tr("sending"), tr("sent"),
                                   tr("delivered"),  tr("failed"),   tr("cancelled") };
    for (int i = 0; i < kCountKinds; ++i)
        m_countCaptions[i]->setText(captions.at(i));
    m_model->retranslate();
    if (m_campaign.id != 0)
        updateTexts(QDateTime::currentMSecsSinceEpoch());
}

void CampaignDetailPane::clear()
{
    m_campaign = Campaign {};
    m_model->setCampaign(0);
    setEnabled(false);
    m_name->clear();
    m_state->clear();
    m_meta->clear();
    m_text->clear();
    m_progress->setValue(0);
    for (QLabel *label : std::as_const(m_counts))
        label->setText(QStringLiteral("–"));
}

void CampaignDetailPane::showCampaign(const Campaign &campaign, qint64 nowMs)
{
    const bool same = campaign.id == m_campaign.id;
    m_campaign = campaign;
    setEnabled(true);
    updateTexts(nowMs);
    if (same)
        m_model->reload();
    else
        m_model->setCampaign(campaign.id);
}

void CampaignDetailPane::updateTexts(qint64 nowMs)
{
    const Campaign &c = m_campaign;
    const QLocale locale;
    m_name->setText(c.name);
    m_state->setText(CampaignText::state(c, nowMs));
    QPalette statePal = palette();
    if (c.state == Campaign::State::Paused)
        statePal.setColor(QPalette::WindowText, theme::warning(palette()));
    else if (c.isFinished() && c.state == Campaign::State::Active)
        statePal.setColor(QPalette::WindowText, theme::success(palette()));
    m_state->setPalette(statePal);
    QStringList meta;
    meta << tr("Starts %1").arg(DisplayFormat::dateTime(c.startAtMs)) << CampaignText::pace(c.perMinute)
         << tr("%n message(s)", nullptr, c.recipients) + QStringLiteral(", ") + tr("%n segment(s)", nullptr, c.segments);
    if (!c.source.isEmpty())
        meta << tr("to %1").arg(c.source);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_text->setText(tr("“%1”").arg(c.text));
    m_progress->setValue(int(CampaignListModel::progress(c) * 1000));
    m_progress->setAccessibleDescription(
        tr("%1 of %2 done").arg(locale.toString(c.counts.total() - c.counts.open()), locale.toString(c.counts.total())));
    for (int i = 0; i < kCountKinds; ++i) {
        const int n = countOf(c.counts, i);
        m_counts[i]->setText(locale.toString(n));
        QPalette pal = palette();
        if (Count(i) == Count::Dead && n > 0)
            pal.setColor(QPalette::WindowText, theme::error(palette()));
        m_counts[i]->setPalette(pal);
        m_counts[i]->setAccessibleName(m_countCaptions[i]->text());
    }
    const bool cancelled = c.state == Campaign::State::Cancelled;
    m_pause->setVisible(c.state == Campaign::State::Active);
    m_pause->setEnabled(c.counts.open() > 0);
    m_resume->setVisible(c.state == Campaign::State::Paused);
    m_cancel->setEnabled(!cancelled && c.counts.queued > 0);
}

} // namespace smsdesk
