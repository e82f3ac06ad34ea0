// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxformat.h"
#include "core/result.h"
#include "coverfields.h"
#include "coverpage.h"
#include "imaging/faxpage.h"

#include <QImage>
#include <QList>

class QPainter;

namespace Fax {

/// Where a cover page is drawn. One draw path serves all three; they differ only where the
/// medium does: the fax target draws shapes without anti-aliasing and at least one fax pixel
/// wide, shades gray with a dot pattern, and turns images black and white itself.
enum class CoverTarget { Screen, Print, Fax };

/// Draws cover pages: the editor's canvas, its print-out and the fax page the recipient gets
/// come from the same functions, so that the preview is what is sent.
namespace CoverRenderer {

/// The objects as they are drawn: with fields, placeholders replaced by their values and the
/// objects that hide when empty left out; without (nullptr), the design view, each placeholder
/// shown as "[Field Name]".
QList<CoverObject> resolve(const CoverPage &page, const CoverFields *fields);

/// Draws one object (as resolve() gives it) in page coordinates, points.
void paintObject(QPainter &painter, const CoverObject &object, CoverTarget target);

/// Draws the page's objects (not the paper) in page coordinates.
void paint(QPainter &painter, const CoverPage &page, const CoverFields *fields, CoverTarget target);

/// The fax page of a cover page with its fields: bilevel at the resolution's line density and
/// 204 dpi across, widthPixels wide (1728 for A4 and Letter: the page is centred, or scaled down
/// when wider). Needs a QGuiApplication (fonts; offscreen is fine).
Expected<FaxPage> renderFax(const CoverPage &page, const CoverFields &fields,
                            FaxResolution resolution, int widthPixels = 1728);

/// A picture of the page on white paper at dpi (screen look: anti-aliased, gray as gray), for
/// thumbnails. fields as for resolve().
QImage renderImage(const CoverPage &page, const CoverFields *fields, double dpi);

/// A fax page as the recipient sees it, with square pixels (lines repeated at normal
/// resolution), in 8-bit grey for showing on screen.
QImage faxPreviewImage(const FaxPage &page);

} // namespace CoverRenderer
} // namespace Fax
