// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addressbook/addressbook.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Fax {

/// The contacts of an AddressBook, one row each (columns: ContactColumn), kept up to date from
/// the book's signals: a contact added, changed or removed changes its row only.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListModel)

public:
    explicit ContactListModel(QObject *parent = nullptr);
    ~ContactListModel() override;

    /// Shows book's contacts (nullptr: none).
    void setAddressBook(AddressBook *book);
    AddressBook *addressBook() const { return m_book; }

    /// The row of the contact with id, or -1.
    int rowOf(qint64 id) const;
    const Contact &contactAt(int row) const { return m_contacts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void addContact(qint64 id);
    void changeContact(qint64 id);
    void removeContact(qint64 id);

    QPointer<AddressBook> m_book;
    QList<Contact> m_contacts;
    QList<QString> m_search; ///< contactSearchText() per row
};

} // namespace Fax
