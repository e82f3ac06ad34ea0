// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxcodec.h"

#include "jbigcodec.h"
#include "mmrencoder.h"
#include "t4framing.h"
#include "tiffhandle.h"

#include <QCoreApplication>

#include <tiffio.h>

#include <algorithm>
#include <vector>

namespace Fax {

namespace {

Error codecError(const QString &what, const QString &why)
{
    return Error::make(Error::Kind::InvalidArgument,
                       QCoreApplication::translate("Fax", "%1: %2").arg(what, why));
}

void setFaxTags(TIFF *t, int width, int lines, FaxCompression compression, int yDpi)
{
    TIFFSetField(t, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(t, TIFFTAG_IMAGELENGTH, uint32_t(lines));
    TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, uint32_t(lines));
    TIFFSetField(t, TIFFTAG_XRESOLUTION, float(kFaxXDpi));
    TIFFSetField(t, TIFFTAG_YRESOLUTION, float(yDpi));
    TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
    TIFFSetField(t, TIFFTAG_COMPRESSION,
                 compression == FaxCompression::Mmr ? COMPRESSION_CCITTFAX4
                                                    : COMPRESSION_CCITTFAX3);
}

/// Encodes with libtiff into an in-memory TIFF and returns the single strip's raw data.
Expected<QByteArray> libtiffEncode(const QImage &page, FaxCompression compression, int yDpi,
                                   uint32_t group3Options, bool eolPerLine)
{
    if (!isFaxImage(page) || page.width() <= 0 || page.height() <= 0)
        return codecError(
            QCoreApplication::translate("Fax", "fax encoder"),
            QCoreApplication::translate("Fax", "the page is not a bilevel fax image"));
    auto h = TiffHandle::createMemory(QStringLiteral("encode"));
    if (!h->isOpen())
        return codecError(QCoreApplication::translate("Fax", "fax encoder"), h->lastMessage());
    TIFF *t = h->tiff();
    setFaxTags(t, page.width(), page.height(), compression, yDpi);
    if (compression == FaxCompression::Mmr) {
        TIFFSetField(t, TIFFTAG_GROUP4OPTIONS, 0);
    } else {
        TIFFSetField(t, TIFFTAG_GROUP3OPTIONS, group3Options);
        // Classic mode writes an EOL before every line; RTC is added by our framing.
        TIFFSetField(t, TIFFTAG_FAXMODE,
                     eolPerLine ? FAXMODE_CLASSIC | FAXMODE_NORTC : FAXMODE_CLASSF);
    }
    const tmsize_t size = tmsize_t(page.bytesPerLine()) * page.height();
    if (page.bytesPerLine() * 8 != ((page.width() + 31) / 32) * 32 ||
        TIFFScanlineSize(t) != tmsize_t((page.width() + 7) / 8)) {
        return codecError(QCoreApplication::translate("Fax", "fax encoder"),
                          QCoreApplication::translate("Fax", "unexpected scan-line size"));
    }
    if (page.bytesPerLine() == TIFFScanlineSize(t)) {
        // QImage rows are 32-bit aligned; fax widths (1728, 2048, 2432) are multiples of 32.
        if (TIFFWriteEncodedStrip(t, 0, const_cast<uchar *>(page.constBits()), size) < 0)
            return codecError(QCoreApplication::translate("Fax", "fax encoder"), h->lastMessage());
    } else {
        for (int y = 0; y < page.height(); ++y) {
            if (TIFFWriteScanline(t, const_cast<uchar *>(page.constScanLine(y)), uint32_t(y)) < 0)
                return codecError(QCoreApplication::translate("Fax", "fax encoder"),
                                  h->lastMessage());
        }
    }
    if (!TIFFWriteDirectory(t))
        return codecError(QCoreApplication::translate("Fax", "fax encoder"), h->lastMessage());
    h->close();
    QString why;
    QByteArray strip = TiffHandle::firstStrip(h->buffer(), &why);
    if (strip.isEmpty())
        return codecError(QCoreApplication::translate("Fax", "fax encoder"), why);
    return strip;
}

/// T.85 data from the line: one BIE, perhaps followed by the zero fill of the last ECM frame.
Expected<FaxCodec::Decoded> decodeT85(const QByteArray &data,
                                      const FaxCodec::DecodeOptions &options, const QString &what)
{
    auto image = JbigCodec::decode(data, JbigCodec::DecodeOptions{true, options.maxLines});
    if (!image)
        return codecError(what, image.error().message);
    if (image->width() != options.width)
        return codecError(what, QCoreApplication::translate(
                                    "Fax", "the image is %1 pixels wide, but %2 were agreed")
                                    .arg(image->width())
                                    .arg(options.width));
    FaxCodec::Decoded result;
    result.image = *std::move(image);
    return result;
}

} // namespace

int mrKFactor(int yDpi)
{
    return yDpi > 150 ? 4 : 2;
}

Expected<QByteArray> FaxCodec::encode(const QImage &page, const EncodeOptions &options)
{
    if (options.compression == FaxCompression::T85) {
        // A BIE is a byte stream: its bytes go into the ECM frames as they are, whatever the
        // bit order of T.4 data on the line.
        QByteArray bie = JbigCodec::encode(page);
        if (bie.isEmpty())
            return codecError(
                QCoreApplication::translate("Fax", "fax encoder"),
                QCoreApplication::translate("Fax", "the page is not a bilevel fax image"));
        return bie;
    }
    QByteArray data;
    if (options.compression == FaxCompression::Mmr) {
        data = MmrEncoder::encode(page);
        if (data.isEmpty())
            return codecError(
                QCoreApplication::translate("Fax", "fax encoder"),
                QCoreApplication::translate("Fax", "the page is not a bilevel fax image"));
    } else {
        const bool twoD = options.compression == FaxCompression::Mr;
        // libtiff derives K from the resolution: K = 4 when YResolution > 150 dpi, else 2.
        int yDpi = options.yDpi;
        if (twoD && options.kFactor > 0)
            yDpi = options.kFactor >= 4 ? 196 : 98;
        auto r =
            libtiffEncode(page, options.compression, yDpi, twoD ? GROUP3OPT_2DENCODING : 0, true);
        if (!r)
            return r.error();
        T4Framing::FrameOptions f;
        f.twoD = twoD;
        f.alignEol = options.alignEol;
        f.minBitsPerLine = options.minBitsPerLine;
        f.appendRtc = options.endOfPage;
        data = T4Framing::reframe(r.value(), f);
    }
    if (options.lsbFirst)
        data = T4Framing::reverseBits(std::move(data));
    return data;
}

Expected<QByteArray> FaxCodec::encodeMmrWithLibtiff(const QImage &page)
{
    return libtiffEncode(page, FaxCompression::Mmr, 196, 0, false);
}

Expected<FaxCodec::Decoded> FaxCodec::decode(const QByteArray &data, const DecodeOptions &options)
{
    const QString what = QCoreApplication::translate("Fax", "fax data (%1, %2 bytes)")
                             .arg(compressionKey(options.compression))
                             .arg(data.size());
    if (options.width <= 0 || options.width > 8192 || options.width % 8)
        return codecError(
            what,
            QCoreApplication::translate("Fax", "unsupported line width %1").arg(options.width));
    if (data.isEmpty())
        return codecError(what, QCoreApplication::translate("Fax", "no data"));
    if (options.compression == FaxCompression::T85)
        return decodeT85(data, options, what);

    int lines = options.maxLines;
    bool rtc = false;
    if (options.compression != FaxCompression::Mmr) {
        const QByteArray msb = options.lsbFirst ? T4Framing::reverseBits(data) : data;
        lines = T4Framing::countLines(msb, options.compression == FaxCompression::Mr, &rtc);
        if (lines == 0)
            return codecError(
                what, QCoreApplication::translate("Fax", "no coded scan line (no EOL found)"));
        if (lines > options.maxLines)
            return codecError(what,
                              QCoreApplication::translate("Fax", "%1 lines exceed the limit of %2")
                                  .arg(lines)
                                  .arg(options.maxLines));
    }

    // Wrap the raw data into an in-memory single-strip TIFF so libtiff's decoder can read it.
    auto w = TiffHandle::createMemory(QStringLiteral("decode"));
    TIFF *t = w->tiff();
    if (!t)
        return codecError(what, w->lastMessage());
    setFaxTags(t, options.width, lines, options.compression, options.yDpi);
    TIFFSetField(t, TIFFTAG_FILLORDER, options.lsbFirst ? FILLORDER_LSB2MSB : FILLORDER_MSB2LSB);
    if (options.compression == FaxCompression::Mmr)
        TIFFSetField(t, TIFFTAG_GROUP4OPTIONS, 0);
    else
        TIFFSetField(t, TIFFTAG_GROUP3OPTIONS,
                     options.compression == FaxCompression::Mr ? GROUP3OPT_2DENCODING : 0);
    if (TIFFWriteRawStrip(t, 0, const_cast<char *>(data.constData()), data.size()) < 0 ||
        !TIFFWriteDirectory(t))
        return codecError(what, w->lastMessage());
    w->close();
    const QByteArray file = w->buffer();
    auto h = TiffHandle::openMemory(&file, QStringLiteral("fax data"));
    if (!h->isOpen())
        return codecError(what, h->lastMessage());

    Decoded result;
    // MMR has no line count up front: decode into a per-thread scratch buffer that is reused
    // from page to page (fresh large buffers cost page faults), then copy out the page.
    const bool unknownLength = options.compression == FaxCompression::Mmr;
    const qsizetype rowBytes = options.width / 8;
    thread_local std::vector<uchar> scratch;
    QImage image;
    if (!unknownLength) {
        image = makeFaxImage(options.width, lines);
        if (image.isNull())
            return codecError(
                what, QCoreApplication::translate("Fax", "out of memory for %1 lines").arg(lines));
    }
    auto row = [&](int y) -> uchar * {
        if (!unknownLength)
            return image.scanLine(y);
        const size_t need = size_t(y + 1) * size_t(rowBytes);
        if (scratch.size() < need)
            scratch.resize(std::max(need, std::min(size_t(lines) * size_t(rowBytes), need * 2)));
        return scratch.data() + size_t(y) * size_t(rowBytes);
    };
    int decoded = 0;
    for (; decoded < lines; ++decoded) {
        uchar *dst = row(decoded);
        const int before = h->errors().size() + h->warnings().size();
        const bool failed = TIFFReadScanline(h->tiff(), dst, uint32_t(decoded)) < 0;
        if (options.compression == FaxCompression::Mmr &&
            (failed || h->errors().size() + h->warnings().size() != before)) {
            // T.6 has no EOL but in EOFB: an empty line ending at an EOL is the end of the page.
            const QStringList msgs = (h->errors() + h->warnings()).mid(before);
            const bool eofb = std::any_of(msgs.begin(), msgs.end(), [](const QString &m) {
                return m.contains(QLatin1String("Premature EOL")) &&
                       m.contains(QLatin1String("(got 0,"));
            });
            // Data cut short reads as zeros: a bad code word and then an "EOL".
            const bool eof = std::any_of(msgs.begin(), msgs.end(), [](const QString &m) {
                return m.contains(QLatin1String("Premature EOF")) ||
                       m.contains(QLatin1String("Bad code"));
            });
            if (eofb || eof || failed) {
                result.complete = eofb && !eof;
                if (!eofb && !eof)
                    ++decoded; // a bad line, partly filled in
                break;
            }
        } else if (failed) {
            result.complete = false;
            ++decoded; // the cut line was partly filled in
            break;
        }
    }
    if (options.compression != FaxCompression::Mmr && !rtc)
        result.complete = false;
    if (decoded == 0)
        return codecError(
            what,
            QCoreApplication::translate("Fax", "no decodable scan line: %1").arg(h->lastMessage()));
    if (unknownLength) {
        image = makeFaxImage(options.width, decoded);
        if (image.isNull())
            return codecError(
                what,
                QCoreApplication::translate("Fax", "out of memory for %1 lines").arg(decoded));
        for (int y = 0; y < decoded; ++y)
            std::copy_n(scratch.data() + size_t(y) * size_t(rowBytes), rowBytes, image.scanLine(y));
        result.image = image;
    } else {
        result.image = decoded < image.height() ? image.copy(0, 0, options.width, decoded) : image;
    }
    const QList<int> &bad = h->badLineList();
    int run = 0;
    for (int i = 0; i < bad.size() && bad[i] < decoded; ++i) {
        ++result.badLines;
        run = (i > 0 && bad[i] == bad[i - 1] + 1) ? run + 1 : 1;
        result.longestBadRun = std::max(result.longestBadRun, run);
    }
    const QStringList all = h->errors() + h->warnings();
    result.firstProblem = all.isEmpty() ? QString() : all.first();
    return result;
}

} // namespace Fax
