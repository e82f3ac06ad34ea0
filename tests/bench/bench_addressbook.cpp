// SPDX-License-Identifier: GPL-3.0-or-later
// Address book benchmarks: prints figures against the targets, never fails.
//   bench_addressbook [--contacts N]
// 1. Import of N (10,000) contacts from a CSV file shaped like an Outlook export: reading and
//    mapping the file (target: 1 s) and storing it in one transaction (target: 2 s).
// 2. Search as you type in the list (ContactFilterModel over ContactListModel), one key at a
//    time, as a user types a name, a number and a company: the worst keystroke (target: 50 ms).
// 3. The store's own search and the lookup of a received fax's number (target: 20 ms).
#include "addressbook/addressbook.h"
#include "addressbook/contactimport.h"
#include "contactfiltermodel.h"
#include "contactlistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Fax;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

void report(const QString &what, double ms, double targetMs)
{
    line(QStringLiteral("%1: %2 ms (target %3 ms)%4")
             .arg(what, -48)
             .arg(ms, 0, 'f', 1)
             .arg(targetMs, 0, 'f', 0)
             .arg(ms <= targetMs ? QString() : QStringLiteral("  <-- over target")));
}

QByteArray outlookCsv(int count)
{
    const char *first[] = {"Anna",    "Bert",  "Carla", "Dieter", "Elif",  "François",
                           "Günther", "Hanna", "Ivan",  "Jürgen", "Kenji", "Lena"};
    const char *last[] = {"Smith",   "Müller",  "García",   "Nowak",   "Tanaka",
                          "Lefèvre", "O'Brien", "Kowalska", "Schmidt", "Rossi"};
    const char *company[] = {"Beispiel GmbH", "Acme Inc", "Société Générale", "Yamada Trading",
                             "Smith & Sons",  "Weiß KG",  "Nordwind AG"};
    QByteArray csv = "\"First Name\",\"Last Name\",\"Company\",\"Business Fax\",\"Business "
                     "Phone\",\"E-mail Address\",\"Business City\",\"Categories\"\r\n";
    for (int i = 0; i < count; ++i) {
        const QString row =
            QStringLiteral(
                "\"%1\",\"%2 %3\",\"%4\",\"+49 30 %5\",\"+49 30 %6\",\"c%3@example.com\","
                "\"Berlin\",\"%7\"\r\n")
                .arg(QString::fromUtf8(first[i % 12]), QString::fromUtf8(last[(i / 12) % 10]))
                .arg(i)
                .arg(QString::fromUtf8(company[i % 7]))
                .arg(1000000 + i)
                .arg(2000000 + i)
                .arg(i % 5 == 0 ? QStringLiteral("Customers") : QStringLiteral("Suppliers"));
        csv.append(row.toUtf8());
    }
    return csv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--contacts")); at >= 0)
        count = args.value(at + 1).toInt();
    QTemporaryDir dir;
    line(QStringLiteral("Address book: %1 contacts").arg(count));

    const QByteArray csv = outlookCsv(count);
    QElapsedTimer timer;
    timer.start();
    const Expected<ContactFile> file = parseContactData(csv, QStringLiteral("outlook.csv"));
    if (!file) {
        line(file.error().message);
        return 0;
    }
    const QList<Contact> contacts = file->contacts();
    report(QStringLiteral("read and map the CSV file (%1 KB)").arg(csv.size() / 1024),
           double(timer.nsecsElapsed()) / 1e6, 1000);

    AddressBook book;
    if (const Result r = book.open(AddressBook::pathIn(dir.path())); !r) {
        line(r.error().message);
        return 0;
    }
    timer.restart();
    if (const auto ids = book.addContacts(contacts); !ids) {
        line(ids.error().message);
        return 0;
    }
    report(QStringLiteral("store them (one transaction)"), double(timer.nsecsElapsed()) / 1e6,
           2000);

    timer.restart();
    ContactListModel model;
    model.setAddressBook(&book);
    ContactFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(0);
    report(QStringLiteral("open the list (load, sort)"), double(timer.nsecsElapsed()) / 1e6, 500);

    double worst = 0;
    double total = 0;
    int keys = 0;
    for (const QString &typed :
         {QStringLiteral("jürgen mü"), QStringLiteral("+49 30 100"), QStringLiteral("yamada")}) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            timer.restart();
            filter.setSearchText(typed.left(n));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            worst = std::max(worst, ms);
            total += ms;
            ++keys;
        }
        filter.setSearchText(QString());
    }
    report(QStringLiteral("search as you type, worst of %1 keys").arg(keys), worst, 50);
    report(QStringLiteral("search as you type, mean"), total / keys, 20);

    timer.restart();
    const QList<qint64> found = book.search(QStringLiteral("nowak"));
    report(QStringLiteral("AddressBook::search (%1 found)").arg(found.size()),
           double(timer.nsecsElapsed()) / 1e6, 20);
    DialingRules berlin;
    berlin.countryCode = QStringLiteral("49");
    berlin.areaCode = QStringLiteral("30");
    timer.restart();
    (void)book.findByNumber(QStringLiteral("0301000017"), berlin);
    report(QStringLiteral("first number lookup (builds the index)"),
           double(timer.nsecsElapsed()) / 1e6, 200);
    timer.restart();
    const std::optional<Contact> known = book.findByNumber(QStringLiteral("1000042"), berlin);
    report(
        QStringLiteral("number lookup (%1)").arg(known ? known->party.name : QStringLiteral("?")),
        double(timer.nsecsElapsed()) / 1e6, 20);
    return 0;
}
