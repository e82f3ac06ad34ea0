// SPDX-License-Identifier: GPL-3.0-or-later
// Our own T.6 encoder: the same bytes as libtiff's G4 codec (FaxCodec's MMR path) for the ITU
// charts and for synthetic pages that reach every run length, make-up code and coding mode, and
// decodable back to the same pixels.
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "imaging/mmrencoder.h"
#include "ituchart.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <functional>

using namespace Fax;

namespace {

using Fax::Test::atResolution;

QImage chart(int n)
{
    return Fax::Test::ituChart(n);
}

void setPixel(QImage &img, int x, int y, bool black)
{
    uchar *p = img.scanLine(y) + x / 8;
    const uchar bit = uchar(0x80 >> (x % 8));
    *p = black ? uchar(*p | bit) : uchar(*p & ~bit);
}

/// Fills row y with alternating runs (white first) of the given lengths, repeated to the end.
void fillRuns(QImage &img, int y, const QList<int> &runs)
{
    int x = 0;
    bool black = false;
    for (int k = 0; x < img.width(); ++k) {
        const int len = runs[k % runs.size()];
        for (int i = 0; i < len && x < img.width(); ++i, ++x)
            setPixel(img, x, y, black);
        black = !black;
    }
}

using Fax::Test::noisePage;

/// Blobs: rows that mostly repeat the one above with edges moving by a few pixels, so every
/// vertical mode and pass mode occurs.
QImage blobPage(int width, int lines, quint32 seed)
{
    QImage img = makeFaxImage(width, lines);
    QRandomGenerator rng(seed);
    QList<int> edges;
    for (int x = int(rng.bounded(20)); x < width; x += 1 + int(rng.bounded(40)))
        edges << x;
    for (int y = 0; y < lines; ++y) {
        for (int &e : edges)
            e = std::clamp(e + int(rng.bounded(9)) - 4, 0, width);
        std::sort(edges.begin(), edges.end());
        bool black = false;
        int k = 0;
        for (int x = 0; x < width; ++x) {
            while (k < edges.size() && edges[k] <= x) {
                black = !black;
                ++k;
            }
            if (black)
                setPixel(img, x, y, true);
        }
        if (rng.bounded(10) == 0) // now and then a line that differs entirely
            fillRuns(img, y, {int(rng.bounded(70)) + 1, int(rng.bounded(70)) + 1});
    }
    return img;
}

QByteArray libtiffMmr(const QImage &img)
{
    auto r = FaxCodec::encodeMmrWithLibtiff(img);
    return r ? r.value() : QByteArray();
}

bool samePixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    const int full = a.width() / 8;
    const int rest = a.width() % 8;
    const uchar mask = uchar(0xff << (8 - rest));
    for (int y = 0; y < a.height(); ++y) {
        if (memcmp(a.constScanLine(y), b.constScanLine(y), size_t(full)) != 0)
            return false;
        if (rest && ((a.constScanLine(y)[full] ^ b.constScanLine(y)[full]) & mask))
            return false;
    }
    return true;
}

/// First differing byte, for a readable failure.
QString firstDifference(const QByteArray &ours, const QByteArray &theirs)
{
    const qsizetype n = std::min(ours.size(), theirs.size());
    for (qsizetype i = 0; i < n; ++i)
        if (ours[i] != theirs[i])
            return QStringLiteral("byte %1 of %2/%3 differs: ours %4, libtiff %5")
                .arg(i)
                .arg(ours.size())
                .arg(theirs.size())
                .arg(uchar(ours[i]), 2, 16, QLatin1Char('0'))
                .arg(uchar(theirs[i]), 2, 16, QLatin1Char('0'));
    return QStringLiteral("sizes differ: ours %1, libtiff %2").arg(ours.size()).arg(theirs.size());
}

} // namespace

class TestMmrEncoder : public QObject
{
    Q_OBJECT

private:
    /// Ours == libtiff's, and ours decodes back to the page.
    void checkPage(const QImage &page)
    {
        QVERIFY(isFaxImage(page));
        const QByteArray ours = MmrEncoder::encode(page);
        const QByteArray theirs = libtiffMmr(page);
        QVERIFY(!theirs.isEmpty());
        QVERIFY2(ours == theirs, qPrintable(firstDifference(ours, theirs)));
        if (page.width() % 8 != 0)
            return; // FaxCodec's decoder takes whole-octet widths only

        FaxCodec::DecodeOptions dopt;
        dopt.compression = FaxCompression::Mmr;
        dopt.width = page.width();
        dopt.maxLines = std::max(16384, page.height());
        auto decoded = FaxCodec::decode(ours, dopt);
        QVERIFY2(decoded, qPrintable(decoded.error().message));
        QCOMPARE(decoded->badLines, 0);
        QVERIFY(decoded->complete);
        QVERIFY(samePixels(decoded->image, page));
    }

private slots:
    void ituCharts_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("yDpi");
        for (int n = 1; n <= 8; ++n)
            for (int yDpi : {98, 196, 391})
                QTest::addRow("itu%d-%d", n, yDpi) << n << yDpi;
    }

    void ituCharts()
    {
        QFETCH(int, n);
        QFETCH(int, yDpi);
        const QImage fine = chart(n);
        QVERIFY2(!fine.isNull(), "missing ITU chart in " FAX_TESTDATA_DIR);
        QCOMPARE(fine.width(), 1728);
        checkPage(atResolution(fine, yDpi));
    }

    void noise_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<quint32>("density");
        for (int width : {1728, 2048, 2432})
            for (quint32 density : {2u, 30u, 128u, 230u, 254u})
                QTest::addRow("w%d-d%u", width, density) << width << density;
    }

    void noise()
    {
        QFETCH(int, width);
        QFETCH(quint32, density);
        checkPage(noisePage(width, 200, quint32(width) * 1000 + density, density));
    }

    void blobs_data()
    {
        QTest::addColumn<int>("width");
        for (int width : {1728, 2048, 2432, 1000, 77})
            QTest::addRow("w%d", width) << width;
    }

    void blobs()
    {
        QFETCH(int, width);
        checkPage(blobPage(width, 300, quint32(width)));
    }

    /// Every run length from 0 to past 2 * 2560 + 64 in both colours: all terminating, make-up
    /// and extended make-up codes, and the repeated 2560 code.
    void runLengths()
    {
        const int width = 6000;
        QList<int> lengths;
        for (int len = 1; len <= 300; ++len)
            lengths << len;
        for (int len : {511,  512,  513,  575,  576,  1727, 1728, 1729, 1791, 1792,
                        1793, 2047, 2048, 2559, 2560, 2561, 2623, 2624, 2625, 2687,
                        2688, 5119, 5120, 5183, 5184, 5185, 5247, 5248, 5999, 6000})
            lengths << len;
        for (int len = 64; len <= 2624; len += 64)
            lengths << len - 1 << len << len + 1;
        // Row pairs: white run L then black run L (and the other way round), each alone on its
        // row so the horizontal mode carries it, separated by white rows.
        QImage img = makeFaxImage(width, int(lengths.size()) * 4);
        int y = 0;
        for (int len : lengths) {
            fillRuns(img, y, {len, len, width});
            fillRuns(img, y + 2, {0, len, width});
            y += 4;
        }
        checkPage(img);
    }

    void edgeCases_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("width");
        for (int width : {1728, 2048, 2432, 1, 7, 9, 63, 64, 65, 100, 1727}) {
            for (const char *kind : {"oneLine", "allBlack", "allWhite", "firstColumn", "lastColumn",
                                     "bothColumns", "checker", "stripes"})
                QTest::addRow("%s-w%d", kind, width) << QString::fromLatin1(kind) << width;
        }
    }

    void edgeCases()
    {
        QFETCH(QString, kind);
        QFETCH(int, width);
        const int lines = kind == QLatin1String("oneLine") ? 1 : 40;
        QImage img = makeFaxImage(width, lines);
        for (int y = 0; y < lines; ++y) {
            if (kind == QLatin1String("oneLine")) {
                fillRuns(img, y, {3, 5, 70, 1});
            } else if (kind == QLatin1String("allBlack")) {
                fillRuns(img, y, {0, width});
            } else if (kind == QLatin1String("firstColumn")) {
                setPixel(img, 0, y, y % 3 != 1);
            } else if (kind == QLatin1String("lastColumn")) {
                setPixel(img, width - 1, y, y % 3 != 1);
            } else if (kind == QLatin1String("bothColumns")) {
                setPixel(img, 0, y, true);
                setPixel(img, width - 1, y, (y / 2) % 2 == 0);
            } else if (kind == QLatin1String("checker")) {
                fillRuns(img, y, y % 2 ? QList<int>{1, 1} : QList<int>{0, 1, 1});
            } else if (kind == QLatin1String("stripes")) {
                fillRuns(img, y, {y % 9, 1 + y % 5});
            }
        }
        checkPage(img);
    }

    /// Bits after the width in a row's last bytes are not pixels and change nothing.
    void paddingIgnored()
    {
        for (int width : {1, 9, 100, 1727}) {
            QImage clean = blobPage(width, 50, 7);
            QImage dirty = clean;
            for (int y = 0; y < dirty.height(); ++y) {
                uchar *row = dirty.scanLine(y);
                for (int x = width; x < dirty.bytesPerLine() * 8; ++x)
                    row[x / 8] |= uchar(0x80 >> (x % 8));
            }
            QCOMPARE(MmrEncoder::encode(dirty), libtiffMmr(clean));
        }
    }

    /// The raw-rows entry point with tightly packed rows gives the same bytes.
    void rawRows()
    {
        for (int width : {1728, 13, 2432}) {
            const QImage img = blobPage(width, 120, 3);
            const int stride = (width + 7) / 8;
            QByteArray packed(qsizetype(stride) * img.height(), '\0');
            for (int y = 0; y < img.height(); ++y)
                memcpy(packed.data() + qsizetype(y) * stride, img.constScanLine(y), size_t(stride));
            QCOMPARE(MmrEncoder::encode(reinterpret_cast<const uchar *>(packed.constData()), width,
                                        img.height(), stride),
                     libtiffMmr(img));
        }
    }

    void rejectsBadInput()
    {
        QVERIFY(MmrEncoder::encode(QImage()).isEmpty());
        QVERIFY(MmrEncoder::encode(QImage(64, 64, QImage::Format_RGB32)).isEmpty());
        const uchar row[4] = {0, 0, 0, 0};
        QVERIFY(MmrEncoder::encode(row, 0, 1, 4).isEmpty());
        QVERIFY(MmrEncoder::encode(row, 32, 0, 4).isEmpty());
        QVERIFY(MmrEncoder::encode(row, 64, 1, 4).isEmpty()); // rows shorter than the width
        QVERIFY(MmrEncoder::encode(nullptr, 32, 1, 4).isEmpty());
        // A blank one-line page: V0, EOFB, padding.
        QCOMPARE(MmrEncoder::encode(row, 32, 1, 4), QByteArray::fromHex("80080080"));
    }
};

QTEST_MAIN(TestMmrEncoder)
#include "tst_mmrencoder.moc"
