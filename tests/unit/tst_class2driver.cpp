// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/class1driver.h"
#include "modem/class2driver.h"
#include "scriptedmodem.h"

#include <QtTest>

using namespace Fax;
using namespace Fax::T30;
using Fax::Test::ScriptedModem;
using Variant = Fax::Class2Driver::Variant;

namespace {

const QByteArray DleEtx("\x10\x03", 2);
const QByteArray DleMps("\x10,", 2); // T.32: another page follows
const QByteArray DleEop("\x10.", 2); // T.32: the last page
const QString Tsid = QStringLiteral("+49 30 1234");

// Two pages whose bytes need DLE stuffing; the driver must pass them on LSB-first as they are.
const QByteArray Page1("\x00\x10\x01\xff\x10\x80", 6);
const QByteArray Page2("\x35\x10\x10\x02", 4);

QByteArray stuffed(const QByteArray &data)
{
    return Class1Driver::dleStuff(data) + DleEtx;
}

// The commands every send/receive starts with, for the default ModemConfig (RTS/CTS, Class 1
// capabilities: V.17, fine+superfine, MR/MMR, ECM).
void scriptInit(ScriptedModem &m, Variant v, bool receiving, const QString &id = Tsid,
                const QByteArray &bitOrder = "0")
{
    const bool c20 = v == Variant::Class20;
    m.exchange("ATE0V1Q0", "OK");
    m.exchange(c20 ? "AT+FCLASS=2.0" : "AT+FCLASS=2", "OK");
    // The modem's ranges: everything our defaults want (Class 2 has no superfine).
    if (c20)
        m.exchange("AT+FCC=?", "+FCC:(0-3),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)\r\nOK");
    else
        m.exchange("AT+FDCC=?", "(0,1),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)\r\nOK");
    m.exchange((c20 ? "AT+FLI=\"" : "AT+FLID=\"") + id.toLatin1() + '"', "OK");
    m.exchange(c20 ? "AT+FCC=3,5,0,2,3,2,0,0" : "AT+FDCC=1,5,0,2,3,2,0,0", "OK");
    if (!receiving)
        m.exchange(c20 ? "AT+FIS=1,5,0,2,3,2,0,0" : "AT+FDIS=1,5,0,2,3,2,0,0", "OK");
    m.exchange((c20 ? "AT+FBO=" : "AT+FBOR=") + bitOrder, "OK");
    if (c20)
        m.exchange("AT+FNR=1,1,1,1", "OK");
    m.exchange(c20 ? "AT+FCQ=1,0" : "AT+FCQ=1", "OK");
    m.exchange("AT+FLO=2", "OK");
    if (receiving)
        m.exchange("AT+FCR=1", "OK");
    // The driver reads back the bit order the modem uses.
    m.exchange(c20 ? "AT+FBO?" : "AT+FBOR?", bitOrder + "\r\nOK");
}

// ATD answered: connected, the called id and its capabilities.
void scriptDial(ScriptedModem &m, Variant v)
{
    if (v == Variant::Class20)
        m.expectSent("ATDT5551234\r")
            .reply("\r\n+FCO\r\n+FCI:\"+1 555 1234\"\r\n+FIS:1,3,0,2,0,0,0,0\r\nOK\r\n");
    else
        m.expectSent("ATDT5551234\r")
            .reply("\r\n+FCON\r\n+FCSI: \"+1 555 1234\"\r\n+FDIS: 1,3,0,2,0,0,0,0\r\nOK\r\n");
}

struct SendRun
{
    CallOutcome out;
    QList<int> requested;
    QList<SessionParams> params;
    QStringList log;
};

SendRun runSend(ScriptedModem &m, Variant v, const QList<QByteArray> &pages,
                ModemConfig config = ModemConfig{}, std::atomic_bool *abort = nullptr,
                bool abortWhenConnected = false, int firstPage = 0)
{
    AtDialogue at(&m);
    Class2Driver driver(at, config, v);
    SendRun run;
    ModemCallHooks hooks;
    hooks.abort = abort;
    hooks.pageData = [&](int n, const SessionParams &p, PageEnd *end) -> Expected<QByteArray> {
        run.requested << n;
        run.params << p;
        *end = n + 1 < pages.size() ? PageEnd::MorePages : PageEnd::LastPage;
        return pages.value(n);
    };
    hooks.progress = [&](DeviceStatus s, int, const QString &) {
        if (abortWhenConnected && abort && s == DeviceStatus::Sending)
            *abort = true;
    };
    FaxModemDriver::SendSpec spec;
    spec.number = QStringLiteral("555 1234");
    spec.tsid = Tsid;
    spec.resolution = FaxResolution::Fine;
    spec.capabilities = config.capabilities;
    spec.firstPage = firstPage;
    run.out = driver.send(spec, hooks);
    run.log = driver.log();
    return run;
}

#define VERIFY_SCRIPT(m, log)                                                                      \
    do {                                                                                           \
        QVERIFY2((m).errors.isEmpty(), qPrintable((m).errors.join(QLatin1Char('\n'))));            \
        QVERIFY2((m).done(),                                                                       \
                 qPrintable((m).nextStep() + QLatin1Char('\n') + (log).join(QLatin1Char('\n'))));  \
    } while (false)

} // namespace

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
    void class20OkWithoutReportIsConfirmed();
    void class20QueryNamesTheResponse();
    void class20ContradictionIsSettledByTheQuery();
    void class2ReportThenLateOk();
    void class2HangupZeroAfterLastPage();
    void class20HangupReportAfterOk();
    void unknownOutcome_data();
    void unknownOutcome();
    void reportWithoutResultEndsTheCall();
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

// T.32 as written: no +FPS report, OK for the page. The modem does not know AT+FPS?; the OK
// alone says the far end took the page (MCF, RTP or PIP). Issue 16: this was counted as failed.
void TestClass2Driver::class20OkWithoutReportIsConfirmed()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\nOK\r\n");
    m.exchange("AT+FPS?", "ERROR");
    m.exchange("AT+FDT", "CONNECT");
    m.expectData().reply("\r\n+FHS:00\r\nOK\r\n");
    m.exchange("AT+FPS?", "ERROR");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1, Page2});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Completed);
    QCOMPARE(run.out.pagesConfirmed, 2);
}

// OK, and AT+FPS? says RTP: confirmed, the next page follows. ERROR with PIN: not counted, the
// call ends (nobody is there to answer an operator call).
void TestClass2Driver::class20QueryNamesTheResponse()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\nOK\r\n");
    m.exchange("AT+FPS?", "+FPS: 3,8FC,0,0,0\r\nOK");
    m.exchange("AT+FDT", "CONNECT");
    m.expectData().reply("\r\nERROR\r\n");
    m.exchange("AT+FPS?", "4\r\nOK");
    m.exchange("AT+FKS", "+FHS:02\r\nOK");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1, Page2});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QCOMPARE(run.out.pagesConfirmed, 1);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Disconnected);
    QVERIFY2(run.out.message.contains(QStringLiteral("(PIN) after page 2")),
             qPrintable(run.out.message));
}

// A report the final result contradicts is checked against the +FPS parameter.
void TestClass2Driver::class20ContradictionIsSettledByTheQuery()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\n+FPS:2,0,0,0,0\r\nOK\r\n");
    m.exchange("AT+FPS?", "1\r\nOK");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(run.out.pagesConfirmed, 1);
}

// The Xircom behaviour HylaFAX describes: +FPTS:, a pause, then OK. Nothing may be sent into
// the pause (the script fails on any byte before the OK).
void TestClass2Driver::class2ReportThenLateOk()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class2, false);
    scriptDial(m, Variant::Class2);
    m.expectSent("AT+FDT\r").reply("\r\n+FDCS: 1,3,0,0,0,0,0,0\r\nCONNECT\r\n\x11");
    m.expectData().reply("\r\nOK\r\n");
    m.expectSent("AT+FET=0\r").reply("\r\n+FPTS:1\r\n").wait(3000).reply("\r\nOK\r\n");
    m.expectSent("AT+FDT\r").reply("\r\nCONNECT\r\n\x11");
    m.expectData().reply("\r\nOK\r\n");
    m.expectSent("AT+FET=2\r").reply("\r\n+FPTS:1\r\n").wait(3000).reply("\r\n+FHNG:0\r\nOK\r\n");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class2, {Page1, Page2});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(run.out.pagesConfirmed, 2);
    qint64 fet = -1;
    qint64 nextFdt = -1;
    for (const auto &[ms, bytes] : m.writes) {
        if (bytes.startsWith("AT+FET=0"))
            fet = ms;
        else if (fet >= 0 && nextFdt < 0 && bytes.startsWith("AT+FDT"))
            nextFdt = ms;
    }
    QVERIFY(fet >= 0 && nextFdt >= 0);
    QVERIFY2(nextFdt - fet >= 3000, qPrintable(QString::number(nextFdt - fet)));
}

// "+FHNG:0 on the final page w/o providing post-page status" (HylaFAX's Class 2 driver): T.30
// ends normally after EOP only once the far end confirmed the page.
void TestClass2Driver::class2HangupZeroAfterLastPage()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class2, false);
    scriptDial(m, Variant::Class2);
    m.expectSent("AT+FDT\r").reply("\r\n+FDCS: 1,3,0,0,0,0,0,0\r\nCONNECT\r\n\x11");
    m.expectData().reply("\r\nOK\r\n");
    m.exchange("AT+FET=2", "+FHNG:0\r\nOK");
    m.exchange("AT+FPTS?", "ERROR");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class2, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QCOMPARE(run.out.pagesConfirmed, 1);
}

// OK after the last page and the hang-up report after it, unsolicited: confirmed; the driver
// waits for the report before it hangs up (the modem sends DCN meanwhile).
void TestClass2Driver::class20HangupReportAfterOk()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\nOK\r\n");
    m.wait(1500).reply("\r\n+FHS:00\r\n");
    m.exchange("ATH0", "OK");
    const SendRun run = runSend(m, Variant::Class20, {Page1});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY2(run.out.success, qPrintable(run.out.message));
    QVERIFY2(run.log.contains(QStringLiteral("+FHS:00")),
             qPrintable(run.log.join(QLatin1Char('\n'))));
    // ATH0 came after the report, not 5 s later.
    QVERIFY(m.writes.last().first < 5000 + m.writes.at(m.writes.size() - 2).first);
}

// No status at all for a page that went out: the outcome is unknown, and the call says which
// page, counting from the job's first page this call sent.
void TestClass2Driver::unknownOutcome_data()
{
    QTest::addColumn<bool>("class20");
    QTest::addColumn<QByteArray>("after"); // the modem's answer to the page end
    QTest::addColumn<QByteArray>("query"); // "": not asked; else its answer
    QTest::addColumn<bool>("dtrDrop");     // the modem stopped answering
    QTest::addColumn<QString>("detail");
    QTest::newRow("2.0 silent") << true << QByteArray() << QByteArray() << true
                                << QStringLiteral("did not answer <DLE><ppm>");
    QTest::newRow("2.0 +FHS:54") << true << QByteArray("+FHS:54\r\nOK") << QByteArray() << false
                                 << QStringLiteral("+FHS:54: no response to EOP");
    QTest::newRow("2.0 +FHS:03") << true << QByteArray("+FHS:03\r\nOK") << QByteArray() << false
                                 << QStringLiteral("+FHS:03: no loop current");
    QTest::newRow("2 OK, no +FPTS") << false << QByteArray("OK") << QByteArray("ERROR") << false
                                    << QStringLiteral("it answered OK without a page status");
    QTest::newRow("2 +FHNG:50") << false << QByteArray("+FHNG:50\r\nOK") << QByteArray() << false
                                << QStringLiteral("+FHNG:50: unspecified error in transmit "
                                                  "phase D");
}

void TestClass2Driver::unknownOutcome()
{
    QFETCH(bool, class20);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, query);
    QFETCH(bool, dtrDrop);
    QFETCH(QString, detail);
    const Variant v = class20 ? Variant::Class20 : Variant::Class2;
    ScriptedModem m;
    scriptInit(m, v, false);
    scriptDial(m, v);
    if (class20) {
        m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
        m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\nOK\r\n");
        m.exchange("AT+FDT", "CONNECT");
        if (after.isEmpty())
            m.expectData();
        else
            m.expectData().reply("\r\n" + after + "\r\n");
    } else {
        m.expectSent("AT+FDT\r").reply("\r\n+FDCS: 1,3,0,0,0,0,0,0\r\nCONNECT\r\n\x11");
        m.expectData().reply("\r\nOK\r\n");
        m.exchange("AT+FET=0", "+FPTS:1\r\nOK");
        m.expectSent("AT+FDT\r").reply("\r\nCONNECT\r\n\x11");
        m.expectData().reply("\r\nOK\r\n");
        m.exchange("AT+FET=2", after);
    }
    if (!query.isEmpty())
        m.exchange(class20 ? "AT+FPS?" : "AT+FPTS?", query);
    if (after == "OK")
        m.exchange(class20 ? "AT+FKS" : "AT+FK", "OK"); // the call is still up: end it
    m.exchange("ATH0", "OK");
    // Pages 3 and 4 of the job: 1 and 2 were confirmed by an earlier call.
    const SendRun run = runSend(m, v, {Page1, Page2}, ModemConfig{}, nullptr, false, 2);
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QVERIFY(run.out.retryable);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::OutcomeUnknown);
    QCOMPARE(run.out.pagesConfirmed, 1);
    QVERIFY2(run.out.message.startsWith(QStringLiteral("The outcome of page 4 is unknown: it went "
                                                       "out to 555 1234, but the modem on "
                                                       "/dev/ttyFAKE0 did not say whether it "
                                                       "arrived (")),
             qPrintable(run.out.message));
    QVERIFY2(run.out.message.contains(detail), qPrintable(run.out.message));
    QVERIFY2(run.out.message.endsWith(QStringLiteral("1 pages before it were confirmed.")),
             qPrintable(run.out.message));
    QCOMPARE(m.events.contains(QStringLiteral("DTR off")), dtrDrop);
}

// +FPS:1 for page 1 and then no result code: the far end has the page, so it counts; the
// call ends there, since an OK arriving later would pass for page 2's.
void TestClass2Driver::reportWithoutResultEndsTheCall()
{
    ScriptedModem m;
    scriptInit(m, Variant::Class20, false);
    scriptDial(m, Variant::Class20);
    m.expectSent("AT+FDT\r").reply("\r\n+FCS:1,3,0,0,0,0,0,0\r\nCONNECT\r\n");
    m.expectData().reply("\r\n+FPS:1,0,0,0,0\r\n");
    m.exchange("ATH0", "OK"); // after the DTR drop
    const SendRun run = runSend(m, Variant::Class20, {Page1, Page2});
    VERIFY_SCRIPT(m, run.log);
    QVERIFY(!run.out.success);
    QCOMPARE(run.out.pagesConfirmed, 1);
    QCOMPARE(run.out.deviceStatus, DeviceStatus::Disconnected);
    QVERIFY2(run.out.message.contains(QStringLiteral("did not finish its answer")),
             qPrintable(run.out.message));
    QVERIFY(m.events.contains(QStringLiteral("DTR off")));
    QCOMPARE(run.requested, (QList<int>{0}));
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
