// SPDX-License-Identifier: GPL-3.0-or-later
// The pixel loops here run over millions of pixels per page: optimise them even in debug builds.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("O3")
#endif

#include "pageraster.h"

#include <QTransform>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace Fax::PageRaster {

namespace {

constexpr int kBlock = 16;

/// Grey over white of one row of ARGB32 (premultiplied or not), RGB32 or Grayscale8 pixels.
void grayRow(const QImage &image, int y, uchar *dst)
{
    const int w = image.width();
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        std::copy_n(image.constScanLine(y), w, dst);
        return;
    case QImage::Format_ARGB32_Premultiplied: {
        const auto *src = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const QRgb p = src[x];
            // Premultiplied colour over white: c + (255 - a).
            const int g = ((qRed(p) * 77 + qGreen(p) * 150 + qBlue(p) * 29) >> 8) + 255 - qAlpha(p);
            dst[x] = uchar(g > 255 ? 255 : g);
        }
        return;
    }
    case QImage::Format_ARGB32: {
        const auto *src = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int x = 0;
        // Rendered pages are mostly transparent: skip eight empty pixels at a time.
        for (; x + 8 <= w; x += 8) {
            if ((src[x] | src[x + 1] | src[x + 2] | src[x + 3] | src[x + 4] | src[x + 5] |
                 src[x + 6] | src[x + 7]) == 0) {
                std::memset(dst + x, 255, 8);
                continue;
            }
            for (int i = x; i < x + 8; ++i) {
                const quint32 p = src[i];
                const quint32 a = p >> 24;
                const quint32 g =
                    (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
                dst[i] = uchar(255 - (((255 - g) * a * 257 + 257) >> 16));
            }
        }
        for (; x < w; ++x) {
            const quint32 p = src[x];
            const quint32 a = p >> 24;
            const quint32 g =
                (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
            // Over white: 255 - (255 - g) * a / 255, branch-free (x * 257 + 257 >> 16 == x / 255
            // here).
            dst[x] = uchar(255 - (((255 - g) * a * 257 + 257) >> 16));
        }
        return;
    }
    case QImage::Format_RGB32: {
        const auto *src = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const QRgb p = src[x];
            dst[x] = uchar((qRed(p) * 77 + qGreen(p) * 150 + qBlue(p) * 29) >> 8);
        }
        return;
    }
    default:
        Q_UNREACHABLE();
    }
}

bool directFormat(QImage::Format f)
{
    return f == QImage::Format_Grayscale8 || f == QImage::Format_ARGB32_Premultiplied ||
           f == QImage::Format_ARGB32 || f == QImage::Format_RGB32;
}

/// A mid-tone (41..214) is what tells a photograph from text and line art.
inline int isMidTone(uchar g)
{
    return uchar(g - 41) < 174;
}

/// Grey of one row like grayRow(); with mid, adds each 16-pixel block's count of mid-tones to
/// mid[block]. Returns false when the row is certainly white (nothing to pack).
bool grayRowBlocks(const QImage &image, int y, int w, uchar *dst, int *mid)
{
    if (image.format() == QImage::Format_ARGB32) {
        // What QtPdf renders: mostly fully transparent pixels. Skip a block of those with one
        // test, and work out grey and mid-tones only where something was painted.
        const auto *src = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        bool ink = false;
        for (int x0 = 0, bx = 0; x0 < w; x0 += kBlock, ++bx) {
            const int n = std::min(kBlock, w - x0);
            quint32 any = 0;
            for (int i = 0; i < n; ++i)
                any |= src[x0 + i];
            if (!any) {
                std::memset(dst + x0, 255, size_t(n));
                continue;
            }
            ink = true;
            int m = 0;
            for (int i = x0; i < x0 + n; ++i) {
                const quint32 p = src[i];
                const quint32 a = p >> 24;
                const quint32 g =
                    (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
                // Over white: 255 - (255 - g) * a / 255, branch-free (x * 257 + 257 >> 16 == x /
                // 255 here).
                dst[i] = uchar(255 - (((255 - g) * a * 257 + 257) >> 16));
                m += isMidTone(dst[i]);
            }
            if (mid)
                mid[bx] += m;
        }
        return ink;
    }
    if (image.format() == QImage::Format_Grayscale8)
        std::copy_n(image.constScanLine(y), w, dst);
    else
        grayRow(image, y, dst); // writes the image's whole width: dst has room for it
    if (mid) {
        for (int x0 = 0, bx = 0; x0 < w; x0 += kBlock, ++bx) {
            const int x1 = std::min(w, x0 + kBlock);
            int m = 0;
            for (int x = x0; x < x1; ++x)
                m += isMidTone(dst[x]);
            mid[bx] += m;
        }
    }
    return true;
}

/// Packs one row of grey at 50 % into fax bits (1 = black, MSB first) over out's zeroed bytes.
void thresholdRow(const uchar *g, int w, uchar *out)
{
    const int full = w / 8;
    for (int b = 0; b < full; ++b, g += 8) {
        // Eight pixels at once: gather each byte's top bit (set = white) into one byte, first
        // pixel in the top bit; the multiplier's partial products never overlap.
        const quint64 v = qFromBigEndian<quint64>(g) & 0x8080808080808080ULL;
        out[b] = uchar(~((v * 0x0002040810204081ULL) >> 56));
    }
    for (int x = full * 8; x < w; ++x, ++g)
        if (*g < 128)
            out[x >> 3] |= uchar(0x80 >> (x & 7));
}

/// Binarises image into out, its column 0 at out's column 8 * xByte, clipped to out.
void binarizeInto(const QImage &image, Halftone halftone, QImage *out, int xByte)
{
    const int w = std::min(image.width(), out->width() - xByte * 8);
    const int h = std::min(image.height(), out->height());
    if (w <= 0 || h <= 0)
        return;
    // One pass in bands of kBlock rows: grey the band, decide per 16x16 block whether it is
    // photographic (many mid-tones: dither) or text/line art (threshold), then emit the rows.
    // Thresholded blocks neither take nor pass diffusion error.
    const int bw = (w + kBlock - 1) / kBlock;
    const size_t stride = size_t(std::max(w, image.width()));
    std::vector<uchar> band(stride * kBlock);
    std::vector<int> mid(static_cast<size_t>(bw));
    std::vector<quint8> photo(static_cast<size_t>(bw), quint8(halftone == Halftone::Dither));
    std::vector<int> cur(size_t(w) + 2, 0), next(size_t(w) + 2, 0);
    bool ink[kBlock];
    for (int y0 = 0; y0 < h; y0 += kBlock) {
        const int rows = std::min(kBlock, h - y0);
        const bool classify = halftone == Halftone::Auto;
        if (classify)
            std::fill(mid.begin(), mid.end(), 0);
        for (int r = 0; r < rows; ++r)
            ink[r] = grayRowBlocks(image, y0 + r, w, &band[size_t(r) * stride],
                                   classify ? mid.data() : nullptr);
        bool anyPhoto = halftone == Halftone::Dither;
        if (classify) {
            for (int bx = 0; bx < bw; ++bx) {
                photo[size_t(bx)] = mid[size_t(bx)] > kBlock * rows * 2 / 5;
                anyPhoto = anyPhoto || photo[size_t(bx)];
            }
        }
        for (int r = 0; r < rows; ++r) {
            const uchar *g = &band[size_t(r) * stride];
            uchar *dst = out->scanLine(y0 + r) + xByte;
            if (!anyPhoto) {
                if (ink[r])
                    thresholdRow(g, w, dst);
                continue;
            }
            std::fill(next.begin(), next.end(), 0);
            int *c = cur.data() + 1; // c[x], n[x]: error due at pixel x (x = -1 .. w)
            int *n = next.data() + 1;
            int carry = 0; // 7/16 of the left neighbour's error, kept out of memory
            for (int bx = 0; bx < bw; ++bx) {
                const int x0 = bx * kBlock;
                const int x1 = std::min(w, x0 + kBlock);
                if (!photo[size_t(bx)]) {
                    thresholdRow(g + x0, x1 - x0, dst + x0 / 8);
                    carry = 0;
                    continue;
                }
                // Shares for the next row are summed in registers and stored once each; no
                // branch on the (random) dot decision, bits are stored a byte at a time.
                int below = 0, belowRight = 0;
                unsigned bits = 0;
                for (int x = x0; x < x1; ++x) {
                    const int v = g[x] + (c[x] + carry) / 16;
                    const int dark = v < 128;
                    bits = bits << 1 | unsigned(dark);
                    if ((x & 7) == 7)
                        dst[x >> 3] = uchar(bits);
                    const int e = v - 255 + 255 * dark;
                    carry = e * 7;
                    n[x - 1] += below + e * 3;
                    below = belowRight + e * 5;
                    belowRight = e;
                }
                if (x1 & 7)
                    dst[x1 >> 3] |= uchar(bits << (8 - (x1 & 7)));
                n[x1 - 1] += below;
                n[x1] += belowRight;
            }
            std::swap(cur, next);
        }
        if (!anyPhoto)
            std::fill(cur.begin(), cur.end(), 0);
    }
}

} // namespace

QImage toGray(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (!directFormat(image.format()))
        return image
            .convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32)
            .convertToFormat(QImage::Format_Grayscale8); // Qt's own conversion for odd formats
    QImage out(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        grayRow(image, y, out.scanLine(y));
    return out;
}

QImage binarize(const QImage &input, Halftone halftone)
{
    const QImage image =
        directFormat(input.format())
            ? input
            : input.convertToFormat(input.hasAlphaChannel() ? QImage::Format_ARGB32
                                                            : QImage::Format_RGB32);
    QImage out = makeFaxImage(image.width(), image.height());
    if (!out.isNull())
        binarizeInto(image, halftone, &out, 0);
    return out;
}

QSize fittedSize(double widthIn, double heightIn, const PageGeometry &g, bool allowUpscale,
                 bool *rotate)
{
    *rotate = g.autoRotate && widthIn > heightIn * 1.02;
    if (*rotate)
        std::swap(widthIn, heightIn);
    const double wpx = widthIn * kFaxXDpi;
    const double hpx = heightIn * g.yDpi();
    double f = std::min(g.width() / wpx, g.lines() / hpx);
    if (!allowUpscale)
        f = std::min(f, 1.0);
    return QSize(std::clamp(int(std::lround(wpx * f)), 1, g.width()),
                 std::clamp(int(std::lround(hpx * f)), 1, g.lines()));
}

FaxPage compose(const QImage &picture, const PageGeometry &g, Halftone halftone)
{
    FaxPage page;
    page.yDpi = g.yDpi();
    page.image = makeFaxImage(g.width(), g.lines());
    if (page.image.isNull())
        return page;
    const QImage image =
        directFormat(picture.format())
            ? picture
            : picture.convertToFormat(picture.hasAlphaChannel() ? QImage::Format_ARGB32
                                                                : QImage::Format_RGB32);
    // Straight into the page, centred across on an octet boundary and top-aligned: no
    // intermediate bilevel picture to copy.
    const int x0 = std::max(0, (g.width() - image.width()) / 2) & ~7;
    binarizeInto(image, halftone, &page.image, x0 / 8);
    return page;
}

FaxPage fitImage(const QImage &image, double widthIn, double heightIn, const PageGeometry &g,
                 Halftone halftone, bool allowUpscale)
{
    bool rotate = false;
    const QSize size = fittedSize(widthIn, heightIn, g, allowUpscale, &rotate);
    // Grey first: rotating and scaling one byte per pixel is four times less work.
    QImage gray = toGray(image);
    if (rotate)
        gray = gray.transformed(QTransform().rotate(90));
    if (gray.size() != size)
        gray = gray.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return compose(gray, g, halftone);
}

} // namespace Fax::PageRaster
