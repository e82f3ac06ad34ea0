// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressbook/contactimport.h"
#include "addressbook/textdecoding.h"
#include "addressbook/vcardformat.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(FAX_TESTDATA_DIR "/addressbook/") + name;
}

/// A contact written compactly: the fields a sample sets.
struct Expect
{
    QString name = {}, fax = {}, company = {}, department = {}, title = {}, street = {}, city = {},
            state = {}, zip = {}, country = {}, email = {}, officePhone = {}, homePhone = {},
            notes = {}, billingCode = {}, officeLocation = {};
    QStringList groups = {};
};

Contact make(const Expect &e)
{
    Contact c;
    Party &p = c.party;
    p.name = e.name;
    p.faxNumber = e.fax;
    p.company = e.company;
    p.department = e.department;
    p.title = e.title;
    p.streetAddress = e.street;
    p.city = e.city;
    p.state = e.state;
    p.zip = e.zip;
    p.country = e.country;
    p.email = e.email;
    p.officePhone = e.officePhone;
    p.homePhone = e.homePhone;
    p.billingCode = e.billingCode;
    p.officeLocation = e.officeLocation;
    c.notes = e.notes;
    c.groups = e.groups;
    return c;
}

/// Names the first field that differs, so a failure says what the importer got wrong.
QString difference(const Contact &got, const Contact &want)
{
    const QByteArray a = partyToJson(got.party);
    const QByteArray b = partyToJson(want.party);
    if (a != b)
        return QStringLiteral("party\n got: %1\nwant: %2")
            .arg(QString::fromUtf8(a), QString::fromUtf8(b));
    if (got.notes != want.notes)
        return QStringLiteral("notes got '%1' want '%2'").arg(got.notes, want.notes);
    if (got.groups != want.groups)
        return QStringLiteral("groups got '%1' want '%2'")
            .arg(got.groups.join(QLatin1Char('|')), want.groups.join(QLatin1Char('|')));
    return {};
}

// The people of the samples, as each program exports them.
const Expect jurgen{.name = QStringLiteral("Jürgen Müller"),
                    .fax = QStringLiteral("+49 30 1234569"),
                    .company = QStringLiteral("Beispiel GmbH"),
                    .department = QStringLiteral("Einkauf"),
                    .title = QStringLiteral("Einkaufsleiter"),
                    .street = QStringLiteral("Friedrichstraße 12\nHinterhaus"),
                    .city = QStringLiteral("Berlin"),
                    .zip = QStringLiteral("10117"),
                    .country = QStringLiteral("Germany"),
                    .email = QStringLiteral("j.mueller@example.de"),
                    .officePhone = QStringLiteral("+49 30 1234560"),
                    .notes = QStringLiteral("Calls back after 14:00, please")};

} // namespace

/// Import of the sample files of tests/data/addressbook, bad files, export and import again.
class TestAddressBookImport : public QObject
{
    Q_OBJECT

private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QList<Contact>>("expected");

        const int csv = int(ContactFile::Format::Csv);
        const int vcard = int(ContactFile::Format::VCard);
        Expect anna{.name = QStringLiteral("Anna Smith"),
                    .fax = QStringLiteral("+1 555 0101"),
                    .company = QStringLiteral("Smith & Sons"),
                    .street = QStringLiteral("12 Home Lane"),
                    .city = QStringLiteral("Springfield"),
                    .state = QStringLiteral("IL"),
                    .zip = QStringLiteral("62701"),
                    .country = QStringLiteral("USA"),
                    .email = QStringLiteral("anna@example.com"),
                    .officePhone = QStringLiteral("+1 555 0100"),
                    .homePhone = QStringLiteral("+1 555 0199"),
                    .notes = QStringLiteral("Two lines:\nfirst, then second")};
        QTest::newRow("thunderbird.csv")
            << "thunderbird.csv" << csv << "UTF-8" << QList<Contact>{make(jurgen), make(anna)};
        Expect annaCard = anna;
        annaCard.fax = QStringLiteral("+1-555-0101");
        Expect jurgenCard = jurgen;
        jurgenCard.street = QStringLiteral("Friedrichstraße 12\nHinterhaus");
        QTest::newRow("thunderbird.vcf") << "thunderbird.vcf" << vcard << "UTF-8"
                                         << QList<Contact>{make(jurgenCard), make(annaCard)};

        const Expect francois{.name = QStringLiteral("François Lefèvre"),
                              .fax = QStringLiteral("+33 1 42 68 53 01"),
                              .company = QStringLiteral("Société Générale d'Équipement"),
                              .department = QStringLiteral("Achats"),
                              .title = QStringLiteral("Acheteur"),
                              .street = QStringLiteral("12, rue de la Paix"),
                              .city = QStringLiteral("Paris"),
                              .zip = QStringLiteral("75002"),
                              .country = QStringLiteral("France"),
                              .email = QStringLiteral("f.lefevre@example.fr"),
                              .officePhone = QStringLiteral("+33 1 42 68 53 00"),
                              .notes = QStringLiteral("Prefers faxes – not e-mail"),
                              .billingCode = QStringLiteral("PO-4711"),
                              .officeLocation = QStringLiteral("Building B"),
                              .groups = {QStringLiteral("Customers"), QStringLiteral("Suppliers")}};
        const Expect zoe{.name = QStringLiteral("Zoë O'Brien"),
                         .fax = QStringLiteral("+353 91 123457"),
                         .street = QStringLiteral("4 Quay Street"),
                         .city = QStringLiteral("Galway"),
                         .zip = QStringLiteral("H91"),
                         .country = QStringLiteral("Ireland"),
                         .email = QStringLiteral("zoe@example.ie"),
                         .homePhone = QStringLiteral("+353 91 123456"),
                         .groups = {QStringLiteral("Customers")}};
        QTest::newRow("outlook.csv")
            << "outlook.csv" << csv << "Windows-1252" << QList<Contact>{make(francois), make(zoe)};
        Expect francoisCard = francois;
        francoisCard.notes = QStringLiteral("Prefers faxes – not e-mail\nCall before 10:00");
        francoisCard.billingCode.clear();
        francoisCard.officeLocation.clear();
        Expect zoeCard = zoe;
        zoeCard.groups.clear();
        QTest::newRow("outlook.vcf") << "outlook.vcf" << vcard << "Windows-1252"
                                     << QList<Contact>{make(francoisCard), make(zoeCard)};

        const Expect kenji{.name = QStringLiteral("Kenji Tanaka"),
                           .fax = QStringLiteral("+81 3 1234 5679"),
                           .company = QStringLiteral("Yamada Trading"),
                           .title = QStringLiteral("Export Manager"),
                           .street = QStringLiteral("1-2-3 Ginza"),
                           .city = QStringLiteral("Chuo-ku"),
                           .state = QStringLiteral("Tokyo"),
                           .zip = QStringLiteral("104-0061"),
                           .country = QStringLiteral("Japan"),
                           .email = QStringLiteral("kenji@example.jp"),
                           .officePhone = QStringLiteral("+81 3 1234 5678"),
                           .notes = QStringLiteral("Met at the fair"),
                           .groups = {QStringLiteral("Suppliers")}};
        const Expect maria{.name = QStringLiteral("Maria José García"),
                           .fax = QStringLiteral("+34 91 123 45 68"),
                           .email = QStringLiteral("maria@example.es"),
                           .homePhone = QStringLiteral("+34 91 123 45 67"),
                           .groups = {QStringLiteral("Family"), QStringLiteral("Customers")}};
        QTest::newRow("google.csv")
            << "google.csv" << csv << "UTF-8" << QList<Contact>{make(kenji), make(maria)};
        Expect kenjiCard = kenji;
        kenjiCard.groups = {QStringLiteral("myContacts"), QStringLiteral("Suppliers")};
        Expect mariaCard = maria;
        mariaCard.groups = {QStringLiteral("myContacts"), QStringLiteral("starred"),
                            QStringLiteral("Family"), QStringLiteral("Customers")};
        mariaCard.officePhone = QStringLiteral("+34 91 123 45 68");
        QTest::newRow("google.vcf")
            << "google.vcf" << vcard << "UTF-8" << QList<Contact>{make(kenjiCard), make(mariaCard)};

        const Expect piotr{
            .name = QStringLiteral("Piotr Nowak"),
            .fax = QStringLiteral("+48 22 123 45 68"),
            .company = QStringLiteral("Przedsiębiorstwo Handlowe \"Wisła\" Sp. z o.o."),
            .department = QStringLiteral("Dział Zakupów"),
            .title = QStringLiteral("Kierownik"),
            .street = QStringLiteral("ul. Marszałkowska 100"),
            .city = QStringLiteral("Warszawa"),
            .state = QStringLiteral("mazowieckie"),
            .zip = QStringLiteral("00-026"),
            .country = QStringLiteral("Poland"),
            .email = QStringLiteral("piotr.nowak@example.pl"),
            .officePhone = QStringLiteral("+48 22 123 45 67"),
            .notes = QStringLiteral("A long note that Evolution folds because it is longer than "
                                    "seventy-five octets, so the reader must join it again."),
            .groups = {QStringLiteral("Suppliers"), QStringLiteral("Poland")}};
        QTest::newRow("evolution.vcf")
            << "evolution.vcf" << vcard << "UTF-8" << QList<Contact>{make(piotr)};

        const Expect ewa{.name = QStringLiteral("Ewa Kowalska"),
                         .fax = QStringLiteral("+48 42 6000001"),
                         .company = QStringLiteral("Łódź Papier"),
                         .email = QStringLiteral("ewa@example.pl")};
        QTest::newRow("excel-unicode.txt")
            << "excel-unicode.txt" << csv << "UTF-16LE" << QList<Contact>{make(ewa)};
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(QString, encoding);
        QFETCH(QList<Contact>, expected);
        const Expected<ContactFile> read = readContactFile(sample(file));
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(int(read->format), format);
        QCOMPARE(read->encoding, encoding);
        const QList<Contact> contacts = read->contacts();
        QCOMPARE(contacts.size(), expected.size());
        for (int i = 0; i < contacts.size(); ++i) {
            const QString diff = difference(contacts.at(i), expected.at(i));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("contact %1: %2").arg(i).arg(diff)));
        }
    }

    void csvSeparatorsAndMapping()
    {
        // German Excel: ';' and Windows-1252, German column names nobody guesses.
        const Expected<ContactFile> read = readContactFile(sample(QStringLiteral("excel-de.csv")));
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->csv.separator, QLatin1Char(';'));
        QCOMPARE(read->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(read->csv.header, (QStringList{QStringLiteral("Name"), QStringLiteral("Firma"),
                                                QStringLiteral("Faxnummer"),
                                                QStringLiteral("E-Mail"), QStringLiteral("Straße"),
                                                QStringLiteral("PLZ"), QStringLiteral("Ort")}));
        using F = ContactField;
        QCOMPARE(read->csvMapping, (QList<F>{F::Name, F::Ignore, F::Ignore, F::Email, F::Ignore,
                                             F::Ignore, F::Ignore}));
        // The user maps the rest.
        const QList<Contact> contacts = read->contacts(
            {F::Name, F::Company, F::FaxNumber, F::Email, F::Street, F::Zip, F::City});
        QCOMPARE(contacts.size(), 1);
        const Party &p = contacts.first().party;
        QCOMPARE(p.name, QStringLiteral("Björn Weiß"));
        QCOMPARE(p.company, QStringLiteral("Weiß & Söhne KG"));
        QCOMPARE(p.faxNumber, QStringLiteral("+49 89 5566778"));
        QCOMPARE(p.streetAddress, QStringLiteral("Maximilianstraße 3"));
        QCOMPARE(p.zip, QStringLiteral("80539"));
        QCOMPARE(p.city, QStringLiteral("München"));

        QCOMPARE(detectCsvSeparator(QStringLiteral("a\tb\tc,d\n1,2,3")), QLatin1Char('\t'));
        QCOMPARE(detectCsvSeparator(QStringLiteral("\"a;b\",c\n")), QLatin1Char(','));
    }

    void characterSets()
    {
        const QString text = QStringLiteral("Name,Fax\nZoë Œuvre €,1\n");
        QCOMPARE(decodeText(text.toUtf8()).text, text);
        QCOMPARE(decodeText(text.toUtf8()).encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decodeText("\xEF\xBB\xBF" + text.toUtf8()).text, text);
        QByteArray cp1252 = "Name,Fax\nZo\xEB \x8C"
                            "uvre \x80,1\n";
        QCOMPARE(decodeText(cp1252).text, text);
        QCOMPARE(decodeText(cp1252).encoding, QStringLiteral("Windows-1252"));
        QByteArray utf16be;
        for (const QChar c : text)
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        QCOMPARE(decodeText(utf16be).encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(decodeText(utf16be).text, text);
    }

    void csvReadAgainAsTheUserChooses()
    {
        // Detection picks ',' and UTF-8 for this file; the user knows it is ';' and Windows-1252
        // (a German Excel export whose only non-ASCII bytes happen to be valid UTF-8 pairs).
        const QByteArray data = "Name;Fax\nA,B \xC3\xA9;+49 1\n";
        const Expected<ContactFile> detected = parseContactData(data, QStringLiteral("x.csv"));
        QVERIFY2(detected, qPrintable(detected.error().message));
        QCOMPARE(detected->encoding, QStringLiteral("UTF-8"));
        const Expected<ContactFile> chosen =
            rereadCsv(*detected, QLatin1Char(';'), QStringLiteral("Windows-1252"));
        QVERIFY2(chosen, qPrintable(chosen.error().message));
        QCOMPARE(chosen->csv.separator, QLatin1Char(';'));
        QCOMPARE(chosen->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(chosen->csv.header, (QStringList{QStringLiteral("Name"), QStringLiteral("Fax")}));
        const QList<Contact> contacts = chosen->contacts();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().party.name, QStringLiteral("A,B Ã©"));
        QCOMPARE(contacts.first().party.faxNumber, QStringLiteral("+49 1"));
        // Read again, it still is the same file: choosing back gives the detected table.
        const Expected<ContactFile> back =
            rereadCsv(*chosen, detected->csv.separator, QStringLiteral("UTF-8"));
        QVERIFY(back);
        QCOMPARE(back->csv.header, detected->csv.header);
        QCOMPARE(back->csv.rows, detected->csv.rows);
        // A character set the bytes are not text in is an error that says so: a UTF-16 file
        // read as UTF-8 is full of NUL characters.
        QByteArray utf16 = "\xFF\xFE";
        for (const QChar c : QStringLiteral("Name;Fax\nA;1\n"))
            utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        const Expected<ContactFile> wide = parseContactData(utf16, QStringLiteral("w.csv"));
        QVERIFY2(wide, qPrintable(wide.error().message));
        QCOMPARE(wide->encoding, QStringLiteral("UTF-16LE"));
        const Expected<ContactFile> binary =
            rereadCsv(*wide, QLatin1Char(';'), QStringLiteral("UTF-8"));
        QVERIFY(!binary);
        QVERIFY2(
            binary.error().message.startsWith(QStringLiteral("w.csv: read as UTF-8 it is no text")),
            qPrintable(binary.error().message));
        // A separator the header does not use leaves no columns to map: an error, not contacts.
        const Expected<ContactFile> oneColumn =
            rereadCsv(*detected, QLatin1Char('\t'), QStringLiteral("UTF-8"));
        QVERIFY(!oneColumn);
        QVERIFY2(oneColumn.error().message.contains(QStringLiteral("names no columns")),
                 qPrintable(oneColumn.error().message));
        QCOMPARE(decodeIn(QByteArray("\xFF\xFEN\0", 4), QStringLiteral("UTF-16LE")),
                 QStringLiteral("N"));
        QCOMPARE(decodeIn("\xEF\xBB\xBFN\xFF", QStringLiteral("UTF-8")), QStringLiteral("N\uFFFD"));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("binary") << "bad-binary.csv"
                                << "bad-binary.csv: this is not a text file";
        QTest::newRow("truncated vCard")
            << "bad-truncated.vcf"
            << "bad-truncated.vcf, line 5: the vCard that begins here has no END:VCARD";
        QTest::newRow("unclosed quote")
            << "bad-unclosed-quote.csv"
            << "bad-unclosed-quote.csv, line 3: a quoted field is not closed";
        QTest::newRow("vCard version")
            << "bad-version.vcf"
            << "bad-version.vcf, line 2: vCard version 5.0 is not supported";
        QTest::newRow("not contacts") << "bad-notcontacts.txt"
                                      << "bad-notcontacts.txt: this is neither a vCard nor a CSV";
        QTest::newRow("header only")
            << "bad-headeronly.csv"
            << "bad-headeronly.csv: the file has a header line but no contacts";
        QTest::newRow("missing") << "no-such-file.csv"
                                 << "Cannot read";
    }

    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Expected<ContactFile> read = readContactFile(sample(file));
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(file), qPrintable(read.error().message));
    }

    void badData()
    {
        const QString name = QStringLiteral("x.vcf");
        auto error = [&](const QByteArray &data) {
            const Expected<ContactFile> read = parseContactData(data, name);
            return read ? QString() : read.error().message;
        };
        QVERIFY(error(QByteArray()).contains(QLatin1String("x.vcf: the file is empty")));
        QVERIFY(
            error(QByteArray(MaxContactFileBytes + 1, 'a')).contains(QLatin1String("too large")));
        QVERIFY(error("BEGIN:VCARD\nFN:a\ngarbage\nEND:VCARD\n")
                    .contains(QLatin1String("x.vcf, line 3: this is not a vCard property")));
        QVERIFY(error("BEGIN:VCARD\nFN:a\nBEGIN:VCARD\n")
                    .contains(QLatin1String("line 3: a vCard begins inside the vCard of line 1")));
        QVERIFY(error("BEGIN:VCARD\nEND:VCARD\nFN:stray\n")
                    .contains(QLatin1String("line 3: this is outside a vCard")));
        // Control characters (a quoted-printable NUL) never reach a field.
        const Expected<ContactFile> nul = parseContactData(
            "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:A=00B=07C\nEND:VCARD\n", name);
        QVERIFY(nul);
        QCOMPARE(nul->contacts().first().party.name, QStringLiteral("ABC"));
        QByteArray many = "Name,Fax\n";
        for (int i = 0; i <= MaxImportedContacts; ++i)
            many.append("a,1\n");
        QVERIFY(error(many).contains(QLatin1String("at most 100000")));
    }

    void exportThenImport_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ContactFile::Format::Csv);
        QTest::newRow("vcard") << int(ContactFile::Format::VCard);
    }

    void exportThenImport()
    {
        QFETCH(int, format);
        Contact every = make(jurgen);
        every.party.state = QStringLiteral("BE");
        every.party.homePhone = QStringLiteral("+49 30 555");
        every.party.billingCode = QStringLiteral("K-17");
        every.party.officeLocation = QStringLiteral("Haus B; 2. Stock");
        every.notes = QStringLiteral("Quotes \"here\", commas, semicolons; backslash \\ and\n"
                                     "a second line");
        every.groups = {QStringLiteral("Suppliers"), QStringLiteral("Berlin, Mitte")};
        if (format == int(ContactFile::Format::Csv))
            every.groups = {QStringLiteral("Suppliers"), QStringLiteral("Berlin, Mitte")};
        Contact little;
        little.party.name = QStringLiteral("李小龍 — a name long enough that a vCard line of it "
                                           "must be folded somewhere in the middle of 李小龍");
        little.party.faxNumber = QStringLiteral("+852 1234 5678");
        const QList<Contact> contacts = {every, little};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export"));
        QVERIFY(writeContactFile(path, ContactFile::Format(format), contacts));
        const Expected<ContactFile> read = readContactFile(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(int(read->format), format);
        const QList<Contact> back = read->contacts();
        QCOMPARE(back.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QString diff = difference(back.at(i), contacts.at(i));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        if (format == int(ContactFile::Format::VCard)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QByteArray &line : f.readAll().split('\n'))
                QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        }
    }
};

QTEST_GUILESS_MAIN(TestAddressBookImport)
#include "tst_addressbookimport.moc"
