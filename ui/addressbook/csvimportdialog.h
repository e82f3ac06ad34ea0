// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addressbook/contactimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Fax {

/// The column-mapping step of a CSV import ("Import Contacts"): the detected separator and
/// character set (the user may choose others; the file is read again), each column with its first value and the field it fills (adjustable), and a
/// preview of the first contacts as they will be imported.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    explicit CsvImportDialog(const ContactFile &file, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    /// The field each column fills, as the user left it.
    QList<ContactField> mapping() const;
    /// The contacts the mapping makes.
    QList<Contact> contacts() const;

    /// The field chooser of a column, for tests.
    QComboBox *fieldChooser(int column) const;
    QTableWidget *preview() const { return m_preview; }

    /// The separator and character set choosers, for tests.
    QComboBox *separatorChooser() const { return m_separator; }
    QComboBox *encodingChooser() const { return m_encoding; }

private:
    void reread();
    void showColumns();
    void updatePreview();

    ContactFile m_file;
    QComboBox *m_separator;
    QComboBox *m_encoding;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace Fax
