// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualline.h"

#include "class2modem.h"

#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include <spandsp.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace Fax::VirtualLine {

namespace {

double monotonicSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// spandsp 0.0.6 divides by the sample rate of every logging state it writes to: set all of them.
void prepareLogging(logging_state_t *logging, int verbose, const char *tag)
{
    if (!logging)
        return;
    span_log_set_sample_rate(logging, kSampleRate);
    int level = SPAN_LOG_SHOW_SEVERITY | SPAN_LOG_SHOW_PROTOCOL | SPAN_LOG_SHOW_TAG;
    level |= verbose >= 2   ? SPAN_LOG_FLOW
             : verbose == 1 ? SPAN_LOG_PROTOCOL_WARNING
                            : SPAN_LOG_ERROR;
    span_log_set_level(logging, level);
    span_log_set_tag(logging, tag);
}

void prepareModemsLogging(fax_modems_state_t *modems, int verbose, const char *tag)
{
    prepareLogging(&modems->logging, verbose, tag);
    prepareLogging(v17_rx_get_logging_state(&modems->fast_modems.v17_rx), verbose, tag);
    prepareLogging(v29_rx_get_logging_state(&modems->fast_modems.v29_rx), verbose, tag);
    prepareLogging(v27ter_rx_get_logging_state(&modems->fast_modems.v27ter_rx), verbose, tag);
}

int atTxHandler(at_state_t *, void *user, const uint8_t *buf, size_t len)
{
    return static_cast<Modem *>(user)->writeToHost(buf, len);
}

int modemControlHandler(t31_state_t *, void *user, int op, const char *num)
{
    return static_cast<Modem *>(user)->modemControl(op, num);
}

int phaseDHandler(t30_state_t *, void *user, int)
{
    static_cast<Line *>(user)->onTerminalPage();
    return T30_ERR_OK;
}

void phaseEHandler(t30_state_t *, void *user, int completionCode)
{
    static_cast<Line *>(user)->onTerminalDone(completionCode);
}

// Whether 20 ms of audio carry a modem signal rather than silence.
bool hasSignal(const int16_t *samples)
{
    long sum = 0;
    for (int i = 0; i < kSamplesPerTick; ++i)
        sum += std::abs(int(samples[i]));
    return sum / kSamplesPerTick > 100;
}

int16_t saturate(int value)
{
    return int16_t(value > 32767 ? 32767 : value < -32768 ? -32768 : value);
}

} // namespace

// ---------------------------------------------------------------------------------------------

Pty::~Pty()
{
    if (!m_link.empty()) {
        struct stat st
        {
        };
        if (lstat(m_link.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
            unlink(m_link.c_str());
    }
    if (m_slaveKeeper >= 0)
        close(m_slaveKeeper);
    if (m_master >= 0)
        close(m_master);
}

std::string Pty::open(const std::string &link)
{
    m_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_master < 0)
        return "cannot open a pseudo-terminal: " + std::string(strerror(errno));
    if (grantpt(m_master) != 0 || unlockpt(m_master) != 0)
        return "cannot unlock the pseudo-terminal: " + std::string(strerror(errno));
    char name[128];
    if (ptsname_r(m_master, name, sizeof name) != 0)
        return "cannot name the pseudo-terminal: " + std::string(strerror(errno));
    m_slaveKeeper = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_slaveKeeper < 0)
        return std::string("cannot open ") + name + ": " + strerror(errno);
    termios tio{};
    tcgetattr(m_slaveKeeper, &tio);
    cfmakeraw(&tio);
    tio.c_cflag |= CLOCAL | CREAD;
    cfsetspeed(&tio, B115200);
    tcsetattr(m_slaveKeeper, TCSANOW, &tio);

    struct stat st
    {
    };
    if (lstat(link.c_str(), &st) == 0) {
        if (!S_ISLNK(st.st_mode))
            return "cannot link " + link + ": it exists and is not a symlink";
        unlink(link.c_str());
    }
    if (symlink(name, link.c_str()) != 0)
        return "cannot link " + link + " to " + name + ": " + strerror(errno);
    m_link = link;
    return {};
}

// ---------------------------------------------------------------------------------------------

Modem::Modem(Line *line, int index, const std::string &link, int verbose, int serviceClass,
             const Class2Variant &class2)
    : m_line(line), m_index(index), m_verbose(verbose), m_requestedLink(link),
      m_serviceClass(serviceClass), m_class2Variant(class2)
{
}

Modem::~Modem()
{
    if (m_t31)
        t31_free(m_t31);
}

std::string Modem::open()
{
    const std::string error = m_pty.open(m_requestedLink);
    if (!error.empty())
        return error;
    if (m_serviceClass != 1) {
        const ServiceClass serviceClass =
            m_serviceClass == 2 ? ServiceClass::Class2 : ServiceClass::Class20;
        m_class2 =
            std::make_unique<Class2Modem>(this, m_pty.master(), serviceClass, m_class2Variant,
                                          m_verbose, "modem" + std::to_string(m_index));
        return {};
    }
    m_t31 = t31_init(nullptr, atTxHandler, this, modemControlHandler, this, nullptr, nullptr);
    if (!m_t31)
        return "cannot initialise the T.31 modem for " + m_requestedLink;
    // spandsp keeps the tag pointer: it must outlive the modem state.
    m_tag = "modem" + std::to_string(m_index);
    prepareLogging(t31_get_logging_state(m_t31), m_verbose, m_tag.c_str());
    prepareLogging(&m_t31->at_state.logging, m_verbose, m_tag.c_str());
    prepareModemsLogging(&m_t31->audio.modems, m_verbose, m_tag.c_str());
    return {};
}

void Modem::serviceHost()
{
    if (m_class2) {
        if (m_class2->serviceHost()) {
            m_hostSeen = true;
            m_lastHostInput = m_line->now();
        }
        return;
    }
    flushToHost();
    // Read in small chunks and re-check CTS after each: the modem's transmit buffer has 1024
    // bytes of room above its high tide, so a 256-byte chunk can never overflow it.
    uint8_t buf[256];
    for (int budget = 16; budget > 0 && m_cts; --budget) {
        const ssize_t n = read(m_pty.master(), buf, sizeof buf);
        if (n <= 0)
            break;
        m_hostSeen = true;
        m_lastHostInput = m_line->now();
        t31_at_rx(m_t31, reinterpret_cast<const char *>(buf), int(n));
    }
}

void Modem::rx(int16_t *amp, int len)
{
    if (m_class2)
        return m_class2->rx(amp, len);
    t31_rx(m_t31, amp, len);
}

int Modem::tx(int16_t *amp, int len)
{
    if (m_class2)
        return m_class2->tx(amp, len);
    return t31_tx(m_t31, amp, len);
}

void Modem::callEvent(int event)
{
    if (m_class2)
        return m_class2->callEvent(event);
    t31_call_event(m_t31, event);
}

void Modem::setCallerId(const std::string &number, const std::string &name)
{
    if (!m_t31)
        return; // the Class 2 modem reports no caller ID
    at_state_t *at = &m_t31->at_state;
    at_reset_call_info(at);
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char date[8];
    char time[8];
    std::strftime(date, sizeof date, "%m%d", &local);
    std::strftime(time, sizeof time, "%H%M", &local);
    at_set_call_info(at, "DATE", date);
    at_set_call_info(at, "TIME", time);
    at_set_call_info(at, "NMBR", number.c_str());
    if (!name.empty())
        at_set_call_info(at, "NAME", name.c_str());
}

int Modem::writeToHost(const uint8_t *buf, size_t len)
{
    m_pendingOut.append(reinterpret_cast<const char *>(buf), len);
    flushToHost();
    return int(len);
}

void Modem::flushToHost()
{
    while (!m_pendingOut.empty()) {
        const ssize_t n = write(m_pty.master(), m_pendingOut.data(), m_pendingOut.size());
        if (n <= 0)
            return; // the host is not reading; keep the rest for the next tick
        m_pendingOut.erase(0, size_t(n));
    }
}

int Modem::modemControl(int op, const char *num)
{
    switch (op) {
    case AT_MODEM_CONTROL_CALL:
        m_line->onDial(this, num ? num : "");
        break;
    case AT_MODEM_CONTROL_ANSWER:
        m_line->onAnswer(this);
        break;
    case AT_MODEM_CONTROL_HANGUP:
        m_line->onHangup(this);
        break;
    case AT_MODEM_CONTROL_CTS:
        m_cts = num != nullptr;
        break;
    default:
        break;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------

Line::Line(const Options &options) : m_options(options) {}

Line::~Line()
{
    stopTerminal();
    for (auto *noise : m_noise) {
        if (noise)
            awgn_free(noise);
    }
}

double Line::now() const
{
    return monotonicSeconds() - m_start;
}

std::string Line::open()
{
    m_start = monotonicSeconds();
    int index = 0;
    for (const auto &link : m_options.ptyLinks) {
        auto modem = std::make_unique<Modem>(this, index++, link, m_options.verbose,
                                             m_options.backToBack ? 1 : m_options.serviceClass,
                                             m_options.class2);
        m_modems.push_back(std::move(modem));
    }
    for (auto &modem : m_modems) {
        const std::string error = modem->open();
        if (!error.empty())
            return error;
    }
    if (m_options.noise) {
        for (int i = 0; i < 2; ++i)
            m_noise[i] = awgn_init_dbm0(nullptr, 1234567 + i, float(m_options.noiseDbm0));
    }
    return {};
}

void Line::onDial(Modem *modem, const std::string &number)
{
    m_pendingDialer = modem;
    m_pendingDial = number;
}

void Line::onAnswer(Modem *modem)
{
    m_pendingAnswer = modem;
}

void Line::onHangup(Modem *modem)
{
    m_pendingHangup = modem;
}

void Line::onTerminalPage()
{
    ++m_pagesThisCall;
}

void Line::onTerminalDone(int completionCode)
{
    m_terminalDone = true;
    t30_stats_t stats{};
    t30_state_t *t30 = fax_get_t30_state(m_fax);
    t30_get_transfer_statistics(t30, &stats);
    m_result.code = completionCode;
    m_result.text = t30_completion_code_to_str(completionCode);
    m_result.pagesTx = stats.pages_tx;
    m_result.pagesRx = stats.pages_rx;
    m_result.ecm = stats.error_correcting_mode != 0;
    m_result.compression = t4_encoding_to_str(stats.encoding);
    m_result.rate = stats.bit_rate;
    const char *ident = t30_get_rx_ident(t30);
    m_result.remoteIdent = ident ? ident : "";
}

Modem *Line::other(Modem *modem)
{
    if (m_modems.size() < 2)
        return nullptr;
    return m_modems[0].get() == modem ? m_modems[1].get() : m_modems[0].get();
}

void Line::startTerminal(bool calling)
{
    m_fax = fax_init(nullptr, calling ? 1 : 0);
    t30_state_t *t30 = fax_get_t30_state(m_fax);
    prepareLogging(fax_get_logging_state(m_fax), m_options.verbose, "terminal");
    prepareLogging(t30_get_logging_state(t30), m_options.verbose, "terminal-t30");
    prepareModemsLogging(&m_fax->modems, m_options.verbose, "terminal-modems");
    fax_set_transmit_on_idle(m_fax, 1);
    t30_set_tx_ident(t30, m_options.ident.c_str());
    t30_set_supported_modems(t30, m_options.modems
                                      ? m_options.modems
                                      : T30_SUPPORT_V27TER | T30_SUPPORT_V29 | T30_SUPPORT_V17);
    t30_set_ecm_capability(t30, m_options.ecm ? 1 : 0);
    int compressions = T30_SUPPORT_T4_1D_COMPRESSION | T30_SUPPORT_T4_2D_COMPRESSION;
    if (m_options.ecm)
        compressions |= T30_SUPPORT_T6_COMPRESSION;
    t30_set_supported_compressions(t30, compressions);
    if (m_options.role == TerminalRole::Receive)
        t30_set_rx_file(t30, m_options.receiveFile.c_str(), -1);
    else
        t30_set_tx_file(t30, m_options.sendFile.c_str(), -1, -1);
    t30_set_phase_d_handler(t30, phaseDHandler, this);
    t30_set_phase_e_handler(t30, phaseEHandler, this);
    m_terminalDone = false;
    m_pagesThisCall = 0;
}

void Line::stopTerminal()
{
    if (!m_fax)
        return;
    if (!m_terminalDone)
        t30_terminate(fax_get_t30_state(m_fax));
    fax_free(m_fax);
    m_fax = nullptr;
}

void Line::delayLine(std::deque<int16_t> &fifo, int16_t *samples)
{
    fifo.insert(fifo.end(), samples, samples + kSamplesPerTick);
    for (int i = 0; i < kSamplesPerTick; ++i) {
        samples[i] = fifo.front();
        fifo.pop_front();
    }
}

void Line::resetDelay()
{
    const size_t delaySamples = size_t(std::max(0, m_options.delayMs)) * kSampleRate / 1000;
    m_delayAtoB.assign(delaySamples, 0);
    m_delayBtoA.assign(delaySamples, 0);
}

void Line::exchangeAudio()
{
    int16_t a[kSamplesPerTick];
    int16_t b[kSamplesPerTick];
    Modem *host = m_modems[0].get();
    const bool connected =
        m_state == State::Connected || m_state == State::Draining || m_state == State::HangingUp;

    // Every modem hears silence while no call is up, but its clock must still run.
    for (auto &modem : m_modems) {
        if (connected && (m_callee || modem.get() == host))
            continue;
        int16_t out[kSamplesPerTick];
        modem->tx(out, kSamplesPerTick);
        int16_t silence[kSamplesPerTick] = {};
        modem->rx(silence, kSamplesPerTick);
    }
    if (!connected) {
        m_carrierSince = -1;
        return;
    }

    // Side A is the caller's modem between two modems, the host's modem facing the terminal.
    Modem *near = m_callee ? m_caller : host;
    const int na = near->tx(a, kSamplesPerTick);
    for (int i = na; i < kSamplesPerTick; ++i)
        a[i] = 0;
    int nb;
    if (m_callee)
        nb = m_callee->tx(b, kSamplesPerTick);
    else
        nb = m_fax ? fax_tx(m_fax, b, kSamplesPerTick) : 0;
    for (int i = nb; i < kSamplesPerTick; ++i)
        b[i] = 0;
    if (hasSignal(a) || hasSignal(b)) {
        if (m_carrierSince < 0)
            m_carrierSince = now();
    } else {
        m_carrierSince = -1;
    }
    // The line delays each direction: peers that answer at once (efax sends CFR right after
    // TCF's NO CARRIER) need the silence that a real line's latency gives them.
    delayLine(m_delayAtoB, a);
    delayLine(m_delayBtoA, b);
    if (m_noise[0]) {
        for (int i = 0; i < kSamplesPerTick; ++i) {
            a[i] = saturate(a[i] + awgn(m_noise[0]));
            b[i] = saturate(b[i] + awgn(m_noise[1]));
        }
    }
    near->rx(b, kSamplesPerTick);
    if (m_callee)
        m_callee->rx(a, kSamplesPerTick);
    else if (m_fax)
        fax_rx(m_fax, a, kSamplesPerTick);
}

void Line::finishCall(const std::string &result)
{
    m_result.result = result;
    m_result.seconds = m_callStart > 0 ? now() - m_callStart : 0;
    if (result == "completed" || result == "failed" || result == "host-hangup" ||
        result == "hangup-after-pages" || result == "hangup-during-page") {
        if (m_options.role == TerminalRole::Receive && !m_options.backToBack &&
            m_result.pagesRx == 0)
            m_result.pagesRx = m_pagesThisCall;
    }
    stopTerminal();
    printResult(m_result);
    if (result != "completed" && result != "busy" && result != "no-answer" &&
        result != "no-dialtone" && result != "hangup-after-pages" && result != "hangup-during-page")
        m_exitCode = 1;
    m_state = State::Idle;
    m_caller = m_callee = nullptr;
    m_callStart = 0;
    m_rings = 0;
    m_result = CallResult{};
    if (m_options.once)
        m_finished = true;
}

void Line::printResult(const CallResult &r)
{
    const int pages =
        m_options.role == TerminalRole::Send && !m_options.backToBack ? r.pagesTx : r.pagesRx;
    std::printf(
        "FAXVLINE_RESULT result=%s pages=%d pages_tx=%d pages_rx=%d code=%d text=\"%s\" ecm=%d "
        "compression=\"%s\" rate=%d remote_ident=\"%s\" seconds=%.1f\n",
        r.result.c_str(), pages, r.pagesTx, r.pagesRx, r.code, r.text.c_str(), r.ecm ? 1 : 0,
        r.compression.c_str(), r.rate, r.remoteIdent.c_str(), r.seconds);
    std::fflush(stdout);
}

void Line::tick()
{
    const double t = now();
    for (auto &modem : m_modems)
        modem->serviceHost();

    // Host commands seen during serviceHost(): act on them here, outside spandsp's call stack.
    if (m_pendingHangup) {
        Modem *who = m_pendingHangup;
        m_pendingHangup = nullptr;
        if (m_state == State::HangingUp) {
            finishCall("completed"); // both ends are on hook
        } else if (m_state == State::Connected || m_state == State::Draining) {
            if (m_callee) {
                // The far modem hears the hang-up only after the last audio has crossed the line
                // (a DCN sent just before ATH is still in the delay).
                m_hungUp = who;
                m_state = State::HangingUp;
                m_stateSince = t;
            } else {
                // The host may hang up right after DCN, before the terminal has closed phase E.
                if (!m_terminalDone && m_fax)
                    t30_terminate(fax_get_t30_state(m_fax));
                finishCall(m_terminalDone ? (m_result.code == T30_ERR_OK ? "completed" : "failed")
                                          : "host-hangup");
            }
        } else if ((m_state == State::Ringing || m_state == State::Dialing) && m_caller &&
                   who == m_caller) {
            finishCall("caller-abandoned");
        }
    }
    if (m_pendingDialer) {
        Modem *who = m_pendingDialer;
        m_pendingDialer = nullptr;
        if (m_state == State::Idle && !m_finished) {
            m_caller = who;
            m_callee = m_options.backToBack ? other(who) : nullptr;
            m_state = State::Dialing;
            m_stateSince = t;
            resetDelay();
            m_callStart = t;
            if (m_options.verbose)
                std::fprintf(stderr, "virtualline: modem %d dials \"%s\"\n", who->index(),
                             m_pendingDial.c_str());
        } else {
            who->callEvent(AT_CALL_EVENT_BUSY);
        }
    }
    if (m_pendingAnswer) {
        Modem *who = m_pendingAnswer;
        m_pendingAnswer = nullptr;
        if (m_state == State::Ringing &&
            (who == m_callee || (!m_options.backToBack && who == m_modems[0].get()))) {
            who->callEvent(AT_CALL_EVENT_ANSWERED);
            if (m_callee)
                m_caller->callEvent(AT_CALL_EVENT_CONNECTED);
            else
                startTerminal(true);
            m_state = State::Connected;
            m_stateSince = t;
        }
    }

    switch (m_state) {
    case State::Idle:
        // The terminal calls in once the host has set its modem up and gone quiet.
        if (!m_finished && !m_options.backToBack && m_options.role == TerminalRole::Send &&
            m_modems[0]->hostSeen() && t - m_modems[0]->lastHostInput() > 1.0) {
            m_caller = nullptr;
            m_callee = nullptr;
            m_state = State::Ringing;
            m_stateSince = t;
            m_callStart = t;
            resetDelay();
            m_nextRing = t;
            m_rings = 0;
        }
        break;
    case State::Dialing: {
        const double elapsed = t - m_stateSince;
        switch (m_options.failure) {
        case LineFailure::NoDialTone:
            if (elapsed > 0.5) {
                m_caller->callEvent(AT_CALL_EVENT_NO_DIALTONE);
                finishCall("no-dialtone");
            }
            break;
        case LineFailure::Busy:
            if (elapsed > 1.5) {
                m_caller->callEvent(AT_CALL_EVENT_BUSY);
                finishCall("busy");
            }
            break;
        case LineFailure::NoAnswer:
            if (elapsed >
                1.0 + m_options.ringPeriodSeconds * std::max(1, m_options.answerDelayRings + 3)) {
                m_caller->callEvent(AT_CALL_EVENT_NO_ANSWER);
                finishCall("no-answer");
            }
            break;
        case LineFailure::None:
            if (m_callee) {
                if (elapsed > 0.5) {
                    m_state = State::Ringing;
                    m_stateSince = t;
                    m_nextRing = t;
                    m_rings = 0;
                }
            } else if (elapsed > 0.5 + m_options.ringPeriodSeconds * m_options.answerDelayRings) {
                startTerminal(false);
                m_caller->callEvent(AT_CALL_EVENT_CONNECTED);
                m_state = State::Connected;
                m_stateSince = t;
            }
            break;
        }
        break;
    }
    case State::Ringing: {
        Modem *ringing = m_callee ? m_callee : m_modems[0].get();
        if (t >= m_nextRing) {
            if (m_rings >= 10) {
                if (m_caller)
                    m_caller->callEvent(AT_CALL_EVENT_NO_ANSWER);
                finishCall("no-answer");
                break;
            }
            if (m_rings == 0 && !m_options.callerIdNumber.empty())
                ringing->setCallerId(m_options.callerIdNumber, m_options.callerIdName);
            ringing->callEvent(AT_CALL_EVENT_ALERTING);
            ++m_rings;
            m_nextRing = t + m_options.ringPeriodSeconds;
        }
        break;
    }
    case State::Connected:
        if (!m_callee && m_options.hangupAfterPages > 0 &&
            m_pagesThisCall >= m_options.hangupAfterPages) {
            m_modems[0]->callEvent(AT_CALL_EVENT_HANGUP);
            finishCall("hangup-after-pages");
            break;
        }
        // Part-way through page N: a signal longer than any control burst or training check
        // (at most about 3 s) is the page's image data.
        if (!m_callee && m_options.hangupDuringPage > 0 &&
            m_pagesThisCall == m_options.hangupDuringPage - 1 && m_carrierSince >= 0 &&
            t - m_carrierSince > 4.0) {
            m_modems[0]->callEvent(AT_CALL_EVENT_HANGUP);
            finishCall("hangup-during-page");
            break;
        }
        if (!m_callee && m_terminalDone) {
            m_state = State::Draining;
            m_stateSince = t;
        }
        break;
    case State::HangingUp:
        if (t - m_stateSince > m_options.delayMs / 1000.0 + 0.5) {
            other(m_hungUp)->callEvent(AT_CALL_EVENT_HANGUP);
            finishCall("completed");
        }
        break;
    case State::Draining:
        // The terminal has finished; give the host time to see DCN and hang up itself.
        if (t - m_stateSince > 10.0) {
            m_modems[0]->callEvent(AT_CALL_EVENT_HANGUP);
            finishCall(m_result.code == T30_ERR_OK ? "completed" : "failed");
        }
        break;
    }
    exchangeAudio();
}

int Line::run(const volatile int *stopFlag)
{
    timespec next{};
    clock_gettime(CLOCK_MONOTONIC, &next);
    // A timeout of 0 or less serves until SIGTERM (the console's loopback line).
    const double deadline = m_options.timeoutSeconds > 0 ? now() + m_options.timeoutSeconds : 1e300;
    double finishedAt = -1;
    for (;;) {
        if (m_finished) {
            // Keep the modems answering for a moment: the host resets its modem after the call
            // (ATH, ATZ) and would see I/O errors if the pty vanished under it.
            if (finishedAt < 0)
                finishedAt = now();
            double lastInput = 0;
            for (auto &modem : m_modems)
                lastInput = std::max(lastInput, modem->lastHostInput());
            if ((now() - lastInput > 2.0 && now() - finishedAt > 0.5) ||
                now() - finishedAt > 10.0 || *stopFlag)
                break;
        }
        if (*stopFlag && !m_finished) {
            // Stopping an idle --serve line is its normal end; stopping a call is not.
            if (m_state != State::Idle) {
                finishCall("terminated");
            } else if (m_options.once) {
                CallResult terminated;
                terminated.result = "terminated";
                printResult(terminated);
                m_exitCode = 1;
            }
            return m_exitCode;
        }
        if (now() > deadline && !m_finished) {
            if (m_state != State::Idle || m_options.once)
                finishCall("timeout");
            return 2;
        }
        tick();
        next.tv_nsec += 20 * 1000 * 1000;
        if (next.tv_nsec >= 1000 * 1000 * 1000) {
            next.tv_nsec -= 1000 * 1000 * 1000;
            ++next.tv_sec;
        }
        timespec current{};
        clock_gettime(CLOCK_MONOTONIC, &current);
        const double behind =
            double(current.tv_sec - next.tv_sec) + double(current.tv_nsec - next.tv_nsec) / 1e9;
        if (behind > 0.2)
            next =
                current; // we were stopped (debugger, overloaded machine): do not burst to catch up
        else
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, nullptr);
    }
    return m_exitCode;
}

} // namespace Fax::VirtualLine
