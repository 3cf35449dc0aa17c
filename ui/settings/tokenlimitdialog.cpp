// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlimitdialog.h"

#include "theme.h"
#include "tokenmodel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace smsdesk {

TokenLimitDialog::TokenLimitDialog(const QString &tokenName, const std::optional<TokenLimit> &current,
                                   const TokenLimit &defaultLimit, QWidget *parent)
    : QDialog(parent)
    , m_default(new QRadioButton(this))
    , m_own(new QRadioButton(tr("&Own limit:"), this))
    , m_unlimited(new QRadioButton(tr("&Unlimited"), this))
    , m_rate(new QDoubleSpinBox(this))
    , m_burst(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Request limit of “%1”").arg(tokenName));
    m_default->setText(tr("&Default limit (%1)").arg(TokenModel::limitText(defaultLimit)));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *choice : { m_default, m_own, m_unlimited })
        group->addButton(choice);
    m_rate->setDecimals(2);
    m_rate->setRange(0.01, TokenLimit::kMaxRatePerSecond);
    m_rate->setSuffix(tr(" per second"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_burst->setRange(1, TokenLimit::kMaxBurst);
    m_burst->setPrefix(tr("bursts of "));
    m_burst->setAccessibleName(tr("Requests at once"));
    const TokenLimit shown = current && !current->unlimited ? *current : defaultLimit;
    m_rate->setValue(shown.ratePerSecond);
    m_burst->setValue(shown.burst);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::kSpacing);
    auto *intro = new QLabel(tr("How many requests the program with this token may send to the API. "
                                "Above it, the API answers 429 and says when to try again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_default);
    auto *own = new QHBoxLayout;
    own->addWidget(m_own);
    own->addWidget(m_rate, 1);
    own->addWidget(m_burst, 1);
    layout->addLayout(own);
    layout->addWidget(m_unlimited);
    auto *warning = new QLabel(tr("Unlimited: only for a program you trust; it can fill the queue as fast "
                                  "as this computer takes requests."),
                               this);
    warning->setWordWrap(true);
    warning->setEnabled(false); // secondary text
    layout->addWidget(warning);
    layout->addWidget(m_buttons);

    const auto enableNumbers = [this] {
        m_rate->setEnabled(m_own->isChecked());
        m_burst->setEnabled(m_own->isChecked());
    };
    connect(m_own, &QRadioButton::toggled, this, enableNumbers);
    if (!current)
        m_default->setChecked(true);
    else if (current->unlimited)
        m_unlimited->setChecked(true);
    else
        m_own->setChecked(true);
    enableNumbers();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<TokenLimit> TokenLimitDialog::limit() const
{
    if (m_unlimited->isChecked())
        return TokenLimit::none();
    if (m_own->isChecked()) {
        TokenLimit own;
        own.ratePerSecond = m_rate->value();
        own.burst = m_burst->value();
        return own;
    }
    return std::nullopt;
}

} // namespace smsdesk
