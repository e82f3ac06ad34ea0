// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxpage.h"

#include <cstring>

namespace Fax {

QImage makeFaxImage(int width, int lines)
{
    QImage image(width, lines, QImage::Format_Mono);
    if (image.isNull())
        return image;
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    return image;
}

bool isFaxImage(const QImage &image)
{
    return image.format() == QImage::Format_Mono && image.colorCount() == 2 &&
           image.color(0) == qRgb(255, 255, 255) && image.color(1) == qRgb(0, 0, 0);
}

QImage refitFaxImage(const QImage &image, int fromLpi, int toLpi, int width)
{
    const int lines =
        fromLpi == toLpi ? image.height() : qMax(1, int(qint64(image.height()) * toLpi / fromLpi));
    QImage out = makeFaxImage(width, lines);
    const int bytes = qMin((image.width() + 7) / 8, (width + 7) / 8);
    for (int y = 0; y < lines; ++y) {
        const int from = int(qint64(y) * image.height() / lines);
        std::memcpy(out.scanLine(y), image.constScanLine(from), size_t(bytes));
        if (image.width() < width && image.width() % 8) {
            // Clear the source's padding bits past its last pixel.
            uchar *line = out.scanLine(y);
            line[bytes - 1] &= uchar(0xFF << (8 - image.width() % 8));
        }
    }
    return out;
}

} // namespace Fax
