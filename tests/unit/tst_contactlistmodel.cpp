// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressbook/addressbook.h"
#include "contactfiltermodel.h"
#include "contactlistmodel.h"
#include "fakefaxserver.h"
#include "modelroles.h"
#include "receivedfaxfiltermodel.h"
#include "receivedfaxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

namespace {

Contact person(const QString &name, const QString &fax, const QString &company,
               const QStringList &groups = {})
{
    Contact c;
    c.party.name = name;
    c.party.faxNumber = fax;
    c.party.company = company;
    c.party.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
    c.groups = groups;
    return c;
}

QStringList column(const QAbstractItemModel &model, ContactColumn col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, int(col)).data().toString());
    return values;
}

} // namespace

/// ContactListModel and ContactFilterModel: rows follow the book incrementally; sort, search
/// and group filter.
class TestContactListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_book = std::make_unique<AddressBook>();
        QFile::remove(m_dir.filePath(QStringLiteral("ab.sqlite")));
        QVERIFY(m_book->open(m_dir.filePath(QStringLiteral("ab.sqlite"))));
        m_book->addContact(person(QStringLiteral("bert Brown"), QStringLiteral("+1 555 0102"),
                                  QStringLiteral("Zeta Inc"), {QStringLiteral("Customers")}));
        m_book->addContact(person(QStringLiteral("Anna Smith"), QStringLiteral("+1 555 0101"),
                                  QStringLiteral("Acme")));
    }

    void cleanup() { m_book.reset(); }

    void rowsFollowTheBook()
    {
        ContactListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAddressBook(m_book.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ContactColumn::Count));
        QCOMPARE(column(model, ContactColumn::Name),
                 (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("bert Brown")}));
        QCOMPARE(model.headerData(int(ContactColumn::FaxNumber), Qt::Horizontal).toString(),
                 QStringLiteral("Fax Number"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 id = *m_book->addContact(
            person(QStringLiteral("Carla Diaz"), QStringLiteral("+34 1"), QStringLiteral("Beta")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data(ContactIdRole).toLongLong(), id);

        Contact c = *m_book->contact(id);
        c.party.company = QStringLiteral("Gamma");
        QVERIFY(m_book->updateContact(c));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().column(),
                 int(ContactColumn::Count) - 1);
        QCOMPARE(model.index(2, int(ContactColumn::Company)).data().toString(),
                 QStringLiteral("Gamma"));

        QVERIFY(m_book->removeContacts({id}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.size(), 0);

        QVERIFY(m_book->addContacts({person(QStringLiteral("D"), QStringLiteral("1"), {}),
                                     person(QStringLiteral("E"), QStringLiteral("2"), {})}));
        QCOMPARE(reset.size(), 1); // an import reads the book again
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 1);
    }

    void sortSearchAndGroup()
    {
        ContactListModel source;
        source.setAddressBook(m_book.get());
        ContactFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&source);
        filter.sort(int(ContactColumn::Company), Qt::DescendingOrder);
        QCOMPARE(column(filter, ContactColumn::Company),
                 (QStringList{QStringLiteral("Zeta Inc"), QStringLiteral("Acme")}));
        filter.sort(int(ContactColumn::Name), Qt::AscendingOrder);
        // Case does not order: "bert" after "Anna".
        QCOMPARE(column(filter, ContactColumn::Name),
                 (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("bert Brown")}));

        filter.setSearchText(QStringLiteral("ZETA"));
        QCOMPARE(column(filter, ContactColumn::Name), QStringList{QStringLiteral("bert Brown")});
        filter.setSearchText(QStringLiteral("5550101"));
        QCOMPARE(column(filter, ContactColumn::Name), QStringList{QStringLiteral("Anna Smith")});
        filter.setSearchText(QStringLiteral("anna@"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QString());
        filter.setGroup(QStringLiteral("customers"));
        QCOMPARE(column(filter, ContactColumn::Name), QStringList{QStringLiteral("bert Brown")});
        filter.setSearchText(QStringLiteral("anna"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setGroup(QString());
        QCOMPARE(filter.rowCount(), 1);

        // A new contact that matches shows at its sorted place.
        m_book->addContact(person(QStringLiteral("Annabel Lee"), QStringLiteral("9"), {}));
        QCOMPARE(column(filter, ContactColumn::Name),
                 (QStringList{QStringLiteral("Anna Smith"), QStringLiteral("Annabel Lee")}));
    }

    void inboxShowsKnownSendersByName()
    {
        FakeFaxServer server;
        auto fax = [](qint64 id, const QString &tsid, const QString &callerId) {
            ReceivedFax f;
            f.id = id;
            f.tsid = tsid;
            f.callerId = callerId;
            f.receiveTime = QDateTime(QDate(2026, 12, 7), QTime(9, 0));
            return f;
        };
        server.setReceivedFaxes({fax(1, QStringLiteral("+1 555 0102"), QString()),
                                 fax(2, QString(), QStringLiteral("0015550101")),
                                 fax(3, QStringLiteral("+1 555 0199"), QStringLiteral("99"))});
        ReceivedFaxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServer(&server);
        const int tsid = int(ReceivedFaxColumn::Tsid);
        QCOMPARE(model.index(0, tsid).data().toString(), QStringLiteral("+1 555 0102"));
        DialingRules rules;
        rules.countryCode = QStringLiteral("49");
        rules.areaCode = QStringLiteral("30");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        AddressBook *book = m_book.get();
        model.setSenderNameLookup([book, rules](const QString &number) {
            const std::optional<Contact> c = book->findByNumber(number, rules);
            return c ? contactDisplayName(c->party) : QString();
        });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, tsid).data().toString(),
                 QStringLiteral("bert Brown (+1 555 0102)"));
        // No TSID: the caller ID, compared after the dialing rules.
        QCOMPARE(model.index(1, tsid).data().toString(), QStringLiteral("Anna Smith"));
        QCOMPARE(model.index(2, tsid).data().toString(), QStringLiteral("+1 555 0199"));
        // A contact added later names the sender once the console asks again.
        m_book->addContact(
            person(QStringLiteral("Home Office"), QStringLiteral("+1 555 0199"), {}));
        model.refreshSenderNames();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(2, tsid).data().toString(),
                 QStringLiteral("Home Office (+1 555 0199)"));
    }

    // The Inbox's search finds a fax by the sender's name as the address book knows it, also
    // when the contact is added while the search is on.
    void inboxSearchFindsSenderNames()
    {
        FakeFaxServer server;
        QList<ReceivedFax> faxes;
        for (const auto &[id, tsid] : {std::pair{1, "+1 555 0102"}, std::pair{2, "+1 555 0177"}}) {
            ReceivedFax f;
            f.id = id;
            f.tsid = QLatin1String(tsid);
            f.receiveTime = QDateTime(QDate(2026, 12, 7), QTime(9, id));
            faxes << f;
        }
        server.setReceivedFaxes(faxes);
        ReceivedFaxModel model;
        model.setServer(&server);
        ReceivedFaxFilterModel inbox;
        QAbstractItemModelTester tester(&inbox,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        inbox.setSourceModel(&model);
        AddressBook *book = m_book.get();
        model.setSenderNameLookup([book](const QString &number) {
            const std::optional<Contact> c = book->findByNumber(number, DialingRules());
            return c ? contactDisplayName(c->party) : QString();
        });
        const auto shownIds = [&inbox] {
            QList<qint64> ids;
            for (int row = 0; row < inbox.rowCount(); ++row)
                ids << inbox.index(row, 0).data(ReceivedFaxIdRole).toLongLong();
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        inbox.setSearchText(QStringLiteral("brown"));
        QCOMPARE(shownIds(), QList<qint64>{1});
        inbox.setSearchText(QStringLiteral("0177"));
        QCOMPARE(shownIds(), QList<qint64>{2});
        inbox.setSearchText(QStringLiteral("Carla"));
        QCOMPARE(shownIds(), QList<qint64>());
        m_book->addContact(
            person(QStringLiteral("Carla Green"), QStringLiteral("+1 555 0177"), {}));
        model.refreshSenderNames();
        QCOMPARE(shownIds(), QList<qint64>{2});
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AddressBook> m_book;
};

QTEST_GUILESS_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
