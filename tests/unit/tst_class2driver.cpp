// SPDX-License-Identifier: GPL-3.0-or-later
#include "class2script.h"

#include <QtTest>

using namespace Fax;
using namespace Fax::T30;
using Fax::Test::ScriptedModem;
using Variant = Fax::Class2Driver::Variant;

using namespace Fax::Test::Class2Script;

class TestClass2Driver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parameters();
    void hangupCodes();
    void modemRanges();
    void offersOnlyWhatTheModemTakes();
    void class20SendTwoPages();
    void class2SendTwoPages();
    void reversedBitOrder();
    void receive_data();
    void receive();
    void rtnPageIsSentAgain();
    void rtnThreeTimesFails();
    void hangupMidCall();
    void modemKeepsReversedBitOrder();
    void hangupMapping_data();
    void hangupMapping();
    void dialResults_data();
    void dialResults();
    void errorToFclass();
    void silentModem();
    void garbage();
    void errorToFdt();
    void receiveErrorToFdr();
    void abortWhileSending();
    void classInitCommands();
};

void TestClass2Driver::parameters()
{
    const Capabilities caps = ModemConfig::defaultCapabilities();
    QCOMPARE(Class2Driver::capabilityParams(caps, Variant::Class20), QByteArray("3,5,0,2,3,2,0,0"));
    QCOMPARE(Class2Driver::capabilityParams(caps, Variant::Class2), QByteArray("1,5,0,2,3,2,0,0"));
    QCOMPARE(Class2Driver::wantedParams(caps, FaxResolution::Normal, Variant::Class20),
             QByteArray("0,5,0,2,3,2,0,0"));
    QCOMPARE(Class2Driver::wantedParams(caps, FaxResolution::Superfine, Variant::Class20),
             QByteArray("3,5,0,2,3,2,0,0"));
    Capabilities plain;
    plain.v29 = true;
    plain.minScanMs = 20;
    QCOMPARE(Class2Driver::capabilityParams(plain, Variant::Class2), QByteArray("0,3,0,0,0,0,0,5"));

    const auto p =
        Class2Driver::parseSessionParams(QStringLiteral("1,3,0,2,0,0,0,4"), Variant::Class2);
    QVERIFY(p);
    QCOMPARE(p->resolution, FaxResolution::Fine);
    QCOMPARE(p->rate, (Rate{Modulation::V29, 9600}));
    QCOMPARE(p->compression, FaxCompression::Mh);
    QCOMPARE(p->length, PageLength::Unlimited);
    QCOMPARE(p->minScanMs, 10);
    QVERIFY(!p->ecm);
    const auto q =
        Class2Driver::parseSessionParams(QStringLiteral(" 2,5,1,0,3,2,0,0"), Variant::Class20);
    QVERIFY(q);
    QCOMPARE(q->resolution, FaxResolution::Superfine);
    QCOMPARE(q->rate, (Rate{Modulation::V17, 14400}));
    QCOMPARE(q->width, 2048);
    QCOMPARE(q->compression, FaxCompression::Mmr);
    QVERIFY(q->ecm);
    QVERIFY(!Class2Driver::parseSessionParams(QStringLiteral("1,9,0,0,0"), Variant::Class20));
    QVERIFY(!Class2Driver::parseSessionParams(QStringLiteral("1,3,0,0,2,0,0,0"), Variant::Class2));
    QVERIFY(!Class2Driver::parseSessionParams(QStringLiteral("x,3"), Variant::Class2));
}

void TestClass2Driver::hangupCodes()
{
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("00"), Variant::Class20), 0);
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("25"), Variant::Class20), 25);
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("A1"), Variant::Class20), 101);
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("101"), Variant::Class2), 101);
    // Class 2.0 modems that write decimal (HylaFAX's Class2UseHex off).
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("101"), Variant::Class20), 101);
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("0"), Variant::Class20), 0);
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("300"), Variant::Class20), -1);
    QCOMPARE(Class2Driver::hangupCode(QStringLiteral("zz"), Variant::Class20), -1);
    QCOMPARE(Class2Driver::hangupText(52), QStringLiteral("no response to MPS, repeated 3 times"));
}

void TestClass2Driver::modemRanges()
{
    const auto r = Class2Driver::parseRanges(
        QStringLiteral("+FCC: (0,1),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)"), Variant::Class20);
    QCOMPARE(r.size(), 8);
    QCOMPARE(r.at(0), (QList<int>{0, 1}));
    QCOMPARE(r.at(1), (QList<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(r.at(6), (QList<int>{0}));
    QCOMPARE(Class2Driver::parseRanges(QStringLiteral("(0-1F)"), Variant::Class20).value(0).size(),
             32);
    QCOMPARE(Class2Driver::clampParams("3,5,0,0,3,2,0,0", r, Variant::Class20),
             QByteArray("1,5,0,0,3,2,0,0"));
    const auto old = Class2Driver::parseRanges(
        QStringLiteral("(0,1),(0-3),(0),(0-2),(0,1),(0),(0),(0-7)"), Variant::Class2);
    QCOMPARE(Class2Driver::clampParams("1,5,0,0,3,2,0,0", old, Variant::Class2),
             QByteArray("1,3,0,0,1,0,0,0"));
    // No ranges (the modem refused the question): unchanged.
    QCOMPARE(Class2Driver::clampParams("3,5,0,0,3,2,0,0", {}, Variant::Class20),
             QByteArray("3,5,0,0,3,2,0,0"));
}

// A 9600 bit/s modem without superfine, MMR or ECM: +FCC/+FIS stay within its ranges.
void TestClass2Driver::offersOnlyWhatTheModemTakes()
{
    ScriptedModem m;
    m.exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=2.0", "OK");
    m.exchange("AT+FCC=?", "(0,1),(0-3),(0-2),(0-2),(0,1),(0),(0),(0-7)\r\nOK");
    m.exchange("AT+FLI=\"+49 30 1234\"", "OK");
    m.exchange("AT+FCC=1,3,0,2,1,0,0,0", "OK").exchange("AT+FIS=1,3,0,2,1,0,0,0", "OK");
    m.exchange("AT+FBO=0", "OK").exchange("AT+FNR=1,1,1,1", "OK");
    m.exchange("AT+FCQ=1,0", "ERROR").exchange("AT+FLO=2", "ERROR"); // optional ones
    m.exchange("AT+FBO?", "ERROR");
    m.exchange("ATDT5551234", "BUSY");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Busy);
}

void TestClass2Driver::class20SendTwoPages()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    // T.32: <DLE><,> ends page 1 (MPS), <DLE><.> page 2 (EOP); this modem volunteers +FPS.
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\nOK\r\n");
    m.exchange("AT+FDT", "CONNECT");
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\n+FHS:00\r\nOK\r\n");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1, Page2});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Completed);
    QCOMPARE(run.out.pagesConfirmed, 2);
    QCOMPARE(run.requested, (QList<int>{0, 1}));
    // Both pages coded for what +FCS said: fine, V.29 9600, MH, no ECM.
    for (const SessionParams &p : run.params) {
        QCOMPARE(p.resolution, FaxResolution::Fine);
        QCOMPARE(p.rate, (Rate{Modulation::V29, 9600}));
        QCOMPARE(p.compression, FaxCompression::Mh);
        QVERIFY(!p.ecm);
    }
    // "direct" bit order: the octets go out as the hook made them, DLE doubled, then the
    // post-page message.
    QCOMPARE(m.dataBlocks.size(), 2);
    QCOMPARE(m.dataBlocks.at(0), QByteArray("\x00\x10\x10\x01\xff\x10\x10\x80", 8) + DleMps);
    QCOMPARE(m.dataBlocks.at(1), QByteArray("\x35\x10\x10\x10\x10\x02", 6) + DleEop);
}

void TestClass2Driver::class2SendTwoPages()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class2, false);
    scriptDial(m, Variant::Class2);
    // Class 2: the modem sends XON when it can take the page.
    m.expectSent("AT+FDT\r").reply("\r\n+FDCS: 0,1,0,0,1,0,0,0\r\nCONNECT\r\n\x11");
    m.expectData().reply("\r\nOK\r\n");
    m.exchange("AT+FET=0", "+FPTS:1\r\nOK");
    m.expectSent("AT+FDT\r").reply("\r\nCONNECT\r\n\x11");
    m.expectData().reply("\r\nOK\r\n");
    m.exchange("AT+FET=2", "+FPTS:1\r\n+FHNG:0\r\nOK");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class2, {Page1, Page2});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(run.out.pagesConfirmed, 2);
    QCOMPARE(run.params.size(), 2);
    QCOMPARE(run.params.at(1).resolution, FaxResolution::Normal);
    QCOMPARE(run.params.at(1).rate, (Rate{Modulation::V27ter, 4800}));
    QCOMPARE(run.params.at(1).compression, FaxCompression::Mr);
    QCOMPARE(m.dataBlocks.value(0), stuffed(Page1));
    QCOMPARE(m.dataBlocks.value(1), stuffed(Page2));
    QVERIFY(!run.log.contains(QStringLiteral("<no XON after CONNECT: sending anyway>")));
}

void TestClass2Driver::reversedBitOrder()
{
    ModemConfig config;
    config.class2ReversedBitOrder = true;
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false, Tsid, "1");
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\n+FHS:00\r\nOK\r\n");
    m.exchange("ATH0", "OK");
    const QByteArray page("\x01\x08\x80", 3); // reversed: 0x80 0x10 (a DLE) 0x01
    const SendRun run = runSend(m, Variant::Class20, {page}, config);
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(m.dataBlocks.value(0), QByteArray("\x80\x10\x10\x01", 4) + DleEop);
}

void TestClass2Driver::receive_data()
{
    QTest::addColumn<bool>("class20");
    QTest::newRow("Class 2.0") << true;
    QTest::newRow("Class 2") << false;
}

void TestClass2Driver::receive()
{
    QFETCH(bool, class20);
    const Variant v = class20 ? Variant::Class20 : Variant::Class2;
    const QString csid = QStringLiteral("+49 30 999");
    ScriptedModem m;
    scriptInit(m, v, true, csid);
    if (class20) {
        m.exchange("ATA", "+FCO\r\n+FTI:\"+1 555 1234\"\r\n+FCS:1,3,0,0,0,0,0,0\r\nOK");
        m.expectSent("AT+FDR\r").reply("\r\nCONNECT\r\n");
        m.expectSent("\x12").reply(stuffed(Page1) + "\r\n+FPS:1,0,0,0,0\r\n+FET:0\r\nOK\r\n");
        m.expectSent("AT+FDR\r").reply("\r\n+FCS:0,5,0,0,1,0,0,0\r\nCONNECT\r\n");
        m.expectSent("\x12").reply(stuffed(Page2) + "\r\n+FPS:1,0,0,0,0\r\n+FET:2\r\nOK\r\n");
        m.exchange("AT+FDR", "+FHS:00\r\nOK");
    } else {
        m.exchange("ATA", "+FCON\r\n+FTSI: \"+1 555 1234\"\r\n+FDCS: 1,3,0,0,0,0,0,0\r\nOK");
        m.expectSent("AT+FDR\r").reply("\r\nCONNECT\r\n");
        m.expectSent("\x12").reply(stuffed(Page1) + "\r\n+FPTS:1\r\n+FET:0\r\nOK\r\n");
        m.expectSent("AT+FDR\r").reply("\r\n+FDCS: 0,5,0,0,1,0,0,0\r\nCONNECT\r\n");
        m.expectSent("\x12").reply(stuffed(Page2) + "\r\n+FPTS:1\r\n+FET:2\r\nOK\r\n");
        m.exchange("AT+FDR", "+FHNG:0\r\nOK");
    }
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class2Driver driver(at, ModemConfig{}, v);
    QList<QByteArray> pages;
    QList<SessionParams> params;
    QList<int> indexes;
    ModemCallHooks hooks;
    hooks.deliverPage = [&](int n, const QByteArray &data, const SessionParams &p) {
        indexes << n;
        pages << data;
        params << p;
    };
    const Outcome out = driver.receive(csid, hooks);
    VERIFY_SCRIPT(m, driver.log());
    QVERIFY2(out.success, qPrintable(out.message));
    QCOMPARE(out.pages, 2);
    QCOMPARE(out.remoteId, QStringLiteral("+1 555 1234"));
    QCOMPARE(indexes, (QList<int>{0, 1}));
    QCOMPARE(pages, (QList<QByteArray>{Page1, Page2}));
    QCOMPARE(params.at(0).resolution, FaxResolution::Fine);
    QCOMPARE(params.at(0).compression, FaxCompression::Mh);
    QCOMPARE(params.at(0).rate, (Rate{Modulation::V29, 9600}));
    QCOMPARE(params.at(1).resolution, FaxResolution::Normal);
    QCOMPARE(params.at(1).compression, FaxCompression::Mr);
    QCOMPARE(params.at(1).rate, (Rate{Modulation::V17, 14400}));
}

void TestClass2Driver::rtnPageIsSentAgain()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    // RTN: not received. T.32 ends a negative status with ERROR.
    m.expectData().reply("\r\n+FPS:2,0,0,0,0\r\nERROR\r\n");
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,2,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\n+FHS:00\r\nOK\r\n");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(run.out.pagesConfirmed, 1);
    QCOMPARE(run.requested, (QList<int>{0, 0}));
    // The resend is coded for the slower rate the modem retrained to.
    QCOMPARE(run.params.at(1).rate, (Rate{Modulation::V29, 7200}));
    QCOMPARE(m.dataBlocks.size(), 2);
}

void TestClass2Driver::rtnThreeTimesFails()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    for (int i = 0; i < 3; ++i) {
        m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
        m.expectData().reply("\r\n+FPS:2,0,0,0,0\r\nERROR\r\n");
    }
    m.exchange("AT+FKS", "+FHS:02\r\nOK");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QVERIFY(run.out.retryable);
    QCOMPARE(run.out.pagesConfirmed, 0);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Disconnected);
    QCOMPARE(run.out.message,
             QStringLiteral("555 1234 rejected page 1 3 times (RTN): the line is too poor"));
}

void TestClass2Driver::hangupMidCall()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\nOK\r\n");
    m.exchange("AT+FDT", "+FHS:25\r\nOK"); // the far end went away before page 2
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1, Page2});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QVERIFY(run.out.retryable);
    QCOMPARE(run.out.pagesConfirmed, 1);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Disconnected);
    QCOMPARE(run.out.message,
             QStringLiteral("The fax call to 555 1234 on /dev/ttyFAKE0 ended with +FHS:25: DCS "
                            "sent 3 times without response"));
}

// A modem that keeps its own (reversed) bit order whatever +FBO said: the data follows it.
void TestClass2Driver::modemKeepsReversedBitOrder()
{
    ScriptedModem m;
    m.exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=2.0", "OK");
    m.exchange("AT+FCC=?", "(0,1),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)\r\nOK");
    m.exchange("AT+FLI=\"+49 30 1234\"", "OK");
    m.exchange("AT+FCC=1,5,0,2,3,2,0,0", "OK").exchange("AT+FIS=1,5,0,2,3,2,0,0", "OK");
    m.exchange("AT+FBO=0", "ERROR").exchange("AT+FNR=1,1,1,1", "OK");
    m.exchange("AT+FCQ=1,0", "OK").exchange("AT+FLO=2", "OK");
    m.exchange("AT+FBO?", "+FBO: 1\r\nOK");
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\n+FHS:00\r\nOK\r\n");
    m.exchange("ATH0", "OK");
    const QByteArray page("\x01\x08\x80", 3);
    const SendRun run = runSend(m, Variant::Class20, {page});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(m.dataBlocks.value(0), QByteArray("\x80\x10\x10\x01", 4) + DleEop);
}

void TestClass2Driver::hangupMapping_data()
{
    QTest::addColumn<bool>("class20");
    QTest::addColumn<QByteArray>("report");
    QTest::addColumn<DeviceStatus>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("meaning");
    QTest::newRow("03 no loop current")
        << true << QByteArray("+FHS:03") << DeviceStatus::NoDialTone << true
        << QStringLiteral("no loop current: is the modem "
                          "connected to the phone line?");
    QTest::newRow("04 ringback") << true << QByteArray("+FHS:04") << DeviceStatus::NoAnswer << true
                                 << QStringLiteral("ringback detected, no answer");
    QTest::newRow("05 no CED") << true << QByteArray("+FHS:05") << DeviceStatus::NotFaxCall << true
                               << QStringLiteral(
                                      "ringback detected, answered without fax tone (CED)");
    QTest::newRow("11 T1") << true << QByteArray("+FHS:11") << DeviceStatus::NoAnswer << true
                           << QStringLiteral("no answer: no fax machine answered (T.30 T1 "
                                             "timeout)");
    QTest::newRow("21 cannot receive") << true << QByteArray("+FHS:21") << DeviceStatus::FatalError
                                       << false << QStringLiteral("the far end cannot receive");
    QTest::newRow("27 training") << true << QByteArray("+FHS:27") << DeviceStatus::Disconnected
                                 << true
                                 << QStringLiteral(
                                        "failure to train at 2400 bit/s or the minimum speed");
    QTest::newRow("43 underflow") << true << QByteArray("+FHS:43") << DeviceStatus::Disconnected
                                  << true
                                  << QStringLiteral(
                                         "page data underflow from the computer to the modem");
    QTest::newRow("46 page length") << true << QByteArray("+FHS:46") << DeviceStatus::FatalError
                                    << false << QStringLiteral("image error: wrong page length");
    QTest::newRow("54 EOP") << true << QByteArray("+FHS:54") << DeviceStatus::Disconnected << true
                            << QStringLiteral("no response to EOP, repeated 3 times");
    QTest::newRow("A1 receive D") << true << QByteArray("+FHS:A1") << DeviceStatus::Disconnected
                                  << true
                                  << QStringLiteral(
                                         "invalid response received in receive phase D (RSPREC)");
    QTest::newRow("F0 unknown") << true << QByteArray("+FHS:F0") << DeviceStatus::FatalError << true
                                << QStringLiteral("a hangup code the standard does not define");
    QTest::newRow("Class 2 FHNG 11")
        << false << QByteArray("+FHNG:11") << DeviceStatus::NoAnswer << true
        << QStringLiteral("no answer: no fax machine answered (T.30 "
                          "T1 timeout)");
    QTest::newRow("Class 2 FHNG 101")
        << false << QByteArray("+FHNG:101") << DeviceStatus::Disconnected << true
        << QStringLiteral("invalid response received in receive "
                          "phase D (RSPREC)");
}

void TestClass2Driver::hangupMapping()
{
    QFETCH(bool, class20);
    QFETCH(QByteArray, report);
    QFETCH(DeviceStatus, status);
    QFETCH(bool, retryable);
    QFETCH(QString, meaning);
    const Variant v = class20 ? Variant::Class20 : Variant::Class2;
    ScriptedModem m;
    scriptInit(m, v, false);
    m.exchange("ATDT5551234", report + "\r\nOK");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, v, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QCOMPARE(run.out.deviceStatus, status);
    QCOMPARE(run.out.retryable, retryable);
    QCOMPARE(run.out.pagesConfirmed, 0);
    QCOMPARE(run.out.message, QStringLiteral("The fax call to 555 1234 on /dev/ttyFAKE0 ended "
                                             "with %1: %2")
                                  .arg(QString::fromLatin1(report), meaning));
    QVERIFY(run.requested.isEmpty());
}

void TestClass2Driver::dialResults_data()
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
    QTest::newRow("error") << QByteArray("ERROR") << DeviceStatus::BadAddress << false
                           << QStringLiteral("The modem on /dev/ttyFAKE0 refused to dial 555 1234 "
                                             "(ERROR): check the number");
}

void TestClass2Driver::dialResults()
{
    QFETCH(QByteArray, answer);
    QFETCH(DeviceStatus, status);
    QFETCH(bool, retryable);
    QFETCH(QString, message);
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    m.exchange("ATDT5551234", answer);
    if (answer == "ERROR")
        m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QCOMPARE(run.out.deviceStatus, status);
    QCOMPARE(run.out.retryable, retryable);
    QCOMPARE(run.out.message, message);
}

void TestClass2Driver::errorToFclass()
{
    ScriptedModem m;
    m.exchange("ATE0V1Q0", "OK").exchange("AT+FCLASS=2.0", "ERROR");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::FatalError);
    QCOMPARE(run.out.message, QStringLiteral("The modem on /dev/ttyFAKE0 does not do fax Class "
                                             "2.0: it answered AT+FCLASS=2.0 with ERROR"));
}

void TestClass2Driver::silentModem()
{
    ScriptedModem m(QStringLiteral("/dev/ttyS0"));
    m.expectSent("ATE0V1Q0\r");                                  // silence
    m.expectSent("ATZ\r").expectSent("+++").expectSent("ATZ\r"); // recovery fails too
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QVERIFY(run.out.retryable);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::FatalError);
    QCOMPARE(run.out.message,
             QStringLiteral("Modem on /dev/ttyS0 does not respond even after a DTR drop "
                            "and ATZ: Modem on /dev/ttyS0 did not answer ATZ within 6 s"));
    QVERIFY(m.events.contains(QStringLiteral("DTR off")));
}

void TestClass2Driver::garbage()
{
    // Line noise instead of an answer to +FDT: the call is given up and the modem hung up.
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n\x80\xfe\x01\xff\r\n");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Disconnected);
    QVERIFY2(run.out.message.contains(QStringLiteral("unreadable data")),
             qPrintable(run.out.message));
    QVERIFY(m.events.contains(QStringLiteral("DTR off")));
    QVERIFY(run.requested.isEmpty());
}

void TestClass2Driver::errorToFdt()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.exchange("AT+FDT", "ERROR");
    m.exchange("ATH0", "OK"); // after the DTR drop
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QVERIFY(run.out.retryable);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Disconnected);
    QCOMPARE(run.out.message,
             QStringLiteral("Modem on /dev/ttyFAKE0 answered AT+FDT for page 1 with ERROR"));
    QVERIFY(m.events.contains(QStringLiteral("DTR off")));
}

void TestClass2Driver::receiveErrorToFdr()
{
    const QString csid = QStringLiteral("+49 30 999");
    ScriptedModem m;
    scriptInit(m, Variant::Class20, true, csid);
    m.exchange("ATA", "+FCO\r\n+FTI:\"+1 555 1234\"\r\n+FCS:1,3,0,0,0,0,0,0\r\nOK");
    m.exchange("AT+FDR", "ERROR");
    m.exchange("ATH0", "OK");
    AtDialogue at(&m);
    Class2Driver driver(at, ModemConfig{}, Variant::Class20);
    int delivered = 0;
    ModemCallHooks hooks;
    hooks.deliverPage = [&](int, const QByteArray &, const SessionParams &) { ++delivered; };
    const Outcome out = driver.receive(csid, hooks);
    VERIFY_SCRIPT(m, driver.log());
    QVERIFY(!out.success);
    QCOMPARE(out.pages, 0);
    QCOMPARE(delivered, 0);
    QCOMPARE(out.remoteId, QStringLiteral("+1 555 1234"));
    QCOMPARE(out.message, QStringLiteral("Modem on /dev/ttyFAKE0 answered AT+FDR with ERROR"));
    QVERIFY(m.events.contains(QStringLiteral("DTR off")));
}

void TestClass2Driver::abortWhileSending()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.exchange("AT+FKS", "+FHS:02\r\nOK");
    m.exchange("ATH0", "OK");
    std::atomic_bool abort = false;
    const SendRun run = runSend(m, Variant::Class20, {Page1}, ModemConfig{}, &abort, true);
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Disconnected);
    QCOMPARE(run.out.pagesConfirmed, 0);
    QCOMPARE(run.out.message,
             QStringLiteral("Sending to 555 1234 stopped by the user after 0 confirmed pages"));
}

void TestClass2Driver::classInitCommands()
{
    ModemConfig c;
    c.initCommands = {"ATE0V1Q0", "AT&K3", "at+fclass=1"};
    QCOMPARE(Class2Driver::classInitCommands(c, Variant::Class20),
             (QList<QByteArray>{"ATE0V1Q0", "AT&K3", "AT+FCLASS=2.0"}));
    QCOMPARE(Class2Driver::classInitCommands(c, Variant::Class2),
             (QList<QByteArray>{"ATE0V1Q0", "AT&K3", "AT+FCLASS=2"}));
    QCOMPARE(Class2Driver::variantOf(FaxClass::Class20), Variant::Class20);
    QCOMPARE(Class2Driver::variantOf(FaxClass::Class2), Variant::Class2);
    QVERIFY(!Class2Driver::variantOf(FaxClass::Class1));
}

QTEST_GUILESS_MAIN(TestClass2Driver)
#include "tst_class2driver.moc"
