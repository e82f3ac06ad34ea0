// SPDX-License-Identifier: GPL-3.0-or-later
// fax_virtualline: a virtual fax line for tests and for the console's loopback line.
// See usage() for the modes; the last line on stdout is the machine-readable result.

#include "virtualline.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <spandsp.h>

namespace {

volatile sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

void usage()
{
    std::fprintf(
        stderr,
        "usage:\n"
        "  fax_virtualline --modem-to-terminal --pty-link PATH [--terminal receive|send FILE.tif]\n"
        "                  [--receive-file OUT.tif] [--ecm] [--v17|--v29|--v27] [--ident ID]\n"
        "                  [--answer-delay-rings N] [--ring-period SECONDS] [--noise DBM0] "
        "[--delay-ms N]\n"
        "                  [--busy|--no-answer|--no-dialtone] [--hangup-after-pages N]\n"
        "                  [--hangup-during-page N] [--caller-id NUMBER[,NAME]]\n"
        "                  [--class 1|2|2.0] [--timeout SECONDS] [--verbose|-v]\n"
        "                  Class 2/2.0 modem variants (see virtualline.h, Class2Variant):\n"
        "                  [--page-status report|result|result-no-query]\n"
        "                  [--page-end both|dle|fet] [--hangup-report before-ok|after-ok]\n"
        "                  [--ok-delay MS] [--numbers hex|decimal]\n"
        "  fax_virtualline --back-to-back --pty-link A --pty-link B [--serve] [--noise DBM0]\n"
        "                  [--busy|--no-answer|--no-dialtone] [--timeout SECONDS] [--verbose|-v]\n"
        "Prints FAXVLINE_READY once the links exist and FAXVLINE_RESULT key=value... per call.\n"
        "--serve keeps the line up for call after call; --timeout 0 means no timeout.\n");
}

bool parseNumber(const char *text, double *value)
{
    char *end = nullptr;
    *value = std::strtod(text, &end);
    return end && end != text && *end == '\0';
}

} // namespace

int main(int argc, char **argv)
{
    using namespace Fax::VirtualLine;
    Options options;
    bool modeGiven = false;
    options.timeoutSeconds = 300;

    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char *what) -> const char * {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "fax_virtualline: %s needs %s\n", arg.c_str(), what);
                std::exit(64);
            }
            return argv[++i];
        };
        auto number = [&](const char *what) -> double {
            const char *text = value(what);
            double v = 0;
            if (!parseNumber(text, &v)) {
                std::fprintf(stderr, "fax_virtualline: %s: \"%s\" is not a number\n", arg.c_str(),
                             text);
                std::exit(64);
            }
            return v;
        };
        if (arg == "--modem-to-terminal") {
            options.backToBack = false;
            modeGiven = true;
        } else if (arg == "--back-to-back") {
            options.backToBack = true;
            modeGiven = true;
        } else if (arg == "--pty-link") {
            options.ptyLinks.emplace_back(value("a path"));
        } else if (arg == "--terminal") {
            const std::string role = value("receive or send");
            if (role == "receive") {
                options.role = TerminalRole::Receive;
            } else if (role == "send") {
                options.role = TerminalRole::Send;
                options.sendFile = value("a TIFF file to send");
            } else {
                std::fprintf(stderr, "fax_virtualline: --terminal: unknown role \"%s\"\n",
                             role.c_str());
                return 64;
            }
        } else if (arg == "--receive-file") {
            options.receiveFile = value("a TIFF file name");
        } else if (arg == "--class") {
            const std::string serviceClass = value("1, 2 or 2.0");
            if (serviceClass == "1")
                options.serviceClass = 1;
            else if (serviceClass == "2")
                options.serviceClass = 2;
            else if (serviceClass == "2.0")
                options.serviceClass = 20;
            else {
                std::fprintf(stderr, "fax_virtualline: --class: unknown class \"%s\"\n",
                             serviceClass.c_str());
                return 64;
            }
        } else if (arg == "--page-status" || arg == "--page-end" || arg == "--hangup-report" ||
                   arg == "--numbers") {
            const std::string v = value("a variant");
            Class2Variant &c = options.class2;
            bool known = true;
            if (arg == "--page-status" && v == "report")
                c.pageStatus = Class2Variant::PageStatus::Report;
            else if (arg == "--page-status" && v == "result")
                c.pageStatus = Class2Variant::PageStatus::Result;
            else if (arg == "--page-status" && v == "result-no-query")
                c.pageStatus = Class2Variant::PageStatus::ResultNoQuery;
            else if (arg == "--page-end" && v == "both")
                c.pageEnd = Class2Variant::PageEnd::Both;
            else if (arg == "--page-end" && v == "dle")
                c.pageEnd = Class2Variant::PageEnd::Dle;
            else if (arg == "--page-end" && v == "fet")
                c.pageEnd = Class2Variant::PageEnd::Fet;
            else if (arg == "--hangup-report" && v == "before-ok")
                c.hangupReport = Class2Variant::HangupReport::BeforeOk;
            else if (arg == "--hangup-report" && v == "after-ok")
                c.hangupReport = Class2Variant::HangupReport::AfterOk;
            else if (arg == "--numbers" && (v == "hex" || v == "decimal"))
                c.decimal = v == "decimal";
            else
                known = false;
            if (!known) {
                std::fprintf(stderr, "fax_virtualline: %s: unknown variant \"%s\"\n", arg.c_str(),
                             v.c_str());
                return 64;
            }
        } else if (arg == "--ok-delay") {
            options.class2.okDelayMs = int(number("milliseconds"));
        } else if (arg == "--ecm") {
            options.ecm = true;
        } else if (arg == "--v17") {
            options.modems |= T30_SUPPORT_V17 | T30_SUPPORT_V29 | T30_SUPPORT_V27TER;
        } else if (arg == "--v29") {
            options.modems |= T30_SUPPORT_V29 | T30_SUPPORT_V27TER;
        } else if (arg == "--v27") {
            options.modems |= T30_SUPPORT_V27TER;
        } else if (arg == "--ident") {
            options.ident = value("an identity");
        } else if (arg == "--answer-delay-rings") {
            options.answerDelayRings = int(number("a ring count"));
        } else if (arg == "--ring-period") {
            options.ringPeriodSeconds = number("seconds");
        } else if (arg == "--noise") {
            options.noise = true;
            options.noiseDbm0 = number("a level in dBm0");
        } else if (arg == "--delay-ms") {
            options.delayMs = int(number("milliseconds"));
        } else if (arg == "--busy") {
            options.failure = LineFailure::Busy;
        } else if (arg == "--no-answer") {
            options.failure = LineFailure::NoAnswer;
        } else if (arg == "--no-dialtone") {
            options.failure = LineFailure::NoDialTone;
        } else if (arg == "--hangup-after-pages") {
            options.hangupAfterPages = int(number("a page count"));
        } else if (arg == "--hangup-during-page") {
            options.hangupDuringPage = int(number("a page number"));
        } else if (arg == "--caller-id") {
            const std::string id = value("NUMBER[,NAME]");
            const size_t comma = id.find(',');
            options.callerIdNumber = id.substr(0, comma);
            options.callerIdName =
                comma == std::string::npos ? std::string() : id.substr(comma + 1);
        } else if (arg == "--timeout") {
            options.timeoutSeconds = number("seconds");
        } else if (arg == "--serve") {
            options.once = false;
        } else if (arg == "--verbose" || arg == "-v") {
            ++options.verbose;
        } else if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        } else {
            std::fprintf(stderr, "fax_virtualline: unknown option \"%s\"\n", arg.c_str());
            usage();
            return 64;
        }
    }
    if (!modeGiven) {
        std::fprintf(stderr, "fax_virtualline: give --modem-to-terminal or --back-to-back\n");
        usage();
        return 64;
    }
    const size_t wanted = options.backToBack ? 2 : 1;
    if (options.ptyLinks.size() != wanted) {
        std::fprintf(stderr, "fax_virtualline: this mode needs %zu --pty-link option(s), got %zu\n",
                     wanted, options.ptyLinks.size());
        return 64;
    }
    if (!options.backToBack && options.role == TerminalRole::Send) {
        if (FILE *f = std::fopen(options.sendFile.c_str(), "rb")) {
            std::fclose(f);
        } else {
            std::fprintf(stderr, "fax_virtualline: cannot read %s: %s\n", options.sendFile.c_str(),
                         std::strerror(errno));
            return 66;
        }
    }

    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    Line line(options);
    const std::string error = line.open();
    if (!error.empty()) {
        std::fprintf(stderr, "fax_virtualline: %s\n", error.c_str());
        return 71;
    }
    std::printf("FAXVLINE_READY");
    for (const auto &link : options.ptyLinks)
        std::printf(" %s", link.c_str());
    std::printf("\n");
    std::fflush(stdout);
    return line.run(reinterpret_cast<const volatile int *>(&g_stop));
}
