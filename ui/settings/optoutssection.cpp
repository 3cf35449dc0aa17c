// SPDX-License-Identifier: GPL-3.0-or-later
#include "optoutssection.h"

#include "enginefacade.h"
#include "errorbanner.h"
#include "optoutbar.h"
#include "readmodel.h"
#include "thenifalive.h"
#include "wholefile.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kShown = 500; // a shop's list; the CSV has every row

QString sourceText(const OptOut &o)
{
    switch (o.source) {
    case OptOut::Source::Keyword:
        return OptOutsSection::tr("wrote “%1”").arg(o.detail.left(40));
    case OptOut::Source::Staff:
        return o.detail.isEmpty() ? OptOutsSection::tr("by hand") : OptOutsSection::tr("by hand: %1").arg(o.detail);
    case OptOut::Source::Api:
        return o.detail.isEmpty() ? OptOutsSection::tr("through the API")
                                  : OptOutsSection::tr("through the API: %1").arg(o.detail);
    }
    return {};
}

} // namespace

OptOutsSection::OptOutsSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_banner(banner)
{
    auto *intro = new QLabel(tr("Nothing is sent to a number on this list. A customer who writes STOP (or "
                                "STOPP, BAJA, ARRÊT, UNSUBSCRIBE…) is put on it at once and what waited for them "
                                "is cancelled; START takes them off."),
                             this);
    intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by number or name"));
    m_search->setAccessibleName(tr("Search the opt-out list"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Opt-out list"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Number"), tr("Name"), tr("Since"), tr("How") });
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 150);
    m_list->setColumnWidth(1, 140);
    m_list->setColumnWidth(2, 170);
    m_summary = new QLabel(this);
    m_summary->setEnabled(false); // secondary text
    m_add = new QPushButton(tr("&Add…"), this);
    m_lift = new QPushButton(tr("&Lift…"), this);
    m_lift->setEnabled(false);
    m_export = new QPushButton(tr("E&xport CSV…"), this);

    m_stopReplyOn = new QCheckBox(tr("Answer STOP with:"), this);
    m_stopReply = new QLineEdit(this);
    m_stopReply->setAccessibleName(tr("Answer to STOP"));
    m_startReplyOn = new QCheckBox(tr("Answer START with:"), this);
    m_startReply = new QLineEdit(this);
    m_startReply->setAccessibleName(tr("Answer to START"));
    m_saveReplies = new QPushButton(tr("Save answers"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_lift);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *replies = new QFormLayout;
    replies->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    replies->addRow(m_stopReplyOn, m_stopReply);
    replies->addRow(m_startReplyOn, m_startReply);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveReplies);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addLayout(replies);
    layout->addLayout(saveRow);

    connect(m_search, &QLineEdit::textChanged, this, &OptOutsSection::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_lift->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &OptOutsSection::addByHand);
    connect(m_lift, &QPushButton::clicked, this, &OptOutsSection::liftSelected);
    connect(m_export, &QPushButton::clicked, this, &OptOutsSection::exportList);
    connect(m_saveReplies, &QPushButton::clicked, this, &OptOutsSection::saveReplies);
    connect(m_stopReplyOn, &QCheckBox::toggled, m_stopReply, &QLineEdit::setEnabled);
    connect(m_startReplyOn, &QCheckBox::toggled, m_startReply, &QLineEdit::setEnabled);
    connect(&m_facade, &EngineFacade::optOutsChanged, this, &OptOutsSection::reload);
    connect(&m_facade, &EngineFacade::businessSettingsChanged, this, &OptOutsSection::loadReplies);
    reload();
    loadReplies();
}

void OptOutsSection::reload()
{
    OptOutFilter filter;
    filter.search = m_search->text().trimmed();
    filter.limit = kShown;
    const Result<QList<OptOut>> page = m_reader.optOuts(filter);
    m_list->clear();
    if (!page) {
        m_summary->setText(tr("Cannot read the list: %1").arg(page.errorString()));
        return;
    }
    for (const OptOut &o : page.value()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, m_facade.phoneNumbers().displayFormat(o.number));
        item->setData(0, Qt::UserRole, o.number);
        item->setText(1, o.contactName);
        item->setText(2, QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.atMs), QLocale::ShortFormat));
        item->setText(3, sourceText(o));
        item->setToolTip(3, sourceText(o));
    }
    const Result<int> total = m_reader.optOutCount();
    const int all = total ? total.value() : int(page->size());
    if (all == 0)
        m_summary->setText(tr("Nobody has opted out."));
    else if (filter.search.isEmpty() && page->size() < all)
        m_summary->setText(tr("The newest %1 of %n numbers; Export CSV… has them all.", nullptr, all).arg(page->size()));
    else
        m_summary->setText(tr("%n number(s) on the list.", nullptr, all));
    m_lift->setEnabled(false);
}

void OptOutsSection::loadReplies()
{
    const BusinessSettings &business = m_facade.businessSettings();
    const QString stopDefault = tr("You will get no more messages from us. Reply START to hear from us again.");
    const QString startDefault = tr("Welcome back! You will hear from us again. Reply STOP to opt out.");
    m_stopReplyOn->setChecked(!business.optOutReply.isEmpty());
    m_stopReply->setText(business.optOutReply.isEmpty() ? stopDefault : business.optOutReply);
    m_stopReply->setEnabled(m_stopReplyOn->isChecked());
    m_startReplyOn->setChecked(!business.optInReply.isEmpty());
    m_startReply->setText(business.optInReply.isEmpty() ? startDefault : business.optInReply);
    m_startReply->setEnabled(m_startReplyOn->isChecked());
}

void OptOutsSection::saveReplies()
{
    BusinessSettings business = m_facade.businessSettings();
    business.optOutReply = m_stopReplyOn->isChecked() ? m_stopReply->text().trimmed() : QString();
    business.optInReply = m_startReplyOn->isChecked() ? m_startReply->text().trimmed() : QString();
    thenIfAlive(m_facade.setBusinessSettings(business), this, [this](const Status &saved) {
        if (saved)
            m_banner.showMessage([] { return tr("The answers to STOP and START are saved for every desk."); },
                                 ErrorBanner::Kind::Success);
        else
            m_banner.showMessage(tr("The answers were not saved: %1").arg(saved.errorString()));
    });
}

void OptOutsSection::addByHand()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Add to the opt-out list"),
                                                 tr("Phone number (nothing more will be sent to it):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok || number.trimmed().isEmpty())
        return;
    const QString note = QInputDialog::getText(this, tr("Add to the opt-out list"),
                                               tr("Note (optional, e.g. “asked on the phone”):"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    const Status added = m_facade.addOptOut(number, note).result();
    if (!added)
        m_banner.showMessage(tr("Not added: %1").arg(added.errorString()));
    reload();
}

void OptOutsSection::liftSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QTreeWidgetItem *item = selected.first();
    const QString name = item->text(1).isEmpty() ? item->text(0) : item->text(1);
    if (OptOutBar::askToLift(m_facade, item->data(0, Qt::UserRole).toString(), name, this))
        reload();
}

void OptOutsSection::exportList()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the opt-out list"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/opt-outs.csv"),
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void OptOutsSection::exportTo(const QString &path)
{
    const Result<QByteArray> csv = m_facade.optOutsAsCsv();
    if (!csv) {
        m_banner.showMessage(tr("Nothing was exported: %1").arg(csv.errorString()));
        return;
    }
    if (const QString error = writeWholeFile(path, csv.value()); !error.isEmpty()) {
        m_banner.showMessage(tr("Cannot write %1: %2. Nothing was exported; choose another folder.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_banner.showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), ErrorBanner::Kind::Success);
}

} // namespace smsdesk
