// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a document file -> the engine's document entry points: type
// detection (PDF, PostScript, TIFF, pictures, text), openDocument and its sources, the pass-through
// check of fax TIFF pages and rendering into fax pages. PostScript is only detected: opening it
// runs Ghostscript, a program of its own (bounded by its limits, not fuzzed here). Seeds: the
// broken documents corpus (tests/data/broken) and small good documents (fuzz_seeds).
#include "imaging/documentsource.h"
#include "imaging/faxtiff.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Fax;

namespace {

std::unique_ptr<QTemporaryDir> g_dir;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Text and branding draw with fonts: a QGuiApplication on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    g_dir = std::make_unique<QTemporaryDir>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = g_dir->filePath(QStringLiteral("document"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return 0;
    }
    const DocumentType type = detectDocumentType(path);
    if (type == DocumentType::PostScript)
        return 0;
    // Fax TIFF pages too large to decode quickly under the sanitizer are left to the reader's
    // own target (fuzz_faxtiff).
    QList<FaxTiffPageInfo> tiffPages;
    if (type == DocumentType::Tiff) {
        FaxTiffReader reader;
        if (!reader.openData(bytes, path))
            return 0;
        for (int i = 0; i < reader.pageCount(); ++i)
            tiffPages << reader.pageInfo(i);
    }
    PageGeometry geometry;
    geometry.resolution = size % 3 == 0 ? FaxResolution::Normal : FaxResolution::Fine;
    auto opened = openDocument(path, geometry, size % 2 ? Halftone::Auto : Halftone::Dither);
    if (!opened) {
        check(!opened.error().message.isEmpty());
        return 0;
    }
    DocumentSource &source = *opened.value();
    check(source.pageCount() > 0);
    source.setDamagedPages(size % 5 == 0 ? DamagedPages::Recode : DamagedPages::Refuse);
    // PDFium's own running time grows with what a small file can inflate to: only small PDFs are
    // rendered (the bounded converter stops slow pages in production).
    if (type == DocumentType::Pdf && size > 2048)
        return 0;
    for (int i = 0; i < source.pageCount() && i < 2; ++i) {
        if (i < tiffPages.size() &&
            qint64(tiffPages[i].width) * std::min(tiffPages[i].lines, FaxTiffReader::kMaxLines) >
                16 * 1024 * 1024)
            continue;
        QByteArray raw;
        FaxTiffPageInfo info;
        if (source.passThrough(i, FaxCompression::Mmr, &raw, &info)) {
            // Stored unchanged only when it decodes cleanly into a page of the geometry.
            check(type == DocumentType::Tiff && !raw.isEmpty() && info.width == geometry.width());
            continue;
        }
        const auto page = source.renderPage(i);
        if (!page) {
            check(!page.error().message.isEmpty());
            continue;
        }
        check(isFaxImage(page->image) && page->width() == geometry.width());
    }
    return 0;
}
