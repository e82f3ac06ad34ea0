// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Fax {

class AddressBook;
class DialogRunner;
class MessageSink;

/// The groups (distribution lists) of an address book: new, rename, delete, and which contacts
/// are members ("Groups").
class GroupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsDialog)

public:
    GroupsDialog(AddressBook *book, DialogRunner *dialogs, MessageSink *messages,
                 QWidget *parent = nullptr);
    ~GroupsDialog() override;

    QListWidget *list() const { return m_list; }

public slots:
    void newGroup();
    void renameGroup();
    void deleteGroup();
    void editMembers();

private:
    void reload();
    qint64 currentId() const;
    /// Asks for a name (the dialog runner runs it); empty when canceled.
    QString askName(const QString &title, const QString &current);

    AddressBook *m_book;
    DialogRunner *m_dialogs;
    MessageSink *m_messages;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_members;
};

} // namespace Fax
