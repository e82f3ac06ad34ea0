// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: T.30 control frames and ECM data as a far end could send them.
// The input is a byte stream of length-prefixed chunks. Each chunk goes through parseFrame()
// (with and without FCS), the DIS/DCS/PPS/PPR field decoders, the HDLC decoder, and, when it
// parses, into a sending and a receiving T.30 session. Checks: round trips hold, sessions stay
// quiet once finished. Builds against engine/t30 alone (QtCore, and QtGui headers for the
// FaxResolution/FaxCompression enums):
//   clang++ -std=c++20 -fsanitize=fuzzer,address -Iengine $(pkg-config --cflags Qt6Gui) -fPIC \
//       tests/fuzz/fuzz_t30frame.cpp engine/t30/*.cpp -lQt6Core
#include "t30/hdlc.h"
#include "t30/t30capabilities.h"
#include "t30/t30frames.h"
#include "t30/t30session.h"

#include <cstdint>
#include <cstdlib>

using namespace Fax;
using namespace Fax::T30;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void feed(T30Session &session, const Event &event)
{
    const bool wasFinished = session.finished();
    const QList<Action> out = session.handle(event);
    if (wasFinished)
        check(out.isEmpty());
    for (int i = 0; i < out.size(); ++i) {
        if (out.at(i).kind == Action::Kind::Finished)
            check(i == out.size() - 1);
    }
}

void fields(const QByteArray &fif)
{
    if (const auto caps = Capabilities::fromDis(fif)) {
        const auto again = Capabilities::fromDis(caps->toDis());
        check(again.ok() && *again == *caps);
    }
    if (const auto params = SessionParams::fromDcs(fif)) {
        const auto again = SessionParams::fromDcs(params->toDcs());
        check(again.ok() && *again == *params);
    }
    if (const auto pps = parsePps(fif))
        check(pps->frames >= 1 && pps->frames <= 256);
    const QList<int> frames = framesFromPpr(fif);
    check(framesFromPpr(pprFif(frames)) == frames);
    check(decodeStationId(fif).size() <= fif.size());
    (void)rateFromCtc(fif);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray all(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    HdlcDecoder decoder(300);
    for (const HdlcEvent &e : decoder.push(all)) {
        check(e.data.size() <= 300 + 2);
        if (e.kind == HdlcEvent::Kind::Frame)
            (void)parseEcmFrame(e.data);
    }

    SendPreferences prefs;
    prefs.local.v29 = prefs.local.v17 = prefs.local.ecm = prefs.local.mmr = prefs.local.mr = true;
    prefs.allowEcm = mode & 1;
    T30Sender sender(QStringLiteral("+1 555 1234"), prefs);
    T30Receiver receiver(QStringLiteral("+1 555 9876"), prefs.local);
    sender.start();
    receiver.start();

    qsizetype pos = 0;
    int step = 0;
    while (pos < all.size()) {
        const int len = std::uint8_t(all.at(pos++));
        const QByteArray chunk = all.mid(pos, len);
        pos += len;
        ++step;
        fields(chunk.mid(3));
        const bool withFcs = (mode >> 1) & 1;
        const ParseResult r = parseFrame(chunk, withFcs);
        if (!r.ok()) {
            check(!r.message.isEmpty());
            feed(sender, Event::frameError());
            feed(receiver, Event::frameError());
            continue;
        }
        if (!withFcs)
            check(r.frame.toBytes() == chunk);
        feed(sender, Event::received(r.frame));
        feed(receiver, Event::received(r.frame));
        // Interleave the other events the driver can report, chosen by the input.
        switch (((mode >> 2) + step) & 7) {
        case 0:
            feed(sender, Event::timeout(Timer::T4));
            feed(receiver, Event::timeout(Timer::T2));
            break;
        case 1:
            feed(receiver, Event::training(chunk.size() & 1));
            break;
        case 2:
            feed(receiver, Event::pageReceived(chunk, chunk.size() & 2));
            break;
        case 3:
            feed(sender, Event::pageReady(chunk, PageEnd(chunk.size() % 3)));
            break;
        case 4:
            feed(receiver, Event{Event::Kind::CarrierMismatch});
            break;
        default:
            break;
        }
    }
    feed(sender, Event{Event::Kind::Abort});
    feed(receiver, Event{Event::Kind::Abort});
    check(sender.finished() && receiver.finished());
    return 0;
}
