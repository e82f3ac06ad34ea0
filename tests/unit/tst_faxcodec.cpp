// SPDX-License-Identifier: GPL-3.0-or-later
// T.4/T.6 coding through libtiff: encode -> decode is pixel-exact for every compression,
// resolution and framing option; corrupt data is counted, not fatal.
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"
#include "imaging/t4framing.h"
#include "ituchart.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Fax;

Q_DECLARE_METATYPE(Fax::FaxCompression)

namespace {

using Fax::Test::atResolution;

QImage chart(int n)
{
    return Fax::Test::ituChart(n);
}

bool samePixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    const int bytes = (a.width() + 7) / 8;
    for (int y = 0; y < a.height(); ++y)
        if (memcmp(a.constScanLine(y), b.constScanLine(y), size_t(bytes)) != 0)
            return false;
    return true;
}

QImage noisePage(int width, int lines, quint32 seed)
{
    QImage img = makeFaxImage(width, lines);
    QRandomGenerator rng(seed);
    for (int y = 0; y < lines; ++y) {
        uchar *p = img.scanLine(y);
        for (int x = 0; x < width / 8; ++x)
            p[x] = uchar(rng.generate() & (y % 7 == 0 ? 0xff : 0x81));
    }
    return img;
}

} // namespace

class TestFaxCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsRoundTrip_data()
    {
        QTest::addColumn<int>("chartNo");
        QTest::addColumn<FaxCompression>("compression");
        QTest::addColumn<int>("yDpi");
        for (int n = 1; n <= 8; ++n)
            for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr})
                for (int dpi : {98, 196, 391})
                    QTest::addRow("itu%d-%s-%d", n, qPrintable(compressionKey(c)), dpi)
                        << n << c << dpi;
    }
    void chartsRoundTrip()
    {
        QFETCH(int, chartNo);
        QFETCH(FaxCompression, compression);
        QFETCH(int, yDpi);
        const QImage page = atResolution(chart(chartNo), yDpi);
        QVERIFY(!page.isNull());
        FaxCodec::EncodeOptions eo;
        eo.compression = compression;
        eo.yDpi = yDpi;
        auto coded = FaxCodec::encode(page, eo);
        QVERIFY2(coded, qPrintable(coded.error().message));
        FaxCodec::DecodeOptions dopt;
        dopt.compression = compression;
        dopt.width = page.width();
        dopt.yDpi = yDpi;
        auto decoded = FaxCodec::decode(coded.value(), dopt);
        QVERIFY2(decoded, qPrintable(decoded.error().message));
        QVERIFY2(decoded->badLines == 0, qPrintable(QString::number(decoded->badLines) +
                                                    QLatin1Char(' ') + decoded->firstProblem));
        QVERIFY(decoded->complete);
        QVERIFY(samePixels(decoded->image, page));
    }

    void chartOneSizes()
    {
        // The house guide's figures for chart 1 at fine: MH 37.4 KB, MR 26.0 KB, MMR 18.1 KB.
        const QImage page = chart(1);
        QList<qsizetype> sizes;
        for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
            FaxCodec::EncodeOptions eo;
            eo.compression = c;
            sizes << FaxCodec::encode(page, eo)->size();
        }
        QVERIFY(sizes[0] > sizes[1] && sizes[1] > sizes[2]);
        QVERIFY(qAbs(sizes[0] - 37400) < 4000);
        QVERIFY(qAbs(sizes[2] - 18100) < 2000);
    }

    void framingOptions_data()
    {
        QTest::addColumn<FaxCompression>("compression");
        QTest::addColumn<bool>("lsbFirst");
        QTest::addColumn<bool>("alignEol");
        QTest::addColumn<int>("minBits");
        QTest::addColumn<int>("width");
        for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr})
            for (bool lsb : {false, true})
                for (bool align : {false, true})
                    for (int minBits : {0, 400, 2000})
                        QTest::addRow("%s-lsb%d-align%d-min%d", qPrintable(compressionKey(c)), lsb,
                                      align, minBits)
                            << c << lsb << align << minBits << 1728;
        QTest::newRow("mmr-lsb-b4") << FaxCompression::Mmr << true << false << 0 << 2048;
        QTest::newRow("mh-a3") << FaxCompression::Mh << false << true << 0 << 2432;
        QTest::newRow("mr-a3") << FaxCompression::Mr << true << false << 200 << 2432;
    }
    void framingOptions()
    {
        QFETCH(FaxCompression, compression);
        QFETCH(bool, lsbFirst);
        QFETCH(bool, alignEol);
        QFETCH(int, minBits);
        QFETCH(int, width);
        QImage page = noisePage(width, 300, 7);
        // White lines make the zero fill work hard.
        for (int y = 100; y < 140; ++y)
            memset(page.scanLine(y), 0, size_t(page.bytesPerLine()));
        FaxCodec::EncodeOptions eo;
        eo.compression = compression;
        eo.lsbFirst = lsbFirst;
        eo.alignEol = alignEol;
        eo.minBitsPerLine = minBits;
        auto coded = FaxCodec::encode(page, eo);
        QVERIFY(coded);
        const QByteArray msb = lsbFirst ? T4Framing::reverseBits(coded.value()) : coded.value();
        if (compression != FaxCompression::Mmr) {
            // Every line, EOL included, takes at least minBits; RTC ends the page.
            QVERIFY(msb.size() * 8 >= qint64(minBits) * page.height());
            bool rtc = false;
            QCOMPARE(T4Framing::countLines(msb, compression == FaxCompression::Mr, &rtc),
                     page.height());
            QVERIFY(rtc);
            if (alignEol) {
                // An aligned EOL is 0x00 0x01 (or 0x?0 0x01 with data before): check every 0x01
                // that follows 11 zeros ends on an octet boundary by looking at unaligned EOLs.
                int unaligned = 0;
                quint32 window = 0;
                for (int i = 0; i < msb.size() * 8; ++i) {
                    const int bit = (quint8(msb[i / 8]) >> (7 - i % 8)) & 1;
                    window = (window << 1) | quint32(bit);
                    if ((window & 0xfff) == 0x001 && i % 8 != 7)
                        ++unaligned;
                }
                QCOMPARE(unaligned, 0);
            }
        }
        FaxCodec::DecodeOptions dopt;
        dopt.compression = compression;
        dopt.width = width;
        dopt.lsbFirst = lsbFirst;
        auto decoded = FaxCodec::decode(coded.value(), dopt);
        QVERIFY2(decoded, qPrintable(decoded.error().message));
        QVERIFY2(decoded->badLines == 0, qPrintable(QString::number(decoded->badLines) +
                                                    QLatin1Char(' ') + decoded->firstProblem));
        QVERIFY(samePixels(decoded->image, page));
    }

    void mrKFactor()
    {
        QCOMPARE(Fax::mrKFactor(98), 2);
        QCOMPARE(Fax::mrKFactor(196), 4);
        QCOMPARE(Fax::mrKFactor(391), 4);
        // K=2 puts a 1-D line every second line: more 1-D lines, more data.
        const QImage page = chart(1);
        FaxCodec::EncodeOptions eo;
        eo.compression = FaxCompression::Mr;
        eo.kFactor = 2;
        const auto k2 = FaxCodec::encode(page, eo);
        eo.kFactor = 4;
        const auto k4 = FaxCodec::encode(page, eo);
        QVERIFY(k2->size() > k4->size());
    }

    void corruptT4LinesAreCounted_data()
    {
        QTest::addColumn<FaxCompression>("compression");
        QTest::newRow("mh") << FaxCompression::Mh;
        QTest::newRow("mr") << FaxCompression::Mr;
    }
    void corruptT4LinesAreCounted()
    {
        QFETCH(FaxCompression, compression);
        const QImage page = chart(1);
        FaxCodec::EncodeOptions eo;
        eo.compression = compression;
        eo.alignEol = true;
        QByteArray data = FaxCodec::encode(page, eo).value();
        // Damage a few bytes in the middle, as line noise would.
        for (int i = 0; i < 5; ++i)
            data[data.size() / 2 + i * 997] = char(data[data.size() / 2 + i * 997] ^ 0x5a);
        FaxCodec::DecodeOptions dopt;
        dopt.compression = compression;
        auto decoded = FaxCodec::decode(data, dopt);
        QVERIFY2(decoded, qPrintable(decoded.error().message));
        QVERIFY(decoded->badLines > 0);
        QVERIFY(decoded->badLines < 200);
        QVERIFY(!decoded->firstProblem.isEmpty());
        QVERIFY(qAbs(decoded->image.height() - page.height()) <= 5);
    }

    void truncatedData_data()
    {
        QTest::addColumn<FaxCompression>("compression");
        QTest::newRow("mh") << FaxCompression::Mh;
        QTest::newRow("mr") << FaxCompression::Mr;
        QTest::newRow("mmr") << FaxCompression::Mmr;
    }
    void truncatedData()
    {
        QFETCH(FaxCompression, compression);
        FaxCodec::EncodeOptions eo;
        eo.compression = compression;
        QByteArray data = FaxCodec::encode(chart(2), eo).value();
        data.truncate(data.size() / 3);
        FaxCodec::DecodeOptions dopt;
        dopt.compression = compression;
        auto decoded = FaxCodec::decode(data, dopt);
        QVERIFY2(decoded, qPrintable(decoded.error().message));
        QVERIFY(!decoded->complete);
        QVERIFY(decoded->image.height() < 2376);
    }

    void garbageIsAnErrorOrCounted()
    {
        QRandomGenerator rng(42);
        for (FaxCompression c : {FaxCompression::Mh, FaxCompression::Mr, FaxCompression::Mmr}) {
            for (int round = 0; round < 20; ++round) {
                QByteArray junk(int(rng.bounded(1, 4000)), Qt::Uninitialized);
                for (auto &ch : junk)
                    ch = char(rng.generate());
                FaxCodec::DecodeOptions dopt;
                dopt.compression = c;
                auto decoded = FaxCodec::decode(junk, dopt);
                if (!decoded)
                    QVERIFY(decoded.error().message.contains(QLatin1String("fax data")));
            }
        }
        FaxCodec::DecodeOptions dopt;
        auto empty = FaxCodec::decode(QByteArray(), dopt);
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QLatin1String("no data")));
        dopt.width = 1727;
        QVERIFY(!FaxCodec::decode(QByteArray("x"), dopt));
    }

    void t85ForTheLine()
    {
        // T.85 goes through the same calls as the T.4 codings, as the T.30 code uses them.
        const QImage page = chart(1);
        FaxCodec::EncodeOptions eo;
        eo.compression = FaxCompression::T85;
        eo.lsbFirst = true; // a BIE is a byte stream: the bit order on the line does not apply
        const auto bie = FaxCodec::encode(page, eo);
        QVERIFY2(bie, qPrintable(bie.error().message));
        QCOMPARE(bie->left(4), QByteArray("\0\0\1\0", 4)); // DL 0, D 0, P 1, reserved
        eo.compression = FaxCompression::Mmr;
        QVERIFY(bie->size() < FaxCodec::encode(page, eo)->size());

        FaxCodec::DecodeOptions dopt;
        dopt.compression = FaxCompression::T85;
        dopt.width = page.width();
        dopt.lsbFirst = true;
        // The last ECM frame of the page is zero-filled up to the frame size.
        const QByteArray framed = *bie + QByteArray(256 - bie->size() % 256, '\0');
        for (const QByteArray &data : {*bie, framed}) {
            const auto decoded = FaxCodec::decode(data, dopt);
            QVERIFY2(decoded, qPrintable(decoded.error().message));
            QCOMPARE(decoded->badLines, 0);
            QVERIFY(samePixels(decoded->image, page));
        }

        // Anything else is an error naming what and why, never a half page.
        const auto junkAfter = FaxCodec::decode(*bie + QByteArray("\0\1", 2), dopt);
        QVERIFY(!junkAfter);
        QVERIFY2(junkAfter.error().message.contains(QLatin1String("follow the end of the image")),
                 qPrintable(junkAfter.error().message));
        const auto truncated = FaxCodec::decode(bie->left(bie->size() / 2), dopt);
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().message.contains(QLatin1String("t85")),
                 qPrintable(truncated.error().message));
        dopt.width = 2048;
        const auto wrongWidth = FaxCodec::decode(*bie, dopt);
        QVERIFY(!wrongWidth);
        QVERIFY2(wrongWidth.error().message.contains(QLatin1String("1728 pixels wide, but 2048")),
                 qPrintable(wrongWidth.error().message));
        dopt.width = 1728;
        dopt.maxLines = 1000;
        const auto tooLong = FaxCodec::decode(*bie, dopt);
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.error().message.contains(QLatin1String("exceeds 1000 lines")),
                 qPrintable(tooLong.error().message));

        // A fax TIFF does not take T.85 pages.
        FaxPage faxPage;
        faxPage.image = page;
        const auto stored = FaxTiffWriter::encodePage(faxPage, FaxCompression::T85);
        QVERIFY(!stored);
        QVERIFY(stored.error().message.contains(QLatin1String("for the line only")));
    }

    void refusesNonFaxImage()
    {
        QImage rgb(1728, 10, QImage::Format_RGB32);
        rgb.fill(Qt::white);
        FaxCodec::EncodeOptions eo;
        QVERIFY(!FaxCodec::encode(rgb, eo));
    }
};

QTEST_MAIN(TestFaxCodec)
#include "tst_faxcodec.moc"
