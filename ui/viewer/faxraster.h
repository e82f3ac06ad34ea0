// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QSizeF>

namespace Fax {

struct FaxPage;
struct FaxTiffPageInfo;

/// Pixels of fax pages for people: their true proportions and downscaled copies in which thin
/// lines stay visible.
namespace FaxRaster {

/// A page's size in inches from its pixels and its X and Y resolution (a 204 x 98 dpi page is
/// not square pixels).
QSizeF pageInches(int width, int lines, int xDpi, int yDpi);
QSizeF pageInches(const FaxTiffPageInfo &info);
/// The size of a page drawn at dpi on screen or paper, in pixels (at least 1 x 1).
QSize sizeAt(const QSizeF &inches, double dpi);

/// A grey picture of a bilevel fax image (Format_Mono, index 1 black) at size: every target
/// pixel is the share of black in the source area it covers (area averaging), so a hairline
/// turns grey instead of vanishing; where size is larger than the source, pixels repeat.
QImage toGray(const QImage &fax, const QSize &size);

/// The picture turned by quarterTurns x 90 degrees clockwise (negative: counter-clockwise).
QImage rotated(const QImage &image, int quarterTurns);

} // namespace FaxRaster
} // namespace Fax
