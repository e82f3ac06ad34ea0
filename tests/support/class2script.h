// SPDX-License-Identifier: GPL-3.0-or-later
// The Class 2/2.0 driver tests' scripts: a ScriptedModem set up as the driver's init and dial
// expect them, and a send run through the driver (tst_class2driver, tst_class2pagestatus).
#pragma once

#include "modem/class1driver.h"
#include "modem/class2driver.h"
#include "scriptedmodem.h"

#include <QtTest>

#include <atomic>

namespace Fax::Test::Class2Script {

using namespace Fax;
using namespace Fax::T30;
using Variant = Fax::Class2Driver::Variant;

inline const QByteArray DleEtx("\x10\x03", 2);
inline const QByteArray DleMps("\x10,", 2); // T.32: another page follows
inline const QByteArray DleEop("\x10.", 2); // T.32: the last page
inline const QString Tsid = QStringLiteral("+49 30 1234");

// Two pages whose bytes need DLE stuffing; the driver must pass them on LSB-first as they are.
inline const QByteArray Page1("\x00\x10\x01\xff\x10\x80", 6);
inline const QByteArray Page2("\x35\x10\x10\x02", 4);

inline QByteArray stuffed(const QByteArray &data)
{
    return Class1Driver::dleStuff(data) + DleEtx;
}

// The commands every send/receive starts with, for the default ModemConfig (RTS/CTS, Class 1
// capabilities: V.17, fine+superfine, MR/MMR, ECM).
inline void scriptInit(ScriptedModem &m, Variant v, bool receiving, const QString &id = Tsid,
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
inline void scriptDial(ScriptedModem &m, Variant v)
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

inline SendRun runSend(ScriptedModem &m, Variant v, const QList<QByteArray> &pages,
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

} // namespace Fax::Test::Class2Script
