// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: raw T.4/T.6/T.85 data as received from a modem -> FaxCodec::decode.
// The first byte picks compression (bit 64: T.85, else MH/MR/MMR by value % 3), bit order and
// width. Whatever decodes must re-encode and
// decode to the same pixels (a differential check of our framing around libtiff).
#include "imaging/faxcodec.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace Fax;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t sel = data[0];
    FaxCodec::DecodeOptions o;
    o.compression = (sel & 64) ? FaxCompression::T85 : FaxCompression(sel % 3);
    o.lsbFirst = sel & 4;
    o.width = (sel & 8) ? 2048 : 1728;
    o.maxLines = 3000;
    const QByteArray raw(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto decoded = FaxCodec::decode(raw, o);
    if (!decoded)
        return 0;
    FaxCodec::EncodeOptions eo;
    eo.compression = o.compression;
    eo.alignEol = sel & 16;
    eo.minBitsPerLine = (sel & 32) ? 1000 : 0;
    auto again = FaxCodec::encode(decoded->image, eo);
    if (!again)
        std::abort();
    FaxCodec::DecodeOptions o2 = o;
    o2.lsbFirst = false;
    auto back = FaxCodec::decode(again.value(), o2);
    if (!back || back->badLines != 0 || back->image.size() != decoded->image.size())
        std::abort();
    for (int y = 0; y < back->image.height(); ++y)
        if (std::memcmp(back->image.constScanLine(y), decoded->image.constScanLine(y),
                        size_t(o.width / 8)) != 0)
            std::abort();
    return 0;
}
