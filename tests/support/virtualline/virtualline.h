// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The virtual fax line: spandsp T.31 Class 1 modems on pseudo-terminals whose far end is either
// spandsp's T.30 fax terminal or a second T.31 modem. No Qt: it is a plain test tool.

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

struct t31_state_s;
struct fax_state_s;
struct awgn_state_s;

namespace Fax::VirtualLine {

constexpr int kSampleRate = 8000;
constexpr int kSamplesPerTick = 160; // 20 ms of audio at 8 kHz

/// What the far end of a modem-to-terminal line does.
enum class TerminalRole { Receive, Send };

/// A simulated failure of the telephone network or the far end.
enum class LineFailure { None, Busy, NoAnswer, NoDialTone };

/// Where Class 2/2.0 modems differ in what they volunteer after a page sent (the --class 2|2.0
/// modem's switches). Each value is taken from a specification or a named modem family.
struct Class2Variant
{
    /// How the far end's answer to a page reaches the host.
    enum class PageStatus {
        /// +FPS:/+FPTS:<ppr> before the final result: EIA/TIA-592 (+FPTS: in execution of
        /// +FET), and the Class 2.0 modems HylaFAX's and efax's parsers expect it from.
        Report,
        /// T.32 as written: no report; OK for MCF, RTP and PIP, ERROR for RTN and PIN, and the
        /// code in the +FPS parameter for AT+FPS? (AT+FPTS? in Class 2).
        Result,
        /// As Result, but AT+FPS? answers ERROR: the modems HylaFAX's Class 2.0 driver says
        /// "don't support +FPS?" (its Class2PTSQueryCmd: none).
        ResultNoQuery
    };
    /// How the host ends a page's data.
    enum class PageEnd {
        Both, ///< either way (what this modem always took)
        /// T.32: <DLE> followed by the post-page message ("," MPS, ";" EOM, "." EOP); +FET is
        /// no command, and <DLE><ETX> ends the data as the end of the document.
        Dle,
        /// EIA/TIA-592: <DLE><ETX>, OK, then AT+FET=<ppm>; other <DLE> pairs are ignored.
        Fet
    };
    /// When the hang-up report comes after the last page.
    enum class HangupReport {
        /// T.32 / EIA/TIA-592: +FHS:/+FHNG: as an intermediate result, followed by the OK.
        BeforeOk,
        /// OK as soon as the far end confirmed the last page, +FHS:/+FHNG: on its own once the
        /// call is cleared: the order efax allows for (it ends with +FKS when no hang-up came
        /// with the last page) and HylaFAX's Class 2.0 driver returns on.
        AfterOk
    };
    PageStatus pageStatus = PageStatus::Report;
    PageEnd pageEnd = PageEnd::Both;
    HangupReport hangupReport = HangupReport::BeforeOk;
    /// Between a page's report and its final result: the Xircom modems HylaFAX's Class 2
    /// driver describes (a delay between +FPTS and OK; a command sent into it fails).
    int okDelayMs = 0;
    /// Class 2.0 numbers (hang-up codes, line counts) in decimal rather than T.32's
    /// hexadecimal: HylaFAX reads Class 2.0 reports as decimal unless Class2UseHex is set,
    /// which its configuration sets for Multi-Tech modems. Class 2 is decimal anyway.
    bool decimal = false;
};

/// Everything the command line can configure.
struct Options
{
    bool backToBack = false;
    std::vector<std::string> ptyLinks;
    TerminalRole role = TerminalRole::Receive;
    std::string sendFile;
    std::string receiveFile = "virtualline-rx.tif";
    bool ecm = false;
    int modems = 0; // T30_SUPPORT_* bits; 0 = all
    std::string ident = "+1 555 0100";
    int answerDelayRings = 0;
    double ringPeriodSeconds = 2.0;
    bool noise = false;
    double noiseDbm0 = -99.0;
    int delayMs = 60; // one-way line latency
    LineFailure failure = LineFailure::None;
    int hangupAfterPages = 0;   // 0 = never
    int hangupDuringPage = 0;   // 0 = never; N: the far end drops the line during page N's image
    std::string callerIdNumber; // --caller-id NUMBER[,NAME]: reported with the RINGs (+VCID)
    std::string callerIdName;
    double timeoutSeconds = 300.0;
    bool once = true;
    int verbose = 0;
    int serviceClass = 1; // --class: 1 (spandsp T.31), 2 (EIA/TIA-592) or 20 (T.32 Class 2.0)
    Class2Variant class2; // --page-status, --page-end, --hangup-report, --ok-delay, --numbers
};

/// A pseudo-terminal whose slave is reachable through a symlink, like /dev/ttyS0.
class Pty final
{
public:
    Pty() = default;
    ~Pty();
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    /// Creates the pty and the symlink; returns an error text or an empty string.
    std::string open(const std::string &link);
    int master() const { return m_master; }
    const std::string &link() const { return m_link; }

private:
    int m_master = -1;
    int m_slaveKeeper = -1; // keeps the line up while the host closes and reopens the slave
    std::string m_link;
};

class Line;
class Class2Modem;

/// One spandsp T.31 Class 1 modem bound to a pty master.
class Modem final
{
public:
    Modem(Line *line, int index, const std::string &link, int verbose, int serviceClass = 1,
          const Class2Variant &class2 = Class2Variant{});
    ~Modem();
    Modem(const Modem &) = delete;
    Modem &operator=(const Modem &) = delete;

    std::string open();
    int index() const { return m_index; }
    const std::string &link() const { return m_pty.link(); }

    /// Moves bytes between the host and the modem: flushes pending output, reads while CTS is on.
    void serviceHost();
    void rx(int16_t *amp, int len);
    int tx(int16_t *amp, int len);
    void callEvent(int event);
    /// The caller ID the modem reports before its first RING (when the host sent AT+VCID=1).
    void setCallerId(const std::string &number, const std::string &name);

    double lastHostInput() const { return m_lastHostInput; }
    bool hostSeen() const { return m_hostSeen; }

    // spandsp callbacks
    int writeToHost(const uint8_t *buf, size_t len);
    int modemControl(int op, const char *num);

private:
    void flushToHost();

    Line *m_line;
    int m_index;
    int m_verbose;
    std::string m_requestedLink;
    std::string m_tag;
    Pty m_pty;
    t31_state_s *m_t31 = nullptr;
    bool m_cts = true;
    std::string m_pendingOut;
    double m_lastHostInput = 0;
    bool m_hostSeen = false;
    int m_serviceClass = 1;
    Class2Variant m_class2Variant;
    std::unique_ptr<Class2Modem> m_class2; // the Class 2/2.0 modem instead of T.31, if any
};

/// Outcome of one call, printed as the machine-readable result line.
struct CallResult
{
    std::string result = "none";
    int pagesTx = 0;
    int pagesRx = 0;
    int code = -1;
    std::string text;
    bool ecm = false;
    std::string compression;
    int rate = 0;
    std::string remoteIdent;
    double seconds = 0;
};

/// The telephone line: call progress, audio cross-connection and the far end.
class Line final
{
public:
    explicit Line(const Options &options);
    ~Line();
    Line(const Line &) = delete;
    Line &operator=(const Line &) = delete;

    std::string open();
    /// Runs 20 ms ticks until the call is over (modem-to-terminal or --once), a timeout or stop.
    int run(const volatile int *stopFlag);

    double now() const;

    // Events from the modems (deferred to the next tick where they change call state)
    void onDial(Modem *modem, const std::string &number);
    void onAnswer(Modem *modem);
    void onHangup(Modem *modem);

    // Events from the fax terminal
    void onTerminalPage();
    void onTerminalDone(int completionCode);

private:
    enum class State { Idle, Dialing, Ringing, Connected, Draining, HangingUp };

    void tick();
    void exchangeAudio();
    void delayLine(std::deque<int16_t> &fifo, int16_t *samples);
    void resetDelay();
    void startTerminal(bool calling);
    void stopTerminal();
    void finishCall(const std::string &result);
    void printResult(const CallResult &result);
    Modem *other(Modem *modem);

    Options m_options;
    std::vector<std::unique_ptr<Modem>> m_modems;
    fax_state_s *m_fax = nullptr;
    awgn_state_s *m_noise[2] = {nullptr, nullptr};
    std::deque<int16_t> m_delayAtoB;
    std::deque<int16_t> m_delayBtoA;
    State m_state = State::Idle;
    Modem *m_caller = nullptr;
    Modem *m_callee = nullptr; // null when the far end is the fax terminal
    Modem *m_hungUp = nullptr;
    double m_stateSince = 0;
    double m_nextRing = 0;
    int m_rings = 0;
    double m_callStart = 0;
    double m_start = 0;
    int m_pagesThisCall = 0;
    double m_carrierSince = -1; // start of the unbroken signal on the line now, -1 in a pause
    bool m_terminalDone = false;
    bool m_finished = false;
    int m_exitCode = 0;
    CallResult m_result;
    std::string m_pendingDial;
    Modem *m_pendingDialer = nullptr;
    Modem *m_pendingAnswer = nullptr;
    Modem *m_pendingHangup = nullptr;
};

} // namespace Fax::VirtualLine
