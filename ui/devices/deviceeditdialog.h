// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "gatewayadapter.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace smsdesk {

class EngineFacade;

// Add or edit one phone: connection, limits and credentials, with "Test connection"
// answering inline. Saves through the facade (credentials to the keychain) and closes
// only when the save succeeded; errors stay in the dialog.
class DeviceEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceEditDialog)

public:
    // `device.id == 0` adds a new phone.
    DeviceEditDialog(EngineFacade &facade, const Device &device, QWidget *parent = nullptr);

    Device device() const;
    Credentials credentials() const;

Q_SIGNALS:
    void saved(const smsdesk::Device &device);

private:
    void buildConnectionFields(QFormLayout *form);
    QGroupBox *buildCredentialsBox();
    void loadCredentials();
    void updateAdapterFields();
    void validate();
    void testConnection();
    QString adoptRemoteDevice(const QList<RemoteDevice> &devices);
    void save();
    void showResult(const QString &text, bool good);
    void setBusy(bool busy);

    EngineFacade &m_facade;
    Device m_device;
    QList<SimCard> m_simCards; // as the last Test connection found them
    QLineEdit *m_name = nullptr;
    QComboBox *m_adapter = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_remoteId = nullptr;
    QSpinBox *m_sim = nullptr;
    QSpinBox *m_perMinute = nullptr;
    QSpinBox *m_perDay = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_credentialsLoaded = false; // edit: don't overwrite what we never showed
};

} // namespace smsdesk
