// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressbook/addressbook.h"
#include "addressbook/numberkey.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

namespace {

Contact person(const QString &name, const QString &fax, const QString &company = {},
               const QString &email = {}, const QStringList &groups = {})
{
    Contact c;
    c.party.name = name;
    c.party.faxNumber = fax;
    c.party.company = company;
    c.party.email = email;
    c.groups = groups;
    return c;
}

DialingRules berlin()
{
    DialingRules rules;
    rules.outsideLinePrefix = QStringLiteral("0");
    rules.countryCode = QStringLiteral("49");
    rules.areaCode = QStringLiteral("30");
    return rules;
}

} // namespace

/// The address book store: contacts, groups, search, lookup by number, transactions, schema.
class TestAddressBook : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("user/addressbook.sqlite"));
        QFile::remove(m_path);
    }

    void everyFieldRoundTrips()
    {
        AddressBook book;
        QVERIFY(book.open(m_path));
        Contact c;
        Party &p = c.party;
        p = {QStringLiteral("Jürgen Müller"),
             QStringLiteral("+49 30 1234569"),
             QStringLiteral("Beispiel GmbH"),
             QStringLiteral("Friedrichstraße 12\nHinterhaus"),
             QStringLiteral("Berlin"),
             QStringLiteral("BE"),
             QStringLiteral("10117"),
             QStringLiteral("Germany"),
             QStringLiteral("Einkaufsleiter"),
             QStringLiteral("Einkauf"),
             QStringLiteral("Haus B"),
             QStringLiteral("+49 30 555"),
             QStringLiteral("+49 30 1234560"),
             QStringLiteral("j@example.de"),
             QStringLiteral("K-17")};
        c.notes = QStringLiteral("Calls back\nafter 14:00");
        c.groups = {QStringLiteral("Suppliers"), QStringLiteral("Berlin")};
        QSignalSpy added(&book, &AddressBook::contactAdded);
        const Expected<qint64> id = book.addContact(c);
        QVERIFY2(id, qPrintable(id.error().message));
        QCOMPARE(added.size(), 1);
        book.close();

        AddressBook reopened;
        QVERIFY(reopened.open(m_path));
        const std::optional<Contact> read = reopened.contact(*id);
        QVERIFY(read);
        c.id = *id;
        c.groups = {QStringLiteral("Berlin"), QStringLiteral("Suppliers")}; // by name
        QCOMPARE(*read, c);
        QCOMPARE(reopened.contactCount(), 1);
    }

    void updateAndRemove()
    {
        AddressBook book;
        QVERIFY(book.open(m_path));
        Contact c = person(QStringLiteral("A"), QStringLiteral("+1 555 0100"));
        c.id = *book.addContact(c);
        c.party.company = QStringLiteral("Acme");
        c.groups = {QStringLiteral("Customers")};
        QSignalSpy changed(&book, &AddressBook::contactChanged);
        QVERIFY(book.updateContact(c));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(book.contact(c.id)->party.company, QStringLiteral("Acme"));
        QCOMPARE(book.groups().size(), 1);
        QCOMPARE(book.groups().first().members, 1);

        Contact missing = c;
        missing.id = c.id + 100;
        const Result r = book.updateContact(missing);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);

        QSignalSpy removed(&book, &AddressBook::contactRemoved);
        QVERIFY(book.removeContacts({c.id}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(book.contactCount(), 0);
        QCOMPARE(book.groups().first().members, 0); // the group stays, empty
    }

    void groups()
    {
        AddressBook book;
        QVERIFY(book.open(m_path));
        const qint64 a = *book.addContact(person(QStringLiteral("Anna"), QStringLiteral("1")));
        const qint64 b = *book.addContact(person(QStringLiteral("Bert"), QStringLiteral("2")));
        const Expected<qint64> g = book.addGroup(QStringLiteral(" Customers "));
        QVERIFY(g);
        QCOMPARE(book.groups().first().name, QStringLiteral("Customers"));
        QCOMPARE(book.addGroup(QStringLiteral("customers")).error().kind,
                 Error::Kind::InvalidArgument);
        QCOMPARE(book.addGroup(QStringLiteral("  ")).error().kind, Error::Kind::InvalidArgument);
        QVERIFY(book.setGroupMembers(*g, {b, a}));
        QCOMPARE(book.groupMembers(*g), (QList<qint64>{a, b}));
        QCOMPARE(book.groupContacts(*g).size(), 2);
        // A contact is in several groups.
        const qint64 g2 = *book.addGroup(QStringLiteral("Berlin"));
        QVERIFY(book.setGroupMembers(g2, {a}));
        QCOMPARE(book.contact(a)->groups,
                 (QStringList{QStringLiteral("Berlin"), QStringLiteral("Customers")}));
        QVERIFY(book.renameGroup(*g, QStringLiteral("Clients")));
        QCOMPARE(book.contact(b)->groups, QStringList{QStringLiteral("Clients")});
        QCOMPARE(book.renameGroup(*g, QStringLiteral("berlin")).error().kind,
                 Error::Kind::InvalidArgument);
        QVERIFY(book.removeGroup(*g));
        QCOMPARE(book.contactCount(), 2); // its contacts stay
        QCOMPARE(book.contact(b)->groups, QStringList());
        QCOMPARE(book.groups().size(), 1);
    }

    void search()
    {
        AddressBook book;
        QVERIFY(book.open(m_path));
        const qint64 anna = *book.addContact(
            person(QStringLiteral("Anna Smith"), QStringLiteral("+1 555-0101"),
                   QStringLiteral("Smith & Sons"), QStringLiteral("anna@example.com")));
        const qint64 jurgen =
            *book.addContact(person(QStringLiteral("Jürgen Müller"), QStringLiteral("030 1234569"),
                                    QStringLiteral("Beispiel GmbH"), QStringLiteral("j@example.de"),
                                    {QStringLiteral("Suppliers")}));
        QCOMPARE(book.search(QString()), (QList<qint64>{anna, jurgen}));
        QCOMPARE(book.search(QStringLiteral("SMITH")), QList<qint64>{anna});
        QCOMPARE(book.search(QStringLiteral("müll")), QList<qint64>{jurgen});
        QCOMPARE(book.search(QStringLiteral("beispiel")), QList<qint64>{jurgen});
        QCOMPARE(book.search(QStringLiteral("example.com")), QList<qint64>{anna});
        QCOMPARE(book.search(QStringLiteral("5550101")), QList<qint64>{anna});
        QCOMPARE(book.search(QStringLiteral("0301234")), QList<qint64>{jurgen});
        QCOMPARE(book.search(QStringLiteral("anna sons")), QList<qint64>{anna});
        QCOMPARE(book.search(QStringLiteral("anna gmbh")), QList<qint64>{});
        const qint64 suppliers = book.groups().first().id;
        QCOMPARE(book.search(QString(), suppliers), QList<qint64>{jurgen});
        QCOMPARE(book.search(QStringLiteral("anna"), suppliers), QList<qint64>{});
    }

    void numberKeys_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("key");
        QTest::newRow("international") << "+49 30 1234567"
                                       << "49301234567";
        QTest::newRow("trunk hint") << "+49 (0)30 1234567"
                                    << "49301234567";
        QTest::newRow("national") << "030/1234567"
                                  << "49301234567";
        QTest::newRow("local") << "1234567"
                               << "49301234567";
        QTest::newRow("international prefix") << "0049 30 1234567"
                                              << "49301234567";
        QTest::newRow("dial string") << "0,0301234567"
                                     << "49301234567";
        QTest::newRow("other country") << "0033 1 42685301"
                                       << "33142685301";
        QTest::newRow("extension") << "123"
                                   << "123";
        QTest::newRow("letters") << "CALL-ME"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void numberKeys()
    {
        QFETCH(QString, number);
        QFETCH(QString, key);
        QCOMPARE(faxNumberKey(number, berlin()), key);
    }

    void findByNumberAfterDialingRules()
    {
        AddressBook book;
        QVERIFY(book.open(m_path));
        const qint64 id = *book.addContact(
            person(QStringLiteral("Jürgen Müller"), QStringLiteral("+49 (0)30 123 4569")));
        book.addContact(person(QStringLiteral("Paris"), QStringLiteral("+33 1 42 68 53 01")));
        // A caller id as the line reports it: national, local or international.
        for (const QString &callerId : {QStringLiteral("0301234569"), QStringLiteral("1234569"),
                                        QStringLiteral("+49301234569")}) {
            const std::optional<Contact> found = book.findByNumber(callerId, berlin());
            QVERIFY2(found, qPrintable(callerId));
            QCOMPARE(found->id, id);
        }
        QVERIFY(!book.findByNumber(QStringLiteral("0301234568"), berlin()));
        QVERIFY(!book.findByNumber(QStringLiteral("unknown"), berlin()));
        QCOMPARE(book.findByNumber(QStringLiteral("0033142685301"), berlin())->party.name,
                 QStringLiteral("Paris"));
        // Without a country in the rules only numbers written alike match.
        QVERIFY(!book.findByNumber(QStringLiteral("0301234569"), DialingRules()));
        // A change to the book is seen by the next lookup.
        Contact changed = *book.contact(id);
        changed.party.faxNumber = QStringLiteral("030 999");
        QVERIFY(book.updateContact(changed));
        QVERIFY(!book.findByNumber(QStringLiteral("0301234569"), berlin()));
        QCOMPARE(book.findByNumber(QStringLiteral("+4930999"), berlin())->id, id);
    }

    void importIsAllOrNothing()
    {
        AddressBook book;
        QVERIFY(book.open(m_path));
        book.addContact(person(QStringLiteral("Before"), QStringLiteral("1")));
        // A trigger makes the third insert fail, as a full disk would.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON contacts WHEN NEW.name = 'C' "
                               "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        QSignalSpy reset(&book, &AddressBook::reset);
        const Expected<QList<qint64>> ids = book.addContacts(
            {person(QStringLiteral("A"), QStringLiteral("2"), {}, {}, {QStringLiteral("New")}),
             person(QStringLiteral("B"), QStringLiteral("3")),
             person(QStringLiteral("C"), QStringLiteral("4"))});
        QVERIFY(!ids);
        QCOMPARE(ids.error().kind, Error::Kind::Database);
        QVERIFY2(ids.error().message.contains(QLatin1String("disk full")),
                 qPrintable(ids.error().message));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(book.contactCount(), 1);
        QCOMPARE(book.groups().size(), 0);
        const Expected<QList<qint64>> good =
            book.addContacts({person(QStringLiteral("A"), QStringLiteral("2")),
                              person(QStringLiteral("B"), QStringLiteral("3"))});
        QVERIFY(good);
        QCOMPARE(good->size(), 2);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(book.contactCount(), 3);
    }

    void schemaVersion()
    {
        {
            AddressBook book;
            QVERIFY(book.open(m_path));
        }
        auto version = [&](int set) {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
            db.setDatabaseName(m_path);
            db.open();
            QSqlQuery q(db);
            if (set >= 0)
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(set));
            q.exec(QStringLiteral("PRAGMA user_version"));
            q.next();
            const int v = q.value(0).toInt();
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("version"));
            return v;
        };
        QCOMPARE(version(-1), AddressBook::SchemaVersion);
        version(AddressBook::SchemaVersion + 1);
        AddressBook newer;
        const Result r = newer.open(m_path);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("newer version")),
                 qPrintable(r.error().message));
        QCOMPARE(version(-1), AddressBook::SchemaVersion + 1); // left as it was
    }

    void damagedFileIsReportedNotRewritten()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk(4096, 'x');
        f.write(junk);
        f.close();
        AddressBook book;
        const Result r = book.open(m_path);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Database);
        QVERIFY2(r.error().message.contains(QLatin1String("addressbook.sqlite")),
                 qPrintable(r.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestAddressBook)
#include "tst_addressbook.moc"
