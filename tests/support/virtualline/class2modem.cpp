// SPDX-License-Identifier: GPL-3.0-or-later
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

double monotonic()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
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

Class2Modem::Class2Modem(Modem *owner, int masterFd, ServiceClass serviceClass,
                         const Class2Variant &variant, int verbose, const std::string &tag)
    : m_owner(owner), m_fd(masterFd), m_class(serviceClass), m_variant(variant), m_verbose(verbose),
      m_tag(tag), m_t30Tag(tag + "-t30")
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
        sendDueResult(); // a delayed result is due in real time, with the line's clock stopped
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
                case 0x2C: // <DLE>, MPS
                case 0x3B: // <DLE>; EOM
                case 0x2E: // <DLE>. EOP
                    if (m_variant.pageEnd == Class2Variant::PageEnd::Fet)
                        break; // an EIA/TIA-592 modem knows no such pair
                    [[fallthrough]];
                case kEtx:
                    m_hostPpm = c == 0x2C ? 0 : c == 0x3B ? 1 : c == 0x2E ? 2 : -1;
                    // T.32 has no +FET for the sender: <DLE><ETX> ends the document.
                    if (c == kEtx && m_variant.pageEnd == Class2Variant::PageEnd::Dle)
                        m_hostPpm = 2;
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
        else if (read && m_variant.pageStatus == Class2Variant::PageStatus::ResultNoQuery)
            return false;
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
        if (!set || m_role != Role::Sending || !m_waitingPpm ||
            m_variant.pageEnd == Class2Variant::PageEnd::Dle)
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

} // namespace Fax::VirtualLine
