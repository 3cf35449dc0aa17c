// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "enginefacade.h"
#include "errorbanner.h"
#include "quiethourssection.h"
#include "readmodel.h"
#include "intakessection.h"
#include "optoutssection.h"
#include "savedtextssection.h"
#include "theme.h"
#include "tokenssection.h"
#include "translations.h"
#include "webhookendpointssection.h"
#include "webhookssection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "displayformat.h"
#include "thenifalive.h"

namespace smsdesk {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // secondary text in the palette's muted colour
    return label;
}

QWidget *formPage(QWidget *parent, QFormLayout **form)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(*form);
    return page;
}

} // namespace

SettingsPage::SettingsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_reader(reader)
{
    m_banner = new ErrorBanner(this);
    if (const Status opened = m_reader.open(); !opened)
        m_banner->showMessage(opened.errorString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kMargin, theme::kMargin, theme::kMargin, theme::kMargin);
    layout->addWidget(m_banner);
    buildBody();
    connect(&m_facade, &EngineFacade::businessSettingsChanged, this, &SettingsPage::businessSettingsChanged);
}

void SettingsPage::buildBody()
{
    setAccessibleName(tr("Settings"));
    m_body = new QWidget(this);
    m_sections = new QListWidget(m_body);
    m_sections->setAccessibleName(tr("Settings sections"));
    m_sections->setIconSize(QSize(22, 22));
    m_sections->setFixedWidth(200);
    m_pages = new QStackedWidget(m_body);
    addSection(QStringLiteral("preferences-desktop-locale"), QStringLiteral("settings.svg"), tr("General"),
               buildGeneral());
    addSection(QStringLiteral("view-refresh"), QStringLiteral("requeue.svg"), tr("Retries"), buildSending());
    m_quietHours = new QuietHoursSection(m_body);
    connect(m_quietHours, &QuietHoursSection::changed, this, &SettingsPage::markDirty);
    addSection(QStringLiteral("weather-clear-night"), QStringLiteral("schedule.svg"), tr("Quiet hours"),
               m_quietHours);
    addSection(QStringLiteral("network-server"), QStringLiteral("server.svg"), tr("API server"),
               buildApiServer());
    addSection(QStringLiteral("dialog-password"), QStringLiteral("key.svg"), tr("Gateway accounts"),
               buildAccounts());
    addSection(QStringLiteral("network-connect"), QStringLiteral("webhook.svg"), tr("Webhooks"),
               buildWebhooks());
    addSection(QStringLiteral("insert-text"), QStringLiteral("compose.svg"), tr("Saved texts"),
               buildSavedTexts());
    m_optOuts = new OptOutsSection(m_facade, m_reader, *m_banner, m_body);
    addSection(QStringLiteral("action-unavailable"), QStringLiteral("block.svg"), tr("Opt-outs"), m_optOuts);
    m_intakes = new IntakesSection(m_facade, *m_banner, m_body);
    addSection(QStringLiteral("mail-receive"), QStringLiteral("server.svg"), tr("Intake"), m_intakes);
    addSection(QStringLiteral("network-transmit"), QStringLiteral("webhook.svg"), tr("Outgoing webhooks"),
               new WebhookEndpointsSection(m_facade, m_reader, *m_banner, m_body));
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sections, &QListWidget::currentRowChanged, this, &SettingsPage::loadWebhooksIfOpen);
    m_sections->setCurrentRow(0);

    m_apply = new QPushButton(tr("&Apply"), m_body);
    m_revert = new QPushButton(tr("&Revert"), m_body);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *right = new QVBoxLayout;
    right->addWidget(m_pages, 1);
    right->addLayout(buttons);
    auto *body = new QHBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(theme::kMargin);
    body->addWidget(m_sections);
    body->addLayout(right, 1);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_body, 1);
    revert();
}

void SettingsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || !m_body)
        return;
    // Every label here is fixed text: rebuilding the form is simpler and surer than
    // re-setting each one. The language only changes through Apply, so no edit is lost.
    const int section = m_sections->currentRow();
    m_body->hide();
    m_body->deleteLater(); // we may be inside the Apply button's click
    buildBody();
    m_sections->setCurrentRow(section);
    loadWebhooksIfOpen();
}

// The secrets are read (and made, the first time) only when the user opens the section:
// just visiting Settings must not make the keychain ask anything.
void SettingsPage::loadWebhooksIfOpen()
{
    if (isVisible() && m_pages->currentWidget() && m_pages->currentWidget()->isAncestorOf(m_webhooks))
        m_webhooks->reload(); // asynchronous: the keychain answers later
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::addSection(const QString &icon, const QString &fallback, const QString &title,
                              QWidget *page)
{
    auto *item = new QListWidgetItem(theme::icon(icon, fallback), title, m_sections);
    item->setSizeHint(QSize(0, 34));
    auto *wrapper = new QGroupBox(title, m_pages);
    auto *layout = new QVBoxLayout(wrapper);
    layout->addWidget(page);
    layout->addStretch();
    m_pages->addWidget(wrapper);
}

QWidget *SettingsPage::buildGeneral()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(m_body, &form);
    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const Translations::Language &language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    form->addRow(tr("&Language:"), m_language);
    m_notificationSound = new QCheckBox(tr("Play a &sound when an SMS arrives"), page);
    m_notificationSound->setAccessibleName(tr("Sound for new messages"));
    form->addRow(tr("Notifications:"), m_notificationSound);
    connect(m_notificationSound, &QCheckBox::toggled, this, &SettingsPage::markDirty);

    m_region = new QComboBox(page);
    m_region->setAccessibleName(tr("Default region for numbers"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    QList<QPair<QString, QString>> regions;
    for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(t));
        if (code.size() == 2)
            regions.append({ QLocale::territoryToString(QLocale::Territory(t)), code });
    }
    std::sort(regions.begin(), regions.end());
    for (const auto &[name, code] : regions)
        m_region->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    form->addRow(tr("Default &region:"), m_region);
    form->addRow(
        note(tr("Numbers typed without a country code, like 0171 1234567, are read as numbers in this "
                "region."),
             page));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    connect(m_region, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    return page;
}

QWidget *SettingsPage::buildSending()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(m_body, &form);
    m_retryBase = new QSpinBox(page);
    m_retryBase->setRange(1, 3600);
    m_retryBase->setSuffix(tr(" s"));
    m_retryBase->setAccessibleName(tr("First retry after"));
    m_retryFactor = new QDoubleSpinBox(page);
    m_retryFactor->setRange(1.0, 10.0);
    m_retryFactor->setSingleStep(0.5);
    m_retryFactor->setDecimals(1);
    m_retryFactor->setPrefix(QStringLiteral("× "));
    m_retryFactor->setAccessibleName(tr("Growth per retry"));
    m_retryCap = new QSpinBox(page);
    m_retryCap->setRange(1, 24 * 60);
    m_retryCap->setSuffix(tr(" min"));
    m_retryCap->setAccessibleName(tr("Longest wait"));
    m_retryAttempts = new QSpinBox(page);
    m_retryAttempts->setRange(1, 50);
    m_retryAttempts->setAccessibleName(tr("Attempts before giving up"));
    form->addRow(tr("First retry &after:"), m_retryBase);
    form->addRow(tr("&Growth per retry:"), m_retryFactor);
    form->addRow(tr("&Longest wait:"), m_retryCap);
    form->addRow(tr("A&ttempts:"), m_retryAttempts);
    m_retryPreview = note(QString(), page);
    form->addRow(m_retryPreview);
    for (QSpinBox *box : { m_retryBase, m_retryCap, m_retryAttempts })
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_retryFactor, &QDoubleSpinBox::valueChanged, this, &SettingsPage::markDirty);
    return page;
}

QWidget *SettingsPage::buildApiServer()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(m_body, &form);
    m_listenHost = new QLineEdit(page);
    m_listenHost->setAccessibleName(tr("Listen address"));
    m_listenPort = new QSpinBox(page);
    m_listenPort->setRange(1, 65535);
    m_listenPort->setAccessibleName(tr("Port"));
    auto *address = new QHBoxLayout;
    address->addWidget(m_listenHost, 1);
    address->addWidget(new QLabel(tr("Port:"), page));
    address->addWidget(m_listenPort);
    form->addRow(tr("Listen &address:"), address);
    m_allowedHosts = new QPlainTextEdit(page);
    m_allowedHosts->setAccessibleName(tr("Allowed host names"));
    m_allowedHosts->setPlaceholderText(tr("One name per line, e.g. smsdesk.office.lan"));
    m_allowedHosts->setTabChangesFocus(true);
    m_allowedHosts->setMaximumHeight(80);
    form->addRow(tr("Allowed &host names:"), m_allowedHosts);
    form->addRow(
        note(tr("Besides the listen address and localhost, only these names are accepted in the Host "
                "header (protection against DNS rebinding). Address changes apply after a restart."),
             page));
    connect(m_listenHost, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    connect(m_listenPort, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_allowedHosts, &QPlainTextEdit::textChanged, this, &SettingsPage::markDirty);

    m_defaultRate = new QDoubleSpinBox(page);
    m_defaultRate->setDecimals(2);
    m_defaultRate->setRange(0.01, TokenLimit::kMaxRatePerSecond);
    m_defaultRate->setSuffix(tr(" per second"));
    m_defaultRate->setAccessibleName(tr("Default requests per second per token"));
    m_defaultBurst = new QSpinBox(page);
    m_defaultBurst->setRange(1, TokenLimit::kMaxBurst);
    m_defaultBurst->setPrefix(tr("bursts of "));
    m_defaultBurst->setAccessibleName(tr("Default requests at once per token"));
    auto *limit = new QHBoxLayout;
    limit->addWidget(m_defaultRate, 1);
    limit->addWidget(m_defaultBurst, 1);
    form->addRow(tr("Default &limit per token:"), limit);
    form->addRow(note(tr("Each token may send this many requests unless it has a limit of its own (Limit… "
                         "below). Changes apply at once, without a restart."),
                      page));
    connect(m_defaultRate, &QDoubleSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_defaultBurst, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);

    m_tokens = new TokensSection(m_facade, m_reader, *m_banner, page);
    form->addRow(new QLabel(tr("API tokens"), page));
    form->addRow(m_tokens);
    return page;
}

QWidget *SettingsPage::buildAccounts()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(m_body, &form);
    m_accountKey = new QLineEdit(page);
    m_accountKey->setEchoMode(QLineEdit::Password);
    m_accountKey->setAccessibleName(tr("MySMSGate API key"));
    m_accountKey->setPlaceholderText(tr("From the MySMSGate dashboard"));
    m_accountSave = new QPushButton(tr("&Save to keychain"), page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_accountKey, 1);
    row->addWidget(m_accountSave);
    form->addRow(tr("MySMSGate API &key:"), row);
    m_accountNote = note(QString(), page);
    form->addRow(m_accountNote);
    if (!m_facade.credentialsWritable()) {
        m_accountKey->setEnabled(false);
        m_accountSave->setEnabled(false);
        m_accountNote->setEnabled(true);
        m_accountNote->setText(tr("Keys cannot be saved: %1").arg(m_facade.credentialsUnavailableReason()));
    } else {
        m_accountNote->setText(
            tr("Used by every phone on the MySMSGate gateway. Stored in the system keychain."));
    }
    connect(m_accountSave, &QPushButton::clicked, this, &SettingsPage::saveAccountKey);
    connect(m_accountKey, &QLineEdit::returnPressed, this, &SettingsPage::saveAccountKey);
    return page;
}

QWidget *SettingsPage::buildWebhooks()
{
    QFormLayout *form = nullptr;
    QWidget *page = formPage(m_body, &form);
    m_mySmsGateCheck = new QComboBox(page);
    m_mySmsGateCheck->setAccessibleName(tr("How MySMSGate webhooks are checked"));
    m_mySmsGateCheck->addItem(tr("Standard Webhooks signature"), QStringLiteral("standard-webhooks"));
    m_mySmsGateCheck->addItem(tr("Secret in the address (?token=)"), QStringLiteral("token"));
    form->addRow(tr("&MySMSGate webhooks:"), m_mySmsGateCheck);
    connect(m_mySmsGateCheck, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    m_webhooks = new WebhooksSection(m_facade, *m_banner, page);
    form->addRow(m_webhooks);
    return page;
}

QWidget *SettingsPage::buildSavedTexts()
{
    m_savedTexts = new SavedTextsSection(m_facade, m_reader, *m_banner, m_body);
    return m_savedTexts;
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_tokens->reload();
    loadWebhooksIfOpen();
}

void SettingsPage::markDirty()
{
    if (m_loading)
        return;
    updateRetryPreview();
    m_apply->setEnabled(true);
    m_revert->setEnabled(true);
}

void SettingsPage::updateRetryPreview()
{
    const RetryPolicy policy(RetryPolicy::Settings { m_retryBase->value() * 1000LL, m_retryFactor->value(),
                                                     m_retryCap->value() * 60'000LL,
                                                     m_retryAttempts->value() });
    QStringList waits;
    qint64 total = 0;
    for (int attempt = 1; attempt < m_retryAttempts->value(); ++attempt) {
        const qint64 ceiling = policy.ceilingMs(attempt);
        total += ceiling;
        if (attempt <= 4)
            waits << DisplayFormat::duration(ceiling);
    }
    if (m_retryAttempts->value() > 5)
        waits << QStringLiteral("…");
    m_retryPreview->setText(waits.isEmpty()
                                ? tr("Failed messages go to the dead letters after the first attempt.")
                                : tr("Waits up to %1 between attempts, then gives up after at most %2.")
                                      .arg(waits.join(QStringLiteral(", ")), DisplayFormat::duration(total)));
}

void SettingsPage::revert()
{
    m_loading = true;
    AppSettings &s = m_facade.settings();
    const BusinessSettings &business = m_facade.businessSettings();
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language())));
    m_notificationSound->setChecked(s.notificationSound());
    const int region = m_region->findData(business.defaultRegion.toUpper());
    m_region->setCurrentIndex(std::max(0, region));
    m_mySmsGateCheck->setCurrentIndex(std::max(0, m_mySmsGateCheck->findData(business.mySmsGateCheck)));
    const RetryPolicy::Settings retry = business.retry;
    m_retryBase->setValue(int(retry.baseMs / 1000));
    m_retryFactor->setValue(retry.factor);
    m_retryCap->setValue(int(retry.capMs / 60'000));
    m_retryAttempts->setValue(retry.maxAttempts);
    m_quietHours->load(business.quietHours);
    const QString listen = s.listenAddress();
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    m_listenHost->setText(colon > 0 ? listen.left(colon) : listen);
    m_listenPort->setValue(colon > 0 ? listen.mid(colon + 1).toInt() : 8765);
    m_allowedHosts->setPlainText(s.allowedHosts().join(QLatin1Char('\n')));
    const TokenLimit tokenLimit = m_facade.defaultTokenLimit();
    m_defaultRate->setValue(tokenLimit.ratePerSecond);
    m_defaultBurst->setValue(tokenLimit.burst);
    m_loading = false;
    updateRetryPreview();
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
}

void SettingsPage::showSection(QWidget *section)
{
    for (QWidget *w = section; w; w = w->parentWidget()) {
        if (const int index = m_pages->indexOf(w); index >= 0) {
            m_sections->setCurrentRow(index);
            return;
        }
    }
}

void SettingsPage::apply()
{
    // A time that does not read is refused before anything is written; the edits stay.
    QString quietProblem;
    const QuietHoursSettings quiet = m_quietHours->settings(&quietProblem);
    if (!quietProblem.isEmpty()) {
        m_banner->showMessage(quietProblem);
        m_sections->setCurrentRow(m_pages->indexOf(m_quietHours->parentWidget()));
        return;
    }
    AppSettings &s = m_facade.settings();
    const QString oldLanguage = s.language();
    const QString language = m_language->currentData().toString();
    s.setLanguage(language);
    s.setNotificationSound(m_notificationSound->isChecked());
    s.setListenAddress(
        QStringLiteral("%1:%2").arg(m_listenHost->text().trimmed()).arg(m_listenPort->value()));
    QStringList hosts;
    for (const QString &line : m_allowedHosts->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (const QString host = line.trimmed().toLower(); !host.isEmpty())
            hosts << host;
    }
    s.setAllowedHosts(hosts);
    s.sync();
    // The default request limit per token: written and handed to the running API server.
    TokenLimit tokenLimit;
    tokenLimit.ratePerSecond = m_defaultRate->value();
    tokenLimit.burst = m_defaultBurst->value();
    if (tokenLimit != m_facade.defaultTokenLimit()) {
        if (const Status limited = m_facade.setDefaultTokenLimit(tokenLimit); !limited) {
            m_banner->showMessage(tr("The default limit was not saved: %1").arg(limited.errorString()));
            return;
        }
        m_tokens->reload();
    }

    // The business's settings go to the database, where every desk reads them.
    BusinessSettings business = m_facade.businessSettings();
    business.defaultRegion = m_region->currentData().toString();
    business.retry = RetryPolicy::Settings { m_retryBase->value() * 1000LL, m_retryFactor->value(),
                                             m_retryCap->value() * 60'000LL, m_retryAttempts->value() };
    business.mySmsGateCheck = m_mySmsGateCheck->currentData().toString();
    business.quietHours = quiet;
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    if (business == m_facade.businessSettings()) {
        // Worded again after the language switch Apply may make just below.
        m_banner->showMessage([] { return tr("Settings saved."); }, ErrorBanner::Kind::Success);
    } else {
        thenIfAlive(m_facade.setBusinessSettings(business), this, [this](const Status &saved) {
            if (saved) {
                m_banner->showMessage([] { return tr("Settings saved for every desk on this database."); },
                                      ErrorBanner::Kind::Success);
                return;
            }
            m_banner->showMessage([error = saved.errorString()] {
                return tr("The settings could not be saved: %1").arg(error);
            });
            m_apply->setEnabled(true);
            m_revert->setEnabled(true);
        });
    }
    if (language != oldLanguage)
        Q_EMIT languageChanged(language);
}

// Another desk (or this one) changed the business settings: show them, unless the user is
// in the middle of editing, who is told instead.
void SettingsPage::businessSettingsChanged()
{
    if (!m_apply->isEnabled()) {
        revert();
        return;
    }
    m_banner->showMessage(tr("The settings were changed on another desk. Revert shows them; Apply "
                             "replaces them with yours."),
                          ErrorBanner::Kind::Info);
}

void SettingsPage::saveAccountKey()
{
    const QString key = m_accountKey->text().trimmed();
    if (key.isEmpty() || !m_facade.credentialsWritable())
        return;
    auto devices = m_reader.devices();
    QList<Device> accountDevices;
    if (devices) {
        for (const Device &device : devices.value()) {
            if (device.adapter == QLatin1String("mysmsgate"))
                accountDevices.append(device);
        }
    }
    if (accountDevices.isEmpty()) {
        m_banner->showMessage(tr("Add a MySMSGate phone on the Devices page first; its key is kept with it."),
                              ErrorBanner::Kind::Info);
        return;
    }
    // Per-device keychain entries: the account key goes to every phone on the account.
    auto pending = std::make_shared<int>(int(accountDevices.size()));
    for (const Device &device : accountDevices) {
        thenIfAlive(m_facade.updateDevice(device, Credentials { {}, {}, key }), this,
                    [this, pending](const Result<Device> &r) {
                        if (!r)
                            m_banner->showMessage(tr("The key could not be saved: %1").arg(r.errorString()));
                        else if (--*pending == 0)
                            m_banner->showMessage(tr("The API key is saved in the keychain."),
                                                  ErrorBanner::Kind::Success);
                    });
    }
    m_accountKey->clear();
}

} // namespace smsdesk
