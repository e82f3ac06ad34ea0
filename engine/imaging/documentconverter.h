// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "branding.h"
#include "core/result.h"
#include "documentsource.h"
#include "faxtiff.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace Fax {

/// How documents become fax pages.
struct ConvertOptions
{
    PageGeometry geometry; ///< paper, resolution, auto-rotation
    FaxCompression compression = FaxCompression::Mmr;
    Halftone halftone = Halftone::Auto;
    int maxPages = 10000;
    QString brandingFormat; ///< empty: no header line (see Branding)
    BrandingInfo branding;  ///< page and pages are filled in per page
    /// Up to this many processes render PDF pages: above 1, a forked copy of the calling
    /// process takes every second PDF page, provided the caller runs no other thread (else
    /// this process does all). Output is the same either way.
    int renderProcesses = 1;
    /// When set and raised (by another thread or a signal handler), the conversion stops at the
    /// next page and fails; nothing is written.
    const std::atomic_bool *cancel = nullptr;
    /// Time and memory bounds. In-process (DocumentConverter) they bound Ghostscript only;
    /// BoundedConverter enforces them on the whole conversion.
    ConvertLimits limits;
    /// Fax TIFF pages with damaged coded data: refused, or re-coded from what decodes.
    DamagedPages damagedPages = DamagedPages::Refuse;
    /// Called as input file (index into the inputs) starts to open, with the pages of the files
    /// opened before it; and once more with file == the number of inputs when all are open and
    /// pages begin: a supervisor (BoundedConverter) times each step by it.
    std::function<void(int file, const QList<int> &pagesPerFile)> opening;
    /// When set, called with each output page as soon as it is stored (in output order, on the
    /// converting thread), with its index (0-based) and the page as coded: BoundedConverter's
    /// child hands the pages to its parent by it, so a preview shows them while the rest are
    /// made.
    std::function<void(int index, const CodedFaxPage &page)> pageStored;
};

/// What a conversion made.
struct ConvertSummary
{
    int pages = 0;
    int passedThrough = 0; ///< fax TIFF pages stored without re-encoding
    int workerPages = 0;   ///< pages a second process made (ConvertOptions::renderProcesses)
    QList<int> pagesPerFile;
    /// Damaged fax TIFF pages re-coded from what decodes (DamagedPages::Recode), one line each:
    /// "file: page 2: re-coded the 2000 lines that decode (...)".
    QStringList recoded;
};

/// Converts documents (PDF, PostScript, TIFF, PNG/JPEG/BMP/GIF, UTF-8 text) into one multi-page
/// fax TIFF (TIFF Class F), streaming page by page. The API behind `faxctl convert`; for
/// `faxctl info` use FaxTiffReader. Text and branding draw with fonts: the caller must have a
/// QGuiApplication (faxctl creates one on the offscreen platform).
class DocumentConverter
{
public:
    /// progress(done, total) after each page.
    using Progress = std::function<void(int done, int total)>;

    static Expected<ConvertSummary> convert(const QStringList &inputs, const QString &outputTiff,
                                            const ConvertOptions &options,
                                            const FaxTiffProperties &properties = {},
                                            const Progress &progress = {});
};

} // namespace Fax
