// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlistmodel.h"

#include "addressbook/addressbook.h"
#include "modelroles.h"

namespace Fax {

ContactListModel::ContactListModel(QObject *parent) : QAbstractTableModel(parent) {}

ContactListModel::~ContactListModel() = default;

void ContactListModel::setAddressBook(AddressBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book) {
        connect(book, &AddressBook::contactAdded, this, &ContactListModel::addContact);
        connect(book, &AddressBook::contactChanged, this, &ContactListModel::changeContact);
        connect(book, &AddressBook::contactRemoved, this, &ContactListModel::removeContact);
        connect(book, &AddressBook::reset, this, &ContactListModel::reload);
        connect(book, &QObject::destroyed, this, [this]() { setAddressBook(nullptr); });
    }
    reload();
}

void ContactListModel::reload()
{
    beginResetModel();
    m_contacts = m_book ? m_book->contacts() : QList<Contact>();
    m_search.clear();
    m_search.reserve(m_contacts.size());
    for (const Contact &c : std::as_const(m_contacts))
        m_search.append(contactSearchText(c.party));
    endResetModel();
}

int ContactListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == id)
            return row;
    }
    return -1;
}

void ContactListModel::addContact(qint64 id)
{
    const std::optional<Contact> contact = m_book ? m_book->contact(id) : std::nullopt;
    if (!contact || rowOf(id) >= 0)
        return;
    const int row = int(m_contacts.size());
    beginInsertRows({}, row, row);
    m_contacts.append(*contact);
    m_search.append(contactSearchText(contact->party));
    endInsertRows();
}

void ContactListModel::changeContact(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<Contact> contact = m_book ? m_book->contact(id) : std::nullopt;
    if (row < 0 || !contact)
        return;
    m_contacts[row] = *contact;
    m_search[row] = contactSearchText(contact->party);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ContactListModel::removeContact(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    m_search.removeAt(row);
    endRemoveRows();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ContactColumn::Count);
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (ContactColumn(index.column())) {
        case ContactColumn::Name:
            return role == SortRole ? contactDisplayName(c.party).toCaseFolded()
                                    : contactDisplayName(c.party);
        case ContactColumn::FaxNumber:
            return c.party.faxNumber;
        case ContactColumn::Company:
            return role == SortRole ? c.party.company.toCaseFolded() : c.party.company;
        case ContactColumn::Email:
            return c.party.email;
        case ContactColumn::Count:
            break;
        }
        return {};
    case ContactRole:
        return QVariant::fromValue(c);
    case ContactIdRole:
        return c.id;
    case ContactSearchRole:
        return m_search.at(index.row());
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (ContactColumn(section)) {
    case ContactColumn::Name:
        return tr("Name");
    case ContactColumn::FaxNumber:
        return tr("Fax Number");
    case ContactColumn::Company:
        return tr("Company");
    case ContactColumn::Email:
        return tr("E-mail");
    case ContactColumn::Count:
        break;
    }
    return {};
}

} // namespace Fax
