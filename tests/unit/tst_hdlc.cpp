// SPDX-License-Identifier: GPL-3.0-or-later
// Bit-level HDLC for ECM over Class 1 and the T.4 Annex A block helpers.
#include "t30/hdlc.h"
#include "t30/t30frames.h"

#include <QRandomGenerator>
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

QList<QByteArray> goodFrames(const QList<HdlcEvent> &events)
{
    QList<QByteArray> out;
    for (const HdlcEvent &e : events) {
        if (e.kind == HdlcEvent::Kind::Frame)
            out.append(e.data);
    }
    return out;
}

/// Longest run of one bits in an LSB-first stream, ignoring flags is not possible here, so
/// callers check data that cannot contain six ones apart from flags.
int longestOnes(const QByteArray &stream)
{
    int run = 0, best = 0;
    for (const char ch : stream) {
        for (int i = 0; i < 8; ++i) {
            run = ((std::uint8_t(ch) >> i) & 1) ? run + 1 : 0;
            best = qMax(best, run);
        }
    }
    return best;
}

} // namespace

class TestHdlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flagsOnly();
    void knownEncoding();
    void zeroBitInsertion();
    void roundTrip_data();
    void roundTrip();
    void byteAtATime();
    void badFcs();
    void abortInsideFrame();
    void idleOnesAreNoAbort();
    void oversizedFrame();
    void garbageNeverCrashes();
    void splitPage();
    void splitLargePageIntoBlocks();
    void ecmBurstDecodes();
    void ppsRoundTrip();
    void ppsRejectsGarbage();
    void pprMap();
};

void TestHdlc::flagsOnly()
{
    QCOMPARE(HdlcEncoder::encode({}, 3, 1), bytes({0x7E, 0x7E, 0x7E}));
    HdlcDecoder d;
    QVERIFY(d.push(bytes({0x7E, 0x7E, 0x7E})).isEmpty());
    QVERIFY(d.synced());
}

void TestHdlc::knownEncoding()
{
    // DCN: FF 13 FB + FCS 9A F6. 0xFF has eight ones: a zero after the fifth. Worked by hand:
    // flag | 11111 0 111 | 11001000 (0x13 LSB first) | ...
    const QByteArray stream = HdlcEncoder::encode({bytes({0xFF, 0x13, 0xFB})}, 1, 1);
    QCOMPARE(std::uint8_t(stream.at(0)), std::uint8_t(0x7E));
    // Bits after the flag: 1 1 1 1 1 0 1 1 -> octet 0xDF (LSB first).
    QCOMPARE(std::uint8_t(stream.at(1)), std::uint8_t(0xDF));
    HdlcDecoder d;
    const auto events = d.push(stream);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, HdlcEvent::Kind::Frame);
    QCOMPARE(events.first().data, bytes({0xFF, 0x13, 0xFB}));
}

void TestHdlc::zeroBitInsertion()
{
    // Data of all ones: never six ones in a row on the line except inside flags, which are
    // exactly six. So the longest run is 6.
    const QByteArray stream = HdlcEncoder::encode({QByteArray(64, char(0xFF))}, 2, 2);
    QCOMPARE(longestOnes(stream), 6);
    const auto frames = goodFrames(HdlcDecoder().push(stream));
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.first(), QByteArray(64, char(0xFF)));
}

void TestHdlc::roundTrip_data()
{
    QTest::addColumn<QList<QByteArray>>("frames");
    QTest::newRow("control frame") << QList<QByteArray>{bytes({0xFF, 0x13, 0x80, 0, 0xEE, 0xF4})};
    QTest::newRow("flag octets") << QList<QByteArray>{QByteArray(300, char(0x7E))};
    QTest::newRow("five ones runs") << QList<QByteArray>{
        QByteArray(40, char(0x1F)), QByteArray(40, char(0xF8)), QByteArray(40, char(0x3E))};
    QTest::newRow("0x7D 0x7F mix") << QList<QByteArray>{bytes({0x7D, 0x7F, 0x7E, 0xFE, 0x3F})};
    QByteArray random(256, '\0');
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    QTest::newRow("random + short") << QList<QByteArray>{random, bytes({1, 2, 3}), random};
}

void TestHdlc::roundTrip()
{
    QFETCH(QList<QByteArray>, frames);
    const QByteArray stream = HdlcEncoder::encode(frames);
    HdlcDecoder d;
    const auto events = d.push(stream);
    QCOMPARE(goodFrames(events), frames);
    QCOMPARE(events.size(), frames.size());
}

void TestHdlc::byteAtATime()
{
    const QList<QByteArray> frames{QByteArray(100, char(0xFF)), bytes({0xFF, 0x03, 0x86})};
    const QByteArray stream = HdlcEncoder::encode(frames, 5, 3);
    HdlcDecoder d;
    QList<HdlcEvent> events;
    for (const char ch : stream)
        events += d.push(QByteArray(1, ch));
    QCOMPARE(goodFrames(events), frames);
}

void TestHdlc::badFcs()
{
    QByteArray stream = HdlcEncoder::encode({bytes({0xFF, 0x03, 0x06, 0x00, 0x55, 0x55, 0x55})});
    // Flip one bit in the middle of the frame (0x55 data has no stuffing nearby).
    stream[5] = char(stream.at(5) ^ 0x04);
    const auto events = HdlcDecoder().push(stream);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, HdlcEvent::Kind::BadFcs);
}

void TestHdlc::abortInsideFrame()
{
    // Flag, some data octets, then eight ones: an abort; then a good frame still decodes.
    QByteArray stream = bytes({0x7E, 0x12, 0x34, 0x56, 0xFF});
    stream += HdlcEncoder::encode({bytes({0xFF, 0x13, 0x8C})});
    const auto events = HdlcDecoder().push(stream);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, HdlcEvent::Kind::Abort);
    QCOMPARE(events.at(1).kind, HdlcEvent::Kind::Frame);
    QCOMPARE(events.at(1).data, bytes({0xFF, 0x13, 0x8C}));
}

void TestHdlc::idleOnesAreNoAbort()
{
    QByteArray stream = HdlcEncoder::encode({bytes({0xFF, 0x13, 0x8C})});
    stream += QByteArray(10, char(0xFF));
    const auto events = HdlcDecoder().push(stream);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, HdlcEvent::Kind::Frame);
}

void TestHdlc::oversizedFrame()
{
    HdlcDecoder d(64);
    const QByteArray stream = HdlcEncoder::encode({QByteArray(100, 'a'), bytes({1, 2, 3, 4})});
    const auto events = d.push(stream);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, HdlcEvent::Kind::Oversized);
    QCOMPARE(events.at(1).kind, HdlcEvent::Kind::Frame);
    QCOMPARE(events.at(1).data, bytes({1, 2, 3, 4}));
}

void TestHdlc::garbageNeverCrashes()
{
    HdlcDecoder d(300);
    QRandomGenerator rng(1234);
    int events = 0;
    for (int round = 0; round < 200; ++round) {
        QByteArray chunk(rng.bounded(1, 400), '\0');
        for (char &c : chunk)
            c = char(rng.bounded(256));
        for (const HdlcEvent &e : d.push(chunk)) {
            QVERIFY(e.data.size() <= 302);
            ++events;
        }
    }
    QVERIFY(events > 0);
}

void TestHdlc::splitPage()
{
    QByteArray page(600, 'x');
    const auto blocks = splitEcmPage(page, 256, 3);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.first().frames.size(), 3);
    QCOMPARE(blocks.first().page, 3);
    QVERIFY(blocks.first().lastOfPage);
    QCOMPARE(blocks.first().frames.at(2).size(), 256);
    QCOMPARE(blocks.first().frames.at(2).left(88), QByteArray(88, 'x'));
    QCOMPARE(blocks.first().frames.at(2).mid(88), QByteArray(168, '\0'));

    const auto small = splitEcmPage(page, 64);
    QCOMPARE(small.first().frames.size(), 10);
    QCOMPARE(splitEcmPage(QByteArray(), 256).first().frames.size(), 1);
}

void TestHdlc::splitLargePageIntoBlocks()
{
    // 64-octet frames, 300 frames' worth: one full block of 256 and one of 44.
    const auto blocks = splitEcmPage(QByteArray(64 * 300, 'y'), 64);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).frames.size(), 256);
    QCOMPARE(blocks.at(0).block, 0);
    QVERIFY(!blocks.at(0).lastOfPage);
    QCOMPARE(blocks.at(1).frames.size(), 44);
    QCOMPARE(blocks.at(1).block, 1);
    QVERIFY(blocks.at(1).lastOfPage);
}

void TestHdlc::ecmBurstDecodes()
{
    QByteArray page;
    for (int i = 0; i < 1000; ++i)
        page.append(char(i * 7));
    const EcmBlock block = splitEcmPage(page, 256).first();
    const QByteArray burst = encodeEcmBurst(block, {1, 3});
    QList<EcmFrame> frames;
    for (const QByteArray &f : goodFrames(HdlcDecoder().push(burst))) {
        const auto ecm = parseEcmFrame(f);
        QVERIFY(ecm.has_value());
        frames.append(*ecm);
    }
    QCOMPARE(frames.size(), 5);
    QCOMPARE(frames.at(0).number, 1);
    QCOMPARE(frames.at(0).data, page.mid(256, 256));
    QCOMPARE(frames.at(1).number, 3);
    QCOMPARE(frames.at(1).data, page.mid(768, 232) + QByteArray(24, '\0'));
    QVERIFY(frames.at(2).rcp && frames.at(3).rcp && frames.at(4).rcp);
    QVERIFY(!parseEcmFrame(bytes({0xFF, 0x13, 0x8C})));
    QVERIFY(!parseEcmFrame(bytes({0xFF})));
}

void TestHdlc::ppsRoundTrip()
{
    PpsInfo info;
    info.postMessage = Fcf::MPS;
    info.page = 2;
    info.block = 0;
    info.frames = 256;
    const QByteArray fif = ppsFif(info, true);
    QCOMPARE(fif, bytes({0x4F, 0x02, 0x00, 0xFF}));
    const auto back = parsePps(fif);
    QVERIFY(back);
    QCOMPARE(back->postMessage, Fcf::MPS);
    QCOMPARE(back->page, 2);
    QCOMPARE(back->frames, 256);

    info.postMessage = Fcf::Null;
    info.frames = 1;
    QCOMPARE(ppsFif(info, true), bytes({0x00, 0x02, 0x00, 0x00}));
}

void TestHdlc::ppsRejectsGarbage()
{
    QVERIFY(!parsePps(bytes({0x4F, 0x02, 0x00})));
    QVERIFY(!parsePps(bytes({0x8C, 0, 0, 0}))); // MCF is no post-message command
}

void TestHdlc::pprMap()
{
    const QByteArray fif = pprFif({0, 9, 255});
    QCOMPARE(fif.size(), 32);
    QCOMPARE(std::uint8_t(fif.at(0)), std::uint8_t(0x01));
    QCOMPARE(std::uint8_t(fif.at(1)), std::uint8_t(0x02));
    QCOMPARE(std::uint8_t(fif.at(31)), std::uint8_t(0x80));
    QCOMPARE(framesFromPpr(fif), (QList<int>{0, 9, 255}));
    // Bits beyond the block are ignored; a short field asks for nothing.
    QCOMPARE(framesFromPpr(fif, 10), (QList<int>{0, 9}));
    QVERIFY(framesFromPpr(fif.left(31)).isEmpty());
    QCOMPARE(framesFromPpr(QByteArray(32, char(0xFF)), 3), (QList<int>{0, 1, 2}));
}

QTEST_GUILESS_MAIN(TestHdlc)
#include "tst_hdlc.moc"
