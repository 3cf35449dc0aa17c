// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedtextssection.h"

#include "composer.h"
#include "enginefacade.h"
#include "errorbanner.h"
#include "messagetemplate.h"
#include "readmodel.h"
#include "theme.h"
#include "thenifalive.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smsdesk {

SavedTextsSection::SavedTextsSection(EngineFacade &facade, ReadModel &reader, ErrorBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
    , m_banner(banner)
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Saved texts"));
    m_list->setMinimumWidth(180);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name of the saved text"));
    m_name->setPlaceholderText(tr("e.g. Order ready"));
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Saved text"));
    m_text->setPlaceholderText(tr("Hi {first_name}, your order is ready."));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(110);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fields = new QLabel(tr("Placeholders: {first_name}, {last_name}, {name}, {phone}, a contact's own "
                                 "fields such as {order_no}, and a default after a bar: {first_name|there}."),
                              this);
    fields->setWordWrap(true);
    fields->setEnabled(false); // secondary text
    m_new = new QPushButton(tr("&New"), this);
    m_save = new QPushButton(tr("&Save text"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(m_preview);
    form->addRow(fields);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &SavedTextsSection::showSelected);
    connect(m_new, &QPushButton::clicked, this, &SavedTextsSection::startNew);
    connect(m_save, &QPushButton::clicked, this, &SavedTextsSection::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedTextsSection::removeSelected);
    connect(m_name, &QLineEdit::textChanged, this, &SavedTextsSection::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SavedTextsSection::updatePreview);
    connect(&m_facade, &EngineFacade::templatesChanged, this, &SavedTextsSection::reload);
    reload();
}

void SavedTextsSection::reload()
{
    const Result<QList<SavedTemplate>> texts = m_reader.templates();
    if (!texts) {
        m_banner.showMessage(tr("Could not read the saved texts: %1").arg(texts.errorString()));
        return;
    }
    m_texts = texts.value();
    const qint64 keep = m_editing;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const SavedTemplate &saved : std::as_const(m_texts)) {
            auto *item = new QListWidgetItem(saved.name, m_list);
            item->setData(Qt::UserRole, saved.id);
            item->setToolTip(saved.body);
            if (saved.id == keep)
                m_list->setCurrentItem(item);
        }
    }
    // What is being typed stays; a text removed elsewhere becomes a new one, not lost.
    if (keep != 0 && selectedId() != keep)
        m_editing = 0;
    m_delete->setEnabled(m_editing != 0);
    updatePreview();
}

qint64 SavedTextsSection::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SavedTextsSection::showSelected()
{
    const qint64 id = selectedId();
    for (const SavedTemplate &saved : std::as_const(m_texts)) {
        if (saved.id != id)
            continue;
        m_editing = id;
        m_name->setText(saved.name);
        m_text->setPlainText(saved.body);
        m_delete->setEnabled(true);
        return;
    }
}

void SavedTextsSection::startNew()
{
    m_editing = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_name->clear();
    m_text->clear();
    m_delete->setEnabled(false);
    m_name->setFocus(Qt::OtherFocusReason);
}

void SavedTextsSection::updatePreview()
{
    const QString body = m_text->toPlainText();
    const QList<TemplateProblem> problems = MessageTemplate::check(body);
    m_save->setEnabled(problems.isEmpty() && !body.trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
    QPalette pal = palette();
    if (!problems.isEmpty()) {
        QStringList reasons;
        for (const TemplateProblem &problem : problems)
            reasons.append(problem.reason);
        m_preview->setText(reasons.join(QLatin1Char('\n')));
        pal.setColor(QPalette::WindowText, theme::error(palette()));
        m_preview->setPalette(pal);
        return;
    }
    m_preview->setPalette(pal);
    if (body.trimmed().isEmpty()) {
        m_preview->clear();
        return;
    }
    // An example customer, so the owner sees the text as a customer gets it, and its cost.
    const Result<MessageTemplate> parsed = MessageTemplate::parse(body);
    const QHash<QString, QString> example = standardFieldValues(tr("Ada"), tr("Lovelace"), {}, QStringLiteral("+49 30 1234567"));
    QStringList missing;
    const QString filled = parsed->render(example, &missing);
    QString text = tr("For %1: “%2” — %3")
                       .arg(example.value(QStringLiteral("name")), filled,
                            Composer::counterText(parsed->segmentsFor(example)));
    if (!missing.isEmpty())
        text += QLatin1Char('\n')
            + tr("Left empty here: {%1}. A contact with such a field fills it in; give a default with a bar, "
                 "e.g. {%2|…}, for customers without it.")
                  .arg(missing.join(QStringLiteral("}, {")), missing.constFirst());
    m_preview->setText(text);
}

void SavedTextsSection::save()
{
    SavedTemplate saved;
    saved.id = m_editing;
    saved.name = m_name->text().trimmed();
    saved.body = m_text->toPlainText();
    m_save->setEnabled(false);
    thenIfAlive(m_facade.saveTemplate(saved), this, [this](const Result<SavedTemplate> &result) {
        updatePreview();
        if (!result) {
            m_banner.showMessage(tr("The text was not saved: %1").arg(result.errorString()));
            return;
        }
        m_banner.dismiss();
        m_editing = result->id;
        reload();
    });
}

void SavedTextsSection::removeSelected()
{
    const qint64 id = m_editing;
    if (id == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete saved text"),
                                tr("Delete “%1”? Messages already sent with it stay as they are.")
                                    .arg(m_name->text()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteText"));
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        thenIfAlive(m_facade.removeTemplate(id), this, [this](const Status &status) {
            if (!status) {
                m_banner.showMessage(tr("The text was not deleted: %1").arg(status.errorString()));
                return;
            }
            startNew();
            reload();
        });
    });
    box->open();
}

} // namespace smsdesk
