// SPDX-License-Identifier: GPL-3.0-or-later
#include "jbigcodec.h"

#include "faxpage.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <vector>

extern "C" {
#include <jbig85.h>
}

// Why the wrapper looks like this:
// - libjbig's rows are bytes, MSB = leftmost pixel, 1 = black: the bits of our Format_Mono
//   rows (index 1 black), only without QImage's 32-bit row alignment; so each row is copied to a
//   byte-packed buffer. The encoder also clears the padding bits of a row in place, another
//   reason not to hand it the image's own memory.
// - The encoder is told everything explicitly (TPBON/LRLTWO, L0, MX = 127): its built-in
//   default options include VLENGTH, which a page of known height does not need.
// - The decoder checks the header itself but would allocate nothing: we read XD/YD first so an
//   absurd page is refused before the line store grows, and the line callback stops the decoder
//   at kMaxLines (a VLENGTH header may announce up to 2^32-1 lines and end early with NEWLEN).

namespace Fax {

namespace {

constexpr int kHeaderBytes = 20;
constexpr int kMaxTemplateOffset = 127; // MX: the largest adaptive-template offset T.85 allows

void appendBie(unsigned char *start, size_t len, void *file)
{
    static_cast<QByteArray *>(file)->append(reinterpret_cast<const char *>(start), qsizetype(len));
}

quint32 bigEndian32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

/// Where the decoder's lines go: byte-packed rows, in order.
struct LineStore
{
    std::vector<uchar> rows;
    size_t bytesPerLine = 0;
    unsigned long lines = 0;
    unsigned long maxLines = JbigCodec::kMaxLines;
    bool tooLong = false;
    bool outOfOrder = false;
};

int storeLine(const jbg85_dec_state *, unsigned char *start, size_t len, unsigned long y,
              void *file)
{
    auto *store = static_cast<LineStore *>(file);
    if (y != store->lines || len != store->bytesPerLine) {
        store->outOfOrder = true;
        return 1; // interrupts the decoder
    }
    if (store->lines >= store->maxLines) {
        store->tooLong = true;
        return 1;
    }
    store->rows.insert(store->rows.end(), start, start + len);
    ++store->lines;
    return 0;
}

Error decodeError(qsizetype size, const QString &why)
{
    return Error::make(
        Error::Kind::InvalidArgument,
        QCoreApplication::translate("Fax", "T.85 (JBIG) data of %1 bytes: %2").arg(size).arg(why));
}

QString libjbigReason(int code)
{
    return QCoreApplication::translate("Fax", "%1 (libjbig error 0x%2)")
        .arg(QString::fromLatin1(jbg85_strerror(code)))
        .arg(code, 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArray JbigCodec::encode(const QImage &page, const EncodeOptions &options)
{
    if (!isFaxImage(page) || page.width() < 1 || page.width() > kMaxWidth || page.height() < 1 ||
        page.height() > kMaxLines || options.stripeLines < 1)
        return {};
    const int width = page.width();
    const int lines = page.height();
    const size_t bytesPerLine = (size_t(width) + 7) / 8;

    QByteArray bie;
    bie.reserve(qsizetype(bytesPerLine) * lines / 16 + 256);
    jbg85_enc_state encoder;
    jbg85_enc_init(&encoder, (unsigned long)width, (unsigned long)lines, appendBie, &bie);
    int flags = 0;
    if (options.typicalPrediction)
        flags |= JBG_TPBON;
    if (options.twoLineTemplate)
        flags |= JBG_LRLTWO;
    jbg85_enc_options(&encoder, flags, (unsigned long)options.stripeLines, kMaxTemplateOffset);

    // The encoder looks at the two rows above the current one: a ring of three rows.
    std::vector<uchar> ring(3 * bytesPerLine);
    for (int y = 0; y < lines; ++y) {
        uchar *line = ring.data() + size_t(y % 3) * bytesPerLine;
        uchar *previous = ring.data() + size_t((y + 2) % 3) * bytesPerLine;
        uchar *beforePrevious = ring.data() + size_t((y + 1) % 3) * bytesPerLine;
        std::memcpy(line, page.constScanLine(y), bytesPerLine);
        jbg85_enc_lineout(&encoder, line, previous, beforePrevious);
    }
    return bie;
}

Expected<QImage> JbigCodec::decode(const QByteArray &bie, const DecodeOptions &options)
{
    const int maxLines = std::clamp(options.maxLines, 1, kMaxLines);
    const qsizetype size = bie.size();
    if (size == 0)
        return decodeError(size, QCoreApplication::translate("Fax", "no data"));
    if (size < kHeaderBytes)
        return decodeError(
            size, QCoreApplication::translate("Fax", "shorter than the 20-byte header (BIH)"));

    const auto *header = reinterpret_cast<const uchar *>(bie.constData());
    const quint32 width = bigEndian32(header + 4);
    const quint32 height = bigEndian32(header + 8);
    const bool variableLength = header[19] & JBG_VLENGTH;
    if (width < 1 || width > quint32(kMaxWidth))
        return decodeError(size, QCoreApplication::translate(
                                     "Fax", "the header's width %1 is outside 1 to %2 pixels")
                                     .arg(width)
                                     .arg(kMaxWidth));
    // With VLENGTH the height is only an upper bound (a NEWLEN marker gives the real one), so the
    // line limit is enforced while decoding instead.
    if (!variableLength && height > quint32(maxLines))
        return decodeError(
            size, QCoreApplication::translate("Fax", "the header's height %1 exceeds %2 lines")
                      .arg(height)
                      .arg(maxLines));

    LineStore store;
    store.maxLines = static_cast<unsigned long>(maxLines);
    store.bytesPerLine = (size_t(width) + 7) / 8;
    // A header alone proves nothing: reserve for at most a few pages' worth, grow past that.
    if (!variableLength)
        store.rows.reserve(std::min<size_t>(store.bytesPerLine * height, size_t(4) << 20));
    std::vector<uchar> lineBuffer(3 * store.bytesPerLine);
    jbg85_dec_state decoder;
    jbg85_dec_init(&decoder, lineBuffer.data(), lineBuffer.size(), storeLine, &store);

    // libjbig only reads the data it is given; its interface is just not const.
    auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(bie.constData()));
    size_t consumed = 0;
    int rc = jbg85_dec_in(&decoder, data, size_t(size), &consumed);
    if (rc == JBG_EAGAIN && consumed == size_t(size)) {
        // A VLENGTH BIE is not self-terminating: a NEWLEN could still follow the last stripe.
        rc = jbg85_dec_end(&decoder);
    }

    if (store.tooLong)
        return decodeError(size,
                           QCoreApplication::translate("Fax", "more than %1 lines (at byte %2)")
                               .arg(maxLines)
                               .arg(consumed));
    if (store.outOfOrder)
        return decodeError(size,
                           QCoreApplication::translate(
                               "Fax", "the decoder delivered line %1 out of order (at byte %2)")
                               .arg(store.lines)
                               .arg(consumed));
    if (rc == JBG_EAGAIN)
        return decodeError(
            size, QCoreApplication::translate("Fax", "ends at byte %1 after line %2 of %3: %4")
                      .arg(size)
                      .arg(store.lines)
                      .arg(jbg85_dec_getheight(&decoder))
                      .arg(libjbigReason(rc)));
    if (rc != JBG_EOK)
        return decodeError(size, QCoreApplication::translate("Fax", "at byte %1 (line %2): %3")
                                     .arg(consumed)
                                     .arg(store.lines)
                                     .arg(libjbigReason(rc)));
    const bool onlyFill =
        options.acceptZeroFill &&
        std::all_of(bie.cbegin() + qsizetype(consumed), bie.cend(), [](char c) { return c == 0; });
    if (consumed < size_t(size) && !onlyFill)
        return decodeError(size, QCoreApplication::translate(
                                     "Fax", "%1 bytes follow the end of the image at byte %2")
                                     .arg(size_t(size) - consumed)
                                     .arg(consumed));
    const unsigned long finalHeight = jbg85_dec_getheight(&decoder);
    if (store.lines != finalHeight || store.lines == 0)
        return decodeError(size,
                           QCoreApplication::translate(
                               "Fax", "at byte %1: %2 lines decoded but the image height is %3")
                               .arg(consumed)
                               .arg(store.lines)
                               .arg(finalHeight));

    QImage image = makeFaxImage(int(width), int(store.lines));
    if (image.isNull())
        return decodeError(
            size, QCoreApplication::translate("Fax", "out of memory for a page of %1 by %2 pixels")
                      .arg(width)
                      .arg(store.lines));
    for (unsigned long y = 0; y < store.lines; ++y)
        std::memcpy(image.scanLine(int(y)), store.rows.data() + y * store.bytesPerLine,
                    store.bytesPerLine);
    return image;
}

} // namespace Fax
