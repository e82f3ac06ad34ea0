// SPDX-License-Identifier: GPL-3.0-or-later
// Cover page fields: every field of the Windows cover page exists with a display name, the
// placeholders are filled, and blocks whose fields are empty are hidden.
#include "cover/coverfields.h"
#include "cover/coverrenderer.h"

#include <QGuiApplication>
#include <QSet>
#include <QTest>

using namespace Fax;

namespace {

CoverObject textAt(const QString &text, bool hide = false, const QString &block = QString())
{
    CoverObject o;
    o.shape = CoverShape::Text;
    o.rect = QRectF(0, 0, 100, 20);
    o.text = text;
    o.hideWhenEmpty = hide;
    o.block = block;
    return o;
}

QStringList textsOf(const QList<CoverObject> &objects)
{
    QStringList out;
    for (const CoverObject &o : objects)
        out << (o.shape == CoverShape::Text ? o.text : coverShapeKey(o.shape));
    return out;
}

} // namespace

class TestCoverFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWindowsFieldIsThere()
    {
        const QStringList party = {
            QStringLiteral("name"),       QStringLiteral("fax"),     QStringLiteral("company"),
            QStringLiteral("street"),     QStringLiteral("city"),    QStringLiteral("state"),
            QStringLiteral("zip"),        QStringLiteral("country"), QStringLiteral("title"),
            QStringLiteral("department"), QStringLiteral("office"),  QStringLiteral("homephone"),
            QStringLiteral("officephone")};
        QStringList expected;
        for (const QString &f : party)
            expected << QStringLiteral("recipient.") + f;
        for (const QString &f : party)
            expected << QStringLiteral("sender.") + f;
        expected << QStringLiteral("sender.email") << QStringLiteral("sender.billingcode")
                 << QStringLiteral("message.subject") << QStringLiteral("message.note")
                 << QStringLiteral("message.date") << QStringLiteral("message.time")
                 << QStringLiteral("message.pages") << QStringLiteral("message.attachments");
        QStringList keys;
        QSet<QString> names;
        for (const CoverFieldInfo &f : CoverFields::catalogue()) {
            keys << f.key;
            QVERIFY(!f.displayName().isEmpty());
            names.insert(f.displayName());
            QCOMPARE(f.group,
                     f.key.startsWith(QLatin1String("recipient.")) ? CoverFieldGroup::Recipient
                     : f.key.startsWith(QLatin1String("sender."))  ? CoverFieldGroup::Sender
                                                                   : CoverFieldGroup::Message);
            QVERIFY2(CoverFields::sample().value(f.key).has_value(), qPrintable(f.key));
            QVERIFY2(!CoverFields::sample().value(f.key)->isEmpty(), qPrintable(f.key));
        }
        std::sort(keys.begin(), keys.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(keys, expected);
        QCOMPARE(names.size(), keys.size());
        QCOMPARE(CoverFields::find(QStringLiteral("recipient.zip"))->displayName(),
                 QStringLiteral("Recipient ZIP Code"));
        QVERIFY(!CoverFields::find(QStringLiteral("recipient.shoesize")));
    }

    void valuesComeFromTheRightPlace()
    {
        CoverFields f;
        Party *parties[] = {&f.recipient, &f.sender};
        const char *prefixes[] = {"recipient.", "sender."};
        for (int p = 0; p < 2; ++p) {
            Party &party = *parties[p];
            party.name = QStringLiteral("n");
            party.faxNumber = QStringLiteral("f");
            party.company = QStringLiteral("c");
            party.streetAddress = QStringLiteral("s");
            party.city = QStringLiteral("ci");
            party.state = QStringLiteral("st");
            party.zip = QStringLiteral("z");
            party.country = QStringLiteral("co");
            party.title = QStringLiteral("t");
            party.department = QStringLiteral("d");
            party.officeLocation = QStringLiteral("o");
            party.homePhone = QStringLiteral("h");
            party.officePhone = QStringLiteral("op");
            party.email = QStringLiteral("e");
            party.billingCode = QStringLiteral("b");
            const QString prefix = QLatin1String(prefixes[p]);
            const QList<std::pair<QString, QString>> expected = {
                {QStringLiteral("name"), QStringLiteral("n")},
                {QStringLiteral("fax"), QStringLiteral("f")},
                {QStringLiteral("company"), QStringLiteral("c")},
                {QStringLiteral("street"), QStringLiteral("s")},
                {QStringLiteral("city"), QStringLiteral("ci")},
                {QStringLiteral("state"), QStringLiteral("st")},
                {QStringLiteral("zip"), QStringLiteral("z")},
                {QStringLiteral("country"), QStringLiteral("co")},
                {QStringLiteral("title"), QStringLiteral("t")},
                {QStringLiteral("department"), QStringLiteral("d")},
                {QStringLiteral("office"), QStringLiteral("o")},
                {QStringLiteral("homephone"), QStringLiteral("h")},
                {QStringLiteral("officephone"), QStringLiteral("op")}};
            for (const auto &[key, value] : expected)
                QCOMPARE(f.value(prefix + key).value(), value);
        }
        QCOMPARE(f.value(QStringLiteral("sender.email")).value(), QStringLiteral("e"));
        QCOMPARE(f.value(QStringLiteral("sender.billingcode")).value(), QStringLiteral("b"));

        f.subject = QStringLiteral("Lease");
        f.note = QStringLiteral("Please sign");
        f.locale = QLocale::c();
        f.sent = QDateTime(QDate(2026, 3, 12), QTime(9, 41));
        f.pages = 5;
        f.attachments = 2;
        QCOMPARE(f.value(QStringLiteral("message.subject")).value(), QStringLiteral("Lease"));
        QCOMPARE(f.value(QStringLiteral("message.note")).value(), QStringLiteral("Please sign"));
        QCOMPARE(f.value(QStringLiteral("message.date")).value(),
                 QStringLiteral("Thursday, 12 March 2026"));
        QCOMPARE(f.value(QStringLiteral("message.time")).value(), QStringLiteral("09:41"));
        QCOMPARE(f.value(QStringLiteral("message.pages")).value(), QStringLiteral("5"));
        QCOMPARE(f.value(QStringLiteral("message.attachments")).value(), QStringLiteral("2"));
        QVERIFY(!f.value(QStringLiteral("message.colour")));

        // Unknown values are empty, not made up.
        const CoverFields empty;
        QCOMPARE(empty.value(QStringLiteral("message.date")).value(), QString());
        QCOMPARE(empty.value(QStringLiteral("message.pages")).value(), QString());
        QCOMPARE(empty.value(QStringLiteral("message.attachments")).value(), QStringLiteral("0"));
    }

    void fromAFaxDocument()
    {
        FaxDocument doc;
        doc.files = {QStringLiteral("a.pdf"), QStringLiteral("b.pdf")};
        doc.subject = QStringLiteral("Lease");
        doc.note = QStringLiteral("Please sign");
        doc.sender.name = QStringLiteral("Thomas");
        Party bob;
        bob.name = QStringLiteral("Bob");
        Party ann;
        ann.name = QStringLiteral("Ann");
        doc.recipients = {bob, ann};
        const QDateTime sent(QDate(2026, 3, 12), QTime(9, 41));
        const CoverFields f = CoverFields::forRecipient(doc, ann, sent, 7);
        QCOMPARE(f.recipient, ann);
        QCOMPARE(f.sender, doc.sender);
        QCOMPARE(f.subject, doc.subject);
        QCOMPARE(f.note, doc.note);
        QCOMPARE(f.sent, sent);
        QCOMPARE(f.pages, 7);
        QCOMPARE(f.attachments, 2);
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dropEmptyLines");
        QTest::addColumn<QString>("filled");
        QTest::addColumn<QString>("design");
        QTest::addColumn<QStringList>("keys");

        QTest::newRow("plain") << "Hello" << false << "Hello"
                               << "Hello" << QStringList();
        QTest::newRow("one field")
            << "To: {recipient.name}" << false << "To: Bob"
            << "To: [Recipient Name]" << QStringList{QStringLiteral("recipient.name")};
        QTest::newRow("fallback used")
            << "{recipient.company|private}" << false << "private"
            << "[Recipient Company]" << QStringList{QStringLiteral("recipient.company")};
        QTest::newRow("fallback unused")
            << "{recipient.name|nobody}" << false << "Bob"
            << "[Recipient Name]" << QStringList{QStringLiteral("recipient.name")};
        QTest::newRow("escaped braces")
            << "{{recipient.name}} }}{{" << false << "{recipient.name} }{"
            << "{recipient.name} }{" << QStringList();
        QTest::newRow("unknown field stays")
            << "{recipient.shoesize} {nope" << false << "{recipient.shoesize} {nope"
            << "{recipient.shoesize} {nope" << QStringList();
        QTest::newRow("unclosed fallback") << "{recipient.name|x" << false << "{recipient.name|x"
                                           << "{recipient.name|x" << QStringList();
        QTest::newRow("repeated key")
            << "{recipient.name}/{recipient.name}" << false << "Bob/Bob"
            << "[Recipient Name]/[Recipient Name]" << QStringList{QStringLiteral("recipient.name")};
        QTest::newRow("lines kept")
            << "{recipient.company}\n{recipient.name}\n\nend" << false << "\nBob\n\nend"
            << "[Recipient Company]\n[Recipient Name]\n\nend"
            << QStringList{QStringLiteral("recipient.company"), QStringLiteral("recipient.name")};
        QTest::newRow("empty lines dropped")
            << "{recipient.company}\n{recipient.name}\n\nZIP {recipient.zip}\nend" << true
            << "Bob\n\nend"
            << "[Recipient Company]\n[Recipient Name]\n\nZIP [Recipient ZIP Code]\nend"
            << QStringList{QStringLiteral("recipient.company"), QStringLiteral("recipient.name"),
                           QStringLiteral("recipient.zip")};
    }

    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(bool, dropEmptyLines);
        QFETCH(QString, filled);
        QFETCH(QString, design);
        QFETCH(QStringList, keys);
        CoverFields f;
        f.recipient.name = QStringLiteral("Bob");
        QCOMPARE(CoverText::fill(text, f, dropEmptyLines), filled);
        QCOMPARE(CoverText::design(text), design);
        QCOMPARE(CoverText::fieldKeys(text), keys);
    }

    void hideWhenEmpty()
    {
        CoverPage page;
        page.objects << textAt(QStringLiteral("Company:"), true, QStringLiteral("company"))
                     << textAt(QStringLiteral("{recipient.company}"), true,
                               QStringLiteral("company"))
                     << textAt(QStringLiteral("Phone:"), true, QStringLiteral("phone"))
                     << textAt(QStringLiteral("{recipient.officephone}"), false,
                               QStringLiteral("phone"))
                     << textAt(QStringLiteral("E-mail: {sender.email}"), true)
                     << textAt(QStringLiteral("Title: {sender.title}"), false)
                     << textAt(QStringLiteral("No fields"), true)
                     << textAt(QStringLiteral("Unknown {x.y}"), true)
                     << textAt(QStringLiteral("{sender.street}\n{sender.city}"), true);
        CoverObject frame;
        frame.shape = CoverShape::Rectangle;
        frame.hideWhenEmpty = true;
        frame.block = QStringLiteral("company");
        page.objects << frame;

        CoverFields f;
        f.sender.city = QStringLiteral("Berlin");
        QCOMPARE(textsOf(CoverRenderer::resolve(page, &f)),
                 (QStringList{QString(), QStringLiteral("Title: "), QStringLiteral("No fields"),
                              QStringLiteral("Unknown {x.y}"), QStringLiteral("Berlin")}));

        // A block with one field filled shows all of it.
        f.recipient.company = QStringLiteral("ACME");
        f.sender.email = QStringLiteral("a@b.c");
        QCOMPARE(textsOf(CoverRenderer::resolve(page, &f)),
                 (QStringList{QStringLiteral("Company:"), QStringLiteral("ACME"), QString(),
                              QStringLiteral("E-mail: a@b.c"), QStringLiteral("Title: "),
                              QStringLiteral("No fields"), QStringLiteral("Unknown {x.y}"),
                              QStringLiteral("Berlin"), QStringLiteral("rectangle")}));

        // The design view hides nothing and names the fields.
        const QStringList design = textsOf(CoverRenderer::resolve(page, nullptr));
        QCOMPARE(design.size(), page.objects.size());
        QCOMPARE(design.at(1), QStringLiteral("[Recipient Company]"));
    }
};

QTEST_MAIN(TestCoverFields)
#include "tst_coverfields.moc"
