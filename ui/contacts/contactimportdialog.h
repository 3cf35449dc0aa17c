// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "enginefacade.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace smsdesk {

// A contacts file before anything is stored: what was read (rows, encoding), for a CSV file
// the meaning of each column (guessed from its header, changeable), the contacts as they
// will be stored (numbers in E.164 with the business's region) and every row left out with
// its line and why; Import stores them all in one transaction, or none.
class ContactImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactImportDialog)

public:
    ContactImportDialog(EngineFacade &facade, const QString &path, QWidget *parent = nullptr);

    // What each CSV column is taken for: the combo's data.
    enum class Use { Ignore, Name, FirstName, LastName, Number, Groups, Note, Field };

    QLabel *summary() const { return m_summary; }
    QList<QComboBox *> columnPickers() const { return m_pickers; }
    QTableWidget *preview() const { return m_preview; }
    QListWidget *problems() const { return m_problems; }
    QLineEdit *groupsField() const { return m_groups; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void imported(const smsdesk::ContactImportResult &result);

private:
    void buildMapping(QWidget *parent);
    ColumnMapping mappingFromPickers() const;
    QStringList groups() const;
    void replan();
    void showPlan();
    void import();

    EngineFacade &m_facade;
    EngineFacade::ContactFile m_file;
    Result<ImportPlan> m_plan { ImportPlan {} };
    QString m_fileError;
    QLabel *m_source = nullptr;
    QList<QComboBox *> m_pickers;
    QLineEdit *m_groups = nullptr;
    QTableWidget *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace smsdesk
