// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimportdialog.h"

#include "phonenumbers.h"
#include "theme.h"
#include "thenifalive.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

constexpr int kPreviewRows = 100;
constexpr int kShownProblems = 500;

} // namespace

ContactImportDialog::ContactImportDialog(EngineFacade &facade, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
{
    setWindowTitle(tr("Import contacts"));
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_groups = new QLineEdit(this);
    m_groups->setPlaceholderText(tr("e.g. newsletter (optional; commas between several)"));
    m_groups->setAccessibleName(tr("Groups for every imported contact"));
    m_preview = new QTableWidget(this);
    m_preview->setColumnCount(3);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Contacts as they will be stored"));
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Rows left out"));
    m_problems->setMaximumHeight(110);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactImportDialog::import);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_groups, &QLineEdit::editingFinished, this, &ContactImportDialog::replan);

    // The whole file is read now, before anything is shown as importable.
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).size() > CsvReader::kMaxBytes) {
        m_fileError = tr("%1 is %2 MB; a contact file may have up to %3 MB.")
                          .arg(shown)
                          .arg(double(QFileInfo(path).size()) / (1024 * 1024), 0, 'f', 1)
                          .arg(CsvReader::kMaxBytes / (1024 * 1024));
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_fileError = tr("Cannot open %1: %2").arg(shown, file.errorString());
    } else if (Result<EngineFacade::ContactFile> read = m_facade.readContactFile(file.readAll(), {}); !read) {
        m_fileError = tr("%1 cannot be imported: %2").arg(shown, read.errorString());
    } else {
        m_file = std::move(read.value());
        m_plan = m_file.plan;
        if (m_file.csv) {
            m_source->setText(tr("%1: %n row(s), %2, columns separated by “%3”.", nullptr, int(m_file.table.rows.size()))
                                  .arg(QFileInfo(path).fileName(), m_file.table.encoding, QString(m_file.table.delimiter)));
            if (m_file.mapping.numbers.isEmpty()) // no column read as numbers: planned once mapped
                m_plan = m_facade.planContacts(m_file.table, m_file.mapping, {});
        } else {
            m_source->setText(tr("%1: %n card(s) (vCard).", nullptr, m_file.plan.rows).arg(QFileInfo(path).fileName()));
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    if (m_fileError.isEmpty() && m_file.csv) {
        auto *columns = new QLabel(tr("What each column holds (guessed from its header):"), this);
        layout->addWidget(columns);
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setMaximumHeight(170);
        auto *inner = new QWidget(scroll);
        buildMapping(inner);
        scroll->setWidget(inner);
        layout->addWidget(scroll);
    }
    auto *groupsRow = new QFormLayout;
    groupsRow->addRow(tr("Put &every contact in:"), m_groups);
    layout->addLayout(groupsRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(760, 620);
    showPlan();
}

void ContactImportDialog::buildMapping(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    for (int column = 0; column < m_file.table.header.size(); ++column) {
        auto *picker = new QComboBox(parent);
        const QString header = m_file.table.header.at(column);
        picker->setAccessibleName(tr("Column “%1”").arg(header));
        picker->addItem(tr("Ignore"), int(Use::Ignore));
        picker->addItem(tr("Name (as shown)"), int(Use::Name));
        picker->addItem(tr("First name"), int(Use::FirstName));
        picker->addItem(tr("Last name"), int(Use::LastName));
        picker->addItem(tr("Phone number"), int(Use::Number));
        picker->addItem(tr("Groups"), int(Use::Groups));
        picker->addItem(tr("Note"), int(Use::Note));
        const QString field = m_file.mapping.fields.value(column);
        const QString fieldName = field.isEmpty() ? ColumnMapping::fieldNameFor(header) : field;
        if (!fieldName.isEmpty()) {
            picker->addItem(tr("Field {%1} for saved texts").arg(fieldName), int(Use::Field));
            picker->setItemData(picker->count() - 1, fieldName, Qt::UserRole + 1);
        }
        Use use = Use::Ignore;
        const ColumnMapping &m = m_file.mapping;
        if (m.name == column)
            use = Use::Name;
        else if (m.firstName == column)
            use = Use::FirstName;
        else if (m.lastName == column)
            use = Use::LastName;
        else if (m.numbers.contains(column))
            use = Use::Number;
        else if (m.groups == column)
            use = Use::Groups;
        else if (m.note == column)
            use = Use::Note;
        else if (!field.isEmpty())
            use = Use::Field;
        picker->setCurrentIndex(std::max(0, picker->findData(int(use))));
        connect(picker, &QComboBox::currentIndexChanged, this, &ContactImportDialog::replan);
        form->addRow(header.isEmpty() ? tr("(column %1)").arg(column + 1) : header, picker);
        m_pickers.append(picker);
    }
}

ColumnMapping ContactImportDialog::mappingFromPickers() const
{
    ColumnMapping m;
    for (int column = 0; column < m_pickers.size(); ++column) {
        const QComboBox *picker = m_pickers.at(column);
        const auto take = [column](int &slot) { slot = slot < 0 ? column : slot; }; // the first such column
        switch (Use(picker->currentData().toInt())) {
        case Use::Name: take(m.name); break;
        case Use::FirstName: take(m.firstName); break;
        case Use::LastName: take(m.lastName); break;
        case Use::Groups: take(m.groups); break;
        case Use::Note: take(m.note); break;
        case Use::Number: m.numbers.append(column); break;
        case Use::Field: m.fields.insert(column, picker->currentData(Qt::UserRole + 1).toString()); break;
        case Use::Ignore: break;
        }
    }
    return m;
}

QStringList ContactImportDialog::groups() const
{
    QStringList out;
    for (const QString &group : m_groups->text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        if (!group.trimmed().isEmpty())
            out.append(group.trimmed());
    }
    out.removeDuplicates();
    return out;
}

void ContactImportDialog::replan()
{
    if (!m_fileError.isEmpty())
        return;
    if (m_file.csv) {
        m_plan = m_facade.planContacts(m_file.table, mappingFromPickers(), groups());
    } else {
        // vCards carry their own structure: only the extra groups change.
        ImportPlan plan = m_file.plan;
        for (Contact &contact : plan.contacts) {
            contact.groups += groups();
            contact.groups.removeDuplicates();
        }
        m_plan = plan;
    }
    showPlan();
}

void ContactImportDialog::showPlan()
{
    m_preview->clearContents();
    m_preview->setRowCount(0);
    m_preview->setHorizontalHeaderLabels({ tr("Name"), tr("Numbers"), tr("Groups") });
    m_problems->clear();
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    if (!m_fileError.isEmpty() || !m_plan) {
        pal.setColor(QPalette::WindowText, theme::error(palette()));
        m_summary->setPalette(pal);
        m_summary->setText(!m_fileError.isEmpty() ? m_fileError + QLatin1Char(' ') + tr("Nothing was imported.")
                                                  : tr("%1. Choose the column that holds the phone numbers.")
                                                        .arg(m_plan.errorString()));
        m_import->setEnabled(false);
        return;
    }
    const ImportPlan &plan = m_plan.value();
    const PhoneNumbers &numbers = m_facade.phoneNumbers();
    const int shown = int(std::min<qsizetype>(plan.contacts.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Contact &c = plan.contacts.at(row);
        QStringList display;
        for (const QString &number : c.numbers)
            display.append(numbers.displayFormat(number));
        const QString name = !c.name.isEmpty() ? c.name
                                               : QStringList { c.firstName, c.lastName }.join(QLatin1Char(' ')).trimmed();
        m_preview->setItem(row, 0, new QTableWidgetItem(name));
        m_preview->setItem(row, 1, new QTableWidgetItem(display.join(QStringLiteral(", "))));
        m_preview->setItem(row, 2, new QTableWidgetItem(c.groups.join(QStringLiteral(", "))));
    }
    m_preview->resizeColumnToContents(0);
    m_preview->resizeColumnToContents(1);
    for (const ImportProblem &problem : plan.rejected.mid(0, kShownProblems))
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.reason));
    if (plan.rejected.size() > kShownProblems)
        m_problems->addItem(tr("… and %n more", nullptr, int(plan.rejected.size() - kShownProblems)));
    m_problems->setVisible(!plan.rejected.isEmpty());
    m_summary->setPalette(pal);
    QString text = tr("%n contact(s) from %1 rows", nullptr, int(plan.contacts.size())).arg(plan.rows);
    if (!plan.rejected.isEmpty())
        text += QStringLiteral("; ") + tr("%n problem(s), listed above: what does not read is left out", nullptr, int(plan.rejected.size()));
    if (plan.contacts.size() > kPreviewRows)
        text += QStringLiteral("; ") + tr("the first %1 shown").arg(kPreviewRows);
    text += QStringLiteral(". ") + tr("A number that is already a contact's adds to that contact.");
    m_summary->setText(text);
    m_import->setText(tr("Import %n contact(s)", nullptr, int(plan.contacts.size())));
    m_import->setEnabled(!plan.contacts.isEmpty());
}

void ContactImportDialog::import()
{
    if (!m_plan || m_plan->contacts.isEmpty())
        return;
    m_buttons->setEnabled(false);
    thenIfAlive(m_facade.importContacts(m_plan->contacts), this, [this](const Result<ContactImportResult> &done) {
        m_buttons->setEnabled(true);
        if (!done) {
            QPalette pal = m_summary->palette();
            pal.setColor(QPalette::WindowText, theme::error(palette()));
            m_summary->setPalette(pal);
            m_summary->setText(tr("Nothing was imported: %1").arg(done.errorString()));
            return;
        }
        Q_EMIT imported(done.value());
        accept();
    });
}

} // namespace smsdesk
