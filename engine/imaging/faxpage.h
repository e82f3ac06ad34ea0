// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxformat.h"

#include <QImage>

namespace Fax {

/// A bilevel fax page: image is QImage::Format_Mono with colour index 1 black, so its bits are
/// the scan lines as TIFF (PhotometricInterpretation MinIsWhite, FillOrder MSB2LSB) stores them.
struct FaxPage
{
    QImage image;
    int xDpi = kFaxXDpi;
    int yDpi = 196;

    int width() const { return image.width(); }
    int lines() const { return image.height(); }
    bool isNull() const { return image.isNull(); }
};

/// A white page in the fax format (index 1 black).
QImage makeFaxImage(int width, int lines);
/// True when image is Format_Mono with colour index 1 black and 0 white.
bool isFaxImage(const QImage &image);
/// A fax image re-made for another line density and width (lines dropped or repeated, lines cut
/// or padded white on the right).
QImage refitFaxImage(const QImage &image, int fromLpi, int toLpi, int width);

} // namespace Fax
