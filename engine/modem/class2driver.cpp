#include "modem/class2driver.h"

#include "modem/class1driver.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClass2, "fax.modem.class2", QtWarningMsg)

namespace Fax {

using namespace T30;

namespace {

constexpr char DLE = 0x10;
constexpr char ETX = 0x03;
constexpr char DC1 = 0x11; // XON: a Class 2 modem is ready for page data
constexpr char DC2 = 0x12; // the host is ready for received page data

constexpr int PhaseTimeoutMs = 90000; // +FDT/+FET/+FDR: training, retries, the far end's answer
constexpr int XonTimeoutMs = 5000;
constexpr int MaxResends = 2; // a page the far end rejected (RTN) goes out at most 3 times

// A station id for +FLI="...": T.30 ids are digits, '+' and space; quotes would end the string.
QByteArray quotedId(const QString &id)
{
    QByteArray out;
    for (const QChar ch : id.left(20)) {
        const char c = ch.toLatin1();
        if (c >= 0x20 && c < 0x7F && c != '"')
            out.append(c);
    }
    return '"' + out + '"';
}

// "+FCS: 1,5,0" -> name "+FCS", value "1,5,0".
bool splitReport(const QString &line, QString *name, QString *value)
{
    if (!line.startsWith(QLatin1Char('+')))
        return false;
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    *name = (colon < 0 ? line : line.left(colon)).trimmed().toUpper();
    *value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
    return true;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('"')))
        value.remove(0, 1);
    if (value.endsWith(QLatin1Char('"')))
        value.chop(1);
    return value.trimmed();
}

} // namespace

Class2Driver::Class2Driver(AtDialogue &at, const ModemConfig &config, Variant variant)
    : m_at(at), m_config(config), m_variant(variant)
{
}

QByteArray Class2Driver::name(const char *class20, const char *class2) const
{
    return QByteArray(m_variant == Variant::Class20 ? class20 : class2);
}

void Class2Driver::note(const QString &line)
{
    m_log << line;
    qCDebug(lcClass2).noquote() << m_at.device() << m_at.transport()->nowMs() << line;
}

bool Class2Driver::aborted() const
{
    return m_abort && m_abort->load();
}

Expected<AtResponse> Class2Driver::command(const QByteArray &cmd, int timeoutMs, bool abortable)
{
    note(QString::fromLatin1(cmd));
    if (abortable)
        m_at.setAbortFlag(m_abort);
    const auto r = m_at.command(cmd, timeoutMs);
    m_at.setAbortFlag(nullptr);
    if (r) {
        for (const QString &l : r->lines)
            note(l);
        note(r->text);
    }
    return r;
}

Class2Driver::Reports Class2Driver::scan(const QStringList &lines)
{
    Reports r;
    for (const QString &line : lines) {
        QString n;
        QString v;
        if (!splitReport(line, &n, &v))
            continue;
        if (n == QLatin1String("+FHS") || n == QLatin1String("+FHNG")) {
            r.hangup = v;
            m_hangup = v;
        } else if (n == QLatin1String("+FCO") || n == QLatin1String("+FCON")) {
            r.connected = true;
        } else if (n == QLatin1String("+FCS") || n == QLatin1String("+FDCS")) {
            r.params = parseSessionParams(v, m_variant);
            if (r.params)
                m_params = r.params;
            else
                note(QStringLiteral("<unusable session parameters %1>").arg(v));
        } else if (n == QLatin1String("+FPS") || n == QLatin1String("+FPTS")) {
            bool ok = false;
            const int ppr = v.section(QLatin1Char(','), 0, 0).trimmed().toInt(&ok);
            if (ok)
                r.ppr = ppr;
        } else if (n == QLatin1String("+FET")) {
            bool ok = false;
            const int ppm = v.section(QLatin1Char(','), 0, 0).trimmed().toInt(&ok);
            if (ok)
                r.postPage = ppm;
        } else if (n == QLatin1String("+FCI") || n == QLatin1String("+FCSI") ||
                   n == QLatin1String("+FTI") || n == QLatin1String("+FTSI")) {
            r.remoteId = unquote(v);
            m_remoteId = *r.remoteId;
        }
    }
    return r;
}

Result Class2Driver::initialize(bool receiving, const QString &localId, FaxResolution resolution,
                                const Capabilities &caps)
{
    const QList<QByteArray> base = classInitCommands(m_config, m_variant);
    const QList<QByteArray> withoutClass = base.mid(0, base.size() - 1);
    Result r = m_at.initialize(withoutClass, m_config.commandTimeoutMs);
    if (!r) {
        note(QStringLiteral("recover: ") + r.error().message);
        r = m_at.recover(m_config.resetCommand, withoutClass, m_config.commandTimeoutMs);
        if (!r)
            return r;
    }
    const QByteArray cls = base.last();
    const auto c = command(cls, m_config.commandTimeoutMs);
    if (!c)
        return c.error();
    if (!c->ok())
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Fax", "The modem on %1 does not do fax Class %2: it answered %3 with %4")
                .arg(m_at.device(),
                     m_variant == Variant::Class20 ? QStringLiteral("2.0") : QStringLiteral("2"),
                     QString::fromLatin1(cls), c->text));
    struct Step
    {
        QByteArray command;
        bool required;
    };
    const int bitOrder = m_config.class2ReversedBitOrder ? 1 : 0;
    const int flow = m_config.serial.flow == FlowControl::RtsCts    ? 2
                     : m_config.serial.flow == FlowControl::XonXoff ? 1
                                                                    : 0;
    // Offer only what the modem takes (many lack superfine, V.17 or ECM).
    QList<QList<int>> ranges;
    if (const auto q = command(name("AT+FCC=?", "AT+FDCC=?"), m_config.commandTimeoutMs);
        q && q->ok())
        ranges = parseRanges(q->lines.join(QLatin1Char(',')), m_variant);
    QList<Step> steps;
    steps << Step{name("AT+FLI=", "AT+FLID=") + quotedId(localId), false};
    steps << Step{name("AT+FCC=", "AT+FDCC=") +
                      clampParams(capabilityParams(caps, m_variant), ranges, m_variant),
                  true};
    if (!receiving)
        steps << Step{name("AT+FIS=", "AT+FDIS=") +
                          clampParams(wantedParams(caps, resolution, m_variant), ranges, m_variant),
                      true};
    // "direct" is every modem's default: only a change of it must be obeyed.
    steps << Step{name("AT+FBO=", "AT+FBOR=") + QByteArray::number(bitOrder), bitOrder != 0};
    if (m_variant == Variant::Class20)
        steps << Step{"AT+FNR=1,1,1,1", true}; // report +FCS, +FCI/+FTI, +FIS, +FPS
    // The modem checks the copy quality of pages it receives; ours are coded correctly.
    steps << Step{name("AT+FCQ=1,0", "AT+FCQ=1"), false};
    steps << Step{"AT+FLO=" + QByteArray::number(flow), false};
    if (receiving)
        steps << Step{"AT+FCR=1", true};
    for (const Step &s : steps) {
        const auto a = command(s.command, m_config.commandTimeoutMs);
        if (!a)
            return a.error();
        if (!a->ok() && s.required)
            return Error::make(Error::Kind::Connection,
                               QCoreApplication::translate("Fax", "Modem on %1 answered %2 with %3")
                                   .arg(m_at.device(), QString::fromLatin1(s.command), a->text));
    }
    return {};
}

bool Class2Driver::waitForXon(int timeoutMs)
{
    // Class 2 modems send XON once they can take the page; bytes before it are dropped.
    const qint64 deadline = m_at.transport()->nowMs() + timeoutMs;
    while (m_at.transport()->nowMs() < deadline) {
        bool complete = false;
        const QByteArray b = m_at.readData(int(deadline - m_at.transport()->nowMs()), 0, &complete);
        if (b.contains(DC1))
            return true;
        if (b.isEmpty() && !complete)
            break;
    }
    return false;
}

void Class2Driver::abortSession()
{
    const QByteArray cmd = name("AT+FKS", "AT+FK");
    const auto r = command(cmd, PhaseTimeoutMs / 3);
    if (r)
        scan(r->lines);
    if (!r || !r->ok())
        m_at.hangUp();
}

void Class2Driver::finishCall(bool modemFailed)
{
    if (modemFailed) {
        m_at.hangUp();
        return;
    }
    const auto r = command("ATH0", m_config.commandTimeoutMs);
    if (!r || !r->ok())
        m_at.hangUp();
}

CallOutcome Class2Driver::send(const SendSpec &spec, const ModemCallHooks &hooks)
{
    const QString &number = spec.number;
    const FaxResolution resolution = spec.resolution;
    m_abort = hooks.abort;
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
    int page = 0;
    int resends = 0;
    auto hungUp = [&](const QString &value) {
        finishCall(false);
        const int code = hangupCode(value, m_variant);
        CallOutcome o = hangupOutcome(code, QString::fromLatin1(name("+FHS:", "+FHNG:")) + value,
                                      number, device);
        o.pagesConfirmed = confirmed;
        if (code == 0)
            o.message = QCoreApplication::translate(
                            "Fax", "The fax call to %1 on %2 ended after %3 confirmed pages before "
                                   "all were sent (%4)")
                            .arg(number, device)
                            .arg(confirmed)
                            .arg(QString::fromLatin1(name("+FHS:", "+FHNG:")) + value);
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

    for (;;) {
        if (aborted())
            return stopped();
        const QByteArray fdt = name("AT+FDT", "AT+FDT");
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
                                   .arg(page + 1)
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
        PageEnd end = PageEnd::LastPage;
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
                   .arg(page + 1)
                   .arg(m_params->rate.name()));
        const QByteArray line = m_config.class2ReversedBitOrder ? T30::reverseBits(*data) : *data;
        note(QStringLiteral("<data %1 octets>").arg(line.size()));
        if (Result w = m_at.writeRaw(Class1Driver::dleStuff(line) + QByteArray(1, DLE) +
                                     QByteArray(1, ETX));
            !w)
            return modemFailed(w.error().message);
        const int transmitMs =
            int(qint64(line.size()) * 8 * 1000 / qMax(2400, m_params->rate.bitsPerSecond));
        const auto done = m_at.waitResult(PhaseTimeoutMs + 2 * transmitMs, fdt);
        if (!done)
            return modemFailed(done.error().message);
        for (const QString &l : done->lines)
            note(l);
        note(done->text);
        if (const Reports r = scan(done->lines); r.hangup)
            return hungUp(*r.hangup);
        if (!done->ok())
            return modemFailed(
                QCoreApplication::translate("Fax", "Modem on %1 ended the data of page %2 with %3")
                    .arg(device)
                    .arg(page + 1)
                    .arg(done->text));
        const int ppm = end == PageEnd::MorePages ? 0 : end == PageEnd::NewDocument ? 1 : 2;
        const QByteArray fet = "AT+FET=" + QByteArray::number(ppm);
        const auto e = command(fet, PhaseTimeoutMs + 2 * transmitMs, true);
        if (!e)
            return modemFailed(e.error().message);
        const Reports pr = scan(e->lines);
        // Only +FPS:1 (MCF) or 3 (RTP) counts a page as delivered; no report counts nothing.
        const int ppr = pr.ppr.value_or(0);
        if (ppr == 1 || ppr == 3) {
            // MCF, or RTP: the page was received; the next one goes after retraining.
            ++confirmed;
            resends = 0;
            report(DeviceStatus::Sending, confirmed,
                   QCoreApplication::translate("Fax", "page %1 confirmed").arg(page + 1));
        }
        if (pr.hangup && (ppm != 2 || confirmed < page + 1 || hangupCode(*pr.hangup, m_variant)))
            return hungUp(*pr.hangup);
        // A Class 2.0 modem may end a negative page status (RTN, PIN) with ERROR.
        const bool negative = ppr == 2 || ppr == 4;
        if (!e->ok() && !(negative && e->code == AtResponse::Code::Error))
            return modemFailed(
                QCoreApplication::translate("Fax", "Modem on %1 answered %2 for page %3 with %4")
                    .arg(device, QString::fromLatin1(fet))
                    .arg(page + 1)
                    .arg(e->text));
        if (ppr == 2) {
            // RTN: the far end could not read the page; send it again after retraining.
            note(QStringLiteral("<page %1 rejected (RTN)>").arg(page + 1));
            if (++resends > MaxResends) {
                abortSession();
                finishCall(false);
                CallOutcome o =
                    fail(DeviceStatus::Disconnected,
                         QCoreApplication::translate(
                             "Fax", "%1 rejected page %2 %3 times (RTN): the line is too "
                                    "poor")
                             .arg(number)
                             .arg(page + 1)
                             .arg(resends));
                o.pagesConfirmed = confirmed;
                return o;
            }
            report(DeviceStatus::Sending, confirmed,
                   QCoreApplication::translate("Fax", "page %1 rejected by %2, sending it again")
                       .arg(page + 1)
                       .arg(number));
            continue;
        }
        if (ppr == 4 || ppr == 5) {
            // PIN/PIP: the far end wants an operator; we have none.
            if (ppr == 5)
                ++confirmed;
            abortSession();
            finishCall(false);
            CallOutcome o =
                fail(DeviceStatus::Disconnected,
                     QCoreApplication::translate(
                         "Fax", "%1 asked for an operator (%2) after page %3: the call was ended")
                         .arg(number, ppr == 4 ? QStringLiteral("PIN") : QStringLiteral("PIP"))
                         .arg(page + 1));
            o.pagesConfirmed = confirmed;
            return o;
        }
        if (ppr != 1 && ppr != 3)
            return modemFailed(QCoreApplication::translate(
                                   "Fax",
                                   "Modem on %1 reported no or an unknown page status (%2) for "
                                   "page %3: the page is not counted as sent")
                                   .arg(device)
                                   .arg(ppr)
                                   .arg(page + 1));
        if (ppm == 2)
            break;
        ++page;
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

T30::Outcome Class2Driver::receive(const QString &csid, const ModemCallHooks &hooks)
{
    m_abort = hooks.abort;
    Outcome out;
    const QString device = m_at.device();
    if (Result r = initialize(true, csid, FaxResolution::Fine, m_config.capabilities); !r) {
        out.message = r.error().message;
        return out;
    }
    note(QStringLiteral("ATA"));
    m_at.setAbortFlag(hooks.abort);
    const auto a = m_at.command("ATA", m_config.answerTimeoutMs);
    m_at.setAbortFlag(nullptr);
    if (!a) {
        m_at.hangUp();
        out.message = a.error().message;
        return out;
    }
    for (const QString &l : a->lines)
        note(l);
    note(a->text);
    const Reports answered = scan(a->lines);
    out.remoteId = m_remoteId;
    auto ended = [&](const QString &value) {
        finishCall(false);
        const int code = hangupCode(value, m_variant);
        out.remoteId = m_remoteId;
        out.success = code == 0 && out.pages > 0;
        if (out.success)
            out.message = QCoreApplication::translate("Fax", "Received %1 pages on %2")
                              .arg(out.pages)
                              .arg(device);
        else
            out.message = QCoreApplication::translate("Fax", "The call on %1 ended with %2: %3")
                              .arg(device, QString::fromLatin1(name("+FHS:", "+FHNG:")) + value,
                                   hangupText(code));
        return out;
    };
    if (answered.hangup)
        return ended(*answered.hangup);
    if (!a->ok() || !answered.connected) {
        m_at.hangUp();
        out.message = QCoreApplication::translate(
                          "Fax", "The modem on %1 answered the call with %2 instead of a fax "
                                 "connection")
                          .arg(device, a->text);
        return out;
    }
    auto failed = [&](const QString &message) {
        m_at.hangUp();
        out.success = false;
        out.remoteId = m_remoteId;
        out.message =
            aborted() ? QCoreApplication::translate("Fax", "Receiving on %1 stopped after %2 pages")
                            .arg(device)
                            .arg(out.pages)
                      : message;
        return out;
    };
    int index = 0;
    for (;;) {
        if (aborted()) {
            abortSession();
            finishCall(false);
            out.success = false;
            out.remoteId = m_remoteId;
            out.message =
                QCoreApplication::translate("Fax", "Receiving on %1 stopped after %2 pages")
                    .arg(device)
                    .arg(out.pages);
            return out;
        }
        const auto r = command("AT+FDR", PhaseTimeoutMs, true);
        if (!r)
            return failed(r.error().message);
        const Reports rep = scan(r->lines);
        if (rep.hangup)
            return ended(*rep.hangup);
        if (r->code != AtResponse::Code::Connect)
            return failed(QCoreApplication::translate("Fax", "Modem on %1 answered AT+FDR with %2")
                              .arg(device, r->text));
        if (!m_params) {
            note(QStringLiteral("<no +FCS before the page: assuming MH, fine>"));
            SessionParams p;
            p.resolution = FaxResolution::Fine;
            m_params = p;
        }
        // The host is ready: the modem may send the page now.
        (void)m_at.writeRaw(QByteArray(1, DC2));
        bool complete = false;
        QByteArray data = m_at.readData(15 * 60 * 1000, 64 * 1024 * 1024, &complete);
        note(QStringLiteral("<received %1 octets>").arg(data.size()));
        if (!complete)
            return failed(QCoreApplication::translate(
                              "Fax", "The page data from the modem on %1 did not end (page %2, %3 "
                                     "octets)")
                              .arg(device)
                              .arg(index + 1)
                              .arg(data.size()));
        const auto s = m_at.waitResult(PhaseTimeoutMs, "AT+FDR");
        if (!s)
            return failed(s.error().message);
        for (const QString &l : s->lines)
            note(l);
        note(s->text);
        const Reports after = scan(s->lines);
        if (m_config.class2ReversedBitOrder)
            data = T30::reverseBits(data);
        const int ppr = after.ppr.value_or(1);
        if (ppr == 2) {
            // The modem asked for the page again (RTN): the sender resends it.
            note(QStringLiteral("<page %1 bad: RTN>").arg(index + 1));
        } else if (!data.isEmpty()) {
            if (hooks.deliverPage)
                hooks.deliverPage(index, data, *m_params);
            ++out.pages;
            ++index;
            if (hooks.progress)
                hooks.progress(
                    DeviceStatus::Receiving, out.pages,
                    QCoreApplication::translate("Fax", "received page %1").arg(out.pages));
        }
        if (after.hangup)
            return ended(*after.hangup);
        if (!s->ok())
            return failed(QCoreApplication::translate("Fax", "Modem on %1 ended page %2 with %3")
                              .arg(device)
                              .arg(index + 1)
                              .arg(s->text));
    }
}

} // namespace Fax
