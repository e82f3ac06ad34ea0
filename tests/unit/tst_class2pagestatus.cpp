// SPDX-License-Identifier: GPL-3.0-or-later
// What the Class 2/2.0 driver makes of the modem's answer after a page (issue 16): the final
// result code, a volunteered +FPS/+FPTS report and an AT+FPS?/AT+FPTS? query agree on one
// answer, in the variants real modems show; a page without any status has an unknown outcome.
#include "class2script.h"

using namespace Fax;
using namespace Fax::T30;
using namespace Fax::Test::Class2Script;
using Fax::Test::ScriptedModem;

class TestClass2PageStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void class20OkWithoutReportIsConfirmed();
    void class20QueryNamesTheResponse();
    void class20ContradictionIsSettledByTheQuery();
    void class2ReportThenLateOk();
    void class2HangupZeroAfterLastPage();
    void class20HangupReportAfterOk();
    void unknownOutcome_data();
    void unknownOutcome();
    void reportWithoutResultEndsTheCall();
};

// T.32 as written: no +FPS report, OK for the page. The modem does not know AT+FPS?; the OK
// alone says the far end took the page (MCF, RTP or PIP). Issue 16: this was counted as failed.
void TestClass2PageStatus::class20OkWithoutReportIsConfirmed()
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
void TestClass2PageStatus::class20QueryNamesTheResponse()
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
void TestClass2PageStatus::class20ContradictionIsSettledByTheQuery()
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
void TestClass2PageStatus::class2ReportThenLateOk()
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
void TestClass2PageStatus::class2HangupZeroAfterLastPage()
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
void TestClass2PageStatus::class20HangupReportAfterOk()
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
void TestClass2PageStatus::unknownOutcome_data()
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

void TestClass2PageStatus::unknownOutcome()
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
void TestClass2PageStatus::reportWithoutResultEndsTheCall()
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

QTEST_GUILESS_MAIN(TestClass2PageStatus)
#include "tst_class2pagestatus.moc"
