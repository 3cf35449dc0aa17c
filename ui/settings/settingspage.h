// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace smsdesk {

class QuietHoursSection;
class IntakesSection;

class EngineFacade;
class ErrorBanner;
class ReadModel;
class TokensSection;
class OptOutsSection;
class SavedTextsSection;
class WebhooksSection;

// Settings in KeePassXC's shape: categories on the left, one form on the right, Apply
// and Revert under it. Secrets go to the keychain through the facade, never to settings.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(EngineFacade &facade, ReadModel &reader, QWidget *parent = nullptr);
    ~SettingsPage() override;

    TokensSection *tokens() const { return m_tokens; }
    WebhooksSection *webhooks() const { return m_webhooks; }
    SavedTextsSection *savedTexts() const { return m_savedTexts; }
    OptOutsSection *optOuts() const { return m_optOuts; }
    IntakesSection *intakes() const { return m_intakes; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *notificationSoundBox() const { return m_notificationSound; }
    QComboBox *regionBox() const { return m_region; }
    QSpinBox *retryAttemptsBox() const { return m_retryAttempts; }
    QuietHoursSection *quietHours() const { return m_quietHours; }
    QPushButton *applyButton() const { return m_apply; }
    QDoubleSpinBox *defaultRateBox() const { return m_defaultRate; }
    QSpinBox *defaultBurstBox() const { return m_defaultBurst; }
    // Writes this machine's part of the form to AppSettings and the business's to the
    // database (every desk); emits languageChanged when the language changed.
    void apply();
    // Shows what is stored, dropping unapplied edits.
    void revert();
    // Opens the section that holds `section` (one of the accessors above).
    void showSection(QWidget *section);

Q_SIGNALS:
    void languageChanged(const QString &language); // "" = follow the system

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void loadWebhooksIfOpen();
    void buildBody();
    QWidget *buildGeneral();
    QWidget *buildSending();
    QWidget *buildApiServer();
    QWidget *buildAccounts();
    QWidget *buildWebhooks();
    QWidget *buildSavedTexts();
    void addSection(const QString &icon, const QString &fallback, const QString &title, QWidget *page);
    void markDirty();
    void updateRetryPreview();
    void saveAccountKey();
    void businessSettingsChanged();

    EngineFacade &m_facade;
    ReadModel &m_reader;
    ErrorBanner *m_banner = nullptr;
    QWidget *m_body = nullptr; // everything under the banner; rebuilt on a language switch
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_notificationSound = nullptr; // this machine's setting (AppSettings)
    QComboBox *m_region = nullptr;
    QComboBox *m_mySmsGateCheck = nullptr;
    QSpinBox *m_retryBase = nullptr;
    QDoubleSpinBox *m_retryFactor = nullptr;
    QSpinBox *m_retryCap = nullptr;
    QSpinBox *m_retryAttempts = nullptr;
    QLabel *m_retryPreview = nullptr;
    QLineEdit *m_listenHost = nullptr;
    QSpinBox *m_listenPort = nullptr;
    QPlainTextEdit *m_allowedHosts = nullptr;
    QDoubleSpinBox *m_defaultRate = nullptr; // the default request limit per token (AppSettings)
    QSpinBox *m_defaultBurst = nullptr;
    TokensSection *m_tokens = nullptr;
    WebhooksSection *m_webhooks = nullptr;
    SavedTextsSection *m_savedTexts = nullptr;
    OptOutsSection *m_optOuts = nullptr;
    IntakesSection *m_intakes = nullptr; // issue 16: queues this desk reads messages from
    QuietHoursSection *m_quietHours = nullptr; // business settings (issue 15, point 2)
    QLineEdit *m_accountKey = nullptr;
    QLabel *m_accountNote = nullptr;
    QPushButton *m_accountSave = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    bool m_loading = false;
};

} // namespace smsdesk
