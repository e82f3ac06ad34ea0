// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/party.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Fax {

class AddressBook;
class ContactFilterModel;
class ContactListModel;
class DialogRunner;
class MessageSink;

/// The address book ("Address Book"): the contacts with search as you type and a group filter;
/// new, edit and delete contacts; groups; import and export. In picker mode it chooses
/// recipients instead (pickRecipients()).
class AddressBookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressBookDialog)

public:
    enum class Mode { Manage, Pick };

    AddressBookDialog(AddressBook *book, DialogRunner *dialogs, MessageSink *messages,
                      Mode mode = Mode::Manage, QWidget *parent = nullptr);
    ~AddressBookDialog() override;

    /// Lets the user choose recipients from book: the selected contacts or, with a group chosen
    /// and no contact selected, the whole group. Empty when canceled. The dialog runs through
    /// dialogs (the standard runner when nullptr), so tests answer it. This is what the Send Fax
    /// Wizard's address book seam calls.
    static QList<Party> pickRecipients(AddressBook *book, QWidget *parent,
                                       DialogRunner *dialogs = nullptr,
                                       MessageSink *messages = nullptr);

    /// The recipients chosen in picker mode.
    QList<Party> chosenRecipients() const;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *groupFilter() const { return m_group; }
    QTableView *view() const { return m_view; }
    ContactFilterModel *filterModel() const { return m_filter; }

public slots:
    void newContact();
    void editContact();
    void deleteContacts();
    void editGroups();
    void importFile();
    void exportFile();

private:
    void reloadGroups();
    void updateButtons();
    QList<qint64> selectedIds() const;

    AddressBook *m_book;
    DialogRunner *m_dialogs;
    MessageSink *m_messages;
    Mode m_mode;
    ContactListModel *m_model;
    ContactFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_group;
    QTableView *m_view;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_pick = nullptr;
};

} // namespace Fax
