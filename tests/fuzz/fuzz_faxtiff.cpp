// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a TIFF file -> FaxTiffReader (properties, pages, raw strips) and
// the check every fax page gets before it may be stored unchanged (FaxTiffReader::checkPage):
// its verdict must agree with what decoding the page yields, and the quick scan (CodedPageScan)
// may pass only pages libtiff decodes without a complaint.
#include "imaging/codedpagescan.h"
#include "imaging/faxtiff.h"

#include <cstdint>
#include <cstdlib>

using namespace Fax;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FaxTiffReader reader;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!reader.openData(bytes, QStringLiteral("fuzz.tif")))
        return 0;
    for (int i = 0; i < reader.pageCount() && i < 8; ++i) {
        const FaxTiffPageInfo &info = reader.pageInfo(i);
        (void)reader.rawPage(i);
        // Huge pages are refused by the reader or just slow to allocate; keep runs fast.
        if (qint64(info.width) * std::min(info.lines, FaxTiffReader::kMaxLines) > 16 * 1024 * 1024)
            continue;
        const auto damage = reader.checkPage(i);
        // The quick scan of pages to be stored unchanged (only bilevel pages get there, as in
        // TiffSource): whatever it passes, libtiff's decoder decodes without a complaint.
        FaxCompression coding;
        if (info.bilevel && info.faxCompression(&coding) && coding != FaxCompression::T85 &&
            !info.lsbFirst && info.strips == 1) {
            const auto raw = reader.rawPage(i);
            if (raw && CodedPageScan::clean(raw.value(), coding, info.width, info.lines))
                check(damage.ok() && !damage->damaged());
        }
        if (!damage) {
            (void)reader.readPage(i);
            continue;
        }
        check(damage->decodedLines >= 0 && damage->decodedLines <= damage->lines);
        check(damage->missingLines() >= 0 && damage->damagedLines >= damage->missingLines());
        check(damage->damaged() == !damage->describe().isEmpty());
        // The lines the check counted are the lines the page decodes to.
        FaxPageDamage again;
        const auto page = reader.readPage(i, &again);
        if (!page) {
            check(damage->decodedLines == 0 || damage->tooLong);
            continue;
        }
        check(again.decodedLines == damage->decodedLines);
        check(again.invalidCodes == damage->invalidCodes);
        check(again.wrongLength == damage->wrongLength);
        check(page->lines() == damage->decodedLines);
        // A page the check passes decodes in full: what pass-through relies on.
        if (!damage->damaged()) {
            const auto whole = reader.readPage(i);
            check(whole.ok() && whole->lines() == info.lines);
        }
    }
    return 0;
}
