// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "core/result.h"
#include "core/serversettings.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace Fax {

/// A user's address book: contacts and groups in an SQLite file of the user's data folder.
///
/// Every change is one transaction, so a crash leaves the book as it was before or after it,
/// never half-written; an import of many contacts is one change. The file carries its schema
/// version; a book written by a newer version is refused, never rewritten.
class AddressBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressBook)

public:
    static constexpr int SchemaVersion = 1;

    explicit AddressBook(QObject *parent = nullptr);
    ~AddressBook() override;

    /// The book's file in a data folder (the one the job store uses).
    static QString pathIn(const QString &dataDirectory);

    /// Opens (or creates) the book at path, creating its folder.
    Result open(const QString &path);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    /// Every contact, ordered by name, with its groups.
    QList<Contact> contacts() const;
    std::optional<Contact> contact(qint64 id) const;
    int contactCount() const;

    /// Stores a new contact (its groups are created as needed); returns its id.
    Expected<qint64> addContact(const Contact &contact);
    /// Stores all contacts or, on any error, none of them (an import); returns their ids.
    Expected<QList<qint64>> addContacts(const QList<Contact> &contacts);
    /// Replaces the stored contact with contact.id, its group memberships included.
    Result updateContact(const Contact &contact);
    Result removeContacts(const QList<qint64> &ids);

    /// The ids of the contacts whose name, company, fax number or e-mail contain every word of
    /// text (see contactSearchMatches()), ordered by name; in group groupId only when it is not 0.
    QList<qint64> search(const QString &text, qint64 groupId = 0) const;

    /// The contact whose fax number is number after the dialing rules (see faxNumberKey()).
    std::optional<Contact> findByNumber(const QString &number, const DialingRules &rules) const;

    QList<ContactGroup> groups() const;
    Expected<qint64> addGroup(const QString &name);
    Result renameGroup(qint64 id, const QString &name);
    /// Removes the group; its contacts stay.
    Result removeGroup(qint64 id);
    QList<qint64> groupMembers(qint64 id) const;
    Result setGroupMembers(qint64 id, const QList<qint64> &contactIds);
    /// The contacts of a group as recipients.
    QList<Contact> groupContacts(qint64 id) const;

signals:
    void contactAdded(qint64 id);
    void contactChanged(qint64 id);
    void contactRemoved(qint64 id);
    /// Many contacts changed at once (an import, a group removed): read the book again.
    void reset();
    void groupsChanged();

private:
    Result createSchema();
    Result transaction(const QString &what, const std::function<Result()> &work);
    Expected<qint64> insertContact(const Contact &contact);
    Result writeMemberships(qint64 contactId, const QStringList &groups);
    Expected<qint64> groupId(const QString &name, bool create);
    Error databaseError(const QString &what, const QString &reason) const;
    QList<Contact> readContacts(const QString &where, const QVariantList &values) const;
    void invalidateNumbers() { m_numbers.clear(); }

    QString m_connection;
    QString m_path;
    bool m_open = false;
    // faxNumberKey -> contact id, for the rules in m_numberRules (built on first lookup).
    mutable QHash<QString, qint64> m_numbers;
    mutable DialingRules m_numberRules;
};

} // namespace Fax
