// SPDX-License-Identifier: GPL-3.0-or-later
// Class2Driver's send: dialling, the pages, and the far end's answer to each (the post-page
// exchange, where Class 2 and Class 2.0 modems differ most).
#include "modem/class2driver.h"

#include "modem/class1driver.h"
#include "modem/class2driver_p.h"

#include <QCoreApplication>

namespace Fax {

using namespace T30;
using namespace Class2Detail;

CallOutcome Class2Driver::send(const SendSpec &spec, const ModemCallHooks &hooks)
{
    const QString &number = spec.number;
    const FaxResolution resolution = spec.resolution;
    m_abort = hooks.abort;
    m_firstPage = qMax(0, spec.firstPage);
    const QString device = m_at.device();
    auto report = [&](DeviceStatus s, int pages, const QString &text) {
        if (hooks.progress)
            hooks.progress(s, pages, text);
    };
    auto fail = [&](DeviceStatus s, const QString &message, bool retryable = true) {
        CallOutcome o;
        o.deviceStatus = s;
        o.retryable = retryable;
        o.message = message;
        return o;
    };
    report(DeviceStatus::Initializing, 0,
           QCoreApplication::translate("Fax", "initialising the modem on %1").arg(device));
    if (Result r = initialize(false, spec.tsid, resolution, spec.capabilities); !r) {
        // Nothing was dialled: the caller closes the port.
        return fail(DeviceStatus::FatalError, r.error().message);
    }
    const QByteArray digits = dialDigits(number);
    if (digits.isEmpty())
        return fail(DeviceStatus::BadAddress,
                    QCoreApplication::translate("Fax", "\"%1\" is no number that can be dialled")
                        .arg(number),
                    false);

    report(DeviceStatus::Dialing, 0, QCoreApplication::translate("Fax", "dialling %1").arg(number));
    const QByteArray dial = m_config.dialCommand + digits;
    note(QString::fromLatin1(dial));
    m_at.setAbortFlag(hooks.abort);
    const auto d = m_at.command(dial, m_config.dialTimeoutMs);
    m_at.setAbortFlag(nullptr);
    if (!d) {
        // Any character stops the modem dialling.
        (void)m_at.writeRaw(QByteArray(1, '\r'));
        (void)m_at.waitResult(m_config.commandTimeoutMs, dial);
        m_at.hangUp();
        if (aborted())
            return fail(
                DeviceStatus::Disconnected,
                QCoreApplication::translate("Fax", "Sending stopped by the user while dialling %1")
                    .arg(number));
        return fail(DeviceStatus::NoAnswer,
                    QCoreApplication::translate(
                        "Fax", "No fax answered at %1 within %2 s (modem on %3: %4)")
                        .arg(number)
                        .arg(m_config.dialTimeoutMs / 1000)
                        .arg(device, d.error().message));
    }
    for (const QString &l : d->lines)
        note(l);
    note(d->text);
    const Reports dialed = scan(d->lines);
    if (dialed.hangup) {
        finishCall(false);
        const int code = hangupCode(*dialed.hangup, m_variant);
        return hangupOutcome(code, QString::fromLatin1(name("+FHS:", "+FHNG:")) + *dialed.hangup,
                             number, device);
    }
    if (!d->ok() || !dialed.connected) {
        if (d->code == AtResponse::Code::Error)
            m_at.hangUp();
        if (d->ok()) {
            finishCall(false);
            return fail(DeviceStatus::NotFaxCall,
                        QCoreApplication::translate(
                            "Fax", "The modem on %1 reported no fax connection to %2 (no %3)")
                            .arg(device, number, QString::fromLatin1(name("+FCO", "+FCON"))));
        }
        return dialOutcome(d->code, number, device);
    }
    report(
        DeviceStatus::Sending, 0,
        m_remoteId.isEmpty()
            ? QCoreApplication::translate("Fax", "connected to %1").arg(number)
            : QCoreApplication::translate("Fax", "connected to %1 (%2)").arg(number, m_remoteId));

    int confirmed = 0;
    int page = 0; // of this call; the job's page number is m_firstPage + page + 1
    int resends = 0;
    bool cleared = false; // the modem reported the call's end
    const QString hangupName = QString::fromLatin1(name("+FHS:", "+FHNG:"));
    auto shown = [&](int p) { return m_firstPage + p + 1; };
    auto hungUp = [&](const QString &value) {
        finishCall(false);
        const int code = hangupCode(value, m_variant);
        CallOutcome o = hangupOutcome(code, hangupName + value, number, device);
        o.pagesConfirmed = confirmed;
        if (code == 0)
            o.message = QCoreApplication::translate(
                            "Fax", "The fax call to %1 on %2 ended after %3 confirmed pages before "
                                   "all were sent (%4)")
                            .arg(number, device)
                            .arg(confirmed)
                            .arg(hangupName + value);
        return o;
    };
    auto modemFailed = [&](const QString &message) {
        m_at.hangUp();
        CallOutcome o = fail(DeviceStatus::Disconnected,
                             aborted() ? QCoreApplication::translate(
                                             "Fax", "Sending to %1 stopped by the user after %2 "
                                                    "confirmed pages")
                                             .arg(number)
                                             .arg(confirmed)
                                       : message);
        o.pagesConfirmed = confirmed;
        return o;
    };
    auto stopped = [&]() {
        abortSession();
        finishCall(false);
        CallOutcome o =
            fail(DeviceStatus::Disconnected,
                 QCoreApplication::translate(
                     "Fax", "Sending to %1 stopped by the user after %2 confirmed pages")
                     .arg(number)
                     .arg(confirmed));
        o.pagesConfirmed = confirmed;
        return o;
    };
    auto endedEarly = [&](DeviceStatus status, const QString &message) {
        abortSession();
        finishCall(false);
        CallOutcome o = fail(status, message);
        o.pagesConfirmed = confirmed;
        return o;
    };
    // The page went out and nobody can say whether the far end has it: the job must say so,
    // and a retry starts with this page, never with the ones confirmed before it.
    auto outcomeUnknown = [&](const PageEnd &end) {
        QString detail;
        if (end.hangup) {
            detail = hangupName + *end.hangup + QStringLiteral(": ") +
                     hangupText(hangupCode(*end.hangup, m_variant));
            finishCall(false);
        } else if (!end.result) {
            detail = end.result.error().message;
            m_at.hangUp(); // the modem may be past listening
        } else {
            detail = QCoreApplication::translate("Fax", "it answered %1 without a page status")
                         .arg(end.result->text);
            abortSession();
            finishCall(false);
        }
        CallOutcome o = fail(DeviceStatus::OutcomeUnknown,
                             QCoreApplication::translate(
                                 "Fax", "The outcome of page %1 is unknown: it went out to %2, but "
                                        "the modem on %3 did not say whether it arrived (%4). %5 "
                                        "pages before it were confirmed.")
                                 .arg(shown(page))
                                 .arg(number, device, detail)
                                 .arg(confirmed));
        if (aborted())
            o.message = QCoreApplication::translate(
                            "Fax", "Sending to %1 stopped by the user after %2 confirmed pages; "
                                   "the outcome of page %3 is unknown")
                            .arg(number)
                            .arg(confirmed)
                            .arg(shown(page));
        o.pagesConfirmed = confirmed;
        return o;
    };

    for (;;) {
        if (aborted())
            return stopped();
        const QByteArray fdt("AT+FDT");
        const auto t = command(fdt, PhaseTimeoutMs, true);
        if (!t)
            return modemFailed(t.error().message);
        const Reports tr1 = scan(t->lines);
        if (tr1.hangup)
            return hungUp(*tr1.hangup);
        if (t->code != AtResponse::Code::Connect)
            return modemFailed(QCoreApplication::translate(
                                   "Fax", "Modem on %1 answered AT+FDT for page %2 with %3")
                                   .arg(device)
                                   .arg(shown(page))
                                   .arg(t->text));
        if (!m_params) {
            // No +FCS: the modem keeps what the dial reported, or what we asked for.
            SessionParams fallback;
            fallback.resolution =
                resolution == FaxResolution::Superfine && m_variant == Variant::Class2
                    ? FaxResolution::Fine
                    : resolution;
            m_params = fallback;
            note(QStringLiteral("<no +FCS: assuming MH at the pages' resolution>"));
        }
        if (m_variant == Variant::Class2 && !waitForXon(XonTimeoutMs))
            note(QStringLiteral("<no XON after CONNECT: sending anyway>"));
        T30::PageEnd end = T30::PageEnd::LastPage;
        const auto data = hooks.pageData
                              ? hooks.pageData(page, *m_params, &end)
                              : Expected<QByteArray>(Error::make(
                                    Error::Kind::Unsupported,
                                    QCoreApplication::translate("Fax", "No pages to send")));
        if (!data) {
            // Close the data phase with an empty page, then end the session.
            (void)m_at.writeRaw(QByteArray("\x10\x03", 2));
            (void)m_at.waitResult(PhaseTimeoutMs, fdt);
            abortSession();
            finishCall(false);
            CallOutcome o = fail(DeviceStatus::FatalError, data.error().message);
            o.pagesConfirmed = confirmed;
            return o;
        }
        report(DeviceStatus::Sending, confirmed,
               QCoreApplication::translate("Fax", "sending page %1 at %2")
                   .arg(shown(page))
                   .arg(m_params->rate.name()));
        const QByteArray line = m_reversed ? T30::reverseBits(*data) : *data;
        note(QStringLiteral("<data %1 octets>").arg(line.size()));
        const int ppm = end == T30::PageEnd::MorePages     ? 0
                        : end == T30::PageEnd::NewDocument ? 1
                                                           : 2;
        const int transmitMs =
            int(qint64(line.size()) * 8 * 1000 / qMax(2400, m_params->rate.bitsPerSecond));
        const PageEnd pe =
            endPage(Class1Driver::dleStuff(line), ppm, PhaseTimeoutMs + 2 * transmitMs);
        const Class2PageStatus::Answer a = Class2PageStatus::resolve(pe.evidence);
        note(QStringLiteral("<page %1: %2>").arg(shown(page)).arg(a.reason));
        switch (a.verdict) {
        case Class2PageStatus::Verdict::Unknown:
            return outcomeUnknown(pe);
        case Class2PageStatus::Verdict::NotSent:
            if (pe.hangup)
                return hungUp(*pe.hangup);
            return modemFailed(
                QCoreApplication::translate("Fax", "Modem on %1 ended the data of page %2 with %3")
                    .arg(device)
                    .arg(shown(page))
                    .arg(pe.result ? pe.result->text : pe.result.error().message));
        case Class2PageStatus::Verdict::Rejected:
            if (a.response == Class2PageStatus::Pin)
                return endedEarly(DeviceStatus::Disconnected,
                                  QCoreApplication::translate(
                                      "Fax", "%1 asked for an operator (%2) after page %3: the "
                                             "call was ended")
                                      .arg(number, QStringLiteral("PIN"))
                                      .arg(shown(page)));
            // RTN: the far end could not read the page; send it again after retraining.
            if (pe.hangup || pe.lateHangup)
                return hungUp(pe.hangup ? *pe.hangup : *pe.lateHangup);
            if (!pe.result) // the report came, the modem's result did not: it is lost
                return modemFailed(pe.result.error().message);
            if (++resends > MaxResends)
                return endedEarly(DeviceStatus::Disconnected,
                                  QCoreApplication::translate(
                                      "Fax", "%1 rejected page %2 %3 times (RTN): the line is "
                                             "too poor")
                                      .arg(number)
                                      .arg(shown(page))
                                      .arg(resends));
            report(DeviceStatus::Sending, confirmed,
                   QCoreApplication::translate("Fax", "page %1 rejected by %2, sending it again")
                       .arg(shown(page))
                       .arg(number));
            continue;
        case Class2PageStatus::Verdict::Confirmed:
            break;
        }
        // MCF, RTP (the next page goes after retraining) or PIP: the far end has the page.
        ++confirmed;
        resends = 0;
        report(DeviceStatus::Sending, confirmed,
               QCoreApplication::translate("Fax", "page %1 confirmed").arg(shown(page)));
        if (ppm == 2) {
            cleared = pe.hangup || pe.lateHangup;
            break; // every page is confirmed, however the call ends now
        }
        if (a.response == Class2PageStatus::Pip)
            return endedEarly(
                DeviceStatus::Disconnected,
                QCoreApplication::translate(
                    "Fax", "%1 asked for an operator (%2) after page %3: the call was ended")
                    .arg(number, QStringLiteral("PIP"))
                    .arg(shown(page)));
        if (pe.hangup || pe.lateHangup)
            return hungUp(pe.hangup ? *pe.hangup : *pe.lateHangup);
        // The report came and the result did not: a result arriving later would be taken for
        // the next page's. The page counts; the rest waits for a call with a modem that answers.
        if (!pe.result)
            return modemFailed(pe.result.error().message);
        ++page;
    }
    if (!cleared) {
        // The last page's OK came before the call was cleared: let the modem send DCN (its
        // +FHS/+FHNG says so) before ATH0 ends the call.
        for (int waited = 0; waited < ClearingMs; waited += ClearingSliceMs) {
            QStringList lines;
            const auto c = m_at.waitResult(ClearingSliceMs, "call clearing", &lines);
            for (const QString &l : c ? c->lines : lines)
                note(l);
            if (c || scan(lines).hangup)
                break;
        }
    }
    finishCall(false);
    CallOutcome o;
    o.success = true;
    o.deviceStatus = DeviceStatus::Completed;
    o.pagesConfirmed = confirmed;
    o.message = QCoreApplication::translate("Fax", "Sent %1 pages to %2 on %3")
                    .arg(confirmed)
                    .arg(number, device);
    return o;
}

Class2Driver::PageEnd Class2Driver::endPage(const QByteArray &stuffedData, int ppm, int timeoutMs)
{
    PageEnd out;
    Class2PageStatus::Evidence &ev = out.evidence;
    ev.class20 = m_variant == Variant::Class20;
    ev.lastPage = ppm == 2;
    QStringList seen;
    auto finish = [&](const QByteArray &what) {
        m_at.setAbortFlag(m_abort);
        out.result = m_at.waitResult(timeoutMs, what, &seen);
        m_at.setAbortFlag(nullptr);
        if (out.result) {
            seen = out.result->lines;
            ev.finalCode = out.result->code;
        }
        for (const QString &l : seen)
            note(l);
        note(out.result ? out.result->text : out.result.error().message);
    };
    if (m_variant == Variant::Class20) {
        // T.32: the post-page message follows the data as <DLE>",", <DLE>";" or <DLE>".".
        static const char ppmChars[] = {',', ';', '.'};
        const QByteArray endMark = QByteArray(1, DLE) + ppmChars[qBound(0, ppm, 2)];
        note(QStringLiteral("<DLE><%1>").arg(QLatin1Char(endMark.at(1))));
        if (Result w = m_at.writeRaw(stuffedData + endMark); !w) {
            out.result = w.error();
            return out;
        }
        finish("<DLE><ppm>");
    } else {
        // EIA/TIA-592: <DLE><ETX> ends the data, OK, then AT+FET names the post-page message.
        if (Result w = m_at.writeRaw(stuffedData + QByteArray(1, DLE) + QByteArray(1, ETX)); !w) {
            out.result = w.error();
            return out;
        }
        finish("AT+FDT");
        const Reports afterData = scan(seen);
        if (afterData.hangup) {
            out.hangup = afterData.hangup;
            ev.hangup = hangupCode(*afterData.hangup, m_variant);
            // The post-page message never went out: the page cannot be confirmed.
            if (ev.hangup < 40 || ev.hangup >= 50)
                ev.hangup = 40;
            ev.finalCode.reset();
            return out;
        }
        if (!out.result || !out.result->ok()) {
            // Data refused or no answer to it: no post-page message went out.
            ev.finalCode.reset();
            ev.hangup = 40;
            return out;
        }
        const QByteArray fet = "AT+FET=" + QByteArray::number(ppm);
        note(QString::fromLatin1(fet));
        m_at.discardInput();
        if (Result w = m_at.writeRaw(fet + '\r'); !w) {
            out.result = w.error();
            ev.finalCode.reset();
            return out;
        }
        seen.clear();
        ev.finalCode.reset();
        finish(fet);
    }
    const Reports r = scan(seen);
    ev.reported = r.ppr;
    if (r.hangup) {
        out.hangup = r.hangup;
        ev.hangup = hangupCode(*r.hangup, m_variant);
    }
    if (Class2PageStatus::needsQuery(ev)) {
        const auto q = command(name("AT+FPS?", "AT+FPTS?"), m_config.commandTimeoutMs);
        if (q && q->ok())
            ev.queried = Class2PageStatus::parseResponse(q->lines);
        if (q) {
            // A hang-up reported after the page's OK arrives with the next answer.
            QStringList others;
            for (const QString &l : q->lines) {
                if (!l.startsWith(QLatin1String("+FPS")) && !l.startsWith(QLatin1String("+FPTS")))
                    others << l;
            }
            if (const Reports late = scan(others); late.hangup)
                out.lateHangup = late.hangup;
        }
    }
    return out;
}

} // namespace Fax
