// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxraster.h"

#include "imaging/faxpage.h"
#include "imaging/faxtiff.h"

#include <QTransform>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Fax::FaxRaster {

QSizeF pageInches(int width, int lines, int xDpi, int yDpi)
{
    return QSizeF(double(width) / std::max(1, xDpi), double(lines) / std::max(1, yDpi));
}

QSizeF pageInches(const FaxTiffPageInfo &info)
{
    return pageInches(info.width, info.lines, info.xDpi, info.yDpi);
}

QSize sizeAt(const QSizeF &inches, double dpi)
{
    return QSize(std::max(1, int(std::lround(inches.width() * dpi))),
                 std::max(1, int(std::lround(inches.height() * dpi))));
}

QImage toGray(const QImage &fax, const QSize &size)
{
    const int sw = fax.width();
    const int sh = fax.height();
    const int tw = std::max(1, size.width());
    const int th = std::max(1, size.height());
    QImage out(tw, th, QImage::Format_Grayscale8);
    if (out.isNull() || sw <= 0 || sh <= 0) {
        out.fill(Qt::white);
        return out;
    }
    // Index 1 is black in our fax images; a foreign mono image may have it the other way.
    const bool oneIsBlack = fax.colorCount() < 2 || qGray(fax.color(1)) < qGray(fax.color(0));
    const QImage mono = fax.format() == QImage::Format_Mono
                            ? fax
                            : fax.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    // Source column span of each target column.
    std::vector<int> x0(size_t(tw) + 1);
    for (int x = 0; x <= tw; ++x)
        x0[size_t(x)] = int(qint64(x) * sw / tw);
    std::vector<int> blackPerColumn(static_cast<size_t>(sw));
    for (int y = 0; y < th; ++y) {
        const int ya = int(qint64(y) * sh / th);
        const int yb = std::max(ya + 1, int(qint64(y + 1) * sh / th));
        std::fill(blackPerColumn.begin(), blackPerColumn.end(), 0);
        for (int sy = ya; sy < yb; ++sy) {
            const uchar *line = mono.constScanLine(sy);
            for (int sx = 0; sx < sw; ++sx) {
                const int bit = (line[sx >> 3] >> (7 - (sx & 7))) & 1;
                blackPerColumn[size_t(sx)] += oneIsBlack ? bit : 1 - bit;
            }
        }
        uchar *target = out.scanLine(y);
        for (int x = 0; x < tw; ++x) {
            const int xa = x0[size_t(x)];
            const int xb = std::max(xa + 1, x0[size_t(x) + 1]);
            int black = 0;
            for (int sx = xa; sx < xb && sx < sw; ++sx)
                black += blackPerColumn[size_t(sx)];
            const int area = (xb - xa) * (yb - ya);
            target[x] = uchar(255 - (black * 255 + area / 2) / area);
        }
    }
    return out;
}

QImage rotated(const QImage &image, int quarterTurns)
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns == 0)
        return image;
    return image.transformed(QTransform().rotate(90.0 * turns));
}

} // namespace Fax::FaxRaster
