// SPDX-License-Identifier: GPL-3.0-or-later
// The Class 2 modem's T.30 side: its own spandsp fax engine (configured from the +F settings),
// call events, the audio, and the phase B/D/E reports to the host.
#include "class2modem.h"

#include "class2modem_p.h"
#include "virtualline.h"

#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include <spandsp.h>
#include <tiffio.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <unistd.h>

namespace Fax::VirtualLine {

using namespace Class2Codes;

namespace {

void quietLogging(logging_state_t *logging, int verbose, const char *tag)
{
    span_log_set_sample_rate(logging, kSampleRate);
    int level = SPAN_LOG_SHOW_SEVERITY | SPAN_LOG_SHOW_PROTOCOL | SPAN_LOG_SHOW_TAG;
    level |= verbose >= 2   ? SPAN_LOG_FLOW
             : verbose == 1 ? SPAN_LOG_PROTOCOL_WARNING
                            : SPAN_LOG_ERROR;
    span_log_set_level(logging, level);
    span_log_set_tag(logging, tag);
}

bool fifBit(const uint8_t *msg, int len, int bit)
{
    const int index = 3 + (bit - 1) / 8;
    return index < len && (msg[index] & (1 << ((bit - 1) % 8))) != 0;
}

int scanTimeCode(bool b21, bool b22, bool b23)
{
    // DIS/DCS bits 21-23 (T.30 table 2) as the Class 2 ST code (0 = 0 ms ... 7 = 40 ms).
    if (b21 && b22 && b23)
        return 0;
    if (b21 && !b22 && !b23)
        return 1; // 5 ms
    if (!b21 && b22 && !b23)
        return 3; // 10 ms
    if (!b21 && !b22 && b23)
        return 7; // 40 ms
    if (!b21 && b22 && b23)
        return 2; // 10 ms, 5 ms at fine resolution
    if (b21 && b22 && !b23)
        return 4; // 20 ms, 10 ms at fine resolution
    if (b21 && !b22 && b23)
        return 6; // 40 ms, 20 ms at fine resolution
    return 5;     // 20 ms
}

/// DIS (capabilities) or DCS (the chosen mode) frame as Class 2 parameters.
void decodeFrame(const uint8_t *msg, int len, bool dcs, int *v)
{
    const bool b11 = fifBit(msg, len, 11), b12 = fifBit(msg, len, 12), b14 = fifBit(msg, len, 14);
    int br;
    if (dcs) {
        if (b14)
            br = b11 ? (b12 ? 2 : 3) : (b12 ? 4 : 5);
        else
            br = b11 ? (b12 ? 2 : 3) : (b12 ? 1 : 0);
    } else {
        br = b14 ? 5 : b11 ? 3 : b12 ? 1 : 0;
    }
    v[0] = fifBit(msg, len, 15) ? 1 : 0;
    v[1] = br;
    v[2] = fifBit(msg, len, 18) ? 2 : fifBit(msg, len, 17) ? 1 : 0;
    v[3] = fifBit(msg, len, 20) ? 2 : fifBit(msg, len, 19) ? 1 : 0;
    v[4] = fifBit(msg, len, 31) ? 3 : fifBit(msg, len, 16) ? 1 : 0;
    const bool ecm = fifBit(msg, len, 27);
    v[5] = !ecm ? 0 : (dcs && fifBit(msg, len, 28)) ? 1 : 2;
    v[6] = 0;
    v[7] = scanTimeCode(fifBit(msg, len, 21), fifBit(msg, len, 22), fifBit(msg, len, 23));
}

// C trampolines for spandsp
int phaseBHandler(t30_state_t *, void *user, int result)
{
    return static_cast<Class2Modem *>(user)->onPhaseB(result);
}

int phaseDHandler(t30_state_t *, void *user, int result)
{
    return static_cast<Class2Modem *>(user)->onPhaseD(result);
}

void phaseEHandler(t30_state_t *, void *user, int completionCode)
{
    static_cast<Class2Modem *>(user)->onPhaseE(completionCode);
}

void frameHandler(t30_state_t *, void *user, int direction, const uint8_t *msg, int len)
{
    static_cast<Class2Modem *>(user)->onFrame(direction != 0, msg, len);
}

int rowReadHandler(void *user, uint8_t *row, size_t len)
{
    return static_cast<Class2Modem *>(user)->onRowRead(row, len);
}

} // namespace

void Class2Modem::configureT30()
{
    if (!m_fax)
        return;
    t30_state_t *t30 = fax_get_t30_state(m_fax);
    t30_set_tx_ident(t30, m_localId.c_str());
    const int br = m_session.v[1];
    t30_set_supported_modems(t30, br >= 4   ? T30_SUPPORT_V17 | T30_SUPPORT_V29 | T30_SUPPORT_V27TER
                                  : br >= 2 ? T30_SUPPORT_V29 | T30_SUPPORT_V27TER
                                            : T30_SUPPORT_V27TER);
    t30_set_ecm_capability(t30, m_session.v[5] > 0 ? 1 : 0);
    int compressions = T30_SUPPORT_T4_1D_COMPRESSION;
    if (m_session.v[4] >= 1)
        compressions |= T30_SUPPORT_T4_2D_COMPRESSION;
    if (m_session.v[4] >= 3)
        compressions |= T30_SUPPORT_T6_COMPRESSION;
    t30_set_supported_compressions(t30, compressions);
    t30_set_supported_resolutions(t30, T30_SUPPORT_STANDARD_RESOLUTION |
                                           (m_session.v[0] >= 1 ? T30_SUPPORT_FINE_RESOLUTION : 0));
    int sizes = T30_SUPPORT_215MM_WIDTH | T30_SUPPORT_A4_LENGTH | T30_SUPPORT_US_LETTER_LENGTH;
    if (m_session.v[2] >= 1)
        sizes |= T30_SUPPORT_255MM_WIDTH;
    if (m_session.v[2] >= 2)
        sizes |= T30_SUPPORT_303MM_WIDTH;
    if (m_session.v[3] >= 1)
        sizes |= T30_SUPPORT_B4_LENGTH;
    if (m_session.v[3] >= 2)
        sizes |= T30_SUPPORT_UNLIMITED_LENGTH;
    t30_set_supported_image_sizes(t30, sizes);
}

void Class2Modem::startFax(bool calling)
{
    m_fax = fax_init(nullptr, calling ? 1 : 0);
    t30_state_t *t30 = fax_get_t30_state(m_fax);
    quietLogging(fax_get_logging_state(m_fax), m_verbose, m_tag.c_str());
    quietLogging(t30_get_logging_state(t30), m_verbose, m_t30Tag.c_str());
    quietLogging(&m_fax->modems.logging, m_verbose, m_tag.c_str());
    quietLogging(v17_rx_get_logging_state(&m_fax->modems.fast_modems.v17_rx), m_verbose,
                 m_tag.c_str());
    quietLogging(v29_rx_get_logging_state(&m_fax->modems.fast_modems.v29_rx), m_verbose,
                 m_tag.c_str());
    quietLogging(v27ter_rx_get_logging_state(&m_fax->modems.fast_modems.v27ter_rx), m_verbose,
                 m_tag.c_str());
    quietLogging(&t30->t4.tx.logging, m_verbose, m_t30Tag.c_str());
    fax_set_transmit_on_idle(m_fax, 1);
    configureT30();
    if (calling) {
        std::string error;
        if (!makePlaceholder(&error))
            std::fprintf(stderr, "%s: %s\n", m_tag.c_str(), error.c_str());
        t30_set_tx_file(t30, m_placeholderPath.c_str(), -1, -1);
    } else {
        unlink(m_rxPath.c_str());
        t30_set_rx_file(t30, m_rxPath.c_str(), -1);
    }
    t30_set_phase_b_handler(t30, phaseBHandler, this);
    t30_set_phase_d_handler(t30, phaseDHandler, this);
    t30_set_phase_e_handler(t30, phaseEHandler, this);
    t30_set_real_time_frame_handler(t30, frameHandler, this);
    m_call = CallState::Online;
    m_t30Done = false;
    m_t30Code = 0;
    m_hangupTicks = -1;
    m_reportedConnection = false;
    m_fdtRequested = false;
    m_rowsReady = false;
    m_pagesSent = 0;
    m_firstPageStarted = false;
    m_pageEndSent = false;
    m_lastPageSent = false;
    m_waitingPpm = false;
    m_delayedResult = 0;
    m_hangupAfterOk = false;
    m_received.clear();
    m_pprs.clear();
    m_pageEndReceived = false;
}

void Class2Modem::stopFax()
{
    if (!m_fax)
        return;
    const bool wasStopping = m_stopping;
    m_stopping = true;
    if (!m_t30Done)
        t30_terminate(fax_get_t30_state(m_fax));
    fax_free(m_fax);
    m_fax = nullptr;
    m_stopping = wasStopping;
}

void Class2Modem::hangupLine()
{
    stopFax();
    m_hangupTicks = -1;
    if (m_call != CallState::Idle) {
        m_call = CallState::Idle;
        m_owner->modemControl(AT_MODEM_CONTROL_HANGUP, nullptr);
    }
}

void Class2Modem::abortCall(bool reportFhs)
{
    // +FKS or ATH: end the call now (spandsp sends DCN if it still can).
    m_lastHangup = "02";
    hangupLine();
    m_t30Done = true;
    if (reportFhs)
        info(name20("+FHS:", "+FHNG:") + m_lastHangup);
    if (m_pending != Pending::None) {
        m_pending = Pending::None;
        m_input = Input::Command;
    }
    if (reportFhs)
        ok();
}

std::string Class2Modem::hangupCode(int e) const
{
    // T30_ERR_* (spandsp) as the hang-up status of EIA/TIA-592 and T.32 (mapping approximate
    // where spandsp's reasons are finer or coarser than the standard's).
    int code;
    const bool tx = m_role == Role::Sending;
    switch (e) {
    case T30_ERR_OK:
        code = 0;
        break;
    case T30_ERR_CEDTONE:
        code = 10;
        break;
    case T30_ERR_T0_EXPIRED:
    case T30_ERR_T1_EXPIRED:
        code = 11;
        break;
    case T30_ERR_T3_EXPIRED:
    case T30_ERR_HDLC_CARRIER:
    case T30_ERR_OPER_INT_FAIL:
        code = 10;
        break;
    case T30_ERR_CANNOT_TRAIN:
        code = 27;
        break;
    case T30_ERR_INCOMPATIBLE:
    case T30_ERR_NORESSUPPORT:
    case T30_ERR_NOSIZESUPPORT:
        code = tx ? 20 : 70;
        break;
    case T30_ERR_RX_INCAPABLE:
    case T30_ERR_TX_INCAPABLE:
    case T30_ERR_NOPOLL:
        code = 21;
        break;
    case T30_ERR_UNEXPECTED:
        code = tx ? 23 : 72;
        break;
    case T30_ERR_TX_BADDCS:
        code = 28;
        break;
    case T30_ERR_TX_BADPG:
    case T30_ERR_TX_ECMPHD:
    case T30_ERR_TX_T5EXP:
        code = 50;
        break;
    case T30_ERR_TX_GOTDCN:
    case T30_ERR_TX_NODIS:
        code = 20;
        break;
    case T30_ERR_TX_INVALRSP:
        code = 53;
        break;
    case T30_ERR_TX_PHBDEAD:
        code = 25;
        break;
    case T30_ERR_TX_PHDDEAD:
        code = 52;
        break;
    case T30_ERR_RX_GOTDCS:
    case T30_ERR_RX_T2EXP:
    case T30_ERR_RX_DCNWHY:
        code = 70;
        break;
    case T30_ERR_RX_NOFAX:
    case T30_ERR_RX_T2EXPFAX:
    case T30_ERR_RX_T2EXPMPS:
        code = 73;
        break;
    case T30_ERR_RX_NOCARRIER:
    case T30_ERR_RX_DCNDATA:
        code = 90;
        break;
    case T30_ERR_RX_NOEOL:
        code = 91;
        break;
    case T30_ERR_RX_INVALCMD:
        code = 102;
        break;
    case T30_ERR_RX_ECMPHD:
    case T30_ERR_RX_T2EXPDCN:
    case T30_ERR_RX_T2EXPD:
    case T30_ERR_RX_T2EXPRR:
    case T30_ERR_RX_DCNFAX:
    case T30_ERR_RX_DCNPHD:
    case T30_ERR_RX_DCNRRD:
    case T30_ERR_RX_DCNNORTN:
        code = 100;
        break;
    case T30_ERR_RETRYDCN:
        code = tx ? 25 : 70;
        break;
    case T30_ERR_CALLDROPPED:
        code = 3;
        break;
    default:
        // TIFF problems and unacceptable identities
        code = tx ? 40 : 90;
        break;
    }
    char buf[8];
    if (m_class == ServiceClass::Class20 && !m_variant.decimal) {
        // T.32 writes the codes in hexadecimal digits; 100-103 become A0-A3.
        if (code >= 100)
            std::snprintf(buf, sizeof buf, "A%d", code - 100);
        else
            std::snprintf(buf, sizeof buf, "%02d", code);
    } else if (m_class == ServiceClass::Class20) {
        std::snprintf(buf, sizeof buf, "%02d", code);
    } else {
        std::snprintf(buf, sizeof buf, "%d", code);
    }
    return buf;
}

std::string Class2Modem::reportNumber(int value) const
{
    char buf[16];
    std::snprintf(buf, sizeof buf,
                  m_class == ServiceClass::Class20 && !m_variant.decimal ? "%X" : "%d", value);
    return buf;
}

void Class2Modem::postPageResult(bool isError)
{
    if (m_variant.okDelayMs <= 0) {
        if (isError)
            error();
        else
            ok();
        return;
    }
    m_delayedResult = isError ? 2 : 1;
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    m_delayedResultAt = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9 + m_variant.okDelayMs / 1000.0;
}

void Class2Modem::sendDueResult()
{
    if (!m_delayedResult)
        return;
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if (double(ts.tv_sec) + double(ts.tv_nsec) / 1e9 < m_delayedResultAt)
        return;
    const bool isError = m_delayedResult == 2;
    m_delayedResult = 0;
    if (isError)
        error();
    else
        ok();
}

void Class2Modem::reportHangup(const std::string &code)
{
    info(name20("+FHS:", "+FHNG:") + code);
}

void Class2Modem::callEvent(int event)
{
    switch (event) {
    case AT_CALL_EVENT_ALERTING:
        if (m_call == CallState::Idle || m_call == CallState::Ringing) {
            m_call = CallState::Ringing;
            ++m_rings;
            info("RING");
            if (m_s0 > 0 && m_rings >= m_s0 && m_pending == Pending::None) {
                m_pending = Pending::Answer;
                m_role = Role::Receiving;
                m_owner->modemControl(AT_MODEM_CONTROL_ANSWER, nullptr);
            }
        }
        break;
    case AT_CALL_EVENT_CONNECTED: // our call was answered
        m_rings = 0;
        m_role = Role::Sending;
        startFax(true);
        break;
    case AT_CALL_EVENT_ANSWERED: // we answered a call
        m_rings = 0;
        m_role = Role::Receiving;
        startFax(false);
        break;
    case AT_CALL_EVENT_BUSY:
    case AT_CALL_EVENT_NO_DIALTONE:
    case AT_CALL_EVENT_NO_ANSWER:
        m_call = CallState::Idle;
        m_role = Role::None;
        if (m_pending == Pending::Dial) {
            m_pending = Pending::None;
            if (event == AT_CALL_EVENT_BUSY)
                result("BUSY", 7);
            else if (event == AT_CALL_EVENT_NO_DIALTONE)
                result("NO DIALTONE", 6);
            else
                result("NO ANSWER", 8);
        }
        break;
    case AT_CALL_EVENT_HANGUP: {
        // The line dropped the call (the far end hung up).
        const bool wasOnline = m_fax != nullptr;
        if (m_fax && !m_t30Done)
            m_lastHangup = hangupCode(T30_ERR_CALLDROPPED);
        stopFax();
        m_t30Done = true;
        m_call = CallState::Idle;
        m_rings = 0;
        m_hangupTicks = -1;
        if (wasOnline && m_pending != Pending::None && m_pending != Pending::Receive) {
            m_pending = Pending::None;
            m_input = Input::Command;
            reportHangup(m_lastHangup);
            ok();
        }
        break;
    }
    default:
        break;
    }
}

void Class2Modem::rx(int16_t *amp, int len)
{
    if (m_fax)
        fax_rx(m_fax, amp, len);
}

int Class2Modem::tx(int16_t *amp, int len)
{
    // Housekeeping once per tick, outside spandsp's call stack.
    if (m_abortRequested && !m_inCallback) {
        m_abortRequested = false;
        abortCall(!m_abortQuietly);
        m_abortQuietly = false;
    }
    sendDueResult();
    if (m_hangupTicks > 0 && --m_hangupTicks == 0)
        hangupLine();
    if (m_pending == Pending::Receive)
        deliverPages();
    flush();
    if (!m_fax) {
        std::memset(amp, 0, sizeof(int16_t) * size_t(len));
        return len;
    }
    return fax_tx(m_fax, amp, len);
}

// --- spandsp callbacks -----------------------------------------------------------------------

int Class2Modem::onPhaseB(int)
{
    if (m_role == Role::Receiving) {
        // DCS received: the remote's identity and the session it chose
        if (!m_reportedConnection) {
            info(name20("+FCO", "+FCON"));
            const char *id = t30_get_rx_ident(fax_get_t30_state(m_fax));
            info(name20("+FTI:", "+FTSI:") + "\"" + (id ? id : "") + "\"");
            m_reportedConnection = true;
        }
        info(name20("+FCS:", "+FDCS:") + m_negotiated.text());
        if (m_pending == Pending::Answer) {
            m_pending = Pending::None;
            ok();
        }
        return T30_ERR_OK;
    }
    if (m_role != Role::Sending || m_reportedConnection)
        return T30_ERR_OK;
    // DIS received: tell the host who answered and what it can do, then wait for +FDT.
    m_inCallback = true;
    info(name20("+FCO", "+FCON"));
    const char *id = t30_get_rx_ident(fax_get_t30_state(m_fax));
    info(name20("+FCI:", "+FCSI:") + "\"" + (id ? id : "") + "\"");
    info(name20("+FIS:", "+FDIS:") + m_remote.text());
    m_reportedConnection = true;
    if (m_pending == Pending::Dial) {
        m_pending = Pending::None;
        ok();
    }
    pump([](const Class2Modem *m) { return m->m_fdtRequested || m->m_abortRequested; },
         kHostTimeoutSeconds);
    m_inCallback = false;
    if (m_abortRequested)
        return T30_ERR_CALLDROPPED;
    // The session as the host has it now decides the DCS.
    configureT30();
    std::string error;
    if (!makePlaceholder(&error))
        std::fprintf(stderr, "%s: %s\n", m_tag.c_str(), error.c_str());
    t30_set_tx_file(fax_get_t30_state(m_fax), m_placeholderPath.c_str(), -1, -1);
    return T30_ERR_OK;
}

int Class2Modem::onPhaseD(int frameType)
{
    if (m_role != Role::Receiving)
        return T30_ERR_OK;
    ReceivedPage page;
    page.index = int(m_received.size());
    switch (frameType & 0xFE) {
    case T30_EOM:
    case T30_PRI_EOM:
        page.ppm = 1;
        break;
    case T30_EOP:
    case T30_PRI_EOP:
        page.ppm = 2;
        break;
    default:
        page.ppm = 0;
        break;
    }
    m_received.push_back(page);
    if (m_verbose)
        std::fprintf(stderr, "%s: page %d received (post-page message %d)\n", m_tag.c_str(),
                     page.index + 1, page.ppm);
    return T30_ERR_OK;
}

void Class2Modem::onPhaseE(int completionCode)
{
    m_t30Done = true;
    m_t30Code = completionCode;
    if (m_stopping)
        return;
    if (!(m_lastHangup == "02" && m_abortRequested))
        m_lastHangup = hangupCode(completionCode);
    if (m_verbose)
        std::fprintf(stderr, "%s: T.30 done: %s (hang-up code %s)\n", m_tag.c_str(),
                     t30_completion_code_to_str(completionCode), m_lastHangup.c_str());
    // Let the last frames (DCN) cross the line before the modem goes on hook.
    m_hangupTicks = 75;
    switch (m_pending) {
    case Pending::Dial:
    case Pending::Answer:
    case Pending::SendPage:
        m_pending = Pending::None;
        m_waitingPpm = false;
        reportHangup(m_lastHangup);
        ok();
        break;
    case Pending::PostPage:
        m_pending = Pending::None;
        m_waitingPpm = false;
        reportHangup(m_lastHangup);
        postPageResult(false);
        break;
    case Pending::Receive:
        break; // reported at the next +FDR
    case Pending::None:
        if (m_hangupAfterOk) {
            // The last page's OK is out already: the hang-up report follows on its own.
            m_hangupAfterOk = false;
            reportHangup(m_lastHangup);
        }
        break; // otherwise reported at the next +FDT
    }
}

void Class2Modem::onFrame(bool incoming, const uint8_t *msg, int len)
{
    if (len < 3)
        return;
    const int fcf = msg[2] & 0xFE;
    const bool ppm = fcf == T30_MPS || fcf == T30_EOP || fcf == T30_EOM || fcf == T30_PRI_MPS ||
                     fcf == T30_PRI_EOP || fcf == T30_PRI_EOM ||
                     (fcf == T30_PPS && len > 3 && (msg[3] & 0xFE) != 0);
    int ppr = 0;
    switch (fcf) {
    case T30_MCF:
        ppr = 1;
        break;
    case T30_RTN:
        ppr = 2;
        break;
    case T30_RTP:
        ppr = 3;
        break;
    case T30_PIN:
        ppr = 4;
        break;
    case T30_PIP:
        ppr = 5;
        break;
    default:
        break;
    }
    if (m_verbose >= 2)
        std::fprintf(stderr, "%s: %s frame 0x%02x (%d bytes)\n", m_tag.c_str(),
                     incoming ? "received" : "sent", msg[2], len);
    if (m_role == Role::Sending) {
        if (!incoming && fcf == T30_DCS) {
            decodeFrame(msg, len, true, m_negotiated.v);
            // spandsp has opened the placeholder by now (t4_tx_init clears the handler):
            // from here on the page rows come from the host.
            t4_tx_set_row_read_handler(&fax_get_t30_state(m_fax)->t4.tx, rowReadHandler, this);
        } else if (incoming && fcf == T30_CFR && m_pagesSent == 0 && !m_firstPageStarted) {
            // spandsp 0.0.6 encodes page 1 when it opens the document (at DIS, before DCS),
            // from the placeholder. Now that the far end is ready, start the page again: the
            // rows come from the host (through onRowRead) before any image bit is sent.
            m_firstPageStarted = true;
            t30_state_t *t30 = fax_get_t30_state(m_fax);
            t4_tx_start_page(&t30->t4.tx);
            if (t30->error_correcting_mode)
                refillEcmBlock(t30);
        } else if (incoming && (fcf == T30_DIS)) {
            decodeFrame(msg, len, false, m_remote.v);
        } else if (!incoming && ppm) {
            m_pageEndSent = true;
        } else if (incoming && ppr && m_pageEndSent) {
            m_pageEndSent = false;
            reportPageStatus(ppr);
        }
    } else if (m_role == Role::Receiving) {
        if (incoming && fcf == T30_DCS) {
            decodeFrame(msg, len, true, m_negotiated.v);
        } else if (incoming && ppm) {
            m_pageEndReceived = true;
        } else if (!incoming && ppr && m_pageEndReceived) {
            m_pageEndReceived = false;
            m_pprs.push_back(ppr);
        } else if (!incoming && fcf == T30_CFR && m_class == ServiceClass::Class2) {
            info("+FCFR");
        }
    }
}

void Class2Modem::reportPageStatus(int ppr)
{
    // The far end's real response to our post-page message.
    m_lastPpr = ppr;
    if (m_pending != Pending::PostPage)
        return;
    const bool report = m_variant.pageStatus == Class2Variant::PageStatus::Report;
    if (report)
        info(name20("+FPS:", "+FPTS:") + std::to_string(ppr));
    const bool positive = ppr == 1 || ppr == 3 || ppr == 5;
    if (m_lastPageSent && positive &&
        m_variant.hangupReport == Class2Variant::HangupReport::BeforeOk)
        return; // OK follows +FHS once the call has ended (phase E)
    m_pending = Pending::None;
    m_hangupAfterOk = m_lastPageSent && positive;
    // T.32 says it with the result code; EIA/TIA-592's report comes with OK either way.
    postPageResult(!positive && (m_class == ServiceClass::Class20 || !report));
}

} // namespace Fax::VirtualLine
