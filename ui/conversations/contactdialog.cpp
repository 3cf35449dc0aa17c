// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "enginefacade.h"
#include "messagetemplate.h"
#include "theme.h"
#include "thenifalive.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

QPlainTextEdit *smallEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

} // namespace

ContactDialog::ContactDialog(EngineFacade &facade, const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_contact(contact)
{
    setWindowTitle(contact.id == 0 ? tr("Add contact") : tr("Edit contact"));
    m_first = new QLineEdit(contact.firstName, this);
    m_last = new QLineEdit(contact.lastName, this);
    // A name the store composed from first and last name is not kept as typed: it follows them.
    const QString composed = QStringList { contact.firstName, contact.lastName }.join(QLatin1Char(' ')).trimmed();
    m_display = new QLineEdit(contact.name == composed ? QString() : contact.name, this);
    m_display->setPlaceholderText(tr("First and last name, unless you write another here"));
    m_numbers = smallEdit(this, 3);
    m_numbers->setPlainText(contact.numbers.join(QLatin1Char('\n')));
    m_groups = new QLineEdit(contact.groups.join(QStringLiteral(", ")), this);
    m_groups->setPlaceholderText(tr("e.g. regulars, newsletter"));
    m_note = smallEdit(this, 2);
    m_note->setPlainText(contact.note);
    m_fields = smallEdit(this, 3);
    QStringList fieldLines;
    for (auto it = contact.fields.cbegin(); it != contact.fields.cend(); ++it)
        fieldLines.append(it.key() + QStringLiteral(": ") + it.value());
    m_fields->setPlainText(fieldLines.join(QLatin1Char('\n')));
    m_fields->setPlaceholderText(tr("order_no: A-17"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, theme::error(palette()));
    m_problem->setPalette(pal);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Shown as:"), m_display);
    form->addRow(tr("&Numbers:"), m_numbers);
    form->addRow(tr("&Groups:"), m_groups);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("Fi&elds:"), m_fields);
    auto *fieldsNote = new QLabel(tr("One per line; saved texts fill them in, e.g. {order_no}."), this);
    fieldsNote->setWordWrap(true);
    fieldsNote->setEnabled(false);
    form->addRow(QString(), fieldsNote);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(440, sizeHint().height());
    m_first->setFocus(Qt::OtherFocusReason);
}

Result<QMap<QString, QString>> ContactDialog::parseFields(const QString &text)
{
    QMap<QString, QString> fields;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (int i = 0; i < all.size(); ++i) {
        const QString line = all.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed().toLower() : QString();
        if (name.isEmpty() || !MessageTemplate::isFieldName(name))
            return Result<QMap<QString, QString>>::failure(
                ErrorCode::Invalid,
                tr("Fields, line %1: write a name of letters, digits, _ or -, a colon and the value, "
                   "e.g. “order_no: A-17”.")
                    .arg(i + 1));
        fields.insert(name, line.mid(colon + 1).trimmed());
    }
    return fields;
}

void ContactDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ContactDialog::save()
{
    Contact contact = m_contact;
    contact.firstName = m_first->text().trimmed();
    contact.lastName = m_last->text().trimmed();
    contact.name = m_display->text().trimmed();
    contact.numbers = lines(m_numbers->toPlainText());
    contact.groups.clear();
    for (const QString &group : m_groups->text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        if (!group.trimmed().isEmpty())
            contact.groups.append(group.trimmed());
    }
    contact.groups.removeDuplicates();
    contact.note = m_note->toPlainText().trimmed();
    const Result<QMap<QString, QString>> fields = parseFields(m_fields->toPlainText());
    if (!fields) {
        showProblem(fields.errorString());
        m_fields->setFocus();
        return;
    }
    contact.fields = fields.value();
    if (contact.numbers.isEmpty()) {
        showProblem(tr("A contact needs at least one number."));
        m_numbers->setFocus();
        return;
    }
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && contact.name.isEmpty()) {
        showProblem(tr("Give the contact a name."));
        m_first->setFocus();
        return;
    }
    showProblem({});
    m_buttons->setEnabled(false);
    thenIfAlive(m_facade.saveContact(contact), this, [this](const Result<Contact> &result) {
        m_buttons->setEnabled(true);
        if (!result) {
            showProblem(tr("Not saved: %1").arg(result.errorString()));
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    });
}

} // namespace smsdesk
