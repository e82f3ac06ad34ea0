// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/class2driver.h"

#include "modem/class2driver_p.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClass2, "fax.modem.class2", QtWarningMsg)

namespace Fax {

using namespace T30;

using namespace Class2Detail;

namespace {

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

// The first number of a parameter's value ("+FBO: 1", "1"); nullopt when there is none.
std::optional<int> firstValue(const QStringList &lines)
{
    for (const QString &line : lines) {
        const QString value =
            line.contains(QLatin1Char(':')) ? line.section(QLatin1Char(':'), 1) : line;
        bool ok = false;
        const int v = value.section(QLatin1Char(','), 0, 0).trimmed().toInt(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
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
    // Page data goes in the order the modem says it uses: some keep a reversed order whatever
    // they were told (+FBO bit 0 is phase C data; bit 1, HDLC frames, never reaches us).
    m_reversed = bitOrder != 0;
    if (const auto q = command(name("AT+FBO?", "AT+FBOR?"), m_config.commandTimeoutMs);
        q && q->ok()) {
        if (const auto v = firstValue(q->lines); v && ((*v & 1) != 0) != m_reversed) {
            note(QStringLiteral("<the modem keeps bit order %1: page data follows it>").arg(*v));
            m_reversed = (*v & 1) != 0;
        }
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
        if (m_reversed)
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
