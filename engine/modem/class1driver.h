#pragma once

#include "modem/atdialogue.h"
#include "modem/serialtransport.h"
#include "core/faxline.h"
#include "t30/t30session.h"

#include <QMap>

#include <atomic>
#include <functional>

namespace Fax {

/// The settings of one modem port.
struct ModemConfig
{
    SerialConfig serial;
    QByteArray resetCommand = "ATZ";
    QList<QByteArray> initCommands = {"ATE0V1Q0", "AT+FCLASS=1"};
    QByteArray dialCommand = "ATDT";
    int commandTimeoutMs = 3000;
    int dialTimeoutMs = 90000; ///< ATD until CONNECT (the far end must answer and send flags)
    int answerTimeoutMs = 40000;
    T30::Capabilities capabilities = defaultCapabilities();
    /// The fax service class the line drives: "1", "2", "2.0", or "auto" (asks AT+FCLASS=? and
    /// takes 1, else 2.0, else 2). Class1Driver ignores it; the line picks the driver by it.
    QString modemClass = QStringLiteral("1");
    /// Class 2/2.0 only: page data crosses the serial line MSB-first (+FBO=1 / +FBOR=1) for
    /// modems whose "direct" order is broken; the driver reverses the bits itself.
    bool class2ReversedBitOrder = false;

    /// V.17/V.29/V.27ter, fine and superfine, MH/MR/MMR, ECM: what a Class 1 modem and our
    /// coder can do together.
    static T30::Capabilities defaultCapabilities();
};

/// What a dial string may hold of a number (digits, '+' first, , W * # P ! @); spaces, dashes and
/// brackets are for people.
QByteArray dialDigits(const QString &number);

/// Map the result of ATD that is not CONNECT to what the job records.
CallOutcome dialOutcome(AtResponse::Code code, const QString &number, const QString &device);

/// Hooks the driver calls on the port thread while a call runs.
struct Class1Hooks
{
    /// Sender: the coded page (LSB-first, as the line carries it) for the DCS in force.
    std::function<Expected<QByteArray>(int page, const T30::SessionParams &, T30::PageEnd *end)>
        pageData;
    /// Receiver: a page arrived.
    std::function<void(int page, const QByteArray &data, const T30::SessionParams &)> deliverPage;
    std::function<void(DeviceStatus status, int pages, const QString &text)> progress;
    const std::atomic_bool *abort = nullptr;
};

/// Drives a T.30 session over a Class 1 (T.31) modem: executes the session's actions as AT
/// commands (+FTH/+FRH for V.21 HDLC frames, +FTM/+FRM for TCF and page data, +FTS/+FRS for
/// the silences between them) and feeds what the modem reports back as events. Blocking; runs
/// on the port's thread.
class Class1Driver final
{
public:
    Class1Driver(AtDialogue &at, const ModemConfig &config);
    Q_DISABLE_COPY_MOVE(Class1Driver)

    /// Initialises the modem (recovering it once if it does not answer), dials, runs the
    /// sender to the end and hangs up.
    CallOutcome send(const QString &number, T30::T30Sender &session, const Class1Hooks &hooks);
    /// Answers (ATA) and runs the receiver to the end.
    T30::Outcome receive(T30::T30Receiver &session, const Class1Hooks &hooks);
    /// Runs a connected session: after ATD's CONNECT the modem is receiving HDLC (as after
    /// +FRH=3), after ATA's CONNECT it is transmitting HDLC (as after +FTH=3).
    T30::Outcome run(T30::T30Session &session, const Class1Hooks &hooks, bool answered);

    /// Bytes as Class 1 sends them: every DLE doubled.
    static QByteArray dleStuff(const QByteArray &data);
    /// The AT dialogue in order, for logs and tests ("AT+FTH=3", "<frame DCS>", "CONNECT").
    const QStringList &log() const { return m_log; }

private:
    enum class Last { None, Receive, TransmitV21, TransmitHighSpeed };
    Result initialize();
    Result sendFrames(const QList<T30::Frame> &frames);
    Result sendHighSpeed(const T30::Rate &rate, const QByteArray &data, bool shortTrain);
    Result prepareTransmit(Last mode);
    T30::Event receiveFrame();
    T30::Event receiveHighSpeed(const T30::Action &action);
    void cancelReceive();
    bool nextDeadline(T30::Timer *timer, qint64 *deadline) const;
    bool aborted() const;
    void note(const QString &line);
    Error modemError(const QString &what) const;

    AtDialogue &m_at;
    ModemConfig m_config;
    QMap<T30::Timer, qint64> m_deadlines;
    Last m_last = Last::None;
    bool m_implicitReceive = false;
    bool m_implicitTransmit = false;
    bool m_sawFrame = false;
    QString m_lineFailure; // set by receiveFrame() when the modem has lost the call
    const std::atomic_bool *m_abort = nullptr;
    QStringList m_log;
};

} // namespace Fax
