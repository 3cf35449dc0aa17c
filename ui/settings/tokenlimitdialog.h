// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenlimit.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace smsdesk {

// How many requests one API token may send (issue 15, point 5): the default limit (named with
// its numbers), a limit of its own (requests per second, bursts of), or none at all.
class TokenLimitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenLimitDialog)

public:
    // `current`: the token's own limit; none: it has the default, `defaultLimit`.
    TokenLimitDialog(const QString &tokenName, const std::optional<TokenLimit> &current,
                     const TokenLimit &defaultLimit, QWidget *parent = nullptr);

    std::optional<TokenLimit> limit() const; // none: the default

    QRadioButton *defaultChoice() const { return m_default; }
    QRadioButton *ownChoice() const { return m_own; }
    QRadioButton *unlimitedChoice() const { return m_unlimited; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QSpinBox *burstBox() const { return m_burst; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QRadioButton *m_default = nullptr;
    QRadioButton *m_own = nullptr;
    QRadioButton *m_unlimited = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_burst = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace smsdesk
