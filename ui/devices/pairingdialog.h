// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace smsdesk {

// What to enter on the phone so its reports reach us: the webhook URL and the signing
// secret, as text to copy and as a QR code to scan.
class PairingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingDialog)

public:
    PairingDialog(const QString &deviceName, const QString &webhookUrl, QWidget *parent = nullptr);
    // The secret is read from the keychain asynchronously; until then the code holds the URL.
    void setSecret(const QString &secret);
    void setSecretUnavailable(const QString &reason);
    QString qrText() const { return m_qrText; }

private:
    QLineEdit *addCopyRow(QFormLayout *form, const QString &label, const QString &value);
    void updateCode();

    QString m_url;
    QString m_secret;
    QString m_qrText;
    QLabel *m_code = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_secretField = nullptr;
};

} // namespace smsdesk
