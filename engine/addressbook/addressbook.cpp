// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressbook.h"

#include "numberkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

QString sqlReason(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? trFax(QT_TRANSLATE_NOOP("Fax", "unknown database error")) : text;
}

/// Text for a NOT NULL column: a null QString would be bound as NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// The contact's row values, in the order of the contacts table's columns after id.
QVariantList rowValues(const Contact &contact)
{
    return {nonNull(contact.party.name), QString::fromUtf8(partyToJson(contact.party)),
            nonNull(contact.notes), contactSearchText(contact.party)};
}

QList<qint64> idsOf(QSqlQuery &q)
{
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

AddressBook::AddressBook(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("addressbook-") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

AddressBook::~AddressBook()
{
    close();
}

QString AddressBook::pathIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("addressbook.sqlite"));
}

Error AddressBook::databaseError(const QString &what, const QString &reason) const
{
    return Error::make(Error::Kind::Database,
                       trFax(QT_TRANSLATE_NOOP("Fax", "Address book %1: %2 failed: %3"))
                           .arg(QDir::toNativeSeparators(m_path), what, reason));
}

Result AddressBook::open(const QString &path)
{
    close();
    m_path = path;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot create the folder %1 for the "
                                                          "address book"))
                               .arg(QDir::toNativeSeparators(folder)));
    const QString opening = trFax(QT_TRANSLATE_NOOP("Fax", "opening"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            const Error e = databaseError(opening, sqlReason(db.lastError()));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return e;
        }
    }
    m_open = true;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Read before anything writes: a damaged file is reported, never rewritten.
    const QStringList pragmas = {
        QStringLiteral("SELECT count(*) FROM sqlite_master"),
        QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &statement : pragmas) {
        if (!q.exec(statement)) {
            const Error e = databaseError(opening, sqlReason(q.lastError()));
            close();
            return e;
        }
    }
    q.finish();
    if (Result r = createSchema(); !r) {
        close();
        return r;
    }
    return {};
}

void AddressBook::close()
{
    if (!m_open)
        return;
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    invalidateNumbers();
}

Result AddressBook::createSchema()
{
    const QString creating = trFax(QT_TRANSLATE_NOOP("Fax", "creating the tables"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return databaseError(creating, sqlReason(q.lastError()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version == SchemaVersion)
        return {};
    if (version > SchemaVersion)
        return Error::make(
            Error::Kind::Database,
            trFax(QT_TRANSLATE_NOOP("Fax", "The address book %1 was written by a newer version "
                                           "of the program (schema %2; this one reads %3)"))
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(SchemaVersion));
    return transaction(creating, [&]() -> Result {
        const QStringList steps = {
            QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                           "party TEXT NOT NULL, notes TEXT NOT NULL, search TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE groups (id INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE members (group_id INTEGER NOT NULL REFERENCES groups(id) "
                           "ON DELETE CASCADE, contact_id INTEGER NOT NULL REFERENCES "
                           "contacts(id) ON DELETE CASCADE, PRIMARY KEY (group_id, contact_id))"),
            QStringLiteral("CREATE INDEX members_contact ON members (contact_id)"),
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)};
        QSqlQuery s(QSqlDatabase::database(m_connection, false));
        for (const QString &step : steps) {
            if (!s.exec(step))
                return databaseError(creating, sqlReason(s.lastError()));
        }
        return {};
    });
}

Result AddressBook::transaction(const QString &what, const std::function<Result()> &work)
{
    if (!m_open)
        return Error::make(Error::Kind::Database,
                           trFax(QT_TRANSLATE_NOOP("Fax", "The address book is not open")));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return databaseError(what, sqlReason(db.lastError()));
    Result r = work();
    if (r && !db.commit())
        r = databaseError(what, sqlReason(db.lastError()));
    if (!r)
        db.rollback();
    invalidateNumbers();
    return r;
}

Expected<qint64> AddressBook::groupId(const QString &name, bool create)
{
    const QString what = trFax(QT_TRANSLATE_NOOP("Fax", "storing the group"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM groups WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return databaseError(what, sqlReason(q.lastError()));
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return Error::make(Error::Kind::NotFound,
                           trFax(QT_TRANSLATE_NOOP("Fax", "There is no group %1")).arg(name));
    q.prepare(QStringLiteral("INSERT INTO groups (name) VALUES (?)"));
    q.addBindValue(name);
    if (!q.exec())
        return databaseError(what, sqlReason(q.lastError()));
    return q.lastInsertId().toLongLong();
}

Result AddressBook::writeMemberships(qint64 contactId, const QStringList &groups)
{
    const QString what = trFax(QT_TRANSLATE_NOOP("Fax", "storing the groups of a contact"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM members WHERE contact_id = ?"));
    q.addBindValue(contactId);
    if (!q.exec())
        return databaseError(what, sqlReason(q.lastError()));
    for (const QString &written : groups) {
        const QString name = written.trimmed();
        if (name.isEmpty())
            continue;
        const Expected<qint64> group = groupId(name, true);
        if (!group)
            return group.error();
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO members (group_id, contact_id) "
                                 "VALUES (?, ?)"));
        q.addBindValue(*group);
        q.addBindValue(contactId);
        if (!q.exec())
            return databaseError(what, sqlReason(q.lastError()));
    }
    return {};
}

Expected<qint64> AddressBook::insertContact(const Contact &contact)
{
    const QString what = trFax(QT_TRANSLATE_NOOP("Fax", "storing a contact"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO contacts (name, party, notes, search) "
                             "VALUES (?, ?, ?, ?)"));
    for (const QVariant &value : rowValues(contact))
        q.addBindValue(value);
    if (!q.exec())
        return databaseError(what, sqlReason(q.lastError()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Result r = writeMemberships(id, contact.groups); !r)
        return r.error();
    return id;
}

Expected<qint64> AddressBook::addContact(const Contact &contact)
{
    qint64 id = 0;
    const Result r = transaction(trFax(QT_TRANSLATE_NOOP("Fax", "adding a contact")), [&]() {
        const Expected<qint64> stored = insertContact(contact);
        if (!stored)
            return Result(stored.error());
        id = *stored;
        return Result();
    });
    if (!r)
        return r.error();
    if (!contact.groups.isEmpty())
        emit groupsChanged();
    emit contactAdded(id);
    return id;
}

Expected<QList<qint64>> AddressBook::addContacts(const QList<Contact> &contacts)
{
    QList<qint64> ids;
    ids.reserve(contacts.size());
    const Result r = transaction(trFax(QT_TRANSLATE_NOOP("Fax", "importing contacts")), [&]() {
        for (const Contact &contact : contacts) {
            const Expected<qint64> stored = insertContact(contact);
            if (!stored)
                return Result(stored.error());
            ids.append(*stored);
        }
        return Result();
    });
    if (!r)
        return r.error();
    emit groupsChanged();
    emit reset();
    return ids;
}

Result AddressBook::updateContact(const Contact &contact)
{
    const Result r = transaction(trFax(QT_TRANSLATE_NOOP("Fax", "changing a contact")), [&]() {
        const QString what = trFax(QT_TRANSLATE_NOOP("Fax", "changing a contact"));
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE contacts SET name = ?, party = ?, notes = ?, search = ? "
                                 "WHERE id = ?"));
        for (const QVariant &value : rowValues(contact))
            q.addBindValue(value);
        q.addBindValue(contact.id);
        if (!q.exec())
            return Result(databaseError(what, sqlReason(q.lastError())));
        if (q.numRowsAffected() != 1)
            return Result(Error::make(
                Error::Kind::NotFound,
                trFax(QT_TRANSLATE_NOOP("Fax", "The contact %1 is no longer in the address book"))
                    .arg(contactDisplayName(contact.party))));
        return writeMemberships(contact.id, contact.groups);
    });
    if (!r)
        return r;
    emit groupsChanged();
    emit contactChanged(contact.id);
    return {};
}

Result AddressBook::removeContacts(const QList<qint64> &ids)
{
    const Result r = transaction(trFax(QT_TRANSLATE_NOOP("Fax", "deleting contacts")), [&]() {
        const QString what = trFax(QT_TRANSLATE_NOOP("Fax", "deleting contacts"));
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        for (const qint64 id : ids) {
            q.addBindValue(id);
            if (!q.exec())
                return Result(databaseError(what, sqlReason(q.lastError())));
        }
        return Result();
    });
    if (!r)
        return r;
    for (const qint64 id : ids)
        emit contactRemoved(id);
    emit groupsChanged();
    return {};
}

QList<Contact> AddressBook::readContacts(const QString &where, const QVariantList &values) const
{
    QList<Contact> contacts;
    if (!m_open)
        return contacts;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QHash<qint64, QStringList> memberships;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The groups of the contacts read only: one contact is read for each received fax's name.
    q.prepare(QStringLiteral("SELECT m.contact_id, g.name FROM members m JOIN groups g "
                             "ON g.id = m.group_id %1 ORDER BY g.name COLLATE NOCASE")
                  .arg(where.isEmpty() ? QString()
                                       : QStringLiteral("WHERE m.contact_id IN (SELECT id FROM "
                                                        "contacts %1)")
                                             .arg(where)));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (q.exec()) {
        while (q.next())
            memberships[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    q.prepare(QStringLiteral("SELECT id, party, notes FROM contacts %1 "
                             "ORDER BY name COLLATE NOCASE, id")
                  .arg(where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return contacts;
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.party = partyFromJson(q.value(1).toString().toUtf8());
        c.notes = q.value(2).toString();
        c.groups = memberships.value(c.id);
        contacts.append(c);
    }
    return contacts;
}

QList<Contact> AddressBook::contacts() const
{
    return readContacts(QString(), {});
}

std::optional<Contact> AddressBook::contact(qint64 id) const
{
    const QList<Contact> found = readContacts(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int AddressBook::contactCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<qint64> AddressBook::search(const QString &text, qint64 groupId) const
{
    QList<qint64> ids;
    if (!m_open)
        return ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (groupId != 0) {
        q.prepare(QStringLiteral("SELECT c.id, c.search FROM contacts c JOIN members m ON "
                                 "m.contact_id = c.id WHERE m.group_id = ? "
                                 "ORDER BY c.name COLLATE NOCASE, c.id"));
        q.addBindValue(groupId);
    } else {
        q.prepare(QStringLiteral("SELECT id, search FROM contacts "
                                 "ORDER BY name COLLATE NOCASE, id"));
    }
    if (!q.exec())
        return ids;
    while (q.next()) {
        if (contactSearchMatches(q.value(1).toString(), text))
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

std::optional<Contact> AddressBook::findByNumber(const QString &number,
                                                 const DialingRules &rules) const
{
    const QString key = faxNumberKey(number, rules);
    if (key.isEmpty() || !m_open)
        return std::nullopt;
    if (m_numbers.isEmpty() || !(m_numberRules == rules)) {
        m_numbers.clear();
        m_numberRules = rules;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        // The first contact by name wins when two share a number.
        if (q.exec(QStringLiteral("SELECT id, party FROM contacts "
                                  "ORDER BY name COLLATE NOCASE DESC, id DESC"))) {
            while (q.next()) {
                const Party party = partyFromJson(q.value(1).toString().toUtf8());
                const QString contactKey = faxNumberKey(party.faxNumber, rules);
                if (!contactKey.isEmpty())
                    m_numbers.insert(contactKey, q.value(0).toLongLong());
            }
        }
        if (m_numbers.isEmpty())
            m_numbers.insert(QString(), 0); // built: no numbers
    }
    const auto it = m_numbers.constFind(key);
    if (it == m_numbers.constEnd())
        return std::nullopt;
    return contact(it.value());
}

QList<ContactGroup> AddressBook::groups() const
{
    QList<ContactGroup> groups;
    if (!m_open)
        return groups;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT g.id, g.name, (SELECT count(*) FROM members m WHERE "
                               "m.group_id = g.id) FROM groups g ORDER BY g.name COLLATE NOCASE")))
        return groups;
    while (q.next())
        groups.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return groups;
}

Expected<qint64> AddressBook::addGroup(const QString &written)
{
    const QString name = written.trimmed();
    if (name.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "A group needs a name")));
    qint64 id = 0;
    const Result r = transaction(trFax(QT_TRANSLATE_NOOP("Fax", "adding a group")), [&]() {
        if (groupId(name, false))
            return Result(Error::make(
                Error::Kind::InvalidArgument,
                trFax(QT_TRANSLATE_NOOP("Fax", "There is already a group named %1")).arg(name)));
        const Expected<qint64> made = groupId(name, true);
        if (!made)
            return Result(made.error());
        id = *made;
        return Result();
    });
    if (!r)
        return r.error();
    emit groupsChanged();
    return id;
}

Result AddressBook::renameGroup(qint64 id, const QString &written)
{
    const QString name = written.trimmed();
    if (name.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "A group needs a name")));
    const Result r = transaction(trFax(QT_TRANSLATE_NOOP("Fax", "renaming a group")), [&]() {
        const Expected<qint64> existing = groupId(name, false);
        if (existing && *existing != id)
            return Result(Error::make(
                Error::Kind::InvalidArgument,
                trFax(QT_TRANSLATE_NOOP("Fax", "There is already a group named %1")).arg(name)));
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE groups SET name = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(id);
        if (!q.exec())
            return Result(databaseError(trFax(QT_TRANSLATE_NOOP("Fax", "renaming a group")),
                                        sqlReason(q.lastError())));
        return Result();
    });
    if (!r)
        return r;
    emit groupsChanged();
    emit reset(); // every member shows the new name
    return {};
}

Result AddressBook::removeGroup(qint64 id)
{
    const Result r = transaction(trFax(QT_TRANSLATE_NOOP("Fax", "deleting a group")), [&]() {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM groups WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Result(databaseError(trFax(QT_TRANSLATE_NOOP("Fax", "deleting a group")),
                                        sqlReason(q.lastError())));
        return Result();
    });
    if (!r)
        return r;
    emit groupsChanged();
    emit reset();
    return {};
}

QList<qint64> AddressBook::groupMembers(qint64 id) const
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT c.id FROM contacts c JOIN members m ON m.contact_id = c.id "
                             "WHERE m.group_id = ? ORDER BY c.name COLLATE NOCASE, c.id"));
    q.addBindValue(id);
    if (!q.exec())
        return {};
    return idsOf(q);
}

Result AddressBook::setGroupMembers(qint64 id, const QList<qint64> &contactIds)
{
    const QString what = trFax(QT_TRANSLATE_NOOP("Fax", "changing the members of a group"));
    const Result r = transaction(what, [&]() {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM members WHERE group_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Result(databaseError(what, sqlReason(q.lastError())));
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO members (group_id, contact_id) "
                                 "VALUES (?, ?)"));
        for (const qint64 contactId : contactIds) {
            q.addBindValue(id);
            q.addBindValue(contactId);
            if (!q.exec())
                return Result(databaseError(what, sqlReason(q.lastError())));
        }
        return Result();
    });
    if (!r)
        return r;
    emit groupsChanged();
    emit reset();
    return {};
}

QList<Contact> AddressBook::groupContacts(qint64 id) const
{
    return readContacts(QStringLiteral("WHERE id IN (SELECT contact_id FROM members "
                                       "WHERE group_id = ?)"),
                        {id});
}

} // namespace Fax
