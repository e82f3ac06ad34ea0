// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging/faxcodec.h"
#include "modem/class1driver.h"
#include "scriptedmodem.h"

#include <QtTest>

using namespace Fax;
using namespace Fax::T30;
using Fax::Test::ScriptedModem;

namespace {

const QByteArray DleEtx("\x10\x03", 2);

// A frame as the modem hands it to the host after +FRH=3: with FCS, DLE-stuffed, DLE ETX.
QByteArray received(const Frame &f, const QByteArray &status = "OK")
{
    return "\r\nCONNECT\r\n" + Class1Driver::dleStuff(f.toBytesWithFcs()) + DleEtx + "\r\n" +
           status + "\r\n";
}

// A frame as the host sends it after +FTH=3: no FCS (the modem adds it).
QByteArray sent(const Frame &f)
{
    return Class1Driver::dleStuff(f.toBytes()) + DleEtx;
}

Capabilities remoteCaps(bool v17 = false)
{
    Capabilities c;
    c.v27ter = true;
    c.v29 = true;
    c.v17 = v17;
    c.fine = true;
    return c;
}

SendPreferences prefs()
{
    SendPreferences p;
    p.local = ModemConfig::defaultCapabilities();
    p.local.ecm = false;
    p.allowEcm = false;
    p.resolution = FaxResolution::Fine;
    return p;
}

void scriptInit(ScriptedModem &m)
{
    m.exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=1", "OK");
}

QByteArray unstuff(QByteArray block)
{
    block.chop(2);
    return block.replace(QByteArray("\x10\x10", 2), QByteArray("\x10", 1));
}

} // namespace

class TestClass1Driver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dleStuffing();
    void receiverAsksForNoScanLinePadding();
    void onePageNonEcmSend_data();
    void onePageNonEcmSend();
    void onePageReceive();
    void dialResults_data();
    void dialResults();
    void modemDoesNotAnswer();
    void errorReplyMidCall();
    void badFcsIsAFrameError();
    void noFaxAnswersT1();
    void abortBeforeDialledFrames();
    void abortWhileDialling();
    void abortWhileWaitingForAnswer();
};

void TestClass1Driver::dleStuffing()
{
    QCOMPARE(Class1Driver::dleStuff(QByteArray("\x01\x10\x02\x10\x10", 5)),
             QByteArray("\x01\x10\x10\x02\x10\x10\x10\x10", 8));
    QCOMPARE(Class1Driver::dleStuff(QByteArray()), QByteArray());
}

void TestClass1Driver::onePageNonEcmSend_data()
{
    QTest::addColumn<bool>("v17");
    QTest::addColumn<QByteArray>("tcfCommand");
    QTest::addColumn<QByteArray>("pageCommand");
    QTest::addColumn<int>("tcfOctets");
    QTest::newRow("V.29 9600") << false << QByteArray("AT+FTM=96") << QByteArray("AT+FTM=96")
                               << 1800;
    // V.17: TCF with long training, the page after it with short training.
    QTest::newRow("V.17 14400") << true << QByteArray("AT+FTM=145") << QByteArray("AT+FTM=146")
                                << 2700;
}

void TestClass1Driver::onePageNonEcmSend()
{
    QFETCH(bool, v17);
    QFETCH(QByteArray, tcfCommand);
    QFETCH(QByteArray, pageCommand);
    QFETCH(int, tcfOctets);
    const auto negotiated = negotiate(prefs(), remoteCaps(v17));
    QVERIFY(negotiated.ok());
    const QByteArray page("\x00\x10\x01\xff\x10\x80", 6);

    const Frame csi =
        Frame::make(Fcf::CSI, encodeStationId(QStringLiteral("+1 555 1234")), false, false);
    const Frame dis = Frame::make(Fcf::DIS, remoteCaps(v17).toDis());
    const Frame tsi =
        Frame::make(Fcf::TSI, encodeStationId(QStringLiteral("+49 30 1234")), true, false);
    const Frame dcs = Frame::make(Fcf::DCS, negotiated->params.toDcs(), true);
    const Frame cfr = Frame::make(Fcf::CFR);
    const Frame eop = Frame::make(Fcf::EOP, {}, true);
    const Frame mcf = Frame::make(Fcf::MCF);
    const Frame dcn = Frame::make(Fcf::DCN, {}, true);

    ScriptedModem m;
    scriptInit(m);
    // ATD: CONNECT when V.21 flags come; the modem is then receiving HDLC as after +FRH=3.
    m.expectSent("ATDT5551234\r").reply(received(csi));
    m.expectSent("AT+FRH=3\r").reply(received(dis));
    // TSI and DCS after 75 ms of silence; CONNECT between the frames, OK after the final one.
    m.exchange("AT+FRS=7", "OK").exchange("AT+FTH=3", "CONNECT");
    m.expectSent(sent(tsi)).reply("\r\nCONNECT\r\n");
    m.expectSent(sent(dcs)).reply("\r\nOK\r\n");
    // TCF: 1.5 s of zeros at the rate.
    m.exchange("AT+FTS=7", "OK").exchange(tcfCommand, "CONNECT").expectData().reply("\r\nOK\r\n");
    m.expectSent("AT+FRH=3\r").reply(received(cfr));
    // The page, then EOP.
    m.exchange("AT+FRS=7", "OK").exchange(pageCommand, "CONNECT").expectData().reply("\r\nOK\r\n");
    m.exchange("AT+FTS=7", "OK").exchange("AT+FTH=3", "CONNECT");
    m.expectSent(sent(eop)).reply("\r\nOK\r\n");
    m.expectSent("AT+FRH=3\r").reply(received(mcf));
    m.exchange("AT+FRS=7", "OK").exchange("AT+FTH=3", "CONNECT");
    m.expectSent(sent(dcn)).reply("\r\nOK\r\n");
    m.exchange("ATH0", "OK");

    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("+49 30 1234"), prefs());
    ModemCallHooks hooks;
    QList<int> requested;
    QList<DeviceStatus> statuses;
    hooks.pageData = [&](int n, const SessionParams &params, PageEnd *end) -> Expected<QByteArray> {
        requested << n;
        [&] { QCOMPARE(params.compression, FaxCompression::Mh); }();
        *end = PageEnd::LastPage;
        return page;
    };
    hooks.progress = [&](DeviceStatus s, int, const QString &) { statuses << s; };
    const CallOutcome out = driver.send(QStringLiteral("555-1234"), session, hooks);

    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(),
             qPrintable(m.nextStep() + QLatin1Char('\n') + driver.log().join(QLatin1Char('\n'))));
    QVERIFY2(out.success, qPrintable(out.message));
    QCOMPARE(out.deviceStatus, DeviceStatus::Completed);
    QCOMPARE(out.pagesConfirmed, 1);
    QCOMPARE(requested, QList<int>{0});
    QCOMPARE(session.outcome().remoteId, QStringLiteral("+1 555 1234"));
    QVERIFY(statuses.contains(DeviceStatus::Dialing));
    QCOMPARE(m.dataBlocks.size(), 2);
    QCOMPARE(unstuff(m.dataBlocks.at(0)), QByteArray(tcfOctets, '\0'));
    QCOMPARE(m.dataBlocks.at(1), Class1Driver::dleStuff(page) + DleEtx);
}

void TestClass1Driver::onePageReceive()
{
    SessionParams params;
    params.rate = Rate{Modulation::V29, 9600};
    params.resolution = FaxResolution::Fine;
    params.compression = FaxCompression::Mh;
    FaxCodec::EncodeOptions eo;
    eo.compression = FaxCompression::Mh;
    eo.lsbFirst = true;
    const auto page = FaxCodec::encode(makeFaxImage(1728, 200), eo);
    QVERIFY(page.ok());

    const Capabilities local = ModemConfig::defaultCapabilities();
    const Frame csi =
        Frame::make(Fcf::CSI, encodeStationId(QStringLiteral("+49 30 999")), false, false);
    const Frame dis = Frame::make(Fcf::DIS, [&] {
        Capabilities c = local;
        c.readyToReceive = true;
        return c.toDis();
    }());
    const Frame tsi =
        Frame::make(Fcf::TSI, encodeStationId(QStringLiteral("+1 555 1234")), true, false);
    const Frame dcs = Frame::make(Fcf::DCS, params.toDcs(), true);
    const Frame eop = Frame::make(Fcf::EOP, {}, true);
    const Frame dcn = Frame::make(Fcf::DCN, {}, true);

    ScriptedModem m;
    scriptInit(m);
    // ATA: CED, then CONNECT with the modem sending HDLC as after +FTH=3.
    m.exchange("ATA", "CONNECT");
    m.expectSent(sent(csi)).reply("\r\nCONNECT\r\n");
    m.expectSent(sent(dis)).reply("\r\nOK\r\n");
    m.expectSent("AT+FRH=3\r").reply(received(tsi));
    m.expectSent("AT+FRH=3\r").reply(received(dcs));
    // TCF: zeros, the carrier drops.
    m.expectSent("AT+FRM=96\r")
        .reply("\r\nCONNECT\r\n" + QByteArray(1800, '\0') + DleEtx + "\r\nNO CARRIER\r\n");
    m.exchange("AT+FRS=7", "OK").exchange("AT+FTH=3", "CONNECT");
    m.expectSent(sent(Frame::make(Fcf::CFR))).reply("\r\nOK\r\n");
    m.expectSent("AT+FRM=96\r")
        .reply("\r\nCONNECT\r\n" + Class1Driver::dleStuff(*page) + DleEtx + "\r\nNO CARRIER\r\n");
    m.expectSent("AT+FRH=3\r").reply(received(eop));
    m.exchange("AT+FRS=7", "OK").exchange("AT+FTH=3", "CONNECT");
    m.expectSent(sent(Frame::make(Fcf::MCF))).reply("\r\nOK\r\n");
    m.expectSent("AT+FRH=3\r").reply(received(dcn));
    m.exchange("ATH0", "OK");

    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Receiver session(QStringLiteral("+49 30 999"), local);
    QList<QByteArray> delivered;
    ModemCallHooks hooks;
    hooks.deliverPage = [&](int, const QByteArray &data, const SessionParams &) {
        delivered << data;
    };
    const Outcome out = driver.receive(session, hooks);
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(),
             qPrintable(m.nextStep() + QLatin1Char('\n') + driver.log().join(QLatin1Char('\n'))));
    QVERIFY2(out.success, qPrintable(out.message));
    QCOMPARE(out.pages, 1);
    QCOMPARE(out.remoteId, QStringLiteral("+1 555 1234"));
    QCOMPARE(delivered, QList<QByteArray>{*page});
}

void TestClass1Driver::dialResults_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<DeviceStatus>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("message");
    QTest::newRow("busy") << QByteArray("BUSY") << DeviceStatus::Busy << true
                          << QStringLiteral("The line to 555 1234 was busy");
    QTest::newRow("no carrier") << QByteArray("NO CARRIER") << DeviceStatus::NoAnswer << true
                                << QStringLiteral(
                                       "No fax machine answered at 555 1234 (NO CARRIER)");
    QTest::newRow("no dialtone")
        << QByteArray("NO DIALTONE") << DeviceStatus::NoDialTone << true
        << QStringLiteral(
               "No dial tone on /dev/ttyFAKE0: is the modem connected to the phone line?");
    QTest::newRow("no answer") << QByteArray("NO ANSWER") << DeviceStatus::NoAnswer << true
                               << QStringLiteral("555 1234 did not answer");
    QTest::newRow("error") << QByteArray("ERROR") << DeviceStatus::BadAddress << false
                           << QStringLiteral("The modem on /dev/ttyFAKE0 refused to dial 555 1234 "
                                             "(ERROR): check the number");
}

void TestClass1Driver::dialResults()
{
    QFETCH(QByteArray, answer);
    QFETCH(DeviceStatus, status);
    QFETCH(bool, retryable);
    QFETCH(QString, message);
    ScriptedModem m;
    scriptInit(m);
    m.exchange("ATDT5551234", answer);
    if (answer == "ERROR")
        m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("1"), prefs());
    const CallOutcome out = driver.send(QStringLiteral("555 1234"), session, {});
    QVERIFY(m.errors.isEmpty());
    QVERIFY(m.done());
    QVERIFY(!out.success);
    QCOMPARE(out.deviceStatus, status);
    QCOMPARE(out.retryable, retryable);
    QCOMPARE(out.message, message);
}

void TestClass1Driver::modemDoesNotAnswer()
{
    ScriptedModem m(QStringLiteral("/dev/ttyS0"));
    m.expectSent("ATE0V1Q0\r");                                  // silence
    m.expectSent("ATZ\r").expectSent("+++").expectSent("ATZ\r"); // recovery fails too
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("1"), prefs());
    const CallOutcome out = driver.send(QStringLiteral("5551234"), session, {});
    QVERIFY(m.errors.isEmpty());
    QVERIFY(m.done());
    QVERIFY(!out.success);
    QVERIFY(out.retryable);
    QCOMPARE(out.deviceStatus, DeviceStatus::FatalError);
    QCOMPARE(out.message,
             QStringLiteral("Modem on /dev/ttyS0 does not respond even after a DTR drop "
                            "and ATZ: Modem on /dev/ttyS0 did not answer ATZ within 6 s"));
    QVERIFY(m.events.contains(QStringLiteral("DTR off")));
}

void TestClass1Driver::errorReplyMidCall()
{
    const Frame dis = Frame::make(Fcf::DIS, remoteCaps().toDis());
    ScriptedModem m;
    scriptInit(m);
    m.expectSent("ATDT5551234\r").reply(received(dis));
    m.exchange("AT+FRS=7", "OK").exchange("AT+FTH=3", "ERROR");
    m.exchange("ATH0", "OK"); // after the DTR drop
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("1"), prefs());
    ModemCallHooks hooks;
    const CallOutcome out = driver.send(QStringLiteral("5551234"), session, hooks);
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QVERIFY(!out.success);
    QVERIFY(out.retryable);
    QCOMPARE(out.deviceStatus, DeviceStatus::Disconnected);
    QCOMPARE(out.message, QStringLiteral("Modem on /dev/ttyFAKE0 answered AT+FTH=3 with ERROR"));
    QVERIFY(m.events.contains(QStringLiteral("DTR off")));
}

void TestClass1Driver::badFcsIsAFrameError()
{
    const Frame dis = Frame::make(Fcf::DIS, remoteCaps().toDis());
    const Frame dcn = Frame::make(Fcf::DCN);
    ScriptedModem m;
    scriptInit(m);
    // The modem found the DIS's FCS wrong: ERROR after the frame. The sender listens again.
    m.expectSent("ATDT5551234\r").reply(received(dis, "ERROR"));
    m.expectSent("AT+FRH=3\r").reply(received(dcn));
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("1"), prefs());
    const CallOutcome out = driver.send(QStringLiteral("5551234"), session, {});
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QVERIFY(driver.log().contains(QStringLiteral("<frame bad FCS>")));
    QVERIFY(!out.success);
    QVERIFY2(out.message.contains(QStringLiteral("DCN")), qPrintable(out.message));
}

void TestClass1Driver::noFaxAnswersT1()
{
    ScriptedModem m;
    scriptInit(m);
    m.exchange("ATDT5551234", "CONNECT"); // flags, then nothing
    m.expectSent("\x18").reply("\r\nOK\r\n");
    m.expectSent("AT+FRH=3\r");
    m.expectSent("\x18").reply("\r\nOK\r\n");
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("1"), prefs());
    const qint64 start = m.nowMs();
    const CallOutcome out = driver.send(QStringLiteral("5551234"), session, {});
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QVERIFY(!out.success);
    QCOMPARE(out.deviceStatus, DeviceStatus::NotFaxCall);
    QVERIFY2(out.message.contains(QStringLiteral("T1")), qPrintable(out.message));
    QVERIFY(m.nowMs() - start >= 35000); // T1 ran out on the modem's clock
}

void TestClass1Driver::abortBeforeDialledFrames()
{
    // An abort requested before the far end answered: the driver stops at the first chance.
    const Frame dis = Frame::make(Fcf::DIS, remoteCaps().toDis());
    ScriptedModem m;
    scriptInit(m);
    m.expectSent("ATDT5551234\r").reply(received(dis));
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("1"), prefs());
    std::atomic_bool abort = false;
    ModemCallHooks hooks;
    hooks.abort = &abort;
    hooks.progress = [&](DeviceStatus s, int, const QString &) {
        if (s == DeviceStatus::Sending)
            abort = true;
    };
    const CallOutcome out = driver.send(QStringLiteral("5551234"), session, hooks);
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QVERIFY(!out.success);
    QCOMPARE(out.message, QStringLiteral("sending stopped by the user"));
}

void TestClass1Driver::abortWhileDialling()
{
    ScriptedModem m;
    scriptInit(m);
    m.expectSent("ATDT5551234\r"); // still dialling when the user cancels
    m.expectSent("\r").reply("\r\nNO CARRIER\r\n");
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QStringLiteral("1"), prefs());
    std::atomic_bool abort = false;
    ModemCallHooks hooks;
    hooks.abort = &abort;
    hooks.progress = [&](DeviceStatus s, int, const QString &) {
        if (s == DeviceStatus::Dialing)
            abort = true;
    };
    const qint64 start = m.nowMs();
    const CallOutcome out = driver.send(QStringLiteral("5551234"), session, hooks);
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QVERIFY(!out.success);
    QCOMPARE(out.deviceStatus, DeviceStatus::Disconnected);
    QCOMPARE(out.message, QStringLiteral("Sending stopped by the user while dialling 5551234"));
    QVERIFY(m.nowMs() - start < 5000); // not the whole 90 s dial timeout
}

// A cancel while the far end is silent (here: no answer to DCS/TCF) ends the call at once with
// DCN instead of waiting for T4 and its repeats.
void TestClass1Driver::abortWhileWaitingForAnswer()
{
    const auto negotiated = negotiate(prefs(), remoteCaps());
    QVERIFY(negotiated.ok());
    const Frame dis = Frame::make(Fcf::DIS, remoteCaps().toDis());
    const Frame dcs = Frame::make(Fcf::DCS, negotiated->params.toDcs(), true);
    const Frame dcn = Frame::make(Fcf::DCN, {}, true);
    ScriptedModem m;
    scriptInit(m);
    m.expectSent("ATDT5551234\r").reply(received(dis));
    m.exchange("AT+FRS=7", "OK").exchange("AT+FTH=3", "CONNECT");
    m.expectSent(sent(dcs)).reply("\r\nOK\r\n");
    m.exchange("AT+FTS=7", "OK").exchange("AT+FTM=96", "CONNECT").expectData().reply("\r\nOK\r\n");
    m.expectSent("AT+FRH=3\r"); // no CFR comes: the user cancels while the host waits
    m.expectSent("\x18").reply("\r\nOK\r\n");
    m.exchange("AT+FRS=7", "OK").exchange("AT+FTH=3", "CONNECT");
    m.expectSent(sent(dcn)).reply("\r\nOK\r\n");
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class1Driver driver(at, ModemConfig{});
    T30Sender session(QString(), prefs());
    std::atomic_bool abort = false;
    qint64 abortedAt = -1;
    m.onIdle = [&](qint64 now) {
        if (abortedAt < 0 && m.sent.endsWith("AT+FRH=3\r") && now > 1000) {
            abortedAt = now;
            abort = true;
        }
    };
    ModemCallHooks hooks;
    hooks.abort = &abort;
    const CallOutcome out = driver.send(QStringLiteral("5551234"), session, hooks);
    QVERIFY2(m.errors.isEmpty(), qPrintable(m.errors.join(QLatin1Char('\n'))));
    QVERIFY2(m.done(), qPrintable(m.nextStep()));
    QVERIFY(abortedAt > 0);
    QVERIFY(!out.success);
    QCOMPARE(out.pagesConfirmed, 0);
    // Hung up within a second of the cancel, not after T4 (3 s) and its repeats.
    QVERIFY2(m.nowMs() - abortedAt < 1000, qPrintable(QString::number(m.nowMs() - abortedAt)));
}

// Received pages go to memory: the DIS must not make a sender without ECM pad its lines.
void TestClass1Driver::receiverAsksForNoScanLinePadding()
{
    const QByteArray dis = Fax::ModemConfig::defaultCapabilities().toDis();
    const auto decoded = Fax::T30::Capabilities::fromDis(dis);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->minScanMs, 0);
    QCOMPARE(decoded->minScanMsAt(Fax::FaxResolution::Fine), 0);
}

QTEST_GUILESS_MAIN(TestClass1Driver)
#include "tst_class1driver.moc"
