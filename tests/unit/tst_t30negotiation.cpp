// SPDX-License-Identifier: GPL-3.0-or-later
// DIS/DTC/DCS fields (T.30 Table 2) and the sender's choice of session parameters.
#include "t30/t30capabilities.h"

#include <QTest>

using namespace Fax;
using namespace Fax::T30;

Q_DECLARE_METATYPE(Fax::FaxCompression)
Q_DECLARE_METATYPE(Fax::FaxResolution)

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

Capabilities everything()
{
    Capabilities c;
    c.v27ter = c.v29 = c.v17 = true;
    c.fine = c.superfine = true;
    c.mr = c.mmr = c.ecm = true;
    c.maxWidth = 2432;
    c.maxLength = PageLength::Unlimited;
    c.minScanMs = 0;
    return c;
}

} // namespace

class TestT30Negotiation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bitFieldExtendBits();
    void decodeKnownDis();
    void encodeDisIdentically();
    void disRateCodes_data();
    void disRateCodes();
    void disScanTimeCodes_data();
    void disScanTimeCodes();
    void oddFieldsReencodeStably();
    void shortDisIsAnError();
    void extendBitStopsDecoding();
    void dcsKnownBytes();
    void dcsRoundTrip_data();
    void dcsRoundTrip();
    void dcsBadRate();
    void class1Codes();
    void negotiationMatrix_data();
    void negotiationMatrix();
    void t85Bits();
    void t85Negotiation_data();
    void t85Negotiation();
    void resolutionFallback();
    void widthAndLength();
    void scanTimeFollowsResolution();
    void notReadyToReceive();
    void rateCap();
    void stepDownSequence();
    void stepDownSkipsUnsupported();
    void ctcCarriesRate();
};

void TestT30Negotiation::bitFieldExtendBits()
{
    BitField f;
    QCOMPARE(f.toBytes(), bytes({0, 0, 0}));
    f.setBit(10);
    QCOMPARE(f.toBytes(), bytes({0x00, 0x02, 0x00}));
    f.setBit(41);
    // Octets 3, 4 and 5 get their extend bits (24, 32, 40); the last does not.
    QCOMPARE(f.toBytes(), bytes({0x00, 0x02, 0x80, 0x80, 0x80, 0x01}));
    QVERIFY(f.bit(41));
    QVERIFY(!f.bit(42));
    QVERIFY(!f.bit(400));
    f.setBit(41, false);
    QCOMPARE(f.toBytes(), bytes({0x00, 0x02, 0x00}));
}

void TestT30Negotiation::decodeKnownDis()
{
    // Bits 10, 11, 12, 14 (V.27ter+V.29+V.17), 15 fine, 16 MR, 19 A4 and B4 length,
    // 21-23 = 111 (0 ms), 24 extend, 27 ECM, 31 T.6, 32 extend, 40 extend, 41 superfine.
    const auto caps = Capabilities::fromDis(bytes({0x00, 0xEE, 0xF4, 0xC4, 0x80, 0x01}));
    QVERIFY(caps.ok());
    QVERIFY(caps->readyToReceive);
    QVERIFY(!caps->readyToTransmit);
    QVERIFY(caps->v27ter);
    QVERIFY(caps->v29);
    QVERIFY(caps->v17);
    QVERIFY(caps->fine);
    QVERIFY(caps->superfine);
    QVERIFY(caps->mr);
    QVERIFY(caps->mmr);
    QVERIFY(caps->ecm);
    QCOMPARE(caps->maxWidth, 1728);
    QCOMPARE(caps->maxLength, PageLength::B4);
    QCOMPARE(caps->minScanMs, 0);
    QVERIFY(!caps->halfScanFine);
    // Bit 20 alone: unlimited length (T.30 Table 2; bits 19 and 20 both set is invalid: A4).
    QCOMPARE(Capabilities::fromDis(bytes({0x00, 0x0E, 0x08}))->maxLength, PageLength::Unlimited);
    QCOMPARE(Capabilities::fromDis(bytes({0x00, 0x0E, 0x0C}))->maxLength, PageLength::A4);
    SessionParams unlimited;
    unlimited.length = PageLength::Unlimited;
    QVERIFY(BitField(unlimited.toDcs()).bit(20));
    QVERIFY(!BitField(unlimited.toDcs()).bit(19));
}

void TestT30Negotiation::encodeDisIdentically()
{
    const QByteArray dis = bytes({0x00, 0xEE, 0xF4, 0xC4, 0x80, 0x01});
    QCOMPARE(Capabilities::fromDis(dis)->toDis(), dis);

    // A plain G3 machine: V.27ter/V.29, fine, MH, A4, 20 ms.
    const QByteArray plain = bytes({0x00, 0x4E, 0x00});
    const auto caps = Capabilities::fromDis(plain);
    QVERIFY(caps.ok());
    QVERIFY(caps->v29 && caps->v27ter && !caps->v17);
    QVERIFY(caps->fine && !caps->mr && !caps->ecm);
    QCOMPARE(caps->minScanMs, 20);
    QCOMPARE(caps->toDis(), plain);

    // Every field we model survives encode -> decode.
    Capabilities c = everything();
    c.maxWidth = 2048;
    c.maxLength = PageLength::B4;
    c.minScanMs = 40;
    c.halfScanFine = true;
    c.halfScanSuperfine = true;
    c.res300 = c.res400 = true;
    c.letter = c.legal = true;
    c.readyToTransmit = true;
    QCOMPARE(*Capabilities::fromDis(c.toDis()), c);
}

void TestT30Negotiation::disRateCodes_data()
{
    QTest::addColumn<int>("code"); // bits 11..14 as a number, bit 11 = 1
    QTest::addColumn<bool>("v27");
    QTest::addColumn<bool>("v29");
    QTest::addColumn<bool>("v17");
    QTest::newRow("fallback 2400") << 0 << false << false << false;
    QTest::newRow("V.27ter") << 2 << true << false << false;
    QTest::newRow("V.29") << 1 << true << true << false;
    QTest::newRow("V.27ter+V.29") << 3 << true << true << false;
    QTest::newRow("V.27ter+V.29+V.17") << 0xB << true << true << true;
}

void TestT30Negotiation::disRateCodes()
{
    QFETCH(int, code);
    QFETCH(bool, v27);
    QFETCH(bool, v29);
    QFETCH(bool, v17);
    const auto caps = Capabilities::fromDis(bytes({0, 0x02 | (code << 2), 0}));
    QVERIFY(caps.ok());
    QCOMPARE(caps->v27ter, v27);
    QCOMPARE(caps->v29, v29);
    QCOMPARE(caps->v17, v17);
}

void TestT30Negotiation::disScanTimeCodes_data()
{
    QTest::addColumn<int>("code"); // bits 21..23, bit 21 = 1
    QTest::addColumn<int>("normal");
    QTest::addColumn<int>("fine");
    QTest::newRow("000 20ms") << 0 << 20 << 20;
    QTest::newRow("001 40ms") << 4 << 40 << 40;
    QTest::newRow("010 10ms") << 2 << 10 << 10;
    QTest::newRow("100 5ms") << 1 << 5 << 5;
    QTest::newRow("011 10/5ms") << 6 << 10 << 5;
    QTest::newRow("110 20/10ms") << 3 << 20 << 10;
    QTest::newRow("101 40/20ms") << 5 << 40 << 20;
    QTest::newRow("111 0ms") << 7 << 0 << 0;
}

void TestT30Negotiation::disScanTimeCodes()
{
    QFETCH(int, code);
    QFETCH(int, normal);
    QFETCH(int, fine);
    const QByteArray dis = bytes({0, 0x02, code << 4});
    const auto caps = Capabilities::fromDis(dis);
    QVERIFY(caps.ok());
    QCOMPARE(caps->minScanMsAt(FaxResolution::Normal), normal);
    QCOMPARE(caps->minScanMsAt(FaxResolution::Fine), fine);
    QCOMPARE(caps->minScanMsAt(FaxResolution::Superfine), fine); // bit 46 clear
    QCOMPARE(caps->toDis(), dis);
}

void TestT30Negotiation::oddFieldsReencodeStably()
{
    // Found by fuzz_t30frame: rate bits 12+13+14 are no valid DIS code; V.17 needs 11+12+14.
    const auto caps = Capabilities::fromDis(bytes({0x00, 0xFA, 0xFF}));
    QVERIFY(caps.ok());
    QVERIFY(!caps->v17);
    QCOMPARE(*Capabilities::fromDis(caps->toDis()), *caps);
    // A frame-size bit without ECM means nothing.
    const auto dcs = SessionParams::fromDcs(bytes({0x01, 0x00, 0xFF, 0xB8}));
    QVERIFY(dcs.ok());
    QVERIFY(!dcs->ecm);
    QCOMPARE(dcs->ecmFrameSize, 256);
    QCOMPARE(*SessionParams::fromDcs(dcs->toDcs()), *dcs);
}

void TestT30Negotiation::shortDisIsAnError()
{
    const auto caps = Capabilities::fromDis(bytes({0x00, 0x02}));
    QVERIFY(!caps.ok());
    QVERIFY2(caps.error().message.contains(QStringLiteral("DIS/DTC")),
             qPrintable(caps.error().message));
    QVERIFY(caps.error().message.contains(QStringLiteral("2 octets")));
    QVERIFY(!SessionParams::fromDcs(QByteArray()).ok());
}

void TestT30Negotiation::extendBitStopsDecoding()
{
    // Octet 3 without extend bit: the superfine bit in a stray 6th octet is not believed.
    const auto caps = Capabilities::fromDis(bytes({0x00, 0x02, 0x00, 0x00, 0x00, 0x01}));
    QVERIFY(caps.ok());
    QVERIFY(!caps->superfine);
}

void TestT30Negotiation::dcsKnownBytes()
{
    SessionParams p;
    p.rate = {Modulation::V17, 14400};
    p.resolution = FaxResolution::Fine;
    p.compression = FaxCompression::Mmr;
    p.ecm = true;
    p.minScanMs = 0;
    // Bit 10, bit 14 (14400), bit 15; bits 21-23 = 111 and extend; bit 27 ECM, bit 31 T.6.
    QCOMPARE(p.toDcs(), bytes({0x00, 0x62, 0xF0, 0x44}));

    SessionParams mh;
    mh.rate = {Modulation::V29, 9600};
    QCOMPARE(mh.toDcs(), bytes({0x00, 0x06, 0x00}));
    mh.rate = {Modulation::V27ter, 2400};
    QCOMPARE(mh.toDcs(), bytes({0x00, 0x02, 0x00}));
}

void TestT30Negotiation::dcsRoundTrip_data()
{
    QTest::addColumn<int>("rateIndex");
    QTest::addColumn<FaxResolution>("resolution");
    QTest::addColumn<FaxCompression>("compression");
    QTest::addColumn<bool>("ecm");
    QTest::addColumn<int>("frameSize");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("scan");
    const QList<Rate> rates = allRates();
    for (int i = 0; i < rates.size(); ++i) {
        QTest::addRow("%s MH normal", qPrintable(rates.at(i).name()))
            << i << FaxResolution::Normal << FaxCompression::Mh << false << 256 << 1728 << 20;
    }
    QTest::newRow("MR fine B4 10ms")
        << 4 << FaxResolution::Fine << FaxCompression::Mr << false << 256 << 2048 << 10;
    QTest::newRow("MMR superfine A3 ECM64")
        << 0 << FaxResolution::Superfine << FaxCompression::Mmr << true << 64 << 2432 << 0;
    QTest::newRow("T.85 fine ECM")
        << 0 << FaxResolution::Fine << FaxCompression::T85 << true << 256 << 1728 << 0;
    QTest::newRow("MH ECM 40ms") << 7 << FaxResolution::Fine << FaxCompression::Mh << true << 256
                                 << 1728 << 40;
    QTest::newRow("5ms") << 1 << FaxResolution::Normal << FaxCompression::Mh << false << 256 << 1728
                         << 5;
}

void TestT30Negotiation::dcsRoundTrip()
{
    QFETCH(int, rateIndex);
    QFETCH(FaxResolution, resolution);
    QFETCH(FaxCompression, compression);
    QFETCH(bool, ecm);
    QFETCH(int, frameSize);
    QFETCH(int, width);
    QFETCH(int, scan);
    SessionParams p;
    p.rate = allRates().at(rateIndex);
    p.resolution = resolution;
    p.compression = compression;
    p.ecm = ecm;
    p.ecmFrameSize = frameSize;
    p.width = width;
    p.minScanMs = scan;
    p.length = PageLength::B4;
    const auto back = SessionParams::fromDcs(p.toDcs());
    QVERIFY(back.ok());
    QCOMPARE(*back, p);
}

void TestT30Negotiation::dcsBadRate()
{
    // Bits 11-14 = 0100 (V.33 14400) is no rate we run.
    const auto p = SessionParams::fromDcs(bytes({0x00, 0x02 | (4 << 2), 0x00}));
    QVERIFY(!p.ok());
    QVERIFY(p.error().message.contains(QStringLiteral("rate")));
}

void TestT30Negotiation::class1Codes()
{
    QCOMPARE((Rate{Modulation::V17, 14400}).class1Code(), 145);
    QCOMPARE((Rate{Modulation::V17, 14400}).class1Code(true), 146);
    QCOMPARE((Rate{Modulation::V17, 12000}).class1Code(), 121);
    QCOMPARE((Rate{Modulation::V17, 9600}).class1Code(), 97);
    QCOMPARE((Rate{Modulation::V17, 7200}).class1Code(true), 74);
    QCOMPARE((Rate{Modulation::V29, 9600}).class1Code(), 96);
    QCOMPARE((Rate{Modulation::V29, 7200}).class1Code(), 72);
    QCOMPARE((Rate{Modulation::V27ter, 4800}).class1Code(), 48);
    QCOMPARE((Rate{Modulation::V27ter, 2400}).class1Code(), 24);
    QCOMPARE((Rate{Modulation::V17, 9600}).name(), QStringLiteral("V.17 9600"));
}

void TestT30Negotiation::negotiationMatrix_data()
{
    QTest::addColumn<bool>("remoteV17");
    QTest::addColumn<bool>("remoteV29");
    QTest::addColumn<bool>("remoteMr");
    QTest::addColumn<bool>("remoteMmr");
    QTest::addColumn<bool>("remoteEcm");
    QTest::addColumn<bool>("allowEcm");
    QTest::addColumn<int>("bps");
    QTest::addColumn<int>("modulation");
    QTest::addColumn<FaxCompression>("compression");
    QTest::addColumn<bool>("ecm");

    const int v17 = int(Modulation::V17), v29 = int(Modulation::V29), v27 = int(Modulation::V27ter);
    QTest::newRow("all") << true << true << true << true << true << true << 14400 << v17
                         << FaxCompression::Mmr << true;
    QTest::newRow("no ECM: MMR impossible") << true << true << true << true << false << true
                                            << 14400 << v17 << FaxCompression::Mr << false;
    QTest::newRow("ECM refused locally") << true << true << true << true << true << false << 14400
                                         << v17 << FaxCompression::Mr << false;
    QTest::newRow("ECM without T.6") << false << true << true << false << true << true << 9600
                                     << v29 << FaxCompression::Mr << true;
    QTest::newRow("ECM+T.6 without MR") << false << true << false << true << true << true << 9600
                                        << v29 << FaxCompression::Mmr << true;
    QTest::newRow("MH only, V.27ter") << false << false << false << false << false << true << 4800
                                      << v27 << FaxCompression::Mh << false;
    QTest::newRow("T.6 bit but no ECM") << false << false << false << true << false << true << 4800
                                        << v27 << FaxCompression::Mh << false;
}

void TestT30Negotiation::negotiationMatrix()
{
    QFETCH(bool, remoteV17);
    QFETCH(bool, remoteV29);
    QFETCH(bool, remoteMr);
    QFETCH(bool, remoteMmr);
    QFETCH(bool, remoteEcm);
    QFETCH(bool, allowEcm);
    QFETCH(int, bps);
    QFETCH(int, modulation);
    QFETCH(FaxCompression, compression);
    QFETCH(bool, ecm);

    Capabilities remote;
    remote.v17 = remoteV17;
    remote.v29 = remoteV29;
    remote.mr = remoteMr;
    remote.mmr = remoteMmr;
    remote.ecm = remoteEcm;
    remote.fine = true;

    SendPreferences prefs;
    prefs.local = everything();
    prefs.allowEcm = allowEcm;
    // Go through the wire format so the test covers what the far end really sends.
    const auto decoded = Capabilities::fromDis(remote.toDis());
    QVERIFY(decoded.ok());
    const auto n = negotiate(prefs, *decoded);
    QVERIFY(n.ok());
    QCOMPARE(n->params.rate.bitsPerSecond, bps);
    QCOMPARE(int(n->params.rate.modulation), modulation);
    QCOMPARE(n->params.compression, compression);
    QCOMPARE(n->params.ecm, ecm);
    QCOMPARE(n->params.resolution, FaxResolution::Fine);
    QVERIFY(!n->convertResolution);
    QCOMPARE(n->params.minScanMs, ecm ? 0 : 20);

    // And the DCS tells the receiver the same.
    QCOMPARE(*SessionParams::fromDcs(n->params.toDcs()), n->params);
}

void TestT30Negotiation::t85Bits()
{
    Capabilities c = everything();
    c.t85 = true;
    c.t85L0 = true;
    const QByteArray dis = c.toDis();
    // Bits 78 and 79 are in octet 10: every octet before it carries the extend bit.
    QCOMPARE(dis.size(), 10);
    for (int i = 2; i < 9; ++i)
        QVERIFY2(std::uint8_t(dis.at(i)) & 0x80, qPrintable(QString::number(i + 1)));
    QCOMPARE(std::uint8_t(dis.at(9)), std::uint8_t(0x20 | 0x40)); // bits 78 and 79
    QCOMPARE(*Capabilities::fromDis(dis), c);

    // T.85 needs ECM (T.30 Table 2 note): without it the bits are not offered at all.
    c.ecm = false;
    const Capabilities noEcm = *Capabilities::fromDis(c.toDis());
    QVERIFY(!noEcm.t85);
    QVERIFY(!noEcm.t85L0);

    // L0 alone means nothing (T.30 note 30).
    BitField f(everything().toDis());
    f.setBit(79);
    QVERIFY(!Capabilities::fromDis(f.toBytes())->t85L0);

    // A DCS: bit 78 with ECM; a DCS asking for T.85 without ECM is not taken as T.85.
    SessionParams p;
    p.ecm = true;
    p.compression = FaxCompression::T85;
    const BitField dcs(p.toDcs());
    QVERIFY(dcs.bit(78));
    QVERIFY(dcs.bit(27));
    QVERIFY(!dcs.bit(31));
    BitField broken(p.toDcs());
    broken.setBit(27, false);
    QCOMPARE(SessionParams::fromDcs(broken.toBytes())->compression, FaxCompression::Mh);
}

void TestT30Negotiation::t85Negotiation_data()
{
    QTest::addColumn<bool>("localT85");
    QTest::addColumn<bool>("remoteT85");
    QTest::addColumn<bool>("remoteMmr");
    QTest::addColumn<bool>("allowEcm");
    QTest::addColumn<FaxCompression>("compression");

    QTest::newRow("both") << true << true << true << true << FaxCompression::T85;
    QTest::newRow("T.85 without T.6") << true << true << false << true << FaxCompression::T85;
    QTest::newRow("far end without T.85") << true << false << true << true << FaxCompression::Mmr;
    QTest::newRow("we without T.85") << false << true << true << true << FaxCompression::Mmr;
    QTest::newRow("ECM refused locally") << true << true << true << false << FaxCompression::Mr;
}

void TestT30Negotiation::t85Negotiation()
{
    QFETCH(bool, localT85);
    QFETCH(bool, remoteT85);
    QFETCH(bool, remoteMmr);
    QFETCH(bool, allowEcm);
    QFETCH(FaxCompression, compression);

    Capabilities remote = everything();
    remote.t85 = remoteT85;
    remote.mmr = remoteMmr;
    SendPreferences prefs;
    prefs.local = everything();
    prefs.local.t85 = localT85;
    prefs.allowEcm = allowEcm;
    const auto n = negotiate(prefs, *Capabilities::fromDis(remote.toDis()));
    QVERIFY(n.ok());
    QCOMPARE(n->params.compression, compression);
    QCOMPARE(n->params.ecm, allowEcm);
    QCOMPARE(*SessionParams::fromDcs(n->params.toDcs()), n->params);
}

void TestT30Negotiation::resolutionFallback()
{
    SendPreferences prefs;
    prefs.local = everything();
    prefs.resolution = FaxResolution::Superfine;

    Capabilities remote = everything();
    auto n = negotiate(prefs, remote);
    QCOMPARE(n->params.resolution, FaxResolution::Superfine);
    QVERIFY(!n->convertResolution);

    remote.superfine = false;
    n = negotiate(prefs, remote);
    QCOMPARE(n->params.resolution, FaxResolution::Fine);
    QVERIFY(n->convertResolution);

    remote.fine = false;
    n = negotiate(prefs, remote);
    QCOMPARE(n->params.resolution, FaxResolution::Normal);
    QVERIFY(n->convertResolution);

    prefs.resolution = FaxResolution::Normal;
    n = negotiate(prefs, remote);
    QCOMPARE(n->params.resolution, FaxResolution::Normal);
    QVERIFY(!n->convertResolution);
}

void TestT30Negotiation::widthAndLength()
{
    SendPreferences prefs;
    prefs.local = everything();
    prefs.width = 2432;
    prefs.length = PageLength::B4;
    Capabilities remote = everything();
    auto n = negotiate(prefs, remote);
    QCOMPARE(n->params.width, 2432);
    QVERIFY(!n->convertWidth);
    QCOMPARE(n->params.length, PageLength::B4);

    remote.maxWidth = 2048;
    remote.maxLength = PageLength::A4;
    n = negotiate(prefs, remote);
    QCOMPARE(n->params.width, 2048);
    QVERIFY(n->convertWidth);
    QCOMPARE(n->params.length, PageLength::A4);

    remote.maxWidth = 1728;
    n = negotiate(prefs, remote);
    QCOMPARE(n->params.width, 1728);
}

void TestT30Negotiation::scanTimeFollowsResolution()
{
    SendPreferences prefs;
    prefs.local = everything();
    prefs.allowEcm = false;
    Capabilities remote;
    remote.v29 = true;
    remote.fine = remote.superfine = true;
    remote.minScanMs = 20;
    remote.halfScanFine = true;
    remote.halfScanSuperfine = true;

    prefs.resolution = FaxResolution::Normal;
    QCOMPARE(negotiate(prefs, remote)->params.minScanMs, 20);
    prefs.resolution = FaxResolution::Fine;
    QCOMPARE(negotiate(prefs, remote)->params.minScanMs, 10);
    prefs.resolution = FaxResolution::Superfine;
    QCOMPARE(negotiate(prefs, remote)->params.minScanMs, 5);

    const SessionParams p = negotiate(prefs, remote)->params;
    QCOMPARE(p.rate.bitsPerSecond, 9600);
    QCOMPARE(p.minBitsPerLine(), 48); // 9600 bit/s * 5 ms
}

void TestT30Negotiation::notReadyToReceive()
{
    SendPreferences prefs;
    Capabilities remote;
    remote.readyToReceive = false;
    const auto n = negotiate(prefs, remote);
    QVERIFY(!n.ok());
    QVERIFY(n.error().message.contains(QStringLiteral("not ready to receive")));
}

void TestT30Negotiation::rateCap()
{
    SendPreferences prefs;
    prefs.local = everything();
    prefs.maxBitsPerSecond = 9600;
    const auto n = negotiate(prefs, everything());
    QCOMPARE(n->params.rate, (Rate{Modulation::V17, 9600}));
}

void TestT30Negotiation::stepDownSequence()
{
    const Capabilities all = everything();
    std::optional<Rate> r = Rate{Modulation::V17, 14400};
    QStringList names;
    while (r) {
        names << r->name();
        r = stepDown(*r, all, all);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("V.17 14400"), QStringLiteral("V.17 12000"),
                                 QStringLiteral("V.17 9600"), QStringLiteral("V.17 7200"),
                                 QStringLiteral("V.29 9600"), QStringLiteral("V.29 7200"),
                                 QStringLiteral("V.27ter 4800"), QStringLiteral("V.27ter 2400")}));
}

void TestT30Negotiation::stepDownSkipsUnsupported()
{
    Capabilities v29only;
    v29only.v29 = true;
    const Capabilities all = everything();
    auto r = stepDown(Rate{Modulation::V29, 9600}, all, v29only);
    QCOMPARE(r, (Rate{Modulation::V29, 7200}));
    Capabilities fallback;
    fallback.v27ter = false;
    r = stepDown(Rate{Modulation::V29, 9600}, all, fallback);
    QCOMPARE(r, (Rate{Modulation::V27ter, 2400}));
    QVERIFY(!stepDown(Rate{Modulation::V27ter, 2400}, all, all));
}

void TestT30Negotiation::ctcCarriesRate()
{
    for (const Rate &r : allRates()) {
        const QByteArray fif = ctcFif(r);
        QCOMPARE(fif.size(), 2);
        QCOMPARE(rateFromCtc(fif), r);
    }
    QCOMPARE(rateFromCtc(QByteArray()), (Rate{Modulation::V27ter, 2400}));
}

QTEST_GUILESS_MAIN(TestT30Negotiation)
#include "tst_t30negotiation.moc"
