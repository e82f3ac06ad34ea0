// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/atdialogue.h"

#include <QCoreApplication>

#include <optional>

namespace Fax {

namespace {

constexpr char DLE = 0x10;
constexpr char ETX = 0x03;
constexpr char SUB = 0x1A;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

QString printable(const QByteArray &command)
{
    QByteArray c = command;
    while (c.endsWith('\r') || c.endsWith('\n'))
        c.chop(1);
    return QString::fromLatin1(c);
}

bool isReadable(const QByteArray &line)
{
    for (const char ch : line) {
        const auto u = static_cast<unsigned char>(ch);
        if ((u < 0x20 && u != '\t') || u >= 0x7F)
            return false;
    }
    return true;
}

} // namespace

QString resultCodeText(AtResponse::Code code)
{
    switch (code) {
    case AtResponse::Code::Ok:
        return QStringLiteral("OK");
    case AtResponse::Code::Connect:
        return QStringLiteral("CONNECT");
    case AtResponse::Code::Error:
        return QStringLiteral("ERROR");
    case AtResponse::Code::NoCarrier:
        return QStringLiteral("NO CARRIER");
    case AtResponse::Code::Busy:
        return QStringLiteral("BUSY");
    case AtResponse::Code::NoDialTone:
        return QStringLiteral("NO DIALTONE");
    case AtResponse::Code::NoAnswer:
        return QStringLiteral("NO ANSWER");
    case AtResponse::Code::FcError:
        return QStringLiteral("+FCERROR");
    }
    return {};
}

AtDialogue::AtDialogue(ModemTransport *transport) : m_transport(transport) {}

void AtDialogue::fill(int waitMs)
{
    QByteArray data = m_transport->read(waitMs);
    if (data.isEmpty())
        return;
    if (m_dropLf && data.startsWith('\n'))
        data.remove(0, 1);
    m_dropLf = false;
    m_buffer += data;
}

bool AtDialogue::takeLine(QByteArray *line)
{
    int start = 0;
    while (start < m_buffer.size() && (m_buffer.at(start) == '\r' || m_buffer.at(start) == '\n'))
        ++start;
    int end = start;
    while (end < m_buffer.size() && m_buffer.at(end) != '\r' && m_buffer.at(end) != '\n')
        ++end;
    if (end >= m_buffer.size()) {
        m_buffer.remove(0, start);
        return false;
    }
    *line = m_buffer.mid(start, end - start).trimmed();
    int consumed = end + 1;
    if (m_buffer.at(end) == '\r') {
        if (consumed < m_buffer.size() && m_buffer.at(consumed) == '\n')
            ++consumed;
        else if (consumed == m_buffer.size())
            m_dropLf = true; // the LF of this CR LF is still on its way
    }
    m_buffer.remove(0, consumed);
    return true;
}

void AtDialogue::discardInput()
{
    fill(0);
    QByteArray line;
    while (takeLine(&line)) {
        if (line == "RING")
            noteRing();
        else
            takeCallerIdLine(line);
    }
    m_buffer.clear();
}

void AtDialogue::newCallSignal()
{
    const qint64 now = m_transport->nowMs();
    if (m_lastCallSignalMs >= 0 && now - m_lastCallSignalMs > CallGapMs) {
        m_callerNumber.clear();
        m_callerName.clear();
        m_callerId.clear();
    }
    m_lastCallSignalMs = now;
}

void AtDialogue::noteRing()
{
    newCallSignal();
    ++m_rings;
}

// Caller ID as modems report it between RINGs: "NMBR = 5551234" (also without spaces),
// "NAME = JOHN DOE", "DATE = 1126", "TIME = 0915", "DDN_NMBR = ...", "CALLER NUMBER: ...",
// and "MESG = <hex>" carrying undecoded MDMF parameters. "O" and "P" stand for out of area and
// private. Lines that only look alike (an ATI "Date: 2003-05-01") are not taken.
bool AtDialogue::takeCallerIdLine(const QByteArray &line)
{
    qsizetype sep = line.indexOf('=');
    const qsizetype colon = line.indexOf(':');
    const bool colonForm = sep < 0 || (colon >= 0 && colon < sep);
    if (colonForm)
        sep = colon;
    if (sep <= 0)
        return false;
    const QByteArray key = line.left(sep).simplified().toUpper();
    const QString value = QString::fromLatin1(line.mid(sep + 1)).trimmed();
    auto allDigits = [&] {
        if (value.isEmpty())
            return false;
        for (const QChar c : value) {
            if (!c.isDigit())
                return false;
        }
        return true;
    };
    enum class Field { Number, DialableNumber, Name, Stamp, Message };
    Field field;
    if (key == "CALLER NUMBER" || (!colonForm && key == "NMBR"))
        field = Field::Number;
    else if (!colonForm && (key == "DDN_NMBR" || key == "DDN"))
        field = Field::DialableNumber;
    else if (key == "CALLER NAME" || (!colonForm && key == "NAME"))
        field = Field::Name;
    else if (!colonForm && (key == "DATE" || key == "TIME") && allDigits())
        field = Field::Stamp;
    else if (!colonForm && key == "MESG")
        field = Field::Message;
    else
        return false;
    newCallSignal();
    switch (field) {
    case Field::Number:
        m_callerNumber = value;
        break;
    case Field::DialableNumber:
        if (m_callerNumber.isEmpty())
            m_callerNumber = value;
        break;
    case Field::Name:
        m_callerName = value;
        break;
    case Field::Stamp:
        break;
    case Field::Message: {
        // MDMF parameters (type, length, data): 2 number, 4 why no number, 7 name, 8 why no
        // name. Anything that does not parse as such is left alone.
        const QByteArray raw = QByteArray::fromHex(value.toLatin1());
        if (raw.size() * 2 != value.size())
            break;
        for (qsizetype i = 0; i + 2 <= raw.size();) {
            const auto type = static_cast<unsigned char>(raw.at(i));
            const auto length = static_cast<unsigned char>(raw.at(i + 1));
            if (i + 2 + length > raw.size())
                break;
            const QString data = QString::fromLatin1(raw.mid(i + 2, length)).trimmed();
            if ((type == 0x02 || type == 0x04) && m_callerNumber.isEmpty())
                m_callerNumber = data;
            else if ((type == 0x07 || type == 0x08) && m_callerName.isEmpty())
                m_callerName = data;
            i += 2 + length;
        }
        break;
    }
    }
    composeCallerId();
    return true;
}

void AtDialogue::composeCallerId()
{
    auto shown = [](const QString &v) {
        if (v == QLatin1String("P"))
            return QCoreApplication::translate("Fax", "private");
        if (v == QLatin1String("O"))
            return QCoreApplication::translate("Fax", "unavailable");
        return v;
    };
    const QString number = shown(m_callerNumber);
    const bool nameKnown = !m_callerName.isEmpty() && m_callerName != QLatin1String("P") &&
                           m_callerName != QLatin1String("O") && m_callerName != m_callerNumber;
    if (number.isEmpty())
        m_callerId = nameKnown ? m_callerName : shown(m_callerName);
    else if (nameKnown)
        m_callerId = QStringLiteral("%1 (%2)").arg(number, m_callerName);
    else
        m_callerId = number;
}

bool AtDialogue::enableCallerId(int timeoutMs)
{
    for (const QByteArray &command : {QByteArray("AT+VCID=1"), QByteArray("AT#CID=1")}) {
        const auto r = this->command(command, timeoutMs);
        if (r && r->ok())
            return true;
    }
    return false;
}

bool AtDialogue::waitForRing(int timeoutMs)
{
    const qint64 deadline = m_transport->nowMs() + timeoutMs;
    for (;;) {
        QByteArray line;
        while (takeLine(&line)) {
            if (line == "RING")
                noteRing();
            else
                takeCallerIdLine(line);
        }
        if (m_rings > 0)
            return true;
        const qint64 left = deadline - m_transport->nowMs();
        if (left <= 0 || abortRequested())
            return false;
        fill(int(qMin<qint64>(left, 250)));
    }
}

int AtDialogue::takeRings()
{
    const int rings = m_rings;
    m_rings = 0;
    return rings;
}

Result AtDialogue::writeRaw(const QByteArray &data)
{
    return m_transport->write(data);
}

Expected<AtResponse> AtDialogue::command(const QByteArray &command, int timeoutMs)
{
    discardInput();
    if (Result r = m_transport->write(command + '\r'); !r)
        return r.error();
    return waitResult(timeoutMs, command);
}

Result AtDialogue::expectOk(const QByteArray &command, int timeoutMs)
{
    const auto r = this->command(command, timeoutMs);
    if (!r)
        return r.error();
    if (!r->ok())
        return Error::make(Error::Kind::Connection,
                           QCoreApplication::translate("Fax", "Modem on %1 answered %2 with %3")
                               .arg(device(), printable(command), r->text));
    return {};
}

Expected<AtResponse> AtDialogue::waitResult(int timeoutMs, const QByteArray &what,
                                            QStringList *partial)
{
    const qint64 deadline = m_transport->nowMs() + timeoutMs;
    const QByteArray echo = what.trimmed();
    AtResponse response;
    QByteArray garbage;
    for (;;) {
        QByteArray line;
        while (takeLine(&line)) {
            if (line.isEmpty() || line == echo)
                continue;
            if (line == "RING") {
                noteRing();
                continue;
            }
            if (takeCallerIdLine(line))
                continue;
            using Code = AtResponse::Code;
            std::optional<Code> code;
            if (line == "OK")
                code = Code::Ok;
            else if (line.startsWith("CONNECT"))
                code = Code::Connect;
            else if (line == "ERROR")
                code = Code::Error;
            else if (line == "NO CARRIER")
                code = Code::NoCarrier;
            else if (line == "BUSY")
                code = Code::Busy;
            else if (line == "NO DIALTONE" || line == "NO DIAL TONE")
                code = Code::NoDialTone;
            else if (line == "NO ANSWER")
                code = Code::NoAnswer;
            else if (line.startsWith("+FCERROR"))
                code = Code::FcError;
            if (code) {
                response.code = *code;
                response.text = QString::fromLatin1(line);
                return response;
            }
            if (isReadable(line))
                response.lines.append(QString::fromLatin1(line));
            else
                garbage += line;
        }
        const qint64 left = deadline - m_transport->nowMs();
        if (left <= 0)
            break;
        if (abortRequested()) {
            if (partial)
                *partial = response.lines;
            return Error::make(Error::Kind::Connection,
                               QCoreApplication::translate(
                                   "Fax",
                                   "Stopped waiting for the answer of the modem on %1 to %2: "
                                   "cancelled")
                                   .arg(device(), printable(what)));
        }
        fill(int(qMin<qint64>(left, 250)));
    }
    garbage += m_buffer.left(32);
    if (partial)
        *partial = response.lines;
    const QString cmd = printable(what);
    if (!isReadable(garbage) || (!garbage.isEmpty() && response.lines.isEmpty()))
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate(
                "Fax", "Modem on %1 answered %2 with unreadable data (%3): wrong speed, or "
                       "not a modem")
                .arg(device(), cmd, QString::fromLatin1(garbage.left(16).toHex(' '))));
    if (!response.lines.isEmpty())
        return Error::make(
            Error::Kind::Connection,
            QCoreApplication::translate(
                "Fax", "Modem on %1 did not finish its answer to %2 within %3 s (got \"%4\")")
                .arg(device(), cmd, seconds(timeoutMs), response.lines.join(QLatin1Char(' '))));
    return Error::make(
        Error::Kind::Connection,
        QCoreApplication::translate("Fax", "Modem on %1 did not answer %2 within %3 s")
            .arg(device(), cmd, seconds(timeoutMs)));
}

QByteArray AtDialogue::readData(int timeoutMs, int maxBytes, bool *ok)
{
    const qint64 deadline = m_transport->nowMs() + timeoutMs;
    QByteArray out;
    int i = 0;
    *ok = false;
    for (;;) {
        while (i < m_buffer.size()) {
            const char ch = m_buffer.at(i);
            if (ch != DLE) {
                out.append(ch);
                ++i;
            } else {
                if (i + 1 >= m_buffer.size())
                    break; // the DLE's partner has not arrived yet
                const char next = m_buffer.at(i + 1);
                i += 2;
                if (next == ETX) {
                    m_buffer.remove(0, i);
                    *ok = true;
                    return out;
                }
                if (next == DLE)
                    out.append(DLE);
                else if (next == SUB)
                    out.append(QByteArray(2, DLE));
                // Other <DLE> pairs are modem signals we do not use.
            }
            if (out.size() > maxBytes) {
                m_buffer.remove(0, i);
                return out;
            }
        }
        m_buffer.remove(0, i);
        i = 0;
        const qint64 left = deadline - m_transport->nowMs();
        if (left <= 0)
            return out;
        fill(int(qMin<qint64>(left, 1000)));
    }
}

void AtDialogue::hangUp(int dropMs)
{
    // The call is over: its caller ID is not the next call's.
    m_callerNumber.clear();
    m_callerName.clear();
    m_callerId.clear();
    m_lastCallSignalMs = -1;
    m_transport->setDtr(false);
    m_transport->pause(dropMs);
    m_transport->setDtr(true);
    (void)command("ATH0", 3000);
}

Result AtDialogue::initialize(const QList<QByteArray> &initCommands, int timeoutMs)
{
    for (const QByteArray &c : initCommands) {
        if (Result r = expectOk(c, timeoutMs); !r)
            return r;
    }
    return {};
}

Result AtDialogue::recover(const QByteArray &resetCommand, const QList<QByteArray> &initCommands,
                           int timeoutMs)
{
    m_transport->setDtr(false);
    m_transport->pause(500);
    m_transport->setDtr(true);
    m_transport->pause(200);
    discardInput();
    // A modem stuck in data mode needs the escape, with its guard times, before it listens.
    if (Result r = expectOk(resetCommand, timeoutMs * 2); !r) {
        m_transport->pause(1100);
        (void)m_transport->write("+++");
        m_transport->pause(1100);
        discardInput();
        if (Result again = expectOk(resetCommand, timeoutMs * 2); !again)
            return Error::make(
                Error::Kind::Connection,
                QCoreApplication::translate(
                    "Fax", "Modem on %1 does not respond even after a DTR drop and %2: %3")
                    .arg(device(), printable(resetCommand), again.error().message));
    }
    return initialize(initCommands, timeoutMs);
}

} // namespace Fax
