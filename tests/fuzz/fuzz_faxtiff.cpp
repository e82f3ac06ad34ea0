// libFuzzer target: any bytes as a TIFF file -> FaxTiffReader (properties, pages, raw strips).
#include "imaging/faxtiff.h"

#include <cstdint>

using namespace Fax;

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
        if (qint64(info.width) * info.lines <= 16 * 1024 * 1024)
            (void)reader.readPage(i);
    }
    return 0;
}
