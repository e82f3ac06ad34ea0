// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxpagecheck.h"

#include "faxpage.h"
#include "faxtiff.h"
#include "tiffhandle.h"

#include <QCoreApplication>

#include <tiffio.h>

#include <algorithm>
#include <climits>
#include <vector>

namespace Fax {

QString FaxPageDamage::describe() const
{
    QStringList parts;
    if (!readError.isEmpty() && cutBytes == 0) // a cut strip is why it cannot be read
        parts << QCoreApplication::translate("Fax", "its coded data cannot be read (%1)")
                     .arg(readError);
    if (cutBytes > 0)
        parts << QCoreApplication::translate(
                     "Fax", "the coded data is cut short (%1 of its %2 bytes are missing)")
                     .arg(cutBytes)
                     .arg(stripBytes);
    if (invalidCodes == 1)
        parts << QCoreApplication::translate("Fax", "1 line with invalid code words");
    else if (invalidCodes > 1)
        parts << QCoreApplication::translate("Fax", "%1 lines with invalid code words")
                     .arg(invalidCodes);
    if (wrongLength == 1)
        parts << QCoreApplication::translate("Fax", "1 line of the wrong length");
    else if (wrongLength > 1)
        parts
            << QCoreApplication::translate("Fax", "%1 lines of the wrong length").arg(wrongLength);
    if (tooLong && decodedLines < FaxTiffReader::kMaxLines) {
        parts << QCoreApplication::translate("Fax", "the tags claim %1 lines, more than a fax page "
                                                    "can have (at most %2), and the data holds %3")
                     .arg(lines)
                     .arg(FaxTiffReader::kMaxLines)
                     .arg(decodedLines);
    } else if (tooLong) {
        parts << QCoreApplication::translate(
                     "Fax", "the tags claim %1 lines, more than a fax page can have (at most %2)")
                     .arg(lines)
                     .arg(FaxTiffReader::kMaxLines);
    } else if (decodedLines < lines && readError.isEmpty()) {
        parts << QCoreApplication::translate(
                     "Fax", "the data ends after line %1 of the %2 lines the tags claim")
                     .arg(decodedLines)
                     .arg(lines);
    }
    return parts.join(QStringLiteral(", "));
}

FaxPageDamage FaxPageCheck::decode(TiffHandle &h, const FaxTiffPageInfo &info, int maxLines,
                                   QImage *image)
{
    FaxPageDamage d;
    d.lines = info.lines;
    TIFF *t = h.tiff();
    uint32_t rowsPerStrip = 0;
    TIFFGetFieldDefaulted(t, TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
    h.clearMessages();
    h.setRowsPerStrip(int(std::min<uint32_t>(rowsPerStrip, uint32_t(info.lines))));
    const int lines = std::min(info.lines, maxLines);
    d.tooLong = info.lines > maxLines;
    // Strips that run past the end of the file: libtiff decodes what is there (and whatever
    // follows the strip in the file), so the tags themselves are checked.
    uint64_t *offsets = nullptr;
    uint64_t *counts = nullptr;
    const qint64 fileSize = h.size();
    if (fileSize >= 0 && TIFFGetField(t, TIFFTAG_STRIPOFFSETS, &offsets) &&
        TIFFGetField(t, TIFFTAG_STRIPBYTECOUNTS, &counts) && offsets && counts) {
        for (uint32_t s = 0; s < TIFFNumberOfStrips(t); ++s) {
            const qint64 count = qint64(std::min<uint64_t>(counts[s], uint64_t(1) << 40));
            const qint64 start = qint64(std::min<uint64_t>(offsets[s], uint64_t(1) << 40));
            d.stripBytes += count;
            d.cutBytes += std::clamp<qint64>(start + count - fileSize, 0, count);
        }
    }
    const tmsize_t rowBytes = TIFFScanlineSize(t);
    if (rowBytes <= 0 || rowBytes < (info.width + 7) / 8) {
        d.readError = h.lastMessage();
        d.damagedLines = info.lines;
        return d;
    }
    QImage out;
    if (image) {
        out = makeFaxImage(info.width, lines);
        if (out.isNull()) {
            d.readError = QCoreApplication::translate("Fax", "out of memory");
            return d;
        }
    }
    // Without an image, every line is decoded into one scratch row. (A fax image's rows are at
    // least a scan line long: Format_Mono rows are whole 32-bit words.)
    std::vector<uchar> scratch(image ? 0 : size_t(rowBytes));
    int decoded = 0;
    for (; decoded < lines; ++decoded) {
        uchar *dst = image ? out.scanLine(decoded) : scratch.data();
        if (TIFFReadScanline(t, dst, uint32_t(decoded)) < 0)
            break;
    }
    // Where the data ends: where reading failed, at the first line cut by the end of the data
    // ("Premature EOF"), at T.6's EOFB (an EOL where a line should start), and for T.4 before
    // the EOLs of an RTC that came early (empty lines up to where the data ran out).
    int end = decoded;
    const auto first = [&](TiffHandle::LineFault fault) {
        const QList<int> &l = h.faultLines(fault);
        return l.isEmpty() ? INT_MAX : l.constFirst();
    };
    end = std::min(end, first(TiffHandle::LineFault::EndOfData));
    const QList<int> &empty = h.faultLines(TiffHandle::LineFault::EmptyLine);
    if (info.compression == COMPRESSION_CCITTFAX4) {
        end = std::min(end, first(TiffHandle::LineFault::EmptyLine));
    } else if (end < lines) {
        while (end > 0 && std::binary_search(empty.begin(), empty.end(), end - 1))
            --end;
    }
    d.decodedLines = end;
    d.readLines = decoded;
    const auto countBefore = [&](const QList<int> &l) {
        return int(std::lower_bound(l.begin(), l.end(), end) - l.begin());
    };
    d.invalidCodes = countBefore(h.faultLines(TiffHandle::LineFault::InvalidCode));
    // An empty line within the page is one of the wrong length, as libtiff says.
    QList<int> wrong = h.faultLines(TiffHandle::LineFault::WrongLength);
    for (int line : empty) {
        if (line < end && !std::binary_search(wrong.begin(), wrong.end(), line))
            wrong.insert(std::lower_bound(wrong.begin(), wrong.end(), line), line);
    }
    d.wrongLength = countBefore(wrong);
    d.damagedLines = countBefore(h.badLineList()) + (info.lines - end);
    if (end == 0 && !h.errors().isEmpty() && h.badLineList().isEmpty())
        d.readError = h.errors().constFirst(); // not the decoder: the strip itself
    const QStringList complaints = h.errors() + h.warnings();
    d.firstProblem = complaints.isEmpty() ? QString() : complaints.constFirst();
    if (image)
        *image = decoded < lines ? out.copy(0, 0, info.width, decoded) : out;
    return d;
}

} // namespace Fax
