// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualline_helpers.h"

#include <QRegularExpression>

#include <tiffio.h>

#include <algorithm>
#include <cstdlib>

namespace Fax::VirtualLineTest {

int Page::blackPixels(int firstRow) const
{
    const auto from = pixels.begin() + std::ptrdiff_t(std::clamp(firstRow, 0, height)) * width;
    return int(std::count(from, pixels.end(), uint8_t(1)));
}

Page pageFromImage(const QImage &faxImage)
{
    Page page;
    page.width = faxImage.width();
    page.height = faxImage.height();
    page.pixels.resize(size_t(page.width) * size_t(page.height));
    for (int y = 0; y < page.height; ++y) {
        const uchar *row = faxImage.constScanLine(y);
        uint8_t *out = &page.pixels[size_t(y) * size_t(page.width)];
        for (int x = 0; x < page.width; ++x)
            out[x] = (row[x / 8] >> (7 - x % 8)) & 1;
    }
    return page;
}

QList<Page> readTiffPages(const QString &path, QString *error)
{
    QList<Page> pages;
    TIFFSetWarningHandler(nullptr);
    TIFF *tif = TIFFOpen(path.toLocal8Bit().constData(), "r");
    if (!tif) {
        *error = QStringLiteral("%1: libtiff cannot open it").arg(path);
        return pages;
    }
    do {
        uint32_t width = 0;
        uint32_t height = 0;
        uint16_t bits = 1;
        uint16_t photometric = PHOTOMETRIC_MINISWHITE;
        TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &width);
        TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &height);
        TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
        TIFFGetFieldDefaulted(tif, TIFFTAG_PHOTOMETRIC, &photometric);
        if (bits != 1) {
            *error = QStringLiteral("%1: page %2 has %3 bits per sample, not 1")
                         .arg(path)
                         .arg(pages.size() + 1)
                         .arg(bits);
            break;
        }
        Page page;
        page.width = int(width);
        page.height = int(height);
        page.pixels.assign(size_t(width) * height, 0);
        std::vector<uint8_t> line(size_t(TIFFScanlineSize(tif)));
        bool ok = true;
        for (uint32_t row = 0; row < height; ++row) {
            if (TIFFReadScanline(tif, line.data(), row, 0) < 0) {
                *error = QStringLiteral("%1: page %2: cannot decode row %3")
                             .arg(path)
                             .arg(pages.size() + 1)
                             .arg(row);
                ok = false;
                break;
            }
            for (uint32_t x = 0; x < width; ++x) {
                const bool bit = (line[x >> 3] >> (7 - (x & 7))) & 1;
                page.pixels[size_t(row) * width + x] =
                    uint8_t(photometric == PHOTOMETRIC_MINISWHITE ? bit : !bit);
            }
        }
        if (!ok)
            break;
        pages.append(std::move(page));
    } while (TIFFReadDirectory(tif));
    TIFFClose(tif);
    return pages;
}

bool writeMhTiff(const QString &source, const QString &target, QString *error)
{
    const QList<Page> pages = readTiffPages(source, error);
    if (pages.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: no pages").arg(source);
        return false;
    }
    TIFF *out = TIFFOpen(target.toLocal8Bit().constData(), "w");
    if (!out) {
        *error = QStringLiteral("%1: libtiff cannot create it").arg(target);
        return false;
    }
    int number = 0;
    for (const Page &page : pages) {
        TIFFSetField(out, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        TIFFSetField(out, TIFFTAG_IMAGEWIDTH, uint32_t(page.width));
        TIFFSetField(out, TIFFTAG_IMAGELENGTH, uint32_t(page.height));
        TIFFSetField(out, TIFFTAG_BITSPERSAMPLE, uint16_t(1));
        TIFFSetField(out, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
        TIFFSetField(out, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
        TIFFSetField(out, TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);
        TIFFSetField(out, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(out, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX3);
        TIFFSetField(out, TIFFTAG_GROUP3OPTIONS, uint32_t(GROUP3OPT_FILLBITS));
        TIFFSetField(out, TIFFTAG_ROWSPERSTRIP, uint32_t(page.height));
        TIFFSetField(out, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        TIFFSetField(out, TIFFTAG_XRESOLUTION, 204.0f);
        TIFFSetField(out, TIFFTAG_YRESOLUTION, 196.0f);
        TIFFSetField(out, TIFFTAG_PAGENUMBER, uint16_t(number), uint16_t(pages.size()));
        std::vector<uint8_t> line(size_t((page.width + 7) / 8));
        for (int row = 0; row < page.height; ++row) {
            std::fill(line.begin(), line.end(), uint8_t(0));
            for (int x = 0; x < page.width; ++x) {
                if (page.pixels[size_t(row) * page.width + x])
                    line[size_t(x >> 3)] |= uint8_t(0x80 >> (x & 7));
            }
            if (TIFFWriteScanline(out, line.data(), uint32_t(row), 0) < 0) {
                *error = QStringLiteral("%1: cannot write row %2").arg(target).arg(row);
                TIFFClose(out);
                return false;
            }
        }
        TIFFWriteDirectory(out);
        ++number;
    }
    TIFFClose(out);
    return true;
}

double bestMismatch(const Page &expected, const Page &actual, int maxShift, int *shift,
                    int firstRow)
{
    const int black = std::max(1, expected.blackPixels(firstRow));
    const int width = std::min(expected.width, actual.width);
    double best = 1e9;
    for (int dy = -maxShift; dy <= maxShift; ++dy) {
        long diff = 0;
        for (int row = std::max(firstRow, 0); row < expected.height; ++row) {
            const int other = row + dy;
            const uint8_t *e = &expected.pixels[size_t(row) * expected.width];
            if (other < 0 || other >= actual.height) {
                diff +=
                    std::count(e, e + width, uint8_t(1)); // rows the receiver lost count as wrong
                continue;
            }
            const uint8_t *a = &actual.pixels[size_t(other) * actual.width];
            for (int x = 0; x < width; ++x)
                diff += e[x] != a[x];
        }
        const double mismatch = double(diff) / black;
        if (mismatch < best) {
            best = mismatch;
            if (shift)
                *shift = dy;
        }
    }
    return best;
}

} // namespace Fax::VirtualLineTest
