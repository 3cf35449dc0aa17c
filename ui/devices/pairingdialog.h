// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace smsdesk {

// How a phone's replies and delivery reports reach Smsdesk, as it is for that phone: fetched
// by polling (nothing to set up), webhooks Smsdesk registered on the phone itself, or why
// not. SMSGate takes webhooks only through its API (reference/gateways.md), so there is no
// address to type into the app; the only step left to a person is the signing key on
// cloud phones, whose server refuses to set it (then the secret is shown to copy).
class PairingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingDialog)

public:
    struct Facts
    {
        QString deviceName;
        QString adapter; // "smsgate", "smsgate-cloud", "mysmsgate"
        QString gatewayUrl; // the gateway listener's URL; "" when none runs
        QString reportsVia; // DeviceHealth::reportsVia: what the engine found
        int pollSeconds = 3; // the inbox poll interval
    };

    explicit PairingDialog(const Facts &facts, QWidget *parent = nullptr);
    // The facts in words, as shown (for tests and screen readers).
    QString statusText() const;
    // Cloud phones: the secret to enter as the app's signing key, read from the keychain.
    bool wantsSecret() const { return m_secretField != nullptr; }
    void setSecret(const QString &secret);
    void setSecretUnavailable(const QString &reason);

private:
    QLabel *m_status = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_secretField = nullptr;
};

} // namespace smsdesk
