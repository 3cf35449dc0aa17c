// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakedialog.h"

#include "enginefacade.h"
#include "intaketext.h"
#include "theme.h"
#include "thenifalive.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

QString urlExample(IntakeConfig::Kind kind)
{
    switch (kind) {
    case IntakeConfig::Kind::Redis:
        return QStringLiteral("redis://127.0.0.1:6379/0");
    case IntakeConfig::Kind::RabbitMq:
        return QStringLiteral("amqp://user@127.0.0.1:5672/");
    case IntakeConfig::Kind::Sqs:
        return QStringLiteral("https://ACCESS_KEY_ID@sqs.eu-west-1.amazonaws.com/?region=eu-west-1");
    }
    return {};
}

} // namespace

IntakeDialog::IntakeDialog(EngineFacade &facade, const IntakeConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_id(config.id)
    , m_enabled(config.enabled)
{
    setWindowTitle(config.id == 0 ? tr("Add intake") : tr("Edit intake"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Smsdesk reads the messages your own programs put on a queue, sends them, and "
                                "tells the queue only once each is safely stored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (IntakeConfig::Kind kind : { IntakeConfig::Kind::Redis, IntakeConfig::Kind::RabbitMq, IntakeConfig::Kind::Sqs })
        m_kind->addItem(IntakeText::kindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(config.kind)));
    form->addRow(tr("&Broker:"), m_kind);
    m_url = new QLineEdit(config.url.toString(QUrl::RemovePassword), this);
    m_url->setAccessibleName(tr("Address"));
    form->addRow(tr("&Address:"), m_url);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(config.id == 0 ? tr("None") : tr("Unchanged"));
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);

    m_stream = new QLineEdit(config.stream, this);
    m_group = new QLineEdit(config.group, this);
    m_consumer = new QLineEdit(config.consumer, this);
    m_consumer->setPlaceholderText(tr("smsdesk and this computer's name"));
    m_claimIdle = new QSpinBox(this);
    m_claimIdle->setRange(1, 7 * 86'400);
    m_claimIdle->setSuffix(tr(" s"));
    m_claimIdle->setValue(config.claimIdleMs / 1000);
    m_claimIdle->setToolTip(tr("Entries another reader took and did not finish are taken over after this long"));
    m_queue = new QLineEdit(config.queue, this);
    m_prefetch = new QSpinBox(this);
    m_prefetch->setRange(1, 10'000);
    m_prefetch->setValue(config.prefetch);
    m_prefetch->setToolTip(tr("At most this many entries are read and not yet confirmed"));
    const auto addRow = [form, this](const QString &label, QWidget *field, QList<QWidget *> &group) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
        group << l << field;
    };
    QList<QWidget *> none;
    addRow(tr("&Stream:"), m_stream, m_redisOnly);
    addRow(tr("&Consumer group:"), m_group, m_redisOnly);
    addRow(tr("Co&nsumer name:"), m_consumer, m_redisOnly);
    addRow(tr("&Take over after:"), m_claimIdle, m_claimRows);
    addRow(tr("&Queue:"), m_queue, m_queueOnly);
    addRow(tr("&Read ahead:"), m_prefetch, none);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setToolTip(tr("Connect once and see what is there; nothing is read"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &IntakeDialog::test);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IntakeDialog::kindChanged);
    kindChanged();
    setMinimumWidth(520);
}

IntakeConfig IntakeDialog::config() const
{
    IntakeConfig c;
    c.id = m_id;
    c.kind = IntakeConfig::Kind(m_kind->currentData().toInt());
    c.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    c.stream = m_stream->text().trimmed();
    c.group = m_group->text().trimmed();
    c.consumer = m_consumer->text().trimmed();
    c.claimIdleMs = m_claimIdle->value() * 1000;
    c.queue = m_queue->text().trimmed();
    c.prefetch = m_prefetch->value();
    c.enabled = m_enabled;
    return c;
}

void IntakeDialog::kindChanged()
{
    const auto kind = IntakeConfig::Kind(m_kind->currentData().toInt());
    m_url->setPlaceholderText(urlExample(kind));
    m_passwordLabel->setText(kind == IntakeConfig::Kind::Sqs ? tr("Secret &key:") : tr("&Password:"));
    for (QWidget *w : std::as_const(m_redisOnly))
        w->setVisible(kind == IntakeConfig::Kind::Redis);
    for (QWidget *w : std::as_const(m_queueOnly))
        w->setVisible(kind != IntakeConfig::Kind::Redis);
    // Redis claims a dead desk's entries after this long; SQS gives them to another reader
    // after this visibility timeout. RabbitMQ requeues at once when the connection is gone.
    for (QWidget *w : std::as_const(m_claimRows))
        w->setVisible(kind != IntakeConfig::Kind::RabbitMq);
    m_result->clear();
}

void IntakeDialog::showResult(const QString &text, bool good)
{
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, good ? theme::success(palette) : theme::error(palette));
    m_result->setPalette(palette);
    m_result->setText(text);
}

void IntakeDialog::test()
{
    m_test->setEnabled(false);
    showResult(tr("Connecting…"), true);
    thenIfAlive(m_facade.testIntake(config(), m_password->text()), this, [this](const Result<QString> &answer) {
        m_test->setEnabled(true);
        showResult(answer ? answer.value() : answer.errorString(), bool(answer));
    });
}

void IntakeDialog::accept()
{
    const IntakeConfig c = config();
    m_buttons->setEnabled(false);
    thenIfAlive(m_facade.saveIntake(c, m_password->text()), this, [this](const Result<IntakeConfig> &saved) {
        m_buttons->setEnabled(true);
        if (!saved) {
            showResult(tr("Not saved: %1").arg(saved.errorString()), false);
            return;
        }
        Q_EMIT this->saved(saved.value());
        QDialog::accept();
    });
}

} // namespace smsdesk
