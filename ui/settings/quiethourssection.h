// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enginefacade.h" // BusinessSettings::quietHours (quiethourssettings.h), as the facade hands them out

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace smsdesk {

// Settings → Quiet hours (issue 15, point 2): on/off, from and to (HH:mm, the recipient's
// time; a window may cross midnight), and the reply exemption in minutes. A business
// setting: the page writes it to the database with the rest (SettingsPage::apply).
class QuietHoursSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuietHoursSection)

public:
    explicit QuietHoursSection(QWidget *parent = nullptr);

    void load(const QuietHoursSettings &settings);
    // What the form says; empty `problem` when it can be saved, else why not (translated).
    QuietHoursSettings settings(QString *problem) const;

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QSpinBox *exemptBox() const { return m_exempt; }

Q_SIGNALS:
    void changed();

private:
    void updateSummary();

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QSpinBox *m_exempt = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace smsdesk
