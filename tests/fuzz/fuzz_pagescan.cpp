// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: raw MH/MR/MMR data -> CodedPageScan, differentially against libtiff's own
// decoder: whatever the quick scan passes as clean must decode in libtiff (FaxPageCheck) without
// a single complaint, or a damaged page could be stored unchanged. The first byte picks the coding
// (value % 3: MH, MR, MMR) and the width (bit 4: 2048, else 1728), the second the number of
// lines (1-256); the rest is the data, FillOrder MSB2LSB as a fax TIFF stores it.
#include "imaging/codedpagescan.h"
#include "imaging/faxtiff.h"

#include <tiffio.h>

#include <cstdint>
#include <cstdlib>

using namespace Fax;

namespace {

struct Memory
{
    QByteArray data;
    qint64 pos = 0;
};

tmsize_t memRead(thandle_t, void *, tmsize_t)
{
    return 0;
}

tmsize_t memWrite(thandle_t h, void *buf, tmsize_t size)
{
    auto *m = static_cast<Memory *>(h);
    if (m->pos + size > m->data.size())
        m->data.resize(qsizetype(m->pos + size));
    memcpy(m->data.data() + m->pos, buf, size_t(size));
    m->pos += size;
    return size;
}

toff_t memSeek(thandle_t h, toff_t off, int whence)
{
    auto *m = static_cast<Memory *>(h);
    m->pos = whence == SEEK_SET   ? qint64(off)
             : whence == SEEK_CUR ? m->pos + qint64(off)
                                  : m->data.size() + qint64(off);
    return toff_t(m->pos);
}

int memClose(thandle_t)
{
    return 0;
}

toff_t memSize(thandle_t h)
{
    return toff_t(static_cast<Memory *>(h)->data.size());
}

int memMap(thandle_t, void **, toff_t *)
{
    return 0;
}

void memUnmap(thandle_t, void *, toff_t) {}

/// A one-page fax TIFF around the raw data.
QByteArray tiffAround(const QByteArray &raw, FaxCompression c, int width, int lines)
{
    Memory m;
    TIFF *t = TIFFClientOpen("scan", "w", &m, memRead, memWrite, memSeek, memClose, memSize, memMap,
                             memUnmap);
    if (!t)
        std::abort();
    TIFFSetField(t, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(t, TIFFTAG_IMAGELENGTH, uint32_t(lines));
    TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, uint32_t(lines));
    TIFFSetField(t, TIFFTAG_XRESOLUTION, 204.0f);
    TIFFSetField(t, TIFFTAG_YRESOLUTION, 196.0f);
    TIFFSetField(t, TIFFTAG_COMPRESSION,
                 c == FaxCompression::Mmr ? COMPRESSION_CCITTFAX4 : COMPRESSION_CCITTFAX3);
    if (c == FaxCompression::Mr)
        TIFFSetField(t, TIFFTAG_GROUP3OPTIONS, GROUP3OPT_2DENCODING);
    if (TIFFWriteRawStrip(t, 0, const_cast<char *>(raw.constData()), raw.size()) < 0 ||
        !TIFFWriteDirectory(t))
        std::abort();
    TIFFClose(t);
    return m.data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const FaxCompression c = FaxCompression(data[0] % 3);
    const int width = (data[0] & 16) ? 2048 : 1728;
    const int lines = 1 + data[1];
    const QByteArray raw(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    if (!CodedPageScan::clean(raw, c, width, lines))
        return 0;
    FaxTiffReader reader;
    if (!reader.openData(tiffAround(raw, c, width, lines), QStringLiteral("scan.tif")))
        std::abort();
    const auto damage = reader.checkPage(0);
    if (!damage || damage->damaged())
        std::abort(); // the scan passed what libtiff complains about
    return 0;
}
