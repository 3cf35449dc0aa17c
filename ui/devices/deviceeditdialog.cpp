// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceeditdialog.h"

#include "enginefacade.h"
#include "theme.h"
#include "thenifalive.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace smsdesk {

namespace {

QString adapterTitle(const QString &name)
{
    if (name == QLatin1String("smsgate"))
        return DeviceEditDialog::tr("SMS Gateway for Android — local server");
    if (name == QLatin1String("smsgate-cloud"))
        return DeviceEditDialog::tr("SMS Gateway for Android — cloud server");
    if (name == QLatin1String("mysmsgate"))
        return DeviceEditDialog::tr("MySMSGate");
    return name;
}

QSpinBox *spinBox(int min, int max, int value, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

DeviceEditDialog::DeviceEditDialog(EngineFacade &facade, const Device &device, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_device(device)
    , m_simCards(device.simCards)
{
    setWindowTitle(device.id == 0 ? tr("Add a phone") : tr("Edit %1").arg(device.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    buildConnectionFields(form);
    layout->addLayout(form);
    layout->addWidget(buildCredentialsBox());

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(theme::icon(QStringLiteral("network-connect"), QStringLiteral("connect.svg")),
                             tr("&Test connection"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeviceEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &DeviceEditDialog::testConnection);
    for (QLineEdit *edit : { m_name, m_baseUrl })
        connect(edit, &QLineEdit::textChanged, this, &DeviceEditDialog::validate);
    connect(m_adapter, &QComboBox::currentIndexChanged, this, &DeviceEditDialog::updateAdapterFields);
    updateAdapterFields();
    validate();
    loadCredentials();
    resize(520, sizeHint().height());
}

void DeviceEditDialog::buildConnectionFields(QFormLayout *form)
{
    m_name = new QLineEdit(m_device.name, this);
    m_name->setPlaceholderText(tr("e.g. Shop phone"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);

    m_adapter = new QComboBox(this);
    m_adapter->setAccessibleName(tr("Gateway"));
    for (const QString &name : adapterNames())
        m_adapter->addItem(adapterTitle(name), name);
    if (const int i = m_adapter->findData(m_device.adapter); i >= 0)
        m_adapter->setCurrentIndex(i);
    form->addRow(tr("&Gateway:"), m_adapter);

    m_baseUrl = new QLineEdit(m_device.baseUrl, this);
    m_baseUrl->setPlaceholderText(QStringLiteral("http://192.168.1.20:8080"));
    m_baseUrl->setAccessibleName(tr("Address"));
    form->addRow(tr("&Address:"), m_baseUrl);

    m_remoteId = new QLineEdit(m_device.remoteId, this);
    m_remoteId->setPlaceholderText(tr("Device id at the gateway (optional)"));
    m_remoteId->setAccessibleName(tr("Remote device id"));
    form->addRow(tr("&Remote id:"), m_remoteId);

    m_sim = spinBox(0, 4, m_device.sim, tr("SIM slot"), this);
    m_sim->setSpecialValueText(tr("Phone default"));
    form->addRow(tr("&SIM slot:"), m_sim);

    m_perMinute = spinBox(1, 10'000, m_device.ratePerMinute, tr("SMS per minute"), this);
    m_perMinute->setSuffix(tr(" per minute"));
    form->addRow(tr("&Limit:"), m_perMinute);
    m_perDay = spinBox(0, 1'000'000, m_device.ratePerDay, tr("SMS per day"), this);
    m_perDay->setSuffix(tr(" per day"));
    m_perDay->setSpecialValueText(tr("No daily cap"));
    m_perDay->setToolTip(tr("Counted in SMS segments; many tariffs limit SMS per day."));
    form->addRow(QString(), m_perDay);
}

QGroupBox *DeviceEditDialog::buildCredentialsBox()
{
    auto *box = new QGroupBox(tr("Credentials"), this);
    auto *form = new QFormLayout(box);
    m_user = new QLineEdit(box);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(box);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_apiKey = new QLineEdit(box);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setAccessibleName(tr("API key"));
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("API &key:"), m_apiKey);

    m_keychainNote = new QLabel(box);
    m_keychainNote->setWordWrap(true);
    form->addRow(m_keychainNote);
    if (m_facade.credentialsWritable()) {
        m_keychainNote->setText(tr("Stored in the system keychain, never in Smsdesk's files."));
        m_keychainNote->setEnabled(false); // secondary text
    } else {
        // Never fall back to plain text: say why and what to do instead.
        m_keychainNote->setText(
            tr("Credentials cannot be saved: %1").arg(m_facade.credentialsUnavailableReason()));
        QPalette palette = m_keychainNote->palette();
        palette.setColor(QPalette::WindowText, theme::error(palette));
        m_keychainNote->setPalette(palette);
    }
    return box;
}

void DeviceEditDialog::loadCredentials()
{
    if (m_device.id == 0) {
        m_credentialsLoaded = true;
        return;
    }
    thenIfAlive(m_facade.deviceCredentials(m_device.id), this, [this](const Result<Credentials> &result) {
        if (result) {
            m_user->setText(result->user);
            m_password->setText(result->password);
            m_apiKey->setText(result->apiKey);
        }
        // NotFound is normal (a gateway without credentials); other errors leave the fields
        // empty, and empty credentials on save leave the stored ones untouched.
        m_credentialsLoaded = true;
    });
}

void DeviceEditDialog::updateAdapterFields()
{
    const bool apiKey = m_adapter->currentData().toString() == QLatin1String("mysmsgate");
    auto *form = qobject_cast<QFormLayout *>(m_user->parentWidget()->layout());
    form->setRowVisible(m_user, !apiKey);
    form->setRowVisible(m_password, !apiKey);
    form->setRowVisible(m_apiKey, apiKey);
    const bool writable = m_facade.credentialsWritable();
    for (QLineEdit *edit : { m_user, m_password, m_apiKey })
        edit->setEnabled(writable);
}

void DeviceEditDialog::validate()
{
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    const bool urlOk = url.isValid()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
    const bool ok = !m_name->text().trimmed().isEmpty() && urlOk;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    m_test->setEnabled(urlOk);
    if (!m_baseUrl->text().isEmpty() && !urlOk)
        showResult(tr("The address must start with http:// or https:// and name a host."), false);
    else if (!m_result->text().isEmpty() && m_result->property("validation").toBool())
        showResult(QString(), true);
    m_result->setProperty("validation", !m_baseUrl->text().isEmpty() && !urlOk);
}

Device DeviceEditDialog::device() const
{
    Device d = m_device;
    d.name = m_name->text().trimmed();
    d.adapter = m_adapter->currentData().toString();
    d.baseUrl = m_baseUrl->text().trimmed();
    d.remoteId = m_remoteId->text().trimmed();
    d.sim = m_sim->value();
    d.simCards = m_simCards;
    d.ratePerMinute = m_perMinute->value();
    d.ratePerDay = m_perDay->value();
    return d;
}

Credentials DeviceEditDialog::credentials() const
{
    if (!m_facade.credentialsWritable() || !m_credentialsLoaded)
        return {};
    if (m_adapter->currentData().toString() == QLatin1String("mysmsgate"))
        return Credentials { {}, {}, m_apiKey->text().trimmed() };
    return Credentials { m_user->text().trimmed(), m_password->text(), {} };
}

void DeviceEditDialog::testConnection()
{
    setBusy(true);
    showResult(tr("Testing…"), true);
    thenIfAlive(
        m_facade.testConnection(device(), credentials()), this, [this](const Result<ConnectionReport> &result) {
            setBusy(false);
            if (!result) {
                showResult(result.errorString(), false);
                return;
            }
            QStringList text { tr("Connected.") };
            if (result->health.batteryPercent >= 0)
                text << tr("Battery %1%").arg(QLocale().toString(result->health.batteryPercent));
            text << adoptRemoteDevice(result->devices);
            if (!result->devicesProblem.isEmpty())
                text << tr("The phone list could not be read: %1").arg(result->devicesProblem);
            showResult(text.join(QLatin1Char(' ')), true);
        });
}

// Fills what the gateway told about the phone: its id (when the field is empty, or the id
// entered is not one of the account's phones) and its SIM cards. Returns what to tell.
QString DeviceEditDialog::adoptRemoteDevice(const QList<RemoteDevice> &devices)
{
    if (devices.isEmpty())
        return {};
    const QString entered = m_remoteId->text().trimmed();
    auto match = std::find_if(devices.cbegin(), devices.cend(),
                              [&entered](const RemoteDevice &d) { return d.id == entered; });
    QString said;
    if (match == devices.cend()) {
        match = std::find_if(devices.cbegin(), devices.cend(), [](const RemoteDevice &d) { return d.online; });
        if (match == devices.cend())
            match = devices.cbegin();
        if (!entered.isEmpty())
            said = tr("No phone with id \"%1\" on this account; took \"%2\".").arg(entered, match->id);
        m_remoteId->setText(match->id);
    }
    m_simCards = match->simCards;
    QStringList sims;
    for (const SimCard &card : std::as_const(m_simCards))
        sims << (card.label.isEmpty() ? tr("SIM %1").arg(card.slot) : tr("SIM %1 (%2)").arg(card.slot).arg(card.label));
    QStringList parts;
    if (!said.isEmpty())
        parts << said;
    if (devices.size() > 1) {
        QStringList names;
        for (const RemoteDevice &d : devices)
            names << (d.name.isEmpty() ? d.id : QStringLiteral("%1 (%2)").arg(d.name, d.id));
        parts << tr("Phones on this account: %1.").arg(names.join(QStringLiteral(", ")));
    } else if (!match->name.isEmpty()) {
        parts << tr("Phone: %1.").arg(match->name);
    }
    if (!sims.isEmpty())
        parts << tr("SIM cards: %1.").arg(sims.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

void DeviceEditDialog::save()
{
    setBusy(true);
    const Device d = device();
    auto future = d.id == 0 ? m_facade.addDevice(d, credentials()) : m_facade.updateDevice(d, credentials());
    thenIfAlive(future, this, [this](const Result<Device> &result) {
        setBusy(false);
        if (!result) {
            showResult(result.errorString(), false);
            return;
        }
        m_device = result.value();
        Q_EMIT saved(m_device);
        accept();
    });
}

void DeviceEditDialog::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    QPalette palette = this->palette();
    if (!good)
        palette.setColor(QPalette::WindowText, theme::error(palette));
    m_result->setPalette(palette);
}

void DeviceEditDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (!busy)
        validate();
}

} // namespace smsdesk
