// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "t30/hdlc.h"
#include "t30/t30capabilities.h"
#include "t30/t30frames.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

/// The T.30 call as pure state machines (phases B to E). A session consumes Events (frames the
/// modem received, training/page results, timer expiries, page data) and answers with Actions
/// that the line driver executes strictly in order: each Send* completes before the next action
/// starts, a StartTimer is armed when it is reached, and a Receive* blocks until its answer
/// (an Event) or a timer's expiry is handed to handle(). No I/O, no clock, no threads.
namespace Fax::T30 {

/// T.30 timers (ms): T1 35 s to find the other terminal, T2 6 s between commands, T4 3 s for a
/// response, T5 60 s of receiver-not-ready.
enum class Timer { T1, T2, T4, T5 };
int timerMs(Timer timer);

/// Octets of zeros that make the 1.5 s TCF at a rate.
int tcfLength(const Rate &rate);
/// Receiver's TCF verdict: the received octets hold an unbroken run of zeros of at least 1 s
/// at the rate (T.30 leaves the criterion to the receiver; 2/3 of the burst tolerates a late
/// carrier detect while a noisy line fails).
bool tcfGood(const QByteArray &received, const Rate &rate);

/// How a page ends, as the sender's driver knows it.
enum class PageEnd { MorePages, NewDocument, LastPage }; // MPS, EOM, EOP

/// Page data in events and actions is in line order: the first coded bit is the LSB of the first
/// octet (T.4/T.6 data from libtiff is MSB-first: convert it with reverseBits()).

/// Something that happened on the line.
struct Event
{
    enum class Kind {
        FrameReceived,   ///< a V.21 frame with good FCS (frame)
        FrameError,      ///< a V.21 frame with a bad FCS or a garbled one
        CarrierMismatch, ///< receiver: V.21 came while high-speed data was expected
        TrainingResult,  ///< receiver: TCF checked (ok)
        PageReceived,    ///< receiver: page carrier ended; data = T.4 data (ok: copy quality
                         ///< acceptable) or the raw ECM HDLC stream; empty if no carrier came
        PageReady,       ///< sender: the requested page's coded data (data, pageEnd)
        Timeout,         ///< timer expired
        Abort            ///< the user wants to stop
    };
    Kind kind = Kind::Timeout;
    Frame frame;
    bool ok = true;
    QByteArray data;
    PageEnd pageEnd = PageEnd::LastPage;
    Timer timer = Timer::T1;

    Event() = default;
    explicit Event(Kind k) : kind(k) {}

    static Event received(const Frame &f)
    {
        Event e{Kind::FrameReceived};
        e.frame = f;
        return e;
    }
    static Event frameError() { return Event{Kind::FrameError}; }
    static Event timeout(Timer t)
    {
        Event e{Kind::Timeout};
        e.timer = t;
        return e;
    }
    static Event training(bool good)
    {
        Event e{Kind::TrainingResult};
        e.ok = good;
        return e;
    }
    static Event pageReceived(const QByteArray &d, bool good = true)
    {
        Event e{Kind::PageReceived};
        e.data = d;
        e.ok = good;
        return e;
    }
    static Event pageReady(const QByteArray &d, PageEnd end)
    {
        Event e{Kind::PageReady};
        e.data = d;
        e.pageEnd = end;
        return e;
    }
};

/// How the call ended.
struct Outcome
{
    bool success = false;
    bool retryable = true; ///< false when a retry cannot help (far end cannot receive)
    int pages = 0;         ///< pages confirmed (sender) or received (receiver)
    QString remoteId;      ///< CSI (sender) or TSI (receiver)
    QString message;       ///< what happened, naming the frame/phase and why
};

/// Something the driver must do.
struct Action
{
    enum class Kind {
        SendFrames,    ///< V.21 HDLC (Class 1 +FTH=3): frames, the last one final
        SendTcf,       ///< 1.5 s of zeros at rate (+FTS=7, +FTM)
        SendPage,      ///< data at rate (+FTM), as is: T.4/T.6 data with RTC, LSB-first, or
                       ///< an ECM burst already HDLC-framed (flags, stuffing, FCS, 3 x RCP)
        ReceiveFrames, ///< listen for V.21 frames (+FRH=3)
        ReceiveTcf,    ///< receive and check TCF at rate; answer with TrainingResult
        ReceivePage,   ///< receive high-speed data at rate (+FRM); answer with PageReceived
        RequestPage,   ///< sender: code page `page` for params; answer with PageReady
        DeliverPage,   ///< receiver: page `page` (data, coded as params) is complete
        PageConfirmed, ///< sender: page `page` confirmed by the far end
        StartTimer,
        StopTimer,
        HangUp,
        Finished ///< outcome; nothing follows
    };
    Action() = default;
    explicit Action(Kind k) : kind(k) {}

    Kind kind = Kind::HangUp;
    QList<Frame> frames;
    Rate rate;
    QByteArray data;
    Timer timer = Timer::T1;
    int page = 0;
    bool ecm = false;
    SessionParams params;
    Outcome outcome;
};

/// One line for logs and tests: "send TSI DCS", "tcf V.17 14400", "listen", "start T4".
QString actionText(const Action &action);

/// Both terminals' common parts: ids, timers, repeats and the final outcome.
class T30Session
{
public:
    virtual ~T30Session() = default;
    /// Begins phase B (after CED/CNG, once the line is connected).
    virtual QList<Action> start() = 0;
    virtual QList<Action> handle(const Event &event) = 0;

    bool finished() const { return m_finished; }
    const Outcome &outcome() const { return m_outcome; }
    /// The DCS in force (valid after phase B).
    const SessionParams &params() const { return m_params; }
    /// Current state name, for logs and tests.
    virtual QString stateName() const = 0;

    /// Commands are sent at most this many times when no valid response comes.
    static constexpr int MaxTries = 3;

protected:
    void finish(QList<Action> &out, bool success, const QString &message, bool sendDcn,
                bool retryable = true);
    static Action timerAction(Action::Kind kind, Timer timer);
    static Action sendFrames(const QList<Frame> &frames);
    static void stopTimer(QList<Action> &out, Timer timer);
    static void listen(QList<Action> &out);
    /// Arms timer and listens for the frames that should come before it expires.
    static void awaitFrames(QList<Action> &out, Timer timer);

    Outcome m_outcome;
    SessionParams m_params;
    bool m_finished = false;
    bool m_x = false; // our X bit
};

/// The calling, sending terminal.
class T30Sender final : public T30Session
{
public:
    /// localId is the TSI; prefs what we can and want to send.
    T30Sender(const QString &localId, const SendPreferences &prefs);

    QList<Action> start() override;
    QList<Action> handle(const Event &event) override;
    QString stateName() const override;

    /// The far end's capabilities (valid after DIS).
    const Capabilities &remoteCapabilities() const { return m_remote; }

private:
    enum class State { Idle, WaitDis, WaitCfr, WaitPage, WaitPostResponse, WaitCtr, WaitErr, Done };
    void onFrame(const Frame &f, QList<Action> &out);
    void onTimeout(Timer t, QList<Action> &out);
    void sendDcsAndTraining(QList<Action> &out);
    void requestPage(QList<Action> &out);
    void sendPage(QList<Action> &out);
    void sendBlock(const QList<int> &frames, QList<Action> &out);
    void sendPostCommand(QList<Action> &out);
    void repeatLastCommand(QList<Action> &out, const QString &what);
    /// The far end asked for our last command again (CRP; DIS when our DCS was lost).
    void repeatAfter(const Frame &response, QList<Action> &out);
    void sendCommand(QList<Action> &out);
    void sendWholeBlock(QList<Action> &out);
    void confirmPage(QList<Action> &out);
    void pageDone(bool confirmed, QList<Action> &out);
    void afterConfirmedPage(QList<Action> &out, bool retrain);
    std::uint8_t postMessageFcf() const;

    QString m_localId;
    SendPreferences m_prefs;
    Capabilities m_remote;
    State m_state = State::Idle;
    int m_tries = 0;
    QList<Frame> m_lastCommand;
    int m_page = 0;         // index of the page being sent
    int m_pageAttempts = 0; // transmissions of the current page (RTN)
    QByteArray m_pageData;
    PageEnd m_pageEnd = PageEnd::LastPage;
    bool m_retrainBeforePage = false;
    // ECM
    QList<EcmBlock> m_blocks;
    int m_block = 0;
    int m_pprCount = 0;
    QList<int> m_resend;
    bool m_t5Running = false;
    int m_garbledBeforeDis = 0; // frames that came while waiting for DIS but failed their FCS
};

/// The called, receiving terminal.
class T30Receiver final : public T30Session
{
public:
    /// localId is the CSI; local what we accept.
    T30Receiver(const QString &localId, const Capabilities &local);

    QList<Action> start() override;
    QList<Action> handle(const Event &event) override;
    QString stateName() const override;

private:
    enum class State { Idle, WaitCommand, WaitTcf, WaitPage, WaitPostPage, WaitDcn, Done };
    void onFrame(const Frame &f, QList<Action> &out);
    void sendDis(QList<Action> &out);
    void respond(const Frame &response, QList<Action> &out);
    void afterPostPage(std::uint8_t command, QList<Action> &out);
    void onPps(const Frame &f, QList<Action> &out);
    void receivePage(QList<Action> &out);
    void waitCommand(QList<Action> &out);
    void deliverPage(QList<Action> &out);
    void resetBlock();
    void absorbEcm(const QByteArray &stream);
    QList<int> missingFrames() const;

    QString m_localId;
    Capabilities m_local;
    State m_state = State::Idle;
    Frame m_lastResponse;
    std::uint8_t m_lastPostCommand = 0;
    bool m_havePageData = false;
    bool m_pageOk = false;
    QByteArray m_pageData;
    bool m_sawEop = false;
    // ECM
    QMap<int, QByteArray> m_ecmFrames;
    int m_blockFrames = -1;
    int m_lastPpsPage = -1;
    int m_lastPpsBlock = -1;
    bool m_lastBlockDone = false;
};

} // namespace Fax::T30
