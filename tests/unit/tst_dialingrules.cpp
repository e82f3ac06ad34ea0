// SPDX-License-Identifier: GPL-3.0-or-later
// Dialing rules: how a job's number becomes the modem's dial string.
#include "core/dialingrules.h"

#include <QTest>

using namespace Fax;

namespace {

DialingRules berlin(const QString &outside = QString())
{
    DialingRules r;
    r.outsideLinePrefix = outside;
    r.countryCode = QStringLiteral("49");
    r.areaCode = QStringLiteral("30");
    return r;
}

DialingRules newYork()
{
    DialingRules r;
    r.countryCode = QStringLiteral("1");
    r.areaCode = QStringLiteral("212");
    r.longDistancePrefix = QStringLiteral("1");
    r.internationalPrefix = QStringLiteral("011");
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Fax::DialingRules)

class TestDialingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dials_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<DialingRules>("rules");
        QTest::addColumn<QString>("expected");

        QTest::newRow("same area: local number only") << "+49 30 1234567" << berlin() << "1234567";
        QTest::newRow("same area, Windows canonical form")
            << "+49 (30) 123-45.67" << berlin() << "1234567";
        QTest::newRow("other area: long-distance prefix")
            << "+49 89 7654321" << berlin() << "0897654321";
        QTest::newRow("trunk hint (0) is dropped")
            << "+49 (0)89 7654321" << berlin() << "0897654321";
        QTest::newRow("trunk hint in the same area")
            << "+49 (0)30 1234567" << berlin() << "1234567";
        QTest::newRow("other country: international prefix")
            << "+33 1 23 45 67 89" << berlin() << "0033123456789";
        QTest::newRow("other country with trunk hint")
            << "+44 (0)20 7946 0000" << berlin() << "00442079460000";
        QTest::newRow("no country code in the rules")
            << "+49 30 1234567" << DialingRules() << "0049301234567";
        QTest::newRow("no area code in the rules") << "+49 30 1234567" << [] {
            DialingRules r = berlin();
            r.areaCode.clear();
            return r;
        }() << "0301234567";
        QTest::newRow("empty long-distance prefix") << "+49 89 7654321" << [] {
            DialingRules r = berlin();
            r.longDistancePrefix.clear();
            return r;
        }() << "897654321";
        QTest::newRow("country code is a prefix of another")
            << "+491 555" << berlin() << "01555"; // same country, other area
        QTest::newRow("NANP same area") << "+1 (212) 555-0100" << newYork() << "5550100";
        QTest::newRow("NANP other area") << "+1 415 555 0100" << newYork() << "14155550100";
        QTest::newRow("NANP abroad") << "+49 30 1234567" << newYork() << "01149301234567";
        QTest::newRow("as written") << "030 1234567" << berlin() << "0301234567";
        QTest::newRow("as written with separators")
            << "(030) 123-45.67" << berlin() << "0301234567";
        QTest::newRow("outside line first, with a pause")
            << "555 0100" << berlin(QStringLiteral("0")) << "0,5550100";
        QTest::newRow("outside line before a canonical number")
            << "+49 89 7654321" << berlin(QStringLiteral("9")) << "9,0897654321";
        QTest::newRow("outside line before a local canonical number")
            << "+49 30 12" << berlin(QStringLiteral("9")) << "9,12";
        QTest::newRow("outside line that has its pause")
            << "5550100" << berlin(QStringLiteral("9,")) << "9,5550100";
        QTest::newRow("extension: no outside line")
            << "1234" << berlin(QStringLiteral("0")) << "1234";
        QTest::newRow("short extension") << "21" << berlin(QStringLiteral("0")) << "21";
        QTest::newRow("five digits are outside")
            << "12345" << berlin(QStringLiteral("0")) << "0,12345";
        QTest::newRow("modifiers kept") << "*70,555#0100" << DialingRules() << "*70,555#0100";
        QTest::newRow("wait for dial tone, lower case")
            << "9w5550100" << DialingRules() << "9W5550100";
        QTest::newRow("modifiers in a canonical number")
            << "+49 89 765,4321" << berlin() << "089765,4321";
        QTest::newRow("surrounding blanks") << "  5550100 \t" << DialingRules() << "5550100";
        QTest::newRow("slash separator") << "030/1234567" << DialingRules() << "0301234567";
    }
    void dials()
    {
        QFETCH(QString, number);
        QFETCH(DialingRules, rules);
        QFETCH(QString, expected);
        const Expected<QString> dial = dialString(number, rules);
        QVERIFY2(dial, qPrintable(dial ? QString() : dial.error().message));
        QCOMPARE(*dial, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("empty") << "" << QStringList{QStringLiteral("empty")};
        QTest::newRow("blank") << "   " << QStringList{QStringLiteral("empty")};
        QTest::newRow("letters") << "1-800-FLOWERS"
                                 << QStringList{QStringLiteral("'1-800-FLOWERS'"),
                                                QStringLiteral("letter 'F'")};
        QTest::newRow("plus inside")
            << "49+30" << QStringList{QStringLiteral("'49+30'"), QStringLiteral("'+'")};
        QTest::newRow("no digits") << "(-)" << QStringList{QStringLiteral("no digits")};
        QTest::newRow("only plus") << "+" << QStringList{QStringLiteral("no digits")};
        QTest::newRow("odd character")
            << "555_0100" << QStringList{QStringLiteral("character '_'")};
        QTest::newRow("only a country code")
            << "+49" << QStringList{QStringLiteral("country code")};
    }
    void rejects()
    {
        QFETCH(QString, number);
        QFETCH(QStringList, mentions);
        const Expected<QString> dial = dialString(number, berlin(QStringLiteral("0")));
        QVERIFY(!dial);
        QCOMPARE(dial.error().kind, Error::Kind::InvalidArgument);
        QVERIFY2(dial.error().message.contains(QStringLiteral("cannot be dialled")),
                 qPrintable(dial.error().message));
        for (const QString &m : mentions)
            QVERIFY2(dial.error().message.contains(m),
                     qPrintable(dial.error().message + QStringLiteral(" / ") + m));
    }
};

QTEST_GUILESS_MAIN(TestDialingRules)
#include "tst_dialingrules.moc"
