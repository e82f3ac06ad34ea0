// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Class 2 (EIA/TIA-592, "+FCLASS=2") or Class 2.0 (ITU-T T.32 / EIA-592-A, "+FCLASS=2.0")
// fax modem for the virtual fax line. spandsp's T.31 is Class 1 only, so this modem maps the
// service-class command set onto a spandsp T.30 engine of its own (a fax_state_t: T.30 plus the
// fax modems), whose audio crosses the virtual line like the T.31 modem's does.
//
// Bit order: +FBO (Class 2: +FBOR) defaults to 0, "direct": the first bit of each data byte on
// the line is its least significant bit (the order of Class 1 and of TIFF FillOrder 2).
// +FBO=1 or 3 reverses phase C data: the first bit on the line is then the most significant bit.
// Phase B/D (HDLC) data never reaches the host here, so +FBO=2 is accepted and changes nothing.
//
// Flow control: +FLO=0/1/2 (Class 2: +FLO too) is accepted. The modem never needs to throttle
// the host (it collects whole pages); when it sends page data to the host it stops on XOFF and
// goes on at XON from the host with +FLO=1, and relies on the pty's buffer otherwise.
//
// The hard part: spandsp 0.0.6's T.30 takes page data from TIFF files, a host streams it per
// page. This modem owns the line's clock (audio is made in 20 ms ticks by the line), so where
// spandsp needs something from the host it blocks inside spandsp's callback and talks to the
// host synchronously: no audio moves and no T.30 timer on either end runs meanwhile.
//  * Sending: the phase B handler (remote DIS known) reports +FCO/+FCI/+FIS and the dial's OK
//    and waits for +FDT; spandsp then gets a one-row placeholder TIFF with the host's width and
//    resolution (for its DCS). Page rows then come through a T.4 row read handler: on its first
//    row the modem reports +FCS and CONNECT, collects the host's DLE-stuffed data up to
//    <DLE><ETX> or <DLE><post-page code>, decodes it with spandsp's T.4 decoder and hands
//    spandsp the rows, which spandsp re-encodes in the negotiated compression. spandsp 0.0.6
//    encodes page 1 when it opens the document (before DCS, from the placeholder), so when CFR
//    arrives the modem starts page 1 again (and cuts the first ECM block again, with ECM);
//    later pages are started by spandsp after MCF.
//    MPS or EOP on the line follow the host's post-page code (EOM is sent as MPS). When the
//    far end's real post-page response (MCF, RTN, ...) arrives the modem answers the host the
//    way its Class2Variant says: a +FPS:/+FPTS: report or only OK/ERROR, with the hang-up report
//    before or after the last page's OK, at once or after a delay (see virtualline.h).
//  * Receiving: spandsp writes pages to a TIFF; at phase D the modem reads the page back,
//    encodes it in the negotiated compression and bit order and streams it to the host after
//    +FDR. spandsp decides MCF/RTN itself, so +FPS=n from the host is accepted but does not
//    change the response on the line; +FPS? reports the last page's real status.

#include "virtualline.h"

#include <cstdint>
#include <string>
#include <vector>

struct fax_state_s;
struct t30_state_s;

namespace Fax::VirtualLine {

class Modem;

/// The service class the modem on the pty speaks.
enum class ServiceClass { Class1, Class2, Class20 };

/// A Class 2 / Class 2.0 fax modem on a pty, built on spandsp's T.30 (see the header comment).
class Class2Modem final
{
public:
    Class2Modem(Modem *owner, int masterFd, ServiceClass serviceClass, const Class2Variant &variant,
                int verbose, const std::string &tag);
    ~Class2Modem();
    Class2Modem(const Class2Modem &) = delete;
    Class2Modem &operator=(const Class2Modem &) = delete;

    /// Reads and answers the host; returns true when the host sent anything.
    bool serviceHost();
    void rx(int16_t *amp, int len);
    int tx(int16_t *amp, int len);
    void callEvent(int event);

    // spandsp callbacks (through C trampolines)
    int onPhaseB(int frameType);
    int onPhaseD(int frameType);
    void onPhaseE(int completionCode);
    void onFrame(bool incoming, const uint8_t *msg, int len);
    int onRowRead(uint8_t *row, size_t len);

private:
    enum class CallState { Idle, Dialing, Ringing, Online };
    enum class Input { Command, SendData };
    enum class Role { None, Sending, Receiving };
    enum class Pending { None, Dial, Answer, SendPage, PostPage, Receive };

    /// Session parameters in the order of +FCC/+FIS/+FCS: VR,BR,WD,LN,DF,EC,BF,ST.
    struct Params
    {
        int v[8] = {1, 5, 0, 2, 0, 0, 0, 0};
        std::string text() const;
    };

    struct ReceivedPage
    {
        int index = 0;
        int ppm = 0; // 0 MPS, 1 EOM, 2 EOP (as +FET)
        int ppr = 0; // 1..5, 0 = not yet known
        bool delivered = false;
    };

    // host side
    void feed(const uint8_t *buf, size_t len);
    void processLine(const std::string &line);
    bool basicCommand(const std::string &line, size_t &pos, bool &deferred);
    bool extendedCommand(const std::string &cmd, bool &deferred);
    std::string canonicalName(const std::string &name) const;
    void emit(const std::string &bytes);
    void info(const std::string &text);
    void result(const char *verbose, int numeric);
    void ok() { result("OK", 0); }
    void error() { result("ERROR", 4); }
    /// The final result of a page's post-page exchange, after the variant's delay.
    void postPageResult(bool isError);
    /// Sends a delayed post-page result once it is due.
    void sendDueResult();
    /// A number in a report: hexadecimal in Class 2.0 (T.32) unless the variant says decimal.
    std::string reportNumber(int value) const;
    void flush();
    bool pump(bool (*done)(const Class2Modem *), double timeoutSeconds);
    std::string name20(const char *class20, const char *class2) const;

    // call side
    void startFax(bool calling);
    void stopFax();
    void configureT30();
    void hangupLine();
    void abortCall(bool reportFhs);
    std::string hangupCode(int t30Error) const;
    void reportHangup(const std::string &code);

    // data
    bool makePlaceholder(std::string *error);
    bool decodeHostPage(std::string *error);
    void deliverPages();
    std::string encodeReceivedPage(int index, int *lines);
    void reportPageStatus(int ppr);
    void refillEcmBlock(t30_state_s *t30);

    Modem *m_owner;
    int m_fd;
    ServiceClass m_class;
    Class2Variant m_variant;
    int m_verbose;
    std::string m_tag;
    std::string m_t30Tag;
    std::string m_dir;
    std::string m_placeholderPath;
    std::string m_rxPath;
    std::string m_decodePath;

    // AT state
    std::string m_out;
    std::string m_line;
    Input m_input = Input::Command;
    bool m_dle = false;
    bool m_echo = true;
    bool m_verboseResults = true;
    bool m_quiet = false;
    int m_s0 = 0;
    bool m_hostXoff = false;
    std::string m_fclass = "0";
    std::string m_localId;
    std::string m_pollId;
    Params m_caps;
    Params m_session;
    Params m_remote;
    Params m_negotiated;
    int m_fcr = 1;
    int m_faa = 0;
    int m_fbo = 0;
    int m_flo = 1;
    int m_fie = 0;
    int m_fpp = 0;
    int m_fct = 30;
    int m_fms = 0;
    int m_fpsSet = 1; // +FPS=n while receiving: kept only, spandsp answers on the line itself
    int m_lastPpr = 1;
    int m_fnr[4] = {1, 1, 1, 1};
    int m_fcq[2] = {1, 0};
    std::string m_lastHangup = "00";

    // call state
    CallState m_call = CallState::Idle;
    Role m_role = Role::None;
    Pending m_pending = Pending::None;
    int m_rings = 0;
    fax_state_s *m_fax = nullptr;
    bool m_inCallback = false;
    bool m_abortRequested = false;
    bool m_abortQuietly = false; // ATH (just OK) rather than +FKS (+FHS:02, OK)
    bool m_stopping = false;
    bool m_t30Done = false;
    int m_t30Code = 0;
    int m_hangupTicks = -1; // ticks until the line is released after phase E
    bool m_reportedConnection = false;
    int m_delayedResult = 0;      // 1 OK, 2 ERROR: a post-page result waiting for its delay
    double m_delayedResultAt = 0; // when it is due (monotonic seconds: also while the clock
                                  // of the line stands still in a callback)
    bool m_hangupAfterOk = false; // the last page's OK went out: report +FHS on its own

    // sending
    bool m_fdtRequested = false;
    bool m_pageDataDone = false;
    int m_hostPpm = -1; // -1 unknown, 0 MPS, 1 EOM, 2 EOP
    std::vector<uint8_t> m_pageData;
    std::vector<std::vector<uint8_t>> m_rows;
    size_t m_nextRow = 0;
    bool m_rowsReady = false;
    int m_pagesSent = 0;
    bool m_firstPageStarted = false;
    bool m_pageEndSent = false;
    bool m_lastPageSent = false;
    bool m_waitingPpm = false;

    // receiving
    std::vector<ReceivedPage> m_received;
    std::vector<int> m_pprs; // our responses to the far end's post-page messages, per page
    bool m_pageEndReceived = false;
    bool m_connectSent = false;
    bool m_dc2Seen = false;
    int m_dc2WaitTicks = 0;
    bool m_dataSent = false;
    int m_currentLines = 0;
};

} // namespace Fax::VirtualLine
