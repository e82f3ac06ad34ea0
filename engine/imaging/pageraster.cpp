// The pixel loops here run over millions of pixels per page: optimise them even in debug builds.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("O3")
#endif

#include "pageraster.h"

#include <QTransform>

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
            if ((src[x] | src[x + 1] | src[x + 2] | src[x + 3] | src[x + 4] | src[x + 5] | src[x + 6] | src[x + 7]) == 0) {
                std::memset(dst + x, 255, 8);
                continue;
            }
            for (int i = x; i < x + 8; ++i) {
                const quint32 p = src[i];
                const quint32 a = p >> 24;
                const quint32 g = (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
                dst[i] = uchar(255 - (((255 - g) * a * 257 + 257) >> 16));
            }
        }
        for (; x < w; ++x) {
            const quint32 p = src[x];
            const quint32 a = p >> 24;
            const quint32 g = (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
            // Over white: 255 - (255 - g) * a / 255, branch-free (x * 257 + 257 >> 16 == x / 255 here).
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
    return f == QImage::Format_Grayscale8 || f == QImage::Format_ARGB32_Premultiplied
        || f == QImage::Format_ARGB32 || f == QImage::Format_RGB32;
}

void thresholdRow(const uchar *g, int w, uchar *out)
{
    const int full = w / 8;
    for (int b = 0; b < full; ++b, g += 8) {
        out[b] = uchar((g[0] < 128) << 7 | (g[1] < 128) << 6 | (g[2] < 128) << 5 | (g[3] < 128) << 4
                       | (g[4] < 128) << 3 | (g[5] < 128) << 2 | (g[6] < 128) << 1 | (g[7] < 128));
    }
    for (int x = full * 8; x < w; ++x, ++g)
        if (*g < 128)
            out[x >> 3] |= uchar(0x80 >> (x & 7));
}

} // namespace

QImage toGray(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (!directFormat(image.format()))
        return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32)
            .convertToFormat(QImage::Format_Grayscale8); // Qt's own conversion for odd formats
    QImage out(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        grayRow(image, y, out.scanLine(y));
    return out;
}

QImage binarize(const QImage &input, Halftone halftone)
{
    const QImage image = directFormat(input.format())
        ? input
        : input.convertToFormat(input.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const int w = image.width();
    const int h = image.height();
    QImage out = makeFaxImage(w, h);
    if (out.isNull())
        return out;
    // One pass in bands of kBlock rows: grey the band, decide per 16x16 block whether it is
    // photographic (many mid-tones: dither) or text/line art (threshold), then emit the rows.
    // Thresholded blocks neither take nor pass diffusion error.
    const int bw = (w + kBlock - 1) / kBlock;
    std::vector<uchar> band(size_t(w) * kBlock);
    std::vector<int> mid(static_cast<size_t>(bw));
    std::vector<quint8> photo(static_cast<size_t>(bw));
    std::vector<int> cur(size_t(w) + 2, 0), next(size_t(w) + 2, 0);
    for (int y0 = 0; y0 < h; y0 += kBlock) {
        const int rows = std::min(kBlock, h - y0);
        for (int r = 0; r < rows; ++r)
            grayRow(image, y0 + r, &band[size_t(r) * size_t(w)]);
        bool anyPhoto = halftone == Halftone::Dither;
        if (halftone == Halftone::Auto) {
            std::fill(mid.begin(), mid.end(), 0);
            for (int r = 0; r < rows; ++r) {
                const uchar *g = &band[size_t(r) * size_t(w)];
                for (int bx = 0; bx < bw; ++bx) {
                    const int x1 = std::min(w, (bx + 1) * kBlock);
                    int n = 0;
                    for (int x = bx * kBlock; x < x1; ++x)
                        n += uchar(g[x] - 41) < 174; // 41..214: a mid-tone
                    mid[size_t(bx)] += n;
                }
            }
            for (int bx = 0; bx < bw; ++bx) {
                photo[size_t(bx)] = mid[size_t(bx)] > kBlock * rows * 2 / 5;
                anyPhoto = anyPhoto || photo[size_t(bx)];
            }
        } else if (halftone == Halftone::Dither) {
            std::fill(photo.begin(), photo.end(), quint8(1));
        }
        for (int r = 0; r < rows; ++r) {
            const uchar *g = &band[size_t(r) * size_t(w)];
            uchar *dst = out.scanLine(y0 + r);
            if (!anyPhoto) {
                thresholdRow(g, w, dst);
                continue;
            }
            std::fill(next.begin(), next.end(), 0);
            for (int x = 0; x < w; ++x) {
                if (!photo[size_t(x / kBlock)]) {
                    if (g[x] < 128)
                        dst[x >> 3] |= uchar(0x80 >> (x & 7));
                    continue;
                }
                const int v = g[x] + cur[size_t(x) + 1] / 16;
                const int o = v < 128 ? 0 : 255;
                if (!o)
                    dst[x >> 3] |= uchar(0x80 >> (x & 7));
                const int e = v - o;
                cur[size_t(x) + 2] += e * 7;
                next[size_t(x)] += e * 3;
                next[size_t(x) + 1] += e * 5;
                next[size_t(x) + 2] += e;
            }
            std::swap(cur, next);
        }
        if (!anyPhoto)
            std::fill(cur.begin(), cur.end(), 0);
    }
    return out;
}

QSize fittedSize(double widthIn, double heightIn, const PageGeometry &g, bool allowUpscale, bool *rotate)
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
    const QImage bits = binarize(picture, halftone);
    if (bits.width() == g.width() && bits.height() == g.lines()) {
        page.image = bits;
        return page;
    }
    page.image = makeFaxImage(g.width(), g.lines());
    // Centre across on an octet boundary so rows copy as bytes; top-aligned.
    const int x0 = std::max(0, (g.width() - bits.width()) / 2) & ~7;
    const int rows = std::min(bits.height(), g.lines());
    const int bytes = std::min((bits.width() + 7) / 8, (g.width() - x0) / 8);
    for (int y = 0; y < rows; ++y)
        std::copy_n(bits.constScanLine(y), bytes, page.image.scanLine(y) + x0 / 8);
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
