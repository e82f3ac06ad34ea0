// SPDX-License-Identifier: GPL-3.0-or-later
// Class2PageStatus: one answer to "did the far end take the page?" from whatever a Class 2 or
// Class 2.0 modem said after it: the result code, a volunteered report, the +FPS parameter,
// a hang-up report; and when to ask for the parameter.

#include "modem/class2pagestatus.h"

#include <QtTest>

using namespace Fax;
using Code = AtResponse::Code;
using Verdict = Class2PageStatus::Verdict;
using Evidence = Class2PageStatus::Evidence;

Q_DECLARE_METATYPE(Fax::Class2PageStatus::Evidence)

namespace {

Evidence evidence(bool class20, std::optional<Code> finalCode, std::optional<int> reported = {},
                  std::optional<int> queried = {}, std::optional<int> hangup = {},
                  bool lastPage = false)
{
    Evidence e;
    e.class20 = class20;
    e.finalCode = finalCode;
    e.reported = reported;
    e.queried = queried;
    e.hangup = hangup;
    e.lastPage = lastPage;
    return e;
}

} // namespace

class TestClass2PageStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolve_data();
    void resolve();
    void needsQuery_data();
    void needsQuery();
    void parseResponse();
};

void TestClass2PageStatus::resolve_data()
{
    QTest::addColumn<Evidence>("e");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("response");
    const bool c20 = true;
    const bool c2 = false;
    // T.32: the result code alone says yes or no.
    QTest::newRow("2.0 OK") << evidence(c20, Code::Ok) << Verdict::Confirmed << 1;
    QTest::newRow("2.0 ERROR") << evidence(c20, Code::Error) << Verdict::Rejected << 2;
    QTest::newRow("2.0 OK, asked: RTP")
        << evidence(c20, Code::Ok, {}, 3) << Verdict::Confirmed << 3;
    QTest::newRow("2.0 OK, asked: PIP")
        << evidence(c20, Code::Ok, {}, 5) << Verdict::Confirmed << 5;
    QTest::newRow("2.0 ERROR, asked: PIN")
        << evidence(c20, Code::Error, {}, 4) << Verdict::Rejected << 4;
    QTest::newRow("2.0 +FPS:1 OK") << evidence(c20, Code::Ok, 1) << Verdict::Confirmed << 1;
    QTest::newRow("2.0 +FPS:2 ERROR") << evidence(c20, Code::Error, 2) << Verdict::Rejected << 2;
    // Disagreements: the +FPS parameter settles one; a modem at odds with itself settles none.
    QTest::newRow("2.0 +FPS:2 OK, asked: MCF")
        << evidence(c20, Code::Ok, 2, 1) << Verdict::Confirmed << 1;
    QTest::newRow("2.0 +FPS:1 ERROR, asked: RTN")
        << evidence(c20, Code::Error, 1, 2) << Verdict::Rejected << 2;
    QTest::newRow("2.0 +FPS:2 OK, not asked")
        << evidence(c20, Code::Ok, 2) << Verdict::Unknown << 0;
    QTest::newRow("2.0 OK, asked: RTN") << evidence(c20, Code::Ok, {}, 2) << Verdict::Unknown << 0;
    QTest::newRow("2.0 ERROR, asked: MCF")
        << evidence(c20, Code::Error, {}, 1) << Verdict::Unknown << 0;
    // Hang-up reports: the OK after one is not about the page.
    QTest::newRow("2.0 +FHS:00 OK after EOP")
        << evidence(c20, Code::Ok, {}, {}, 0, true) << Verdict::Confirmed << 1;
    QTest::newRow("2.0 +FHS:00 OK after MPS")
        << evidence(c20, Code::Ok, {}, {}, 0, false) << Verdict::Unknown << 0;
    QTest::newRow("2.0 +FHS:54 OK (no answer to EOP)")
        << evidence(c20, Code::Ok, {}, {}, 54, true) << Verdict::Unknown << 0;
    QTest::newRow("2.0 +FHS:03 OK (line dropped)")
        << evidence(c20, Code::Ok, {}, {}, 3, true) << Verdict::Unknown << 0;
    QTest::newRow("2.0 +FHS:43 OK (data underflow)")
        << evidence(c20, Code::Ok, {}, {}, 43, true) << Verdict::NotSent << 0;
    QTest::newRow("2.0 +FPS:1 +FHS:52 OK")
        << evidence(c20, Code::Ok, 1, {}, 52, false) << Verdict::Confirmed << 1;
    QTest::newRow("2.0 +FHS:00 OK after EOP, asked: RTN")
        << evidence(c20, Code::Ok, {}, 2, 0, true) << Verdict::Rejected << 2;
    // Nothing at all, or a report the modem got out before it fell silent.
    QTest::newRow("2.0 silence") << evidence(c20, std::nullopt) << Verdict::Unknown << 0;
    QTest::newRow("2.0 NO CARRIER") << evidence(c20, Code::NoCarrier) << Verdict::Unknown << 0;
    QTest::newRow("2.0 +FPS:1, then silence")
        << evidence(c20, std::nullopt, 1) << Verdict::Confirmed << 1;
    // EIA/TIA-592: +FPTS: says it; OK says nothing by itself.
    QTest::newRow("2 +FPTS:1 OK") << evidence(c2, Code::Ok, 1) << Verdict::Confirmed << 1;
    QTest::newRow("2 +FPTS:2 OK") << evidence(c2, Code::Ok, 2) << Verdict::Rejected << 2;
    QTest::newRow("2 +FPTS:3 OK") << evidence(c2, Code::Ok, 3) << Verdict::Confirmed << 3;
    QTest::newRow("2 OK") << evidence(c2, Code::Ok) << Verdict::Unknown << 0;
    QTest::newRow("2 OK, asked: MCF") << evidence(c2, Code::Ok, {}, 1) << Verdict::Confirmed << 1;
    QTest::newRow("2 OK, asked: RTN") << evidence(c2, Code::Ok, {}, 2) << Verdict::Rejected << 2;
    QTest::newRow("2 ERROR") << evidence(c2, Code::Error) << Verdict::Rejected << 2;
    QTest::newRow("2 +FPTS:1 OK, asked: RTN")
        << evidence(c2, Code::Ok, 1, 2) << Verdict::Unknown << 0;
    // "+FHNG:0 on the final page w/o post-page status" (HylaFAX's Class 2 driver).
    QTest::newRow("2 +FHNG:0 OK after EOP")
        << evidence(c2, Code::Ok, {}, {}, 0, true) << Verdict::Confirmed << 1;
    QTest::newRow("2 +FHNG:0 OK after MPS")
        << evidence(c2, Code::Ok, {}, {}, 0, false) << Verdict::Unknown << 0;
    QTest::newRow("2 +FHNG:50 OK")
        << evidence(c2, Code::Ok, {}, {}, 50, true) << Verdict::Unknown << 0;
    QTest::newRow("2 +FPTS:7 OK") << evidence(c2, Code::Ok, 7) << Verdict::Unknown << 0;
}

void TestClass2PageStatus::resolve()
{
    QFETCH(Evidence, e);
    QFETCH(Verdict, verdict);
    QFETCH(int, response);
    const Class2PageStatus::Answer a = Class2PageStatus::resolve(e);
    QVERIFY2(a.verdict == verdict, qPrintable(a.reason));
    QCOMPARE(a.response, response);
    QVERIFY(!a.reason.isEmpty());
}

void TestClass2PageStatus::needsQuery_data()
{
    QTest::addColumn<Evidence>("e");
    QTest::addColumn<bool>("query");
    QTest::newRow("2.0 OK") << evidence(true, Code::Ok) << true;
    QTest::newRow("2.0 ERROR") << evidence(true, Code::Error) << true;
    QTest::newRow("2.0 +FPS:1 OK") << evidence(true, Code::Ok, 1) << false;
    QTest::newRow("2.0 +FPS:2 OK") << evidence(true, Code::Ok, 2) << true;
    QTest::newRow("2 +FPTS:2 OK") << evidence(false, Code::Ok, 2) << false;
    QTest::newRow("2 OK") << evidence(false, Code::Ok) << true;
    QTest::newRow("+FHS:00 OK") << evidence(true, Code::Ok, {}, {}, 0, true) << true;
    // The parameter may still hold the previous page's answer: not asked.
    QTest::newRow("+FHS:54 OK") << evidence(true, Code::Ok, {}, {}, 54, true) << false;
    QTest::newRow("NO CARRIER") << evidence(true, Code::NoCarrier) << false;
    QTest::newRow("silence") << evidence(true, std::nullopt) << false;
}

void TestClass2PageStatus::needsQuery()
{
    QFETCH(Evidence, e);
    QFETCH(bool, query);
    QCOMPARE(Class2PageStatus::needsQuery(e), query);
}

void TestClass2PageStatus::parseResponse()
{
    QCOMPARE(Class2PageStatus::parseResponse({QStringLiteral("+FPS: 3,8FC,0,0,0")}), 3);
    QCOMPARE(Class2PageStatus::parseResponse({QStringLiteral("+FPTS:2")}), 2);
    QCOMPARE(Class2PageStatus::parseResponse({QStringLiteral("1")}), 1);
    // An unsolicited hang-up report before the answer is skipped.
    QCOMPARE(Class2PageStatus::parseResponse(
                 {QStringLiteral("+FHS:00"), QStringLiteral("+FPS:1,0,0,0,0")}),
             1);
    QVERIFY(!Class2PageStatus::parseResponse({QStringLiteral("+FHNG:0")}));
    QVERIFY(!Class2PageStatus::parseResponse({}));
    QVERIFY(!Class2PageStatus::parseResponse({QStringLiteral("x")}));
    QCOMPARE(Class2PageStatus::responseName(1), QStringLiteral("MCF"));
    QCOMPARE(Class2PageStatus::responseName(4), QStringLiteral("PIN"));
    QCOMPARE(Class2PageStatus::responseName(9), QStringLiteral("9"));
}

QTEST_GUILESS_MAIN(TestClass2PageStatus)
#include "tst_class2pagestatus.moc"
