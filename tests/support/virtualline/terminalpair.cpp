// SPDX-License-Identifier: GPL-3.0-or-later
// fax_terminalpair: two spandsp T.30 fax terminals on one simulated line, for the session
// benchmark's reference figure (issue 4: "within 15 % of spandsp terminal-to-terminal time").
// The caller sends a TIFF, the answerer receives it. Time is counted in audio samples, not on the
// wall clock, so the figure does not depend on the machine's load. The line has the same shape
// as fax_virtualline's: 60 ms one way and half a second from dialling to the answer.
// Prints one machine-readable line: FAXPAIR_RESULT key=value...

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>

#include <spandsp.h>

namespace {

constexpr int kSampleRate = 8000;
constexpr int kChunk = 160;          // 20 ms
constexpr int kDelaySamples = 480;   // 60 ms one way, as the virtual line's default
constexpr double kDialSeconds = 0.5; // the virtual line connects half a second after ATD

struct Side
{
    fax_state_t *fax = nullptr;
    bool done = false;
    int code = -1;
};

void onPhaseE(t30_state_t *, void *user, int completionCode)
{
    auto *side = static_cast<Side *>(user);
    side->done = true;
    side->code = completionCode;
}

void quietLogging(logging_state_t *logging)
{
    // spandsp divides by the logging sample rate when it logs: it must not stay 0.
    span_log_set_sample_rate(logging, kSampleRate);
    span_log_set_level(logging, SPAN_LOG_NONE);
}

bool setUp(Side *side, bool calling, bool ecm, const std::string &tx, const std::string &rx)
{
    side->fax = fax_init(nullptr, calling ? 1 : 0);
    if (!side->fax)
        return false;
    t30_state_t *t30 = fax_get_t30_state(side->fax);
    quietLogging(fax_get_logging_state(side->fax));
    quietLogging(t30_get_logging_state(t30));
    fax_set_transmit_on_idle(side->fax, 1);
    t30_set_tx_ident(t30, calling ? "+1 555 0199" : "+1 555 0100");
    t30_set_supported_modems(t30, T30_SUPPORT_V27TER | T30_SUPPORT_V29 | T30_SUPPORT_V17);
    t30_set_ecm_capability(t30, ecm ? 1 : 0);
    int compressions = T30_SUPPORT_T4_1D_COMPRESSION | T30_SUPPORT_T4_2D_COMPRESSION;
    if (ecm)
        compressions |= T30_SUPPORT_T6_COMPRESSION;
    t30_set_supported_compressions(t30, compressions);
    if (!tx.empty())
        t30_set_tx_file(t30, tx.c_str(), -1, -1);
    if (!rx.empty())
        t30_set_rx_file(t30, rx.c_str(), -1);
    t30_set_phase_e_handler(t30, onPhaseE, side);
    return true;
}

void usage()
{
    std::fprintf(stderr,
                 "usage: fax_terminalpair --send FILE.tif --receive-file OUT.tif [--no-ecm]\n"
                 "                        [--limit SECONDS]\n");
}

} // namespace

int main(int argc, char **argv)
{
    std::string sendFile;
    std::string receiveFile;
    bool ecm = true;
    double limitSeconds = 600;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--send" && i + 1 < argc) {
            sendFile = argv[++i];
        } else if (arg == "--receive-file" && i + 1 < argc) {
            receiveFile = argv[++i];
        } else if (arg == "--no-ecm") {
            ecm = false;
        } else if (arg == "--limit" && i + 1 < argc) {
            limitSeconds = std::atof(argv[++i]);
        } else {
            usage();
            return 64;
        }
    }
    if (sendFile.empty() || receiveFile.empty()) {
        usage();
        return 64;
    }

    Side caller;
    Side answerer;
    if (!setUp(&caller, true, ecm, sendFile, std::string()) ||
        !setUp(&answerer, false, ecm, std::string(), receiveFile)) {
        std::fprintf(stderr, "fax_terminalpair: spandsp could not make a fax terminal\n");
        return 2;
    }

    std::deque<int16_t> toAnswerer(kDelaySamples, 0);
    std::deque<int16_t> toCaller(kDelaySamples, 0);
    long samples = 0;
    const long limit = long(limitSeconds * kSampleRate);
    int16_t out[kChunk];
    int16_t in[kChunk];
    // One side's phase E can come a moment before the other's (the DCN still on the line).
    while (!(caller.done && answerer.done) && samples < limit) {
        for (auto [side, fifo] :
             {std::pair{&caller, &toAnswerer}, std::pair{&answerer, &toCaller}}) {
            int n = side->done ? 0 : fax_tx(side->fax, out, kChunk);
            if (n < kChunk)
                std::memset(out + n, 0, sizeof(int16_t) * size_t(kChunk - n));
            fifo->insert(fifo->end(), out, out + kChunk);
        }
        for (auto [side, fifo] :
             {std::pair{&caller, &toCaller}, std::pair{&answerer, &toAnswerer}}) {
            for (int k = 0; k < kChunk; ++k) {
                in[k] = fifo->front();
                fifo->pop_front();
            }
            if (!side->done)
                fax_rx(side->fax, in, kChunk);
        }
        samples += kChunk;
    }

    t30_stats_t stats{};
    t30_get_transfer_statistics(fax_get_t30_state(answerer.fax), &stats);
    const double connected = double(samples) / kSampleRate;
    const char *compression = stats.encoding == T4_COMPRESSION_ITU_T6      ? "T.6"
                              : stats.encoding == T4_COMPRESSION_ITU_T4_2D ? "T.4 2D"
                                                                           : "T.4 1D";
    const bool ok =
        caller.done && answerer.done && caller.code == T30_ERR_OK && answerer.code == T30_ERR_OK;
    std::printf("FAXPAIR_RESULT result=%s pages=%d ecm=%d compression=\"%s\" rate=%d "
                "seconds=%.1f connected_seconds=%.1f text=\"%s\"\n",
                ok ? "completed" : "failed", stats.pages_rx, stats.error_correcting_mode ? 1 : 0,
                compression, stats.bit_rate, connected + kDialSeconds, connected,
                t30_completion_code_to_str(answerer.code >= 0 ? answerer.code : caller.code));
    fax_free(caller.fax);
    fax_free(answerer.fax);
    return ok ? 0 : 1;
}
