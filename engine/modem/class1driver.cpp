// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/class1driver.h"

#include "imaging/faxcodec.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClass1, "fax.modem.class1", QtWarningMsg)

namespace Fax {

using namespace T30;

namespace {

constexpr char DLE = 0x10;
constexpr char ETX = 0x03;
constexpr char CAN = 0x18;

// Page data is LSB-first; the T.4 decoder can tell us whether the page is readable.
bool pageQualityGood(const QByteArray &data, const SessionParams &params)
{
    if (params.ecm)
        return true; // ECM frames were checked one by one
    FaxCodec::DecodeOptions o;
    o.compression = params.compression;
    o.width = params.width;
    o.yDpi = linesPerInch(params.resolution);
    o.lsbFirst = true;
    const auto decoded = FaxCodec::decode(data, o);
    if (!decoded)
        return false;
    const int lines = qMax(1, decoded->image.height());
    return decoded->badLines * 20 <= lines && decoded->longestBadRun < 16;
}

} // namespace

Class1Driver::Class1Driver(AtDialogue &at, const ModemConfig &config) : m_at(at), m_config(config)
{
}

QByteArray Class1Driver::dleStuff(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 64 + 2);
    for (const char ch : data) {
        out.append(ch);
        if (ch == DLE)
            out.append(DLE);
    }
    return out;
}

void Class1Driver::note(const QString &line)
{
    m_log << line;
    qCDebug(lcClass1).noquote() << m_at.device() << m_at.transport()->nowMs() << line;
}

bool Class1Driver::aborted() const
{
    return m_abort && m_abort->load();
}

Error Class1Driver::modemError(const QString &what) const
{
    return Error::make(Error::Kind::Connection, what);
}

Result Class1Driver::initialize()
{
    Result r = m_at.initialize(m_config.initCommands, m_config.commandTimeoutMs);
    if (r)
        return r;
    note(QStringLiteral("recover: ") + r.error().message);
    return m_at.recover(m_config.resetCommand, m_config.initCommands, m_config.commandTimeoutMs);
}

CallOutcome Class1Driver::send(const QString &number, T30Sender &session,
                               const ModemCallHooks &hooks)
{
    m_abort = hooks.abort;
    const QString device = m_at.device();
    auto report = [&](DeviceStatus s, int pages, const QString &text) {
        if (hooks.progress)
            hooks.progress(s, pages, text);
    };
    report(DeviceStatus::Initializing, 0,
           QCoreApplication::translate("Fax", "initialising the modem on %1").arg(device));
    if (Result r = initialize(); !r) {
        CallOutcome o;
        o.deviceStatus = DeviceStatus::FatalError;
        o.message = r.error().message;
        return o;
    }
    const QByteArray digits = dialDigits(number);
    if (digits.isEmpty()) {
        CallOutcome o;
        o.deviceStatus = DeviceStatus::BadAddress;
        o.retryable = false;
        o.message = QCoreApplication::translate("Fax", "\"%1\" is no number that can be dialled")
                        .arg(number);
        return o;
    }
    report(DeviceStatus::Dialing, 0, QCoreApplication::translate("Fax", "dialling %1").arg(number));
    const QByteArray dial = m_config.dialCommand + digits;
    note(QString::fromLatin1(dial));
    m_at.setAbortFlag(hooks.abort);
    const auto r = m_at.command(dial, m_config.dialTimeoutMs);
    m_at.setAbortFlag(nullptr);
    if (!r && aborted()) {
        // Any character stops the modem dialling.
        (void)m_at.writeRaw(QByteArray(1, '\r'));
        (void)m_at.waitResult(m_config.commandTimeoutMs, dial);
        m_at.hangUp();
        CallOutcome o;
        o.deviceStatus = DeviceStatus::Disconnected;
        o.message =
            QCoreApplication::translate("Fax", "Sending stopped by the user while dialling %1")
                .arg(number);
        return o;
    }
    if (!r) {
        // Nothing within the dial timeout: any character stops the modem dialling.
        (void)m_at.writeRaw(QByteArray(1, '\r'));
        (void)m_at.waitResult(m_config.commandTimeoutMs, dial);
        m_at.hangUp();
        CallOutcome o;
        o.deviceStatus = DeviceStatus::NoAnswer;
        o.message = QCoreApplication::translate(
                        "Fax", "No fax answered at %1 within %2 s (modem on %3: %4)")
                        .arg(number)
                        .arg(m_config.dialTimeoutMs / 1000)
                        .arg(device, r.error().message);
        return o;
    }
    note(r->text);
    if (r->code != AtResponse::Code::Connect) {
        if (r->code == AtResponse::Code::Error)
            m_at.hangUp();
        return dialOutcome(r->code, number, device);
    }
    report(DeviceStatus::Sending, 0,
           QCoreApplication::translate("Fax", "connected to %1").arg(number));
    const Outcome out = run(session, hooks, false);
    CallOutcome o;
    o.success = out.success;
    o.retryable = out.retryable;
    o.pagesConfirmed = out.pages;
    o.message = out.message;
    if (out.success)
        o.deviceStatus = DeviceStatus::Completed;
    else if (!m_sawFrame)
        o.deviceStatus = DeviceStatus::NotFaxCall;
    else
        o.deviceStatus = out.retryable ? DeviceStatus::Disconnected : DeviceStatus::FatalError;
    return o;
}

Outcome Class1Driver::receive(T30Receiver &session, const ModemCallHooks &hooks)
{
    m_abort = hooks.abort;
    Outcome fail;
    if (Result r = initialize(); !r) {
        fail.message = r.error().message;
        return fail;
    }
    note(QStringLiteral("ATA"));
    m_at.setAbortFlag(hooks.abort);
    const auto r = m_at.command("ATA", m_config.answerTimeoutMs);
    m_at.setAbortFlag(nullptr);
    if (!r || r->code != AtResponse::Code::Connect) {
        m_at.hangUp();
        fail.message = r ? QCoreApplication::translate(
                               "Fax", "The modem on %1 answered the call with %2 instead of a fax "
                                      "connection")
                               .arg(m_at.device(), r->text)
                         : r.error().message;
        return fail;
    }
    note(r->text);
    return run(session, hooks, true);
}

CallOutcome Class1Driver::send(const SendSpec &spec, const ModemCallHooks &hooks)
{
    SendPreferences prefs;
    prefs.local = spec.capabilities;
    prefs.resolution = spec.resolution;
    prefs.length = spec.length;
    prefs.allowEcm = spec.capabilities.ecm;
    T30Sender session(spec.tsid, prefs);
    m_firstPage = qMax(0, spec.firstPage);
    return send(spec.number, session, hooks);
}

Outcome Class1Driver::receive(const QString &csid, const ModemCallHooks &hooks)
{
    T30Receiver session(csid, m_config.capabilities);
    return receive(session, hooks);
}

QString Class1Driver::remoteId() const
{
    return m_session ? m_session->outcome().remoteId : m_remoteId;
}

Outcome Class1Driver::run(T30Session &session, const ModemCallHooks &hooks, bool answered)
{
    // The far end's id is asked for while the session runs (to show it) and after it.
    m_session = &session;
    const Outcome out = runSession(session, hooks, answered);
    m_remoteId = session.outcome().remoteId;
    m_session = nullptr;
    return out;
}

Outcome Class1Driver::runSession(T30Session &session, const ModemCallHooks &hooks, bool answered)
{
    m_abort = hooks.abort;
    m_implicitReceive = !answered;
    m_implicitTransmit = answered;
    m_last = answered ? Last::TransmitV21 : Last::Receive;
    m_deadlines.clear();
    bool abortFed = false;
    QString modemFailure;

    // The session failed because of the modem: tell it to stop (it ends the call) and keep
    // the modem's reason for the outcome.
    QList<Action> queue = session.start();
    auto failModem = [&](const Error &e) {
        modemFailure = e.message;
        note(QStringLiteral("modem failure: ") + e.message);
        queue = session.handle(Event{Event::Kind::Abort});
        // No more frames can go out over a modem that failed: just hang up.
        queue.erase(
            std::remove_if(queue.begin(), queue.end(),
                           [](const Action &a) { return a.kind == Action::Kind::SendFrames; }),
            queue.end());
    };

    while (!queue.isEmpty()) {
        if (aborted() && !abortFed) {
            abortFed = true;
            queue = session.handle(Event{Event::Kind::Abort});
            continue;
        }
        const Action a = queue.takeFirst();
        switch (a.kind) {
        case Action::Kind::SendFrames:
            if (Result r = sendFrames(a.frames); !r)
                failModem(r.error());
            break;
        case Action::Kind::SendTcf:
            if (Result r = sendHighSpeed(a.rate, QByteArray(tcfLength(a.rate), '\0'), false); !r)
                failModem(r.error());
            break;
        case Action::Kind::SendPage:
            // Page data always follows a TCF, so V.17 trains short (T.30 5.3.2.1; the
            // receiver expects it).
            if (Result r = sendHighSpeed(a.rate, a.data, a.rate.modulation == Modulation::V17); !r)
                failModem(r.error());
            break;
        case Action::Kind::ReceiveFrames: {
            const Event e = receiveFrame();
            if (!m_lineFailure.isEmpty()) {
                failModem(modemError(m_lineFailure));
                m_lineFailure.clear();
                break;
            }
            if (e.kind == Event::Kind::Abort)
                abortFed = true; // the session hears of the cancel once
            queue += session.handle(e);
            break;
        }
        case Action::Kind::ReceiveTcf:
        case Action::Kind::ReceivePage:
            queue += session.handle(receiveHighSpeed(a));
            break;
        case Action::Kind::RequestPage: {
            PageEnd end = PageEnd::LastPage;
            const auto data = hooks.pageData
                                  ? hooks.pageData(a.page, a.params, &end)
                                  : Expected<QByteArray>(Error::make(
                                        Error::Kind::Unsupported,
                                        QCoreApplication::translate("Fax", "No pages to send")));
            if (!data) {
                modemFailure = data.error().message;
                queue = session.handle(Event{Event::Kind::Abort});
                break;
            }
            if (hooks.progress)
                hooks.progress(DeviceStatus::Sending, a.page,
                               QCoreApplication::translate("Fax", "sending page %1 at %2")
                                   .arg(m_firstPage + a.page + 1)
                                   .arg(a.params.rate.name()));
            queue += session.handle(Event::pageReady(*data, end));
            break;
        }
        case Action::Kind::DeliverPage:
            if (hooks.deliverPage)
                hooks.deliverPage(a.page, a.data, a.params);
            if (hooks.progress)
                hooks.progress(
                    DeviceStatus::Receiving, a.page + 1,
                    QCoreApplication::translate("Fax", "received page %1").arg(a.page + 1));
            break;
        case Action::Kind::PageConfirmed:
            if (hooks.progress)
                hooks.progress(DeviceStatus::Sending, a.page + 1,
                               QCoreApplication::translate("Fax", "page %1 confirmed")
                                   .arg(m_firstPage + a.page + 1));
            break;
        case Action::Kind::StartTimer:
            m_deadlines[a.timer] = m_at.transport()->nowMs() + timerMs(a.timer);
            break;
        case Action::Kind::StopTimer:
            m_deadlines.remove(a.timer);
            break;
        case Action::Kind::HangUp:
            note(QStringLiteral("ATH0"));
            if (modemFailure.isEmpty()) {
                const auto r = m_at.command("ATH0", m_config.commandTimeoutMs);
                if (!r || !r->ok())
                    m_at.hangUp();
            } else {
                m_at.hangUp();
            }
            break;
        case Action::Kind::Finished: {
            Outcome out = a.outcome;
            if (!modemFailure.isEmpty()) {
                out.success = false;
                out.retryable = true;
                out.message = modemFailure;
            }
            return out;
        }
        }
    }
    Outcome out = session.outcome();
    out.success = false;
    out.message = modemFailure.isEmpty()
                      ? QCoreApplication::translate(
                            "Fax", "The fax session on %1 stopped in state %2 without an outcome")
                            .arg(m_at.device(), session.stateName())
                      : modemFailure;
    m_at.hangUp();
    return out;
}

Result Class1Driver::prepareTransmit(Last mode)
{
    QByteArray silence;
    if (m_implicitTransmit) {
        m_implicitTransmit = false;
        if (mode == Last::TransmitV21) {
            m_last = mode;
            return {};
        }
    }
    // T.30 wants 75 ms between the far end's signal and ours, and between two of our carriers.
    if (m_last == Last::Receive)
        silence = "AT+FRS=7";
    else if (m_last != Last::None && m_last != mode)
        silence = "AT+FTS=7";
    m_last = mode;
    if (silence.isEmpty())
        return {};
    note(QString::fromLatin1(silence));
    return m_at.expectOk(silence, m_config.commandTimeoutMs);
}

Result Class1Driver::sendFrames(const QList<Frame> &frames)
{
    const bool implicit = m_implicitTransmit;
    if (Result r = prepareTransmit(Last::TransmitV21); !r)
        return r;
    if (!implicit) {
        note(QStringLiteral("AT+FTH=3"));
        const auto r = m_at.command("AT+FTH=3", m_config.commandTimeoutMs + 2000);
        if (!r)
            return r.error();
        if (r->code != AtResponse::Code::Connect)
            return modemError(
                QCoreApplication::translate("Fax", "Modem on %1 answered AT+FTH=3 with %2")
                    .arg(m_at.device(), r->text));
    }
    for (int i = 0; i < frames.size(); ++i) {
        const Frame &f = frames.at(i);
        note(QStringLiteral("<frame %1 %2>")
                 .arg(fcfName(f.fcf), QString::fromLatin1(f.fif.toHex())));
        if (Result w = m_at.writeRaw(dleStuff(f.toBytes()) + QByteArray("\x10\x03", 2)); !w)
            return w;
        // 300 bit/s: a 256-octet frame takes about 7 s on the line.
        const int timeout = 3000 + int(f.toBytes().size()) * 8 * 1000 / 300 * 2;
        const auto r = m_at.waitResult(timeout, "AT+FTH=3");
        if (!r)
            return r.error();
        const bool last = i + 1 == frames.size();
        const AtResponse::Code wanted = f.final ? AtResponse::Code::Ok : AtResponse::Code::Connect;
        if (r->code != wanted)
            return modemError(
                QCoreApplication::translate(
                    "Fax", "Modem on %1 answered the %2 frame with %3 instead of %4")
                    .arg(m_at.device(), fcfName(f.fcf), r->text, resultCodeText(wanted)));
        if (f.final && !last)
            return modemError(QCoreApplication::translate(
                "Fax", "A final frame came before the end of a frame sequence"));
    }
    return {};
}

Result Class1Driver::sendHighSpeed(const Rate &rate, const QByteArray &data, bool shortTrain)
{
    if (Result r = prepareTransmit(Last::TransmitHighSpeed); !r)
        return r;
    const QByteArray cmd = "AT+FTM=" + QByteArray::number(rate.class1Code(shortTrain));
    note(QString::fromLatin1(cmd));
    const auto r = m_at.command(cmd, m_config.commandTimeoutMs + 2000);
    if (!r)
        return r.error();
    if (r->code != AtResponse::Code::Connect)
        return modemError(QCoreApplication::translate("Fax", "Modem on %1 answered %2 with %3")
                              .arg(m_at.device(), QString::fromLatin1(cmd), r->text));
    note(QStringLiteral("<data %1 octets>").arg(data.size()));
    if (Result w = m_at.writeRaw(dleStuff(data) + QByteArray("\x10\x03", 2)); !w)
        return w;
    // The modem says OK once its buffer has gone out on the line.
    const int timeout =
        10000 + int(qint64(data.size()) * 8 * 1000 / qMax(2400, rate.bitsPerSecond));
    const auto done = m_at.waitResult(timeout, cmd);
    if (!done)
        return done.error();
    if (!done->ok())
        return modemError(
            QCoreApplication::translate("Fax", "Modem on %1 ended the %2 data with %3")
                .arg(m_at.device(), rate.name(), done->text));
    return {};
}

bool Class1Driver::nextDeadline(Timer *timer, qint64 *deadline) const
{
    if (m_deadlines.isEmpty())
        return false;
    auto best = m_deadlines.cbegin();
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it) {
        if (it.value() < best.value())
            best = it;
    }
    *timer = best.key();
    *deadline = best.value();
    return true;
}

void Class1Driver::cancelReceive()
{
    // Any character stops +FRH/+FRM; the modem answers OK.
    note(QStringLiteral("<cancel>"));
    (void)m_at.writeRaw(QByteArray(1, CAN));
    (void)m_at.waitResult(m_config.commandTimeoutMs, "<cancel>");
}

Event Class1Driver::receiveFrame()
{
    m_last = Last::Receive;
    int errors = 0;
    for (;;) {
        if (aborted())
            return Event{Event::Kind::Abort};
        Timer timer = Timer::T2;
        qint64 deadline = 0;
        if (!nextDeadline(&timer, &deadline)) {
            // The session armed no timer: wait the command-response time T4 at most.
            timer = Timer::T4;
            deadline = m_at.transport()->nowMs() + timerMs(Timer::T4);
            m_deadlines[timer] = deadline;
        }
        const qint64 left = deadline - m_at.transport()->nowMs();
        if (left <= 0) {
            m_deadlines.remove(timer);
            return Event::timeout(timer);
        }
        Expected<AtResponse> r = Error{};
        if (m_implicitReceive) {
            m_implicitReceive = false;
            // ATD's CONNECT already came: the frame follows.
            r = AtResponse{AtResponse::Code::Connect, {}, QStringLiteral("CONNECT")};
        } else {
            note(QStringLiteral("AT+FRH=3"));
            // A cancel must not wait for T1/T2 (up to 35 s) to run out: the wait gives up
            // within a quarter second and the session ends the call with DCN.
            m_at.setAbortFlag(m_abort);
            r = m_at.command("AT+FRH=3", int(left));
            m_at.setAbortFlag(nullptr);
        }
        if (!r) {
            cancelReceive();
            if (aborted())
                return Event{Event::Kind::Abort};
            m_deadlines.remove(timer);
            return Event::timeout(timer);
        }
        if (r->code != AtResponse::Code::Connect) {
            // NO CARRIER (the carrier went before a flag), +FCERROR (a fast carrier): listen on.
            // A modem that keeps refusing has lost the call.
            note(r->text);
            errors = r->code == AtResponse::Code::Error ? errors + 1 : 0;
            if (errors >= 3) {
                m_lineFailure =
                    QCoreApplication::translate(
                        "Fax", "Modem on %1 answered AT+FRH=3 with ERROR %2 times: the call "
                               "is lost")
                        .arg(m_at.device())
                        .arg(errors);
                return Event::timeout(timer);
            }
            continue;
        }
        bool complete = false;
        const QByteArray data = m_at.readData(5000 + MaxFrameLength * 8 * 1000 / 300,
                                              2 * MaxFrameLength + 8, &complete);
        if (!complete) {
            cancelReceive();
            note(QStringLiteral("<frame incomplete>"));
            return Event::frameError();
        }
        const auto status = m_at.waitResult(m_config.commandTimeoutMs, "AT+FRH=3");
        if (!status || !status->ok()) {
            // ERROR after the frame: its FCS was bad.
            note(QStringLiteral("<frame bad FCS>"));
            return Event::frameError();
        }
        // T.31 modems pass the FCS on after the frame; a modem that strips it is accepted too.
        ParseResult parsed = data.size() >= 5 ? parseFrame(data, true) : ParseResult{};
        if (!parsed.ok())
            parsed = parseFrame(data, false);
        if (!parsed.ok()) {
            note(QStringLiteral("<frame unreadable: %1>").arg(parsed.message));
            return Event::frameError();
        }
        m_sawFrame = true;
        note(QStringLiteral("<got %1 %2>")
                 .arg(fcfName(parsed.frame.fcf), QString::fromLatin1(parsed.frame.fif.toHex())));
        return Event::received(parsed.frame);
    }
}

Event Class1Driver::receiveHighSpeed(const Action &action)
{
    m_last = Last::Receive;
    const bool tcf = action.kind == Action::Kind::ReceiveTcf;
    const bool shortTrain = !tcf && action.rate.modulation == Modulation::V17;
    const QByteArray cmd = "AT+FRM=" + QByteArray::number(action.rate.class1Code(shortTrain));
    note(QString::fromLatin1(cmd));
    const auto r = m_at.command(cmd, timerMs(Timer::T2));
    if (!r || r->code != AtResponse::Code::Connect) {
        if (!r)
            cancelReceive();
        else
            note(r->text);
        if (r && r->code == AtResponse::Code::FcError && !tcf)
            return Event{Event::Kind::CarrierMismatch};
        return tcf ? Event::training(false) : Event::pageReceived({}, false);
    }
    bool complete = false;
    // A page at 2400 bit/s may take minutes; TCF is 1.5 s.
    const int timeout = tcf ? 10000 : 15 * 60 * 1000;
    const QByteArray data = m_at.readData(timeout, tcf ? 64 * 1024 : 64 * 1024 * 1024, &complete);
    note(QStringLiteral("<received %1 octets>").arg(data.size()));
    if (!complete)
        cancelReceive();
    else
        (void)m_at.waitResult(m_config.commandTimeoutMs, cmd); // NO CARRIER when it dropped
    if (tcf)
        return Event::training(complete && tcfGood(data, action.rate));
    return Event::pageReceived(data, pageQualityGood(data, action.params));
}

} // namespace Fax
