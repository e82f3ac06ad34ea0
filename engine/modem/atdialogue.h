// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "modem/modemtransport.h"

#include <QByteArray>
#include <QStringList>

#include <atomic>

namespace Fax {

/// A modem's final answer to a command.
struct AtResponse
{
    enum class Code { Ok, Connect, Error, NoCarrier, Busy, NoDialTone, NoAnswer, FcError };
    Code code = Code::Ok;
    QStringList lines; ///< information text before the result code (ATI, +FCLASS=? ...)
    QString text;      ///< the result line as received ("CONNECT 14400")

    bool ok() const { return code == Code::Ok; }
};

/// The name of a result code as the modem says it ("NO CARRIER").
QString resultCodeText(AtResponse::Code code);

/// The command/response dialogue with a Hayes-style modem (verbose result codes, ATV1): sends a
/// command, collects information lines and waits for the final result code, skipping the echo
/// and unsolicited RINGs. After CONNECT the bytes that follow are data (see readData()).
class AtDialogue final
{
public:
    explicit AtDialogue(ModemTransport *transport);
    Q_DISABLE_COPY_MOVE(AtDialogue)

    ModemTransport *transport() const { return m_transport; }
    QString device() const { return m_transport->deviceName(); }

    /// Sends command + CR and waits up to timeoutMs for the final result code. An error (kind
    /// Connection) when the modem stays silent, sends unreadable data or the port fails; a
    /// result code such as ERROR or BUSY is a response, not an error.
    Expected<AtResponse> command(const QByteArray &command, int timeoutMs = 3000);
    /// Like command(), but anything other than OK is an error naming the command and answer.
    Result expectOk(const QByteArray &command, int timeoutMs = 3000);
    /// Waits for a final result code without sending anything (after data, after ATD/ATA).
    /// what names the command for messages. When it fails, *partial (if given) gets the
    /// information lines that did come: a report is evidence even without its result code.
    Expected<AtResponse> waitResult(int timeoutMs, const QByteArray &what,
                                    QStringList *partial = nullptr);

    /// Sends raw bytes (data after CONNECT, or one byte that cancels +FRH/+FRM).
    Result writeRaw(const QByteArray &data);
    /// Reads DLE-framed data after CONNECT up to and including <DLE><ETX>, un-stuffed. ok is
    /// false (with the data so far) when timeoutMs pass without the end, or more than maxBytes
    /// arrive. Bytes after <DLE><ETX> stay buffered for the result code that follows.
    QByteArray readData(int timeoutMs, int maxBytes, bool *ok);

    /// Waits up to timeoutMs for an unsolicited RING (an incoming call); true if one came.
    bool waitForRing(int timeoutMs);
    /// Unsolicited RINGs seen since the last call of takeRings().
    int takeRings();
    /// The caller ID the modem reported with the current call's RINGs (number, then the name in
    /// parentheses when there is one); empty when none came.
    QString callerId() const { return m_callerId; }
    /// Asks the modem to report caller ID with the RINGs (AT+VCID=1, else AT#CID=1). Optional:
    /// false when the modem knows neither (it answered ERROR), never an error.
    bool enableCallerId(int timeoutMs = 3000);
    /// A RING or caller-ID line this long after the previous one belongs to a new call: the
    /// caller ID of the old call is forgotten then (and on hangUp()).
    static constexpr qint64 CallGapMs = 10 * 1000;

    /// Hangs up by dropping DTR for dropMs, then ATH0 (some modems ignore DTR).
    void hangUp(int dropMs = 500);
    /// Brings back a modem that stopped answering: DTR drop, reset, init commands. Fails naming
    /// the step that got no OK.
    Result recover(const QByteArray &resetCommand, const QList<QByteArray> &initCommands,
                   int timeoutMs = 3000);
    /// Sends each init command and wants OK for each.
    Result initialize(const QList<QByteArray> &initCommands, int timeoutMs = 3000);

    /// While set, waits give up (with an error) within a quarter second of *flag turning true:
    /// a user's cancel reaches a modem that is dialling or ringing.
    void setAbortFlag(const std::atomic_bool *flag) { m_abort = flag; }
    bool abortRequested() const { return m_abort && m_abort->load(); }

    /// Forgets buffered input (before a command that must not see stale answers).
    void discardInput();

private:
    bool takeLine(QByteArray *line);
    void noteRing();
    bool takeCallerIdLine(const QByteArray &line);
    void newCallSignal();
    void composeCallerId();
    void fill(int waitMs);

    ModemTransport *m_transport;
    QByteArray m_buffer;
    bool m_dropLf = false;
    int m_rings = 0;
    QString m_callerId;
    QString m_callerNumber; // as reported: digits, or "O"/"P" for out of area/private
    QString m_callerName;
    qint64 m_lastCallSignalMs = -1; // the latest RING or caller-ID line
    const std::atomic_bool *m_abort = nullptr;
};

} // namespace Fax
