// SPDX-License-Identifier: GPL-3.0-or-later
// T.30 control frames: FCF values, parse/build, station ids, FCS and bit order.
#include "t30/t30frames.h"

#include <QTest>

using namespace Fax;
using namespace Fax::T30;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

} // namespace

class TestT30Frames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fcfValuesFollowTable();
    void fcfNamesAndXBit();
    void buildAndParseRoundTrip();
    void parseErrors_data();
    void parseErrors();
    void unknownFcfIsKept();
    void stationIdEncoding();
    void stationIdDecoding();
    void stationIdLimits();
    void fcsKnownValues();
    void fcsCheckDetectsCorruption();
    void bitReversal();
};

void TestT30Frames::fcfValuesFollowTable()
{
    // T.30 writes bit 1 first; on a Class 1 line bit 1 is the octet's LSB.
    // DIS 0000 0001, DCS X100 0001, MCF X011 0001, EOP X111 0100, DCN X101 1111.
    QCOMPARE(Fcf::DIS, std::uint8_t(0x80));
    QCOMPARE(Fcf::DCS, std::uint8_t(0x82));
    QCOMPARE(Fcf::MCF, std::uint8_t(0x8C));
    QCOMPARE(Fcf::EOP, std::uint8_t(0x2E));
    QCOMPARE(Fcf::DCN, std::uint8_t(0xFA));
    QCOMPARE(Fcf::CRP, std::uint8_t(0x1A));
    QCOMPARE(Fcf::PPS, std::uint8_t(0xBE));
    QCOMPARE(Fcf::PPR, std::uint8_t(0xBC));
    QCOMPARE(Fcf::CTC, std::uint8_t(0x12));
    QCOMPARE(Fcf::RR, std::uint8_t(0x6E));
}

void TestT30Frames::fcfNamesAndXBit()
{
    QCOMPARE(fcfName(0x83), QStringLiteral("DCS"));
    QCOMPARE(fcfName(0x82), QStringLiteral("DCS"));
    QCOMPARE(fcfName(0x80), QStringLiteral("DIS"));
    QCOMPARE(fcfName(0x81), QStringLiteral("DTC")); // not DIS with an X bit
    QCOMPARE(fcfName(0x5F), QStringLiteral("PRI-MPS"));
    QCOMPARE(fcfName(0x36), QStringLiteral("0x36"));
    QVERIFY(!isKnownFcf(0x36));
    QCOMPARE(baseFcf(0xFB), Fcf::DCN);
    QCOMPARE(baseFcf(0x41), Fcf::CIG);

    const Frame dcs = Frame::make(Fcf::DCS, QByteArray(3, '\0'), true);
    QCOMPARE(dcs.fcf, std::uint8_t(0x83));
    QVERIFY(dcs.xBit());
    QVERIFY(dcs.is(Fcf::DCS));
    // DIS-group frames never take the X bit.
    QCOMPARE(Frame::make(Fcf::DIS, {}, true).fcf, Fcf::DIS);
}

void TestT30Frames::buildAndParseRoundTrip()
{
    const Frame tsi =
        Frame::make(Fcf::TSI, encodeStationId(QStringLiteral("+49 30 1234")), true, false);
    const QByteArray raw = tsi.toBytes();
    QCOMPARE(raw.size(), 23);
    QCOMPARE(std::uint8_t(raw.at(0)), std::uint8_t(0xFF));
    QCOMPARE(std::uint8_t(raw.at(1)), std::uint8_t(0x03));
    QCOMPARE(std::uint8_t(raw.at(2)), std::uint8_t(0x43));

    const ParseResult r = parseFrame(raw);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.frame, tsi);
    QVERIFY(!r.frame.final);

    const Frame dcn = Frame::make(Fcf::DCN, {}, true);
    QCOMPARE(dcn.toBytesWithFcs(), bytes({0xFF, 0x13, 0xFB, 0x9A, 0xF6}));
    const ParseResult withFcs = parseFrame(dcn.toBytesWithFcs(), true);
    QVERIFY(withFcs.ok());
    QVERIFY(withFcs.frame.is(Fcf::DCN));
    QVERIFY(withFcs.frame.final);
    QVERIFY(withFcs.frame.fif.isEmpty());
}

void TestT30Frames::parseErrors_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("withFcs");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray() << false << int(ParseError::TooShort)
                           << QStringLiteral("too short");
    QTest::newRow("two octets") << bytes({0xFF, 0x13}) << false << int(ParseError::TooShort)
                                << QStringLiteral("too short");
    QTest::newRow("fcs missing") << bytes({0xFF, 0x13, 0xFB}) << true << int(ParseError::TooShort)
                                 << QStringLiteral("too short");
    QTest::newRow("oversized") << (bytes({0xFF, 0x13, 0x80}) + QByteArray(254, 'x')) << false
                               << int(ParseError::TooLong) << QStringLiteral("too long");
    QTest::newRow("address") << bytes({0xFE, 0x13, 0xFB}) << false << int(ParseError::BadAddress)
                             << QStringLiteral("address 0xfe");
    QTest::newRow("control") << bytes({0xFF, 0x10, 0xFB}) << false << int(ParseError::BadControl)
                             << QStringLiteral("control field");
    QTest::newRow("fcs") << bytes({0xFF, 0x13, 0xFB, 0x9A, 0xF7}) << true << int(ParseError::BadFcs)
                         << QStringLiteral("frame check sequence");
}

void TestT30Frames::parseErrors()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, withFcs);
    QFETCH(int, error);
    QFETCH(QString, messagePart);
    const ParseResult r = parseFrame(raw, withFcs);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error), error);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("T.30 frame")));
}

void TestT30Frames::unknownFcfIsKept()
{
    const ParseResult r = parseFrame(bytes({0xFF, 0x13, 0x36, 0x01, 0x02}));
    QVERIFY(r.ok());
    QVERIFY(!r.frame.known);
    QCOMPARE(r.frame.fcf, std::uint8_t(0x36));
    QCOMPARE(r.frame.fif, bytes({0x01, 0x02}));
    // The largest legal frame still parses.
    QVERIFY(parseFrame(bytes({0xFF, 0x13, 0x80}) + QByteArray(253, '\0')).ok());
}

void TestT30Frames::stationIdEncoding()
{
    const QByteArray id = encodeStationId(QStringLiteral("+1 555 1234"));
    QCOMPARE(id.size(), 20);
    QCOMPARE(id, QByteArray("4321 555 1+         "));
    QCOMPARE(encodeStationId(QString()), QByteArray(20, ' '));
}

void TestT30Frames::stationIdDecoding()
{
    QCOMPARE(decodeStationId(QByteArray("4321 555 1+         ")), QStringLiteral("+1 555 1234"));
    // Some machines pad at the front: trimming takes care of it.
    QCOMPARE(decodeStationId(QByteArray("   4321 555 1+      ")), QStringLiteral("+1 555 1234"));
    // Control characters and high octets are dropped, short fields accepted.
    QCOMPARE(decodeStationId(bytes({'2', 0x01, '1', 0xFF})), QStringLiteral("12"));
    QCOMPARE(decodeStationId(QByteArray()), QString());
}

void TestT30Frames::stationIdLimits()
{
    const QString longId = QStringLiteral("+12345678901234567890123");
    const QByteArray id = encodeStationId(longId);
    QCOMPARE(id.size(), 20);
    QCOMPARE(decodeStationId(id), longId.left(20));
    QCOMPARE(decodeStationId(encodeStationId(QStringLiteral("Acme\tFax"))),
             QStringLiteral("AcmeFax"));
}

void TestT30Frames::fcsKnownValues()
{
    QCOMPARE(fcs16(QByteArray("123456789")), std::uint16_t(0x906E)); // the CRC-16/X.25 check
    QCOMPARE(fcs16(bytes({0xFF, 0x13, 0xFB})), std::uint16_t(0xF69A));
    QCOMPARE(fcs16(bytes({0xFF, 0x13, 0x83})), std::uint16_t(0x0955));
    QCOMPARE(fcs16(QByteArray()), std::uint16_t(0x0000));
    // A frame followed by its FCS leaves the fixed residue (0xF0B8 before the complement).
    const QByteArray frame = Frame::make(Fcf::MCF, {}, true).toBytesWithFcs();
    QCOMPARE(fcs16(frame), std::uint16_t(~0xF0B8 & 0xFFFF));
}

void TestT30Frames::fcsCheckDetectsCorruption()
{
    QByteArray frame =
        Frame::make(Fcf::DCS, bytes({0x00, 0x62, 0xF0, 0x44}), true).toBytesWithFcs();
    QVERIFY(checkFcs(frame));
    for (int i = 0; i < frame.size() * 8; ++i) {
        QByteArray bad = frame;
        bad[i / 8] = char(bad.at(i / 8) ^ (1 << (i % 8)));
        QVERIFY2(!checkFcs(bad), qPrintable(QString::number(i)));
    }
    QVERIFY(!checkFcs(QByteArray("x")));
}

void TestT30Frames::bitReversal()
{
    QCOMPARE(reverseBits(std::uint8_t(0x01)), std::uint8_t(0x80));
    QCOMPARE(reverseBits(std::uint8_t(0x80)), std::uint8_t(0x01));
    QCOMPARE(reverseBits(std::uint8_t(0x12)), std::uint8_t(0x48));
    QCOMPARE(reverseBits(std::uint8_t(0x7E)), std::uint8_t(0x7E));
    QCOMPARE(reverseBits(bytes({0x00, 0x01, 0xF0})), bytes({0x00, 0x80, 0x0F}));
    for (int v = 0; v < 256; ++v)
        QCOMPARE(reverseBits(reverseBits(std::uint8_t(v))), std::uint8_t(v));
}

QTEST_GUILESS_MAIN(TestT30Frames)
#include "tst_t30frames.moc"
