// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>

namespace Fax {

/// T.85 (JBIG, the fax profile of T.82) coding of fax pages through libjbig's jbg85 codec.
class JbigCodec
{
public:
    struct EncodeOptions
    {
        int stripeLines = 128; ///< L0 (T.85: 128 unless the receiver accepts another, DIS bit 79)
        bool typicalPrediction = true; ///< TPBON
        bool twoLineTemplate = false;  ///< LRLTWO
    };

    /// Largest page either direction accepts: wider than A3 at 8 pels/mm × 3, longer than any
    /// fax page; a header announcing more is refused before anything is allocated.
    static constexpr int kMaxWidth = 8192;
    static constexpr int kMaxLines = 65535;

    /// Codes a fax image (isFaxImage(): Format_Mono, index 1 black) as one BIE: 20-byte header
    /// + stripes (DL = D = 0, P = 1, MX = 127, MY = 0, VLENGTH = 0, the height known up front).
    /// Empty array on bad input (not a fax image, larger than the limits, L0 < 1).
    static QByteArray encode(const QImage &page, const EncodeOptions &options);
    /// The same with the default options (an overload: GCC cannot take `= {}` of a nested
    /// struct with member initializers as a default argument inside its own class).
    static QByteArray encode(const QImage &page) { return encode(page, EncodeOptions()); }

    struct DecodeOptions
    {
        /// Zero bytes after the end of the image are fill (the last ECM frame of a page is
        /// padded with them), not an error.
        bool acceptZeroFill = false;
        int maxLines = kMaxLines; ///< refuse pages longer than this (at most kMaxLines)
    };

    /// Decodes a BIE (also one with VLENGTH / a NEWLEN marker, as T.85 senders may send); an
    /// Error naming the byte offset and libjbig's reason on corrupt data; refuses absurd sizes
    /// (width > kMaxWidth, height > maxLines) before allocating.
    static Expected<QImage> decode(const QByteArray &bie, const DecodeOptions &options);
    static Expected<QImage> decode(const QByteArray &bie) { return decode(bie, DecodeOptions()); }
};

} // namespace Fax
