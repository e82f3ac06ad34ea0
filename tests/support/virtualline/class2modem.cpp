#include "class2modem.h"

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

namespace {

constexpr uint8_t kDle = 0x10;
constexpr uint8_t kEtx = 0x03;
constexpr uint8_t kXon = 0x11;
constexpr uint8_t kDc2 = 0x12;
constexpr uint8_t kXoff = 0x13;
constexpr uint8_t kSub = 0x1A;
constexpr int kWidths[3] = {1728, 2048, 2432};
constexpr int kBitRates[6] = {2400, 4800, 7200, 9600, 12000, 14400};
constexpr double kHostTimeoutSeconds = 120.0;

double monotonic()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

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

uint8_t reverseBits(uint8_t b)
{
    b = uint8_t((b & 0xF0) >> 4 | (b & 0x0F) << 4);
    b = uint8_t((b & 0xCC) >> 2 | (b & 0x33) << 2);
    b = uint8_t((b & 0xAA) >> 1 | (b & 0x55) << 1);
    return b;
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

int t4Encoding(int df)
{
    return df >= 3   ? T4_COMPRESSION_ITU_T6
           : df >= 1 ? T4_COMPRESSION_ITU_T4_2D
                     : T4_COMPRESSION_ITU_T4_1D;
}

std::string upper(std::string s)
{
    for (auto &c : s)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string unquote(std::string s)
{
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.substr(1, s.size() - 2);
    return s.substr(0, 20);
}

std::vector<std::string> splitArgs(const std::string &s)
{
    std::vector<std::string> out(1);
    for (char c : s) {
        if (c == ',')
            out.emplace_back();
        else if (c != ' ')
            out.back() += c;
    }
    return out;
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

std::string Class2Modem::Params::text() const
{
    std::string s;
    for (int i = 0; i < 8; ++i) {
        if (i)
            s += ',';
        s += std::to_string(v[i]);
    }
    return s;
}

Class2Modem::Class2Modem(Modem *owner, int masterFd, ServiceClass serviceClass, int verbose,
                         const std::string &tag)
    : m_owner(owner), m_fd(masterFd), m_class(serviceClass), m_verbose(verbose), m_tag(tag),
      m_t30Tag(tag + "-t30")
{
    char dir[] = "/tmp/faxvline-class2-XXXXXX";
    if (mkdtemp(dir))
        m_dir = dir;
    else
        m_dir = "/tmp";
    m_placeholderPath = m_dir + "/placeholder.tif";
    m_rxPath = m_dir + "/received.tif";
    m_decodePath = m_dir + "/hostpage.tif";
    m_session = m_caps;
}

Class2Modem::~Class2Modem()
{
    m_stopping = true;
    stopFax();
    for (const auto &path : {m_placeholderPath, m_rxPath, m_decodePath})
        unlink(path.c_str());
    if (m_dir != "/tmp")
        rmdir(m_dir.c_str());
}

std::string Class2Modem::name20(const char *class20, const char *class2) const
{
    return m_class == ServiceClass::Class20 ? class20 : class2;
}

// --- host side -------------------------------------------------------------------------------

void Class2Modem::emit(const std::string &bytes)
{
    m_out += bytes;
    flush();
}

void Class2Modem::info(const std::string &text)
{
    if (m_verbose)
        std::fprintf(stderr, "%s: -> %s\n", m_tag.c_str(), text.c_str());
    emit(m_verboseResults ? "\r\n" + text + "\r\n" : text + "\r\n");
}

void Class2Modem::result(const char *verbose, int numeric)
{
    if (m_verbose)
        std::fprintf(stderr, "%s: -> %s\n", m_tag.c_str(), verbose);
    if (m_quiet)
        return;
    emit(m_verboseResults ? std::string("\r\n") + verbose + "\r\n"
                          : std::to_string(numeric) + "\r");
}

void Class2Modem::flush()
{
    while (!m_out.empty() && !(m_hostXoff && m_flo == 1)) {
        const ssize_t n = write(m_fd, m_out.data(), m_out.size());
        if (n <= 0)
            return; // the host is not reading; keep the rest
        m_out.erase(0, size_t(n));
    }
}

bool Class2Modem::serviceHost()
{
    flush();
    bool seen = false;
    uint8_t buf[512];
    for (int budget = 16; budget > 0; --budget) {
        const ssize_t n = read(m_fd, buf, sizeof buf);
        if (n <= 0)
            break;
        seen = true;
        feed(buf, size_t(n));
    }
    flush();
    return seen;
}

bool Class2Modem::pump(bool (*done)(const Class2Modem *), double timeoutSeconds)
{
    double lastInput = monotonic();
    while (!done(this)) {
        flush();
        pollfd p{m_fd, short(POLLIN | (m_out.empty() ? 0 : POLLOUT)), 0};
        if (poll(&p, 1, 20) < 0 && errno == EINTR) {
            // SIGTERM/SIGINT while the line's clock is stopped: give up the call
            m_abortRequested = true;
            return false;
        }
        uint8_t buf[512];
        const ssize_t n = read(m_fd, buf, sizeof buf);
        if (n > 0) {
            feed(buf, size_t(n));
            lastInput = monotonic();
        } else if (monotonic() - lastInput > timeoutSeconds) {
            std::fprintf(stderr, "%s: the host said nothing for %.0f s; aborting the call\n",
                         m_tag.c_str(), timeoutSeconds);
            m_abortRequested = true;
            return false;
        }
    }
    flush();
    return true;
}

void Class2Modem::feed(const uint8_t *buf, size_t len)
{
    for (size_t i = 0; i < len; ++i) {
        const uint8_t c = buf[i];
        if (m_input == Input::SendData) {
            if (m_dle) {
                m_dle = false;
                switch (c) {
                case kDle:
                    m_pageData.push_back(kDle);
                    break;
                case kSub: // Class 2.0: <DLE><SUB> stands for two DLE data bytes
                    m_pageData.push_back(kDle);
                    m_pageData.push_back(kDle);
                    break;
                case kEtx:
                case 0x2C: // <DLE>, MPS
                case 0x3B: // <DLE>; EOM
                case 0x2E: // <DLE>. EOP
                    m_hostPpm = c == 0x2C ? 0 : c == 0x3B ? 1 : c == 0x2E ? 2 : -1;
                    m_pageDataDone = true;
                    m_input = Input::Command;
                    if (m_verbose)
                        std::fprintf(stderr, "%s: <- %zu bytes of page data, end <DLE><0x%02x>\n",
                                     m_tag.c_str(), m_pageData.size(), c);
                    break;
                default:
                    break; // other DLE codes (e.g. real-time compression conversion) are ignored
                }
            } else if (c == kDle) {
                m_dle = true;
            } else {
                m_pageData.push_back(c);
            }
            continue;
        }
        // command mode
        if (c == kDc2) {
            m_dc2Seen = true;
            continue;
        }
        if (c == kXoff || c == kXon) {
            m_hostXoff = c == kXoff;
            continue;
        }
        if (m_echo && (c == '\r' || (c >= 0x20 && c < 0x7F) || c == 8))
            emit(std::string(1, char(c)));
        if (c == '\r') {
            const std::string line = m_line;
            m_line.clear();
            processLine(line);
        } else if (c == 8 || c == 0x7F) {
            if (!m_line.empty())
                m_line.pop_back();
        } else if (c >= 0x20 && c < 0x7F && m_line.size() < 512) {
            m_line += char(c);
        }
    }
}

void Class2Modem::processLine(const std::string &raw)
{
    size_t start = 0;
    while (start < raw.size() && raw[start] == ' ')
        ++start;
    if (raw.size() < start + 2 || std::toupper(raw[start]) != 'A' ||
        std::toupper(raw[start + 1]) != 'T')
        return; // not a command: real modems ignore it
    const std::string line = raw.substr(start);
    if (m_verbose)
        std::fprintf(stderr, "%s: <- %s\n", m_tag.c_str(), line.c_str());
    size_t pos = 2;
    bool deferred = false;
    bool good = true;
    while (good && pos < line.size() && !deferred) {
        const char c = char(std::toupper(static_cast<unsigned char>(line[pos])));
        if (c == ' ' || c == ';') {
            ++pos;
        } else if (c == '+') {
            // an extended command runs to the next ';' outside quotes
            size_t end = pos + 1;
            bool quoted = false;
            while (end < line.size() && (quoted || line[end] != ';')) {
                if (line[end] == '"')
                    quoted = !quoted;
                ++end;
            }
            good = extendedCommand(line.substr(pos + 1, end - pos - 1), deferred);
            pos = end;
        } else {
            good = basicCommand(line, pos, deferred);
        }
    }
    if (!good)
        error();
    else if (!deferred)
        ok();
}

bool Class2Modem::basicCommand(const std::string &line, size_t &pos, bool &deferred)
{
    const char c = char(std::toupper(static_cast<unsigned char>(line[pos++])));
    auto number = [&]() {
        int v = 0;
        while (pos < line.size() && std::isdigit(static_cast<unsigned char>(line[pos])))
            v = v * 10 + (line[pos++] - '0');
        return v;
    };
    switch (c) {
    case 'D': {
        std::string number;
        for (; pos < line.size(); ++pos) {
            const char d = line[pos];
            if (std::isdigit(static_cast<unsigned char>(d)) || d == '*' || d == '#' || d == '+')
                number += d;
        }
        if (m_call != CallState::Idle || m_fax)
            return false;
        m_call = CallState::Dialing;
        m_pending = Pending::Dial;
        m_role = Role::Sending;
        deferred = true;
        m_owner->modemControl(AT_MODEM_CONTROL_CALL, number.c_str());
        return true;
    }
    case 'A':
        if (m_call != CallState::Ringing) {
            result("NO CARRIER", 3);
            deferred = true;
            return true;
        }
        m_pending = Pending::Answer;
        m_role = Role::Receiving;
        deferred = true;
        m_owner->modemControl(AT_MODEM_CONTROL_ANSWER, nullptr);
        return true;
    case 'H':
        number();
        if (m_inCallback) {
            m_abortRequested = true;
            m_abortQuietly = true;
        } else if (m_call != CallState::Idle || m_fax) {
            abortCall(false);
        }
        return true;
    case 'Z':
        number();
        [[fallthrough]];
    case '&':
        if (c == '&') {
            const char sub = pos < line.size()
                                 ? char(std::toupper(static_cast<unsigned char>(line[pos++])))
                                 : ' ';
            number();
            if (sub != 'F')
                return true; // &C, &D, &K, ... accepted and ignored
        }
        m_echo = true;
        m_verboseResults = true;
        m_quiet = false;
        m_fclass = "0";
        m_caps = Params{};
        m_session = m_caps;
        m_fbo = 0;
        m_flo = 1;
        m_localId.clear();
        return true;
    case 'E':
        m_echo = number() != 0;
        return true;
    case 'V':
        m_verboseResults = number() != 0;
        return true;
    case 'Q':
        m_quiet = number() != 0;
        return true;
    case 'I': {
        const int n = number();
        if (n == 3 || n == 0)
            info(n == 0 ? "FAXVLINE"
                        : "Fax Console virtual fax line, Class " +
                              std::string(m_class == ServiceClass::Class20 ? "2.0" : "2") +
                              " on spandsp T.30");
        else
            info("FAXVLINE");
        return true;
    }
    case 'S': {
        const int reg = number();
        if (pos < line.size() && line[pos] == '?') {
            ++pos;
            info(reg == 0 ? std::to_string(m_s0) : "000");
            return true;
        }
        if (pos < line.size() && line[pos] == '=') {
            ++pos;
            const int v = number();
            if (reg == 0)
                m_s0 = v;
        }
        return true;
    }
    case 'L':
    case 'M':
    case 'X':
    case 'O':
    case 'B':
    case 'W':
    case 'P':
    case 'T':
        number();
        return true;
    default:
        return false;
    }
}

std::string Class2Modem::canonicalName(const std::string &name) const
{
    // Class 2 (EIA/TIA-592) spellings of the Class 2.0 (T.32) commands
    static const std::pair<const char *, const char *> aliases[] = {
        {"FLID", "FLI"}, {"FCIG", "FPI"},  {"FDCC", "FCC"},   {"FDIS", "FIS"},   {"FBOR", "FBO"},
        {"FK", "FKS"},   {"FPTS", "FPS"},  {"FPHCTO", "FCT"}, {"FMFR", "FMI"},   {"FMDL", "FMM"},
        {"FREV", "FMR"}, {"FHNG", "FHS"},  {"FDCS", "FCS"},   {"FMINSP", "FMS"}, {"FBUG", "FBU"},
        {"FSPL", "FSP"}, {"FAXERR", "FHS"}};
    for (const auto &[from, to] : aliases) {
        if (name == from)
            return to;
    }
    return name;
}

bool Class2Modem::extendedCommand(const std::string &cmdRaw, bool &deferred)
{
    // split NAME, then "=?", "?", "=value" or nothing
    size_t i = 0;
    while (i < cmdRaw.size() && std::isalpha(static_cast<unsigned char>(cmdRaw[i])))
        ++i;
    const std::string rawName = upper(cmdRaw.substr(0, i));
    const std::string rest = cmdRaw.substr(i);
    const bool test = rest == "=?";
    const bool read = rest == "?";
    const bool set = !test && !rest.empty() && rest[0] == '=';
    const std::string value = set ? rest.substr(1) : std::string();
    const std::string name = canonicalName(rawName);

    if (name == "FCLASS") {
        const std::string mine = m_class == ServiceClass::Class20 ? "2.0" : "2";
        if (test)
            info("0," + mine);
        else if (read)
            info(m_fclass);
        else if (set && (value == "0" || value == mine))
            m_fclass = value;
        else
            return false;
        return true;
    }
    if (name == "FLI" || name == "FPI") {
        std::string &id = name == "FLI" ? m_localId : m_pollId;
        if (test)
            info("(20)(32-127)");
        else if (read)
            info("\"" + id + "\"");
        else if (set)
            id = unquote(value);
        else
            return false;
        return true;
    }
    if (name == "FCC" || name == "FIS" || name == "FCS") {
        Params &p = name == "FCC" ? m_caps : name == "FIS" ? m_session : m_negotiated;
        if (test) {
            info("(0,1),(0-5),(0-2),(0-2),(0-3),(0-2),(0),(0-7)");
        } else if (read) {
            info(p.text());
        } else if (set && name != "FCS") {
            const auto args = splitArgs(value);
            static const int maxima[8] = {1, 5, 2, 2, 3, 2, 0, 7};
            Params next = p;
            for (size_t k = 0; k < args.size() && k < 8; ++k) {
                if (args[k].empty())
                    continue;
                char *end = nullptr;
                const long v = std::strtol(args[k].c_str(), &end, 10);
                if (!end || *end || v < 0 || v > maxima[k])
                    return false;
                next.v[k] = int(v);
            }
            p = next;
            if (name == "FCC")
                m_session = m_caps; // T.32: setting +FCC also sets +FIS
        } else {
            return false;
        }
        return true;
    }
    if (name == "FMI" || name == "FMM" || name == "FMR") {
        if (!read)
            return false;
        info(name == "FMI"   ? "Fax Console"
             : name == "FMM" ? (m_class == ServiceClass::Class20 ? "Virtual Class 2.0 fax modem"
                                                                 : "Virtual Class 2 fax modem")
                             : "spandsp 0.0.6 T.30");
        return true;
    }
    if (name == "FHS") {
        if (!read)
            return false;
        info(m_lastHangup);
        return true;
    }
    if (name == "FPS") {
        if (test)
            info("(1-5)");
        else if (read)
            info(std::to_string(m_lastPpr));
        else if (set && !value.empty() && value[0] >= '1' && value[0] <= '5')
            m_fpsSet = value[0] - '0';
        else
            return false;
        return true;
    }
    if (name == "FDT") {
        if (test)
            return true;
        if (set) { // Class 2: +FDT=df,vr,wd,ln sets the session for this page
            const auto args = splitArgs(value);
            static const int index[4] = {4, 0, 2, 3};
            for (size_t k = 0; k < args.size() && k < 4; ++k) {
                if (!args[k].empty())
                    m_session.v[index[k]] = std::atoi(args[k].c_str());
            }
        }
        if (m_role != Role::Sending || m_call != CallState::Online || m_t30Done ||
            m_pending != Pending::None) {
            if (m_t30Done)
                info(name20("+FHS:", "+FHNG:") + m_lastHangup);
            return false;
        }
        m_fdtRequested = true;
        m_pending = Pending::SendPage;
        deferred = true;
        return true;
    }
    if (name == "FET") {
        if (test) {
            info("(0-2)");
            return true;
        }
        if (!set || m_role != Role::Sending || !m_waitingPpm)
            return false;
        const int v = std::atoi(value.c_str());
        if (v < 0 || v > 2)
            return false;
        m_hostPpm = v;
        deferred = true;
        return true;
    }
    if (name == "FDR") {
        if (test)
            return true;
        const bool undelivered = std::any_of(m_received.begin(), m_received.end(),
                                             [](const ReceivedPage &p) { return !p.delivered; });
        if (m_role != Role::Receiving || (!undelivered && !m_fax && !m_t30Done) ||
            m_pending != Pending::None)
            return false;
        m_pending = Pending::Receive;
        m_connectSent = false;
        m_dataSent = false;
        m_dc2Seen = false;
        m_dc2WaitTicks = 0;
        deferred = true;
        if (!m_inCallback)
            deliverPages();
        return true;
    }
    if (name == "FKS") {
        if (m_inCallback) {
            m_abortRequested = true;
            m_abortQuietly = false;
            deferred = true;
        } else if (m_fax) {
            abortCall(true);
            deferred = true;
        }
        return true;
    }
    // Plain numeric parameters: stored, and used where they mean something here.
    struct Numeric
    {
        const char *name;
        int *value;
        const char *range;
    };
    int dummy = 0;
    const Numeric numerics[] = {{"FCR", &m_fcr, "(0,1)"},
                                {"FAA", &m_faa, "(0,1)"},
                                {"FBO", &m_fbo, "(0-3)"},
                                {"FLO", &m_flo, "(0-2)"},
                                {"FIE", &m_fie, "(0,1)"},
                                {"FPP", &m_fpp, "(0,1)"},
                                {"FCT", &m_fct, "(0-FF)"},
                                {"FMS", &m_fms, "(0-5)"},
                                {"FBU", &dummy, "(0,1)"},
                                {"FAP", &dummy, "(0,1),(0,1),(0,1)"},
                                {"FSP", &dummy, "(0,1)"},
                                {"FRQ", &dummy, "(0-64),(0-FF)"},
                                {"FEA", &dummy, "(0,1)"},
                                {"FIT", &dummy, "(0-255),(0,1)"},
                                {"FAR", &dummy, "(0,1)"},
                                {"FCQ", &m_fcq[0], "(0-2),(0-2)"},
                                {"FNR", &m_fnr[0], "(0,1),(0,1),(0,1),(0,1)"},
                                {"FECM", &dummy, "(0-2)"},
                                {"FREL", &dummy, "(0,1)"},
                                {"FBADLIN", &dummy, "(0-255)"},
                                {"FBADMUL", &dummy, "(0-255)"},
                                {"FCTCRTY", &dummy, "(0-255)"},
                                {"FTBC", &dummy, "(0)"},
                                {"FVRFC", &dummy, "(0-2)"},
                                {"FWDFC", &dummy, "(0-2)"},
                                {"FLNFC", &dummy, "(0-2)"},
                                {"FDFFC", &dummy, "(0-2)"},
                                {"FBUF", &dummy, "(0)"}};
    for (const auto &n : numerics) {
        if (name != n.name)
            continue;
        if (test) {
            info(n.range);
        } else if (read) {
            info(std::to_string(*n.value));
        } else if (set) {
            const auto args = splitArgs(value);
            if (!args.empty() && !args[0].empty())
                *n.value = int(std::strtol(args[0].c_str(), nullptr, name == "FCT" ? 16 : 10));
        }
        return true;
    }
    return false;
}

// --- call side -------------------------------------------------------------------------------

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
    if (m_class == ServiceClass::Class20) {
        // T.32 writes the codes in hexadecimal digits; 100-103 become A0-A3.
        if (code >= 100)
            std::snprintf(buf, sizeof buf, "A%d", code - 100);
        else
            std::snprintf(buf, sizeof buf, "%02d", code);
    } else {
        std::snprintf(buf, sizeof buf, "%d", code);
    }
    return buf;
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
    case Pending::PostPage:
        m_pending = Pending::None;
        m_waitingPpm = false;
        reportHangup(m_lastHangup);
        ok();
        break;
    case Pending::Receive:
    case Pending::None:
        break; // reported at the next +FDR / +FDT
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
    info(name20("+FPS:", "+FPTS:") + std::to_string(ppr));
    const bool positive = ppr == 1 || ppr == 3 || ppr == 5;
    if (m_lastPageSent && positive)
        return; // OK follows +FHS once the call has ended (phase E)
    m_pending = Pending::None;
    if (m_class == ServiceClass::Class20 && !positive)
        error();
    else
        ok();
}

int Class2Modem::onRowRead(uint8_t *row, size_t len)
{
    if (!m_rowsReady) {
        // spandsp starts a page: get it from the host, with the line's clock stopped.
        m_inCallback = true;
        if (!m_fdtRequested) {
            pump([](const Class2Modem *m) { return m->m_fdtRequested || m->m_abortRequested; },
                 kHostTimeoutSeconds);
        }
        if (m_abortRequested) {
            m_inCallback = false;
            return -1;
        }
        if (m_pagesSent == 0)
            info(name20("+FCS:", "+FDCS:") + m_negotiated.text());
        result("CONNECT", 1);
        if (m_class == ServiceClass::Class2)
            emit(std::string(1, char(kXon))); // Class 2 hosts wait for XON before sending data
        m_fdtRequested = false;
        m_pageData.clear();
        m_pageDataDone = false;
        m_hostPpm = -1;
        m_dle = false;
        m_input = Input::SendData;
        pump([](const Class2Modem *m) { return m->m_pageDataDone || m->m_abortRequested; },
             kHostTimeoutSeconds);
        if (!m_abortRequested && m_hostPpm < 0) {
            // <DLE><ETX>: the host names the post-page message with +FET=n
            m_waitingPpm = true;
            ok();
            pump([](const Class2Modem *m) { return m->m_hostPpm >= 0 || m->m_abortRequested; },
                 kHostTimeoutSeconds);
            m_waitingPpm = false;
        }
        m_input = Input::Command;
        if (m_abortRequested) {
            m_inCallback = false;
            return -1;
        }
        std::string error;
        if (!decodeHostPage(&error))
            std::fprintf(stderr, "%s: page %d from the host: %s\n", m_tag.c_str(), m_pagesSent + 1,
                         error.c_str());
        // MPS unless the host ended the document (EOM goes out as MPS: the next page follows)
        t4_tx_state_t *t4 = &fax_get_t30_state(m_fax)->t4.tx;
        m_lastPageSent = m_hostPpm == 2;
        t4->tiff.stop_page = m_lastPageSent ? t4->current_page : INT_MAX;
        m_pending = Pending::PostPage;
        m_pageEndSent = false;
        m_rowsReady = true;
        m_nextRow = 0;
        m_inCallback = false;
        if (m_verbose)
            std::fprintf(stderr, "%s: page %d: %zu rows from the host, %s\n", m_tag.c_str(),
                         m_pagesSent + 1, m_rows.size(), m_lastPageSent ? "EOP" : "MPS");
    }
    if (m_nextRow >= m_rows.size()) {
        m_rowsReady = false;
        ++m_pagesSent;
        return 0;
    }
    const auto &r = m_rows[m_nextRow++];
    std::memset(row, 0, len);
    std::memcpy(row, r.data(), std::min(len, r.size()));
    return int(len);
}

// --- page data -------------------------------------------------------------------------------

void Class2Modem::refillEcmBlock(t30_state_s *t30)
{
    // spandsp 0.0.6 also cut page 1 into the first ECM block when it opened the document; cut
    // the host's page again the way its (static) partial page code does: up to 256 HDLC frames
    // of address, control, FCD, frame number and octets_per_ecm_frame of image data.
    t4_tx_state_t *t4 = &t30->t4.tx;
    const int size = t30->octets_per_ecm_frame;
    t30->ppr_count = 0;
    t30->ecm_progress = 0;
    for (int i = 3; i < 3 + 32; ++i)
        t30->ecm_frame_map[i] = 0xFF;
    int frames = 0;
    bool atEnd = false;
    for (int i = 0; i < 256; ++i) {
        t30->ecm_len[i] = -1;
        uint8_t *frame = t30->ecm_data[i];
        frame[0] = 0xFF;
        frame[1] = 0x03; // not the final frame: a PPS follows the block
        frame[2] = T4_FCD;
        frame[3] = uint8_t(i);
        const int len = t4_tx_get_chunk(t4, &frame[4], size);
        if (len < size) {
            if (len > 0) {
                std::memset(&frame[4 + len], 0, size_t(size - len));
                t30->ecm_len[i] = int16_t(size + 4);
                frames = i + 1;
            } else {
                frames = i;
            }
            atEnd = true;
            break;
        }
        t30->ecm_len[i] = int16_t(size + 4);
        frames = i + 1;
    }
    if (!atEnd)
        atEnd = t4->t4_t6_tx.bit_ptr >= t4->image_size;
    t30->ecm_frames = frames;
    t30->ecm_at_page_end = atEnd ? 1 : 0;
    if (m_verbose)
        std::fprintf(stderr, "%s: first ECM block refilled from the host's page: %d frames\n",
                     m_tag.c_str(), frames);
}

bool Class2Modem::makePlaceholder(std::string *error)
{
    // spandsp reads width and resolution for its DCS from page 1 of the file; the rows of
    // every page come from the host through the row read handler.
    const int width = kWidths[std::clamp(m_session.v[2], 0, 2)];
    TIFF *tif = TIFFOpen(m_placeholderPath.c_str(), "w");
    if (!tif) {
        *error = "cannot create " + m_placeholderPath;
        return false;
    }
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(1));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_NONE);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(tif, TIFFTAG_FILLORDER, FILLORDER_LSB2MSB);
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_CENTIMETER);
    TIFFSetField(tif, TIFFTAG_XRESOLUTION, 80.31f);
    TIFFSetField(tif, TIFFTAG_YRESOLUTION, m_session.v[0] >= 1 ? 77.0f : 38.5f);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(1));
    TIFFSetField(tif, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
    TIFFSetField(tif, TIFFTAG_PAGENUMBER, 0, 1);
    std::vector<uint8_t> white(size_t((width + 7) / 8), 0);
    const bool ok = TIFFWriteScanline(tif, white.data(), 0, 0) >= 0;
    TIFFClose(tif);
    if (!ok)
        *error = "cannot write " + m_placeholderPath;
    return ok;
}

bool Class2Modem::decodeHostPage(std::string *error)
{
    m_rows.clear();
    std::vector<uint8_t> data = m_pageData;
    if (m_fbo & 1) {
        for (auto &b : data)
            b = reverseBits(b); // +FBO=1/3: the host's first bit on the line is the MSB
    }
    const int width = kWidths[std::clamp(m_negotiated.v[2], 0, 2)];
    unlink(m_decodePath.c_str());
    t4_rx_state_t *t4 = t4_rx_init(nullptr, m_decodePath.c_str(), T4_COMPRESSION_ITU_T6);
    if (!t4) {
        *error = "cannot create " + m_decodePath;
        return false;
    }
    span_log_set_sample_rate(&t4->logging, kSampleRate);
    t4_rx_set_rx_encoding(t4, t4Encoding(m_negotiated.v[4]));
    t4_rx_set_image_width(t4, width);
    t4_rx_set_x_resolution(t4, T4_X_RESOLUTION_R8);
    t4_rx_set_y_resolution(t4, m_negotiated.v[0] ? T4_Y_RESOLUTION_FINE : T4_Y_RESOLUTION_STANDARD);
    t4_rx_start_page(t4);
    if (!data.empty())
        t4_rx_put_chunk(t4, data.data(), int(data.size()));
    t4_rx_end_page(t4);
    t4_rx_free(t4);

    TIFF *tif = TIFFOpen(m_decodePath.c_str(), "r");
    if (!tif) {
        *error = "spandsp decoded no page (" + std::to_string(data.size()) + " bytes of data)";
        return false;
    }
    uint32_t w = 0, h = 0;
    uint16_t photometric = PHOTOMETRIC_MINISWHITE;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
    TIFFGetFieldDefaulted(tif, TIFFTAG_PHOTOMETRIC, &photometric);
    std::vector<uint8_t> line(size_t(TIFFScanlineSize(tif)));
    for (uint32_t y = 0; y < h; ++y) {
        if (TIFFReadScanline(tif, line.data(), y, 0) < 0)
            break;
        if (photometric == PHOTOMETRIC_MINISBLACK) {
            for (auto &b : line)
                b = uint8_t(~b);
        }
        m_rows.push_back(line);
    }
    TIFFClose(tif);
    if (m_rows.empty()) {
        *error = "no rows decoded from " + std::to_string(data.size()) + " bytes";
        return false;
    }
    return true;
}

std::string Class2Modem::encodeReceivedPage(int index, int *lines)
{
    *lines = 0;
    t4_tx_state_t *t4 = t4_tx_init(nullptr, m_rxPath.c_str(), index, index);
    if (!t4) {
        std::fprintf(stderr, "%s: cannot read page %d of %s\n", m_tag.c_str(), index + 1,
                     m_rxPath.c_str());
        return {};
    }
    span_log_set_sample_rate(&t4->logging, kSampleRate);
    t4_tx_set_tx_encoding(t4, t4Encoding(m_negotiated.v[4]));
    t4_tx_set_min_bits_per_row(t4, 0);
    std::string out;
    if (t4_tx_start_page(t4) == 0) {
        *lines = t4->image_length;
        uint8_t buf[1024];
        int n;
        while ((n = t4_tx_get_chunk(t4, buf, sizeof buf)) > 0) {
            for (int i = 0; i < n; ++i) {
                const uint8_t b = (m_fbo & 1) ? reverseBits(buf[i]) : buf[i];
                out += char(b);
                if (b == kDle)
                    out += char(kDle);
            }
        }
    }
    t4_tx_free(t4);
    out += char(kDle);
    out += char(kEtx);
    return out;
}

void Class2Modem::deliverPages()
{
    if (m_pending != Pending::Receive)
        return;
    ReceivedPage *page = nullptr;
    for (auto &p : m_received) {
        if (!p.delivered) {
            page = &p;
            break;
        }
    }
    if (!m_connectSent) {
        if (page) {
            result("CONNECT", 1);
            m_connectSent = true;
            m_dataSent = false;
            m_dc2WaitTicks = 0;
        } else if (m_t30Done) {
            m_pending = Pending::None;
            reportHangup(m_lastHangup);
            ok();
        }
        return;
    }
    if (!page)
        return;
    if (!m_dataSent) {
        // Class 2 hosts send DC2 when ready; Class 2.0 needs none (tolerated when sent).
        const int wait = m_class == ServiceClass::Class2 ? 250 : 5;
        if (!m_dc2Seen && m_dc2WaitTicks++ < wait)
            return;
        emit(encodeReceivedPage(page->index, &m_currentLines));
        m_dataSent = true;
    }
    int ppr = page->index < int(m_pprs.size()) ? m_pprs[size_t(page->index)] : 0;
    if (ppr == 0 && m_t30Done)
        ppr = m_t30Code == T30_ERR_OK ? 1 : 2;
    if (ppr == 0)
        return; // the response on the line is not out yet
    m_lastPpr = ppr;
    info(name20("+FPS:", "+FPTS:") + std::to_string(ppr) + "," + std::to_string(m_currentLines) +
         ",0,0,0");
    info("+FET:" + std::to_string(page->ppm));
    page->delivered = true;
    m_pending = Pending::None;
    m_connectSent = false;
    m_dataSent = false;
    m_dc2Seen = false;
    ok();
}

} // namespace Fax::VirtualLine
