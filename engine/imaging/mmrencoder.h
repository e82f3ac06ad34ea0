// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

namespace Fax {

/// T.6 (MMR) coding of a fax image, written for speed; the same bytes as libtiff's G4 codec.
class MmrEncoder
{
public:
    /// Codes image (isFaxImage(): Format_Mono, index 1 black, rows 32-bit aligned) as T.6 with
    /// EOFB, MSB first (exactly what libtiff stores as the strip of a COMPRESSION_CCITTFAX4 TIFF
    /// with GROUP4OPTIONS 0, FillOrder MSB2LSB). Returns an empty array for a null or non-fax
    /// image.
    static QByteArray encode(const QImage &image);
    /// Same from raw rows: bits 1 = black, MSB first, `bytesPerLine` apart. Bits after `width`
    /// in a row are ignored. Returns an empty array for an empty or inconsistent geometry.
    static QByteArray encode(const uchar *bits, int width, int lines, qsizetype bytesPerLine);
};

} // namespace Fax
