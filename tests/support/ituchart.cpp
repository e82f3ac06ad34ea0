// SPDX-License-Identifier: GPL-3.0-or-later
#include "ituchart.h"

#include "imaging/faxpage.h"
#include "imaging/faxtiff.h"

#include <QRandomGenerator>

#include <cstring>

namespace Fax::Test {

QImage ituChart(int n)
{
    FaxTiffReader reader;
    if (!reader.open(QStringLiteral(FAX_TESTDATA_DIR "/itu%1.tif").arg(n)))
        return {};
    auto page = reader.readPage(0);
    return page ? page->image : QImage();
}

QImage noisePage(int width, int lines, quint32 seed, quint32 density)
{
    QImage img = makeFaxImage(width, lines);
    QRandomGenerator rng(seed);
    for (int y = 0; y < lines; ++y) {
        uchar *p = img.scanLine(y);
        for (int x = 0; x < img.bytesPerLine(); ++x) {
            uchar b = 0;
            for (int i = 0; i < 8; ++i)
                b = uchar((b << 1) | (rng.bounded(256u) < density ? 1 : 0));
            p[x] = b;
        }
    }
    return img;
}

QImage atResolution(const QImage &fine, int yDpi)
{
    if (yDpi == 196)
        return fine;
    const int lines = yDpi < 196 ? fine.height() / 2 : fine.height() * 2;
    QImage out = makeFaxImage(fine.width(), lines);
    for (int y = 0; y < lines; ++y) {
        const int src = yDpi < 196 ? y * 2 : y / 2;
        std::memcpy(out.scanLine(y), fine.constScanLine(src), size_t(fine.bytesPerLine()));
    }
    return out;
}

} // namespace Fax::Test
