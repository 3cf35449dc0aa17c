// SPDX-License-Identifier: GPL-3.0-or-later
#include "newcampaigndialog.h"

#include "campaignpreviewmodel.h"
#include "campaigntext.h"
#include "contactimport.h"
#include "enginefacade.h"
#include "readmodel.h"
#include "theme.h"
#include "thenifalive.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kPreviewDelayMs = 300;
constexpr int kMaxPace = 6'000;

void setTone(QLabel *label, bool error)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, error ? theme::error(label->parentWidget()->palette())
                                             : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(pal);
}

} // namespace

NewCampaignDialog::NewCampaignDialog(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_name(new QLineEdit(this))
    , m_previewView(new QTableView(this))
    , m_preview(new CampaignPreviewModel(facade.phoneNumbers(), this))
    , m_summary(new QLabel(this))
    , m_queueError(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("New campaign"));
    m_name->setPlaceholderText(tr("e.g. Spring sale"));
    m_name->setAccessibleName(tr("Campaign name"));

    m_previewView->setModel(m_preview);
    m_previewView->setAccessibleName(tr("Every message as it will be sent"));
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setShowGrid(false);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setSectionResizeMode(CampaignPreviewModel::TextColumn, QHeaderView::Stretch);
    m_previewView->setColumnWidth(CampaignPreviewModel::LineColumn, 44);
    m_previewView->setColumnWidth(CampaignPreviewModel::NumberColumn, 140);
    m_previewView->setColumnWidth(CampaignPreviewModel::NameColumn, 110);
    m_previewView->setColumnWidth(CampaignPreviewModel::SegmentsColumn, 40);
    m_previewView->setColumnWidth(CampaignPreviewModel::EncodingColumn, 70);
    m_previewView->setColumnWidth(CampaignPreviewModel::LeftOutColumn, 220);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_queueError->setWordWrap(true);
    m_queueError->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_queue = buttons->addButton(tr("&Queue campaign"), QDialogButtonBox::AcceptRole);
    m_queue->setIcon(theme::icon(QStringLiteral("mail-send"), QStringLiteral("send.svg")));
    m_queue->setDefault(true);
    m_queue->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::queue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("&Name:"), m_name);
    auto *inputs = new QHBoxLayout;
    inputs->setSpacing(theme::kMargin);
    inputs->addWidget(buildRecipients(), 4);
    inputs->addWidget(buildText(), 5);
    inputs->addWidget(buildSchedule(), 3);
    auto *previewTitle = new QLabel(tr("Preview — nothing is queued until you click Queue campaign:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addLayout(inputs);
    layout->addWidget(previewTitle);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_queueError);
    layout->addWidget(buttons);
    setTone(m_queueError, true);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &NewCampaignDialog::refreshPreview);
    connect(m_name, &QLineEdit::textChanged, this, &NewCampaignDialog::updateQueueButton);
    connect(m_group, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::schedulePreview);
    connect(m_column, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::schedulePreview);
    connect(m_pasted, &QPlainTextEdit::textChanged, this, &NewCampaignDialog::schedulePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NewCampaignDialog::schedulePreview);
    resize(1060, 720);
    loadGroups();
    loadSavedTexts();
    setSource(m_group->count() > 0 ? Source::Group : Source::Pasted);
    refreshPreview();
}

QWidget *NewCampaignDialog::buildRecipients()
{
    auto *box = new QGroupBox(tr("Recipients"), this);
    m_sourceGroup = new QButtonGroup(box);
    m_sourceStack = new QStackedWidget(box);
    const QString labels[] = { tr("A contact &group"), tr("A CSV &file"), tr("&Pasted numbers") };
    auto *layout = new QVBoxLayout(box);
    for (int i = 0; i < 3; ++i) {
        auto *radio = new QRadioButton(labels[i], box);
        m_sourceGroup->addButton(radio, i);
        layout->addWidget(radio);
    }
    m_group = new QComboBox(box);
    m_group->setAccessibleName(tr("Contact group"));
    m_sourceStack->addWidget(m_group);

    auto *csv = new QWidget(box);
    m_openCsv = new QPushButton(tr("&Open…"), csv);
    m_openCsv->setIcon(theme::icon(QStringLiteral("document-open"), QStringLiteral("requeue.svg")));
    m_csvInfo = new QLabel(tr("No file yet."), csv);
    m_csvInfo->setWordWrap(true);
    m_column = new QComboBox(csv);
    m_column->setAccessibleName(tr("Column with the numbers"));
    auto *csvLayout = new QFormLayout(csv);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    csvLayout->addRow(m_openCsv, m_csvInfo);
    csvLayout->addRow(tr("Numbers in:"), m_column);
    connect(m_openCsv, &QPushButton::clicked, this, &NewCampaignDialog::chooseCsvFile);
    m_sourceStack->addWidget(csv);

    m_pasted = new QPlainTextEdit(box);
    m_pasted->setPlaceholderText(tr("One number a line, or several apart by commas"));
    m_pasted->setAccessibleName(tr("Pasted numbers"));
    m_pasted->setTabChangesFocus(true);
    m_sourceStack->addWidget(m_pasted);
    layout->addWidget(m_sourceStack, 1);
    connect(m_sourceGroup, &QButtonGroup::idClicked, this, [this](int id) { setSource(Source(id)); });
    return box;
}

QWidget *NewCampaignDialog::buildText()
{
    auto *box = new QGroupBox(tr("Text"), this);
    m_saved = new QComboBox(box);
    m_saved->setAccessibleName(tr("Saved text"));
    m_text = new QPlainTextEdit(box);
    m_text->setAccessibleName(tr("Campaign text"));
    m_text->setPlaceholderText(tr("Hi {first_name|there}, …  Fields: {first_name}, {name}, a CSV column's name"));
    m_text->setTabChangesFocus(true);
    m_textError = new QLabel(box);
    m_textError->setWordWrap(true);
    m_textError->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_saved);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_textError);
    setTone(m_textError, true);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString body = m_saved->itemData(index).toString();
        if (!body.isEmpty())
            m_text->setPlainText(body);
    });
    return box;
}

QWidget *NewCampaignDialog::buildSchedule()
{
    auto *box = new QGroupBox(tr("When"), this);
    m_now = new QRadioButton(tr("Start &now"), box);
    m_at = new QRadioButton(tr("Start &at:"), box);
    m_startAt = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), box);
    m_startAt->setCalendarPopup(true);
    m_startAt->setMinimumDateTime(QDateTime::currentDateTime());
    m_startAt->setAccessibleName(tr("Start time"));
    m_startAt->setEnabled(false);
    m_now->setChecked(true);
    m_pace = new QSpinBox(box);
    m_pace->setRange(0, kMaxPace);
    m_pace->setValue(30);
    m_pace->setSpecialValueText(tr("As fast as the phones allow"));
    m_pace->setSuffix(tr(" a minute"));
    m_pace->setAccessibleName(tr("Messages a minute"));
    auto *paceHint = new QLabel(tr("Messages a minute; the phones' own limits still hold."), box);
    paceHint->setWordWrap(true);
    paceHint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_now);
    layout->addWidget(m_at);
    layout->addWidget(m_startAt);
    layout->addSpacing(theme::kSpacing);
    layout->addWidget(new QLabel(tr("Pace:"), box));
    layout->addWidget(m_pace);
    layout->addWidget(paceHint);
    layout->addStretch(1);
    connect(m_at, &QRadioButton::toggled, m_startAt, &QWidget::setEnabled);
    return box;
}

void NewCampaignDialog::loadGroups()
{
    m_group->clear();
    const Result<QList<QPair<QString, int>>> groups = m_reader.contactGroups();
    if (groups) {
        for (const auto &[name, count] : groups.value())
            m_group->addItem(tr("%1 (%n contact(s))", nullptr, count).arg(name), name);
    }
    m_sourceGroup->button(int(Source::Group))->setEnabled(m_group->count() > 0);
    m_sourceGroup->button(int(Source::Group))
        ->setToolTip(m_group->count() > 0 ? QString() : tr("No groups yet: put contacts in a group on the Contacts page"));
}

void NewCampaignDialog::loadSavedTexts()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved text…"));
    if (const Result<QList<SavedTemplate>> saved = m_reader.templates()) {
        for (const SavedTemplate &t : saved.value())
            m_saved->addItem(t.name, t.body);
    }
    m_saved->setEnabled(m_saved->count() > 1);
}

void NewCampaignDialog::setSource(Source source)
{
    m_sourceGroup->button(int(source))->setChecked(true);
    m_sourceStack->setCurrentIndex(int(source));
    schedulePreview();
}

NewCampaignDialog::Source NewCampaignDialog::source() const
{
    return Source(std::max(0, m_sourceGroup->checkedId()));
}

void NewCampaignDialog::chooseCsvFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Recipients from a CSV file"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsvFile(path);
}

void NewCampaignDialog::loadCsvFile(const QString &path)
{
    const QString shown = QFileInfo(path).fileName();
    const auto failed = [this](const QString &why) {
        m_csv = {};
        m_csvName.clear();
        m_column->clear();
        m_csvInfo->setText(why);
        setTone(m_csvInfo, true);
        schedulePreview();
    };
    QFile file(path);
    if (QFileInfo(path).size() > CsvReader::kMaxBytes)
        return failed(tr("%1 is larger than %2 MB.").arg(shown).arg(CsvReader::kMaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    Result<CsvTable> table = CsvReader::parse(file.readAll());
    if (!table)
        return failed(tr("%1 does not read as CSV: %2").arg(shown, table.errorString()));
    m_csv = std::move(table.value());
    m_csvName = shown;
    m_csvInfo->setText(tr("%1: %n row(s)", nullptr, int(m_csv.rows.size())).arg(shown));
    setTone(m_csvInfo, false);
    {
        const QSignalBlocker blocker(m_column);
        m_column->clear();
        for (int i = 0; i < m_csv.header.size(); ++i) {
            const QString header = m_csv.header.at(i);
            m_column->addItem(header.isEmpty() ? tr("(column %1)").arg(i + 1) : header, i);
        }
        // The column the contact import would take for numbers, as fromCsv(table, -1) does.
        const ColumnMapping guessed = ColumnMapping::guess(m_csv.header);
        m_column->setCurrentIndex(guessed.numbers.isEmpty() ? -1 : guessed.numbers.constFirst());
    }
    setSource(Source::CsvFile);
}

void NewCampaignDialog::schedulePreview()
{
    m_previewOk = false;
    updateQueueButton();
    m_previewTimer->start();
}

Result<QList<CampaignRecipient>> NewCampaignDialog::recipients() const
{
    using R = Result<QList<CampaignRecipient>>;
    switch (source()) {
    case Source::Group: {
        if (m_group->currentIndex() < 0)
            return R::failure(ErrorCode::Invalid, tr("Choose a group."));
        const Result<QList<Contact>> contacts = m_reader.allContacts(m_group->currentData().toString());
        if (!contacts)
            return R(contacts.error());
        return CampaignRecipients::fromContacts(contacts.value());
    }
    case Source::CsvFile:
        if (m_csvName.isEmpty())
            return R::failure(ErrorCode::Invalid, tr("Open a CSV file."));
        if (m_column->currentIndex() < 0)
            return R::failure(ErrorCode::Invalid, tr("Choose the column that holds the phone numbers."));
        return CampaignRecipients::fromCsv(m_csv, m_column->currentData().toInt());
    case Source::Pasted: return CampaignRecipients::fromPasted(m_pasted->toPlainText());
    }
    return R::failure(ErrorCode::Invalid, tr("Choose the recipients."));
}

QString NewCampaignDialog::sourceText() const
{
    switch (source()) {
    case Source::Group: return tr("group %1").arg(m_group->currentData().toString());
    case Source::CsvFile: return m_csvName;
    case Source::Pasted: return tr("pasted numbers");
    }
    return {};
}

void NewCampaignDialog::refreshPreview()
{
    m_previewTimer->stop();
    m_previewOk = false;
    m_textError->hide();
    const Result<QList<CampaignRecipient>> list = recipients();
    if (!list) {
        m_preview->clear();
        showSummary(list.errorString(), true);
    } else if (list->isEmpty()) {
        m_preview->clear();
        showSummary(source() == Source::Pasted ? tr("Paste or type the numbers to text.") : tr("Nobody to text."), false);
    } else if (m_text->toPlainText().trimmed().isEmpty()) {
        m_preview->clear();
        showSummary(tr("%n recipient(s). Write the text (or pick a saved one) to see every message.", nullptr,
                       int(list->size())),
                    false);
    } else {
        Result<CampaignPreview> preview = m_facade.previewCampaign(list.value(), m_text->toPlainText());
        if (!preview) {
            // Empty, a placeholder that does not parse or that no recipient has: the text's fault.
            m_preview->clear();
            m_textError->setText(tr("The text cannot be sent: %1").arg(preview.errorString()));
            m_textError->show();
            showSummary(tr("Fix the text to see the messages."), true);
        } else {
            m_preview->setPreview(std::move(preview.value()));
            showSummary(CampaignText::summary(m_preview->preview()), false);
            m_previewOk = true;
        }
    }
    updateQueueButton();
}

void NewCampaignDialog::showSummary(const QString &text, bool error)
{
    m_summary->setText(text);
    setTone(m_summary, error);
}

void NewCampaignDialog::updateQueueButton()
{
    const int included = m_previewOk ? m_preview->preview().included : 0;
    m_queue->setEnabled(!m_queueing && included > 0 && !m_name->text().trimmed().isEmpty());
    m_queue->setText(included > 0 ? tr("&Queue %n message(s)", nullptr, included) : tr("&Queue campaign"));
    m_queue->setToolTip(m_name->text().trimmed().isEmpty() && included > 0 ? tr("Give the campaign a name first")
                                                                            : QString());
}

void NewCampaignDialog::queue()
{
    if (m_previewTimer->isActive() || !m_previewOk)
        refreshPreview(); // what is queued is what the inputs say now
    if (!m_queue->isEnabled())
        return;
    Campaign campaign;
    campaign.name = m_name->text().trimmed();
    campaign.text = m_text->toPlainText();
    campaign.source = sourceText();
    campaign.startAtMs = m_at->isChecked() ? m_startAt->dateTime().toMSecsSinceEpoch() : 0;
    campaign.perMinute = m_pace->value();
    m_queueing = true;
    m_queueError->hide();
    updateQueueButton();
    thenIfAlive(m_facade.startCampaign(campaign, m_preview->preview()), this, [this](const Result<Campaign> &done) {
        m_queueing = false;
        if (!done) {
            m_queueError->setText(tr("Nothing was queued: %1").arg(done.errorString()));
            m_queueError->show();
            updateQueueButton();
            return;
        }
        Q_EMIT campaignQueued(done.value());
        accept();
    });
}

} // namespace smsdesk
