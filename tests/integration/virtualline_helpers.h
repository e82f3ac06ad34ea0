// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "virtuallineresult.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <vector>

namespace Fax::VirtualLineTest {

/// One bilevel fax page, one byte per pixel (1 = black), whatever the file's photometric.
struct Page
{
    int width = 0;
    int height = 0;
    std::vector<uint8_t> pixels;

    /// Black pixels in the rows from firstRow on.
    int blackPixels(int firstRow = 0) const;
};

/// A fax image (Format_Mono, index 1 black) as a Page.
Page pageFromImage(const QImage &faxImage);

/// Decodes every page of a TIFF file (G3, G4 or raw) with libtiff.
QList<Page> readTiffPages(const QString &path, QString *error);

/// Writes the pages of a TIFF as MH-coded (T.4 1-D, EOLs byte-aligned) TIFF, the form efix reads.
bool writeMhTiff(const QString &source, const QString &target, QString *error);

/// Fraction of the expected page's black pixels (rows from firstRow on, e.g. below a sender's
/// header band) that differ, at the best vertical shift within ±maxShift rows (fax programs add
/// header lines or drop a few rows at the edges).
double bestMismatch(const Page &expected, const Page &actual, int maxShift, int *shift = nullptr,
                    int firstRow = 0);

} // namespace Fax::VirtualLineTest
