// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "faxpage.h"

#include <QByteArray>
#include <QImage>

namespace Fax {

/// T.4 (MH, MR) and T.6 (MMR) coding of fax pages through libtiff's CCITT codecs (and T.85
/// through JbigCodec), in memory, producing and consuming the raw data a fax modem sends and
/// receives.
class FaxCodec
{
public:
    struct EncodeOptions
    {
        FaxCompression compression = FaxCompression::Mh;
        int yDpi = 196;         ///< chooses MR's K: 2 at 98 lpi, 4 above (T.4 §4.2.1)
        int kFactor = 0;        ///< MR only: override K (0: from yDpi)
        bool lsbFirst = false;  ///< bit order on the line (Class 1 modems: LSB first)
        bool alignEol = false;  ///< T.4: EOLs end on octet boundaries
        int minBitsPerLine = 0; ///< T.4: zero fill so a line takes at least this many bits
        bool endOfPage = true;  ///< T.4: append RTC (T.6 always ends with EOFB)
    };

    struct DecodeOptions
    {
        FaxCompression compression = FaxCompression::Mh;
        int width = 1728;
        int yDpi = 196;
        bool lsbFirst = false;
        int maxLines = 16384; ///< refuse pages longer than this (hostile or runaway data)
    };

    /// What came out of decoding received data.
    struct Decoded
    {
        QImage image;          ///< fax image (see FaxPage), one row per decoded line
        int badLines = 0;      ///< lines the decoder could not decode cleanly
        int longestBadRun = 0; ///< longest run of consecutive bad lines
        bool complete = true;  ///< the data ended properly (RTC / EOFB)
        QString firstProblem;  ///< the decoder's first complaint, for logs
    };

    /// Encodes a fax image (isFaxImage) into raw T.4/T.6 data: MH and MR through libtiff's
    /// codec, MMR through our MmrEncoder (about 4.5 times faster, the same bytes); T.85 as one
    /// BIE (L0 = 128, TPBON) whose bytes go into the ECM frames as they are.
    static Expected<QByteArray> encode(const QImage &page, const EncodeOptions &options);
    /// MMR through libtiff's own G4 codec: the reference MmrEncoder is tested and measured
    /// against.
    static Expected<QByteArray> encodeMmrWithLibtiff(const QImage &page);
    /// Decodes raw T.4/T.6 data. Corrupt MH/MR lines are counted and replaced as libtiff's
    /// decoder resynchronises on the next EOL; data with no decodable line is an error.
    static Expected<Decoded> decode(const QByteArray &data, const DecodeOptions &options);
};

/// The MR K parameter for a vertical resolution.
int mrKFactor(int yDpi);

} // namespace Fax
