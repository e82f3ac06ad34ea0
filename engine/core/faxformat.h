// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Fax page geometry and coding choices shared by imaging, T.30 and the modem drivers (T.4 §2,
/// T.30 DIS bits); no pixels here (imaging/faxpage.h has the page image).
namespace Fax {

/// How a page's scan lines are coded (T.4 1-D MH, T.4 2-D MR, T.6 MMR, T.85 JBIG). A fax TIFF
/// holds MH, MR or MMR; T.85 is a coding for the line only (T.30 with ECM, DIS bit 78).
enum class FaxCompression { Mh, Mr, Mmr, T85 };

/// Vertical resolution: 98 (normal), 196 (fine) or 391 (superfine) lines per inch.
enum class FaxResolution { Normal, Fine, Superfine };

/// The paper a page is made for; it fixes the scan-line width and the page length.
enum class PaperSize { A4, Letter, Legal, B4, A3 };

/// Horizontal resolution of every fax page we make: 8 pels/mm.
constexpr int kFaxXDpi = 204;

int linesPerInch(FaxResolution resolution);
/// The resolution whose line density is closest to lpi (accepts 98/196/391 and 3.85/7.7/15.4 per
/// mm).
FaxResolution resolutionFromLpi(double lpi);
/// Pixels per scan line: 1728 for A4/Letter/Legal, 2048 for B4, 2432 for A3.
int pageWidthPixels(PaperSize paper);
/// Paper size in inches (portrait).
double paperWidthInches(PaperSize paper);
double paperHeightInches(PaperSize paper);
/// Scan lines of a full page of this paper at this resolution.
int pageLengthLines(PaperSize paper, FaxResolution resolution);

/// Stable keys for the CLI and settings ("mh", "t85", "fine", "a4").
QString compressionKey(FaxCompression c);
QString resolutionKey(FaxResolution r);
QString paperKey(PaperSize p);
bool compressionFromKey(const QString &key, FaxCompression *out);
bool resolutionFromKey(const QString &key, FaxResolution *out);
bool paperFromKey(const QString &key, PaperSize *out);
/// The codings a fax TIFF holds (mh, mr, mmr): what compressionFromKey() accepts.
QStringList compressionKeys();
QStringList resolutionKeys();
QStringList paperKeys();

} // namespace Fax
