// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyexportdialog.h"

#include "errorbanner.h"
#include "messageexport.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

qint64 startOf(const QDate &day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

HistoryExportDialog::HistoryExportDialog(ReadModel &reader, const QString &number, const QString &peer,
                                         QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_number(number)
{
    setWindowTitle(tr("Export messages"));
    setMinimumWidth(440);
    m_thisOne = new QRadioButton(tr("This conversation: %1").arg(peer), this);
    m_everyOne = new QRadioButton(tr("Every conversation"), this);
    m_thisOne->setVisible(!number.isEmpty());
    (number.isEmpty() ? m_everyOne : m_thisOne)->setChecked(true);
    m_period = new QComboBox(this);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("The last 7 days"), Last7Days);
    m_period->addItem(tr("The last 30 days"), Last30Days);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Between two dates"), Between);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, theme::error(problemPalette));
    m_problem->setPalette(problemPalette);
    m_problem->hide();
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_buttons = new QDialogButtonBox(this);
    m_buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *form = new QFormLayout;
    form->addRow(tr("Messages of:"), m_thisOne);
    form->addRow(number.isEmpty() ? tr("Messages of:") : QString(), m_everyOne);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    auto *note = new QLabel(tr("A CSV file with both directions, oldest first: time, direction, number, "
                               "contact, text, status, phone."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    if (number.isEmpty())
        form->setRowVisible(m_thisOne, false);

    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryExportDialog::updateEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryExportDialog::updateEnabled);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryExportDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HistoryExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HistoryExportDialog::reject);
    setPeriod(number.isEmpty() ? Last30Days : AllTime);
    updateEnabled();
}

HistoryExportDialog::~HistoryExportDialog() = default;

HistoryExportDialog *HistoryExportDialog::ask(ReadModel &reader, const QString &number, const QString &peer,
                                              ErrorBanner *banner, QWidget *parent)
{
    auto *dialog = new HistoryExportDialog(reader, number, peer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryExportDialog::exported, banner, [banner](qint64 count, const QString &path) {
        banner->showMessage(tr("%n messages exported to %1.", nullptr, int(std::min<qint64>(count, INT_MAX)))
                                .arg(QDir::toNativeSeparators(path)),
                            ErrorBanner::Kind::Success);
    });
    dialog->open();
    return dialog;
}

void HistoryExportDialog::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(period));
}

void HistoryExportDialog::setRange(const QDate &from, const QDate &to)
{
    setPeriod(Between);
    m_from->setDate(from);
    m_to->setDate(to);
}

void HistoryExportDialog::setWholeHistory(bool everyConversation)
{
    (everyConversation || m_number.isEmpty() ? m_everyOne : m_thisOne)->setChecked(true);
}

HistoryFilter HistoryExportDialog::filter(qint64 nowMs) const
{
    HistoryFilter f;
    if (m_thisOne->isChecked())
        f.number = m_number;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QDate tomorrow = today.addDays(1);
    switch (Period(m_period->currentData().toInt())) {
    case AllTime:
        break;
    case Today:
        f.fromMs = startOf(today);
        f.toMs = startOf(tomorrow);
        break;
    case Last7Days:
        f.fromMs = startOf(today.addDays(-6));
        f.toMs = startOf(tomorrow);
        break;
    case Last30Days:
        f.fromMs = startOf(today.addDays(-29));
        f.toMs = startOf(tomorrow);
        break;
    case ThisYear:
        f.fromMs = startOf(QDate(today.year(), 1, 1));
        f.toMs = startOf(tomorrow);
        break;
    case Between:
        f.fromMs = startOf(m_from->date());
        f.toMs = startOf(m_to->date().addDays(1)); // the last day counts whole
        break;
    }
    return f;
}

QString HistoryExportDialog::suggestedFileName() const
{
    QString name = QStringLiteral("messages");
    if (m_thisOne->isChecked())
        name += QLatin1Char('-') + QString(m_number).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (Period(m_period->currentData().toInt()) != AllTime) {
        const HistoryFilter f = filter(QDateTime::currentMSecsSinceEpoch());
        const QDate from = QDateTime::fromMSecsSinceEpoch(f.fromMs).date();
        const QDate to = QDateTime::fromMSecsSinceEpoch(f.toMs).date().addDays(-1);
        name += QLatin1Char('-') + from.toString(Qt::ISODate);
        if (to != from)
            name += QStringLiteral("-to-") + to.toString(Qt::ISODate);
    }
    return name + QStringLiteral(".csv");
}

void HistoryExportDialog::updateEnabled()
{
    const Period period = Period(m_period->currentData().toInt());
    const bool between = period == Between;
    if (!between && period != AllTime) { // the days a named period covers, shown greyed
        const HistoryFilter f = filter(QDateTime::currentMSecsSinceEpoch());
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(QDateTime::fromMSecsSinceEpoch(f.fromMs).date());
        m_to->setDate(QDateTime::fromMSecsSinceEpoch(f.toMs).date().addDays(-1));
    }
    m_from->setEnabled(between && !isRunning());
    m_to->setEnabled(between && !isRunning());
    const bool backwards = between && m_to->date() < m_from->date();
    if (backwards) {
        m_problem->setText(tr("The period ends before it starts: pick a “To” date on or after the “From” date."));
        m_problem->show();
    } else if (m_periodProblem) {
        m_problem->hide();
    }
    m_periodProblem = backwards;
    m_buttons->buttons().constFirst()->setEnabled(!backwards && !isRunning());
    m_thisOne->setEnabled(!isRunning());
    m_everyOne->setEnabled(!isRunning());
    m_period->setEnabled(!isRunning());
}

void HistoryExportDialog::chooseFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export messages"), dir + QLatin1Char('/') + suggestedFileName(),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &HistoryExportDialog::exportTo);
    dialog->open();
}

void HistoryExportDialog::exportTo(const QString &path)
{
    if (isRunning() || path.isEmpty())
        return;
    m_running = filter(QDateTime::currentMSecsSinceEpoch());
    m_path = path;
    m_cancelled = false;
    m_job = std::make_unique<MessageExport>(m_reader, m_running, path);
    if (const Status opened = m_job->open(); !opened) {
        finish(opened.errorString());
        return;
    }
    m_problem->hide();
    // Over a period, how far the export has come is the time of the last row written;
    // over all time it is not known in advance: a busy bar and the count.
    const bool bounded = m_running.fromMs > 0;
    m_progress->setRange(0, bounded ? 1000 : 0);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%n messages written", nullptr, 0));
    m_progress->show();
    updateEnabled();
    QTimer::singleShot(0, this, &HistoryExportDialog::writeNextPage);
}

void HistoryExportDialog::writeNextPage()
{
    if (!m_job)
        return;
    if (m_cancelled) {
        m_job.reset(); // nothing stays at the path
        finish(tr("Export cancelled; no file was written."));
        return;
    }
    const Result<bool> more = m_job->writePage();
    if (!more) {
        finish(more.errorString());
        return;
    }
    const qint64 written = m_job->written();
    m_progress->setFormat(tr("%n messages written", nullptr, int(std::min<qint64>(written, INT_MAX))));
    if (m_progress->maximum() > 0) {
        const qint64 end = std::min(m_running.toMs, QDateTime::currentMSecsSinceEpoch());
        const qint64 span = std::max<qint64>(1, end - m_running.fromMs);
        m_progress->setValue(int(std::clamp<qint64>((m_job->lastAtMs() - m_running.fromMs) * 1000 / span, 0, 1000)));
    }
    if (more.value()) {
        QTimer::singleShot(0, this, &HistoryExportDialog::writeNextPage);
        return;
    }
    if (const Status committed = m_job->commit(); !committed) {
        finish(committed.errorString());
        return;
    }
    finish({});
}

void HistoryExportDialog::finish(const QString &error)
{
    const qint64 written = m_job ? m_job->written() : 0;
    m_job.reset();
    m_progress->hide();
    updateEnabled();
    if (error.isEmpty()) {
        Q_EMIT exported(written, m_path);
        accept();
        return;
    }
    m_problem->setText(error);
    m_problem->show();
    m_periodProblem = false;
}

void HistoryExportDialog::reject()
{
    if (isRunning()) {
        m_cancelled = true;
        return;
    }
    QDialog::reject();
}

} // namespace smsdesk
