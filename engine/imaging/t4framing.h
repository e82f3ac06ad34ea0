// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// Bit-level framing of T.4 data around libtiff's coder: EOL alignment, zero fill for a minimum
/// scan-line time, RTC, bit order, and counting coded lines. No run-length coding happens here.
namespace Fax::T4Framing {

/// Reverses the bit order of every byte (MSB-first <-> LSB-first as Class 1 modems carry it).
QByteArray reverseBits(QByteArray data);

struct FrameOptions
{
    bool twoD = false;      ///< MR: every EOL is followed by a 1-D/2-D tag bit
    bool alignEol = false;  ///< fill so that each EOL ends on an octet boundary (T.4 §4.1.2)
    int minBitsPerLine = 0; ///< minimum bits of data + fill + EOL per line (0: no minimum)
    bool appendRtc = true;  ///< end with RTC (6 EOLs)
};

/// Rewrites MSB-first T.4 data whose lines each start with an EOL (as libtiff writes it without
/// fill bits: zeros before an EOL's 11 belong to the line's last code word) with the requested
/// fill, alignment and RTC. Returns MSB-first data.
QByteArray reframe(const QByteArray &msbData, const FrameOptions &options);

/// Counts the coded scan lines of MSB-first T.4 data: EOLs followed by line data, up to RTC.
/// rtcFound tells whether the data ended with RTC (two or more EOLs without data between).
int countLines(const QByteArray &msbData, bool twoD, bool *rtcFound = nullptr);

} // namespace Fax::T4Framing
