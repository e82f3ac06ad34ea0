// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faxpage.h"

#include <QImage>

namespace Fax {

/// How grey and colour become black and white.
enum class Halftone {
    Auto,      ///< threshold text and line art, dither photographic areas (per 16x16 block)
    Threshold, ///< crisp: everything at 50 % grey
    Dither     ///< Floyd-Steinberg error diffusion everywhere
};

/// The geometry of the fax pages a conversion makes.
struct PageGeometry
{
    PaperSize paper = PaperSize::A4;
    FaxResolution resolution = FaxResolution::Fine;
    bool autoRotate = true; ///< turn landscape pages by 90 degrees to fit portrait paper

    int width() const { return pageWidthPixels(paper); }
    int lines() const { return pageLengthLines(paper, resolution); }
    int yDpi() const { return linesPerInch(resolution); }
};

/// Turns rendered or decoded pictures into fax pages: grey conversion, fitting, rotation and
/// binarisation. Pure pixel work, no fonts: safe without a QGuiApplication.
namespace PageRaster {

/// Greyscale copy of any image, transparent areas composited onto white (QtPdf renders
/// transparent backgrounds).
QImage toGray(const QImage &image);

/// Bilevel fax image of any image (grey, RGB, ARGB premultiplied or not: over white), same size.
QImage binarize(const QImage &image, Halftone halftone);

/// Size in pixels (at 204 dpi across, the geometry's lpi down) that a source of widthIn x
/// heightIn inches gets on the page: scaled to fit (up if allowUpscale), portrait after rotation.
/// rotate tells whether the source must be turned by 90 degrees.
QSize fittedSize(double widthIn, double heightIn, const PageGeometry &geometry, bool allowUpscale,
                 bool *rotate);

/// A full fax page with picture (already at its fitted size, already rotated) binarised and
/// placed top-centred.
FaxPage compose(const QImage &picture, const PageGeometry &geometry, Halftone halftone);

/// Fits any image of widthIn x heightIn inches onto a page (rotating landscape, scaling smoothly).
FaxPage fitImage(const QImage &image, double widthIn, double heightIn, const PageGeometry &geometry,
                 Halftone halftone, bool allowUpscale);

} // namespace PageRaster
} // namespace Fax
