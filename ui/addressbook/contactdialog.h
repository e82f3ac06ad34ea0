// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addressbook/contact.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Fax {

/// Edits every field of a contact (the recipient fields, notes, groups); "New Contact" or
/// "Edit Contact". OK is refused, with the reason shown, for a contact without a name, company
/// or number, or with a fax number that cannot be dialled.
class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    /// groups: every group of the book, offered as check boxes.
    ContactDialog(const Contact &contact, const QStringList &groups, QWidget *parent = nullptr);
    ~ContactDialog() override;

    /// The contact as edited (its id unchanged).
    Contact contact() const;
    /// The line edit of a Party field by its JSON key ("name", "faxNumber", ...), for tests.
    QLineEdit *field(const QString &key) const;

    void accept() override;

private:
    Contact m_contact;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QPlainTextEdit *m_street;
    QPlainTextEdit *m_notes;
    QListWidget *m_groups;
    QLabel *m_problem;
};

} // namespace Fax
