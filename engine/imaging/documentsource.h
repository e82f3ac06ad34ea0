// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "faxpage.h"
#include "faxtiff.h"
#include "pageraster.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Fax {

/// What kind of document a file is, judged by its content (not its name).
enum class DocumentType { Pdf, PostScript, Image, Tiff, Text, Unknown };

/// Bounds on the foreign code and data of a conversion (Ghostscript, PDFium, image decoders,
/// libtiff), generous enough that no real document meets them. Ghostscript runs under them
/// everywhere; the rest of a conversion only in a child process (BoundedConverter), since code
/// that runs in the calling process can only be bounded from outside it.
struct ConvertLimits
{
    /// Longest one step may take: opening one document (for PostScript, Ghostscript's whole
    /// run) or making one page. 0: no limit.
    int stepSeconds = 60;
    /// Most memory the converting process, and Ghostscript, may allocate (RLIMIT_DATA: heap and
    /// other private writable memory). 0: no limit.
    int memoryMiB = 1024;

    bool operator==(const ConvertLimits &) const = default;
};

/// What becomes of a fax TIFF page whose coded data is damaged (FaxPageDamage).
enum class DamagedPages {
    Refuse, ///< the conversion fails, naming the page and the damage
    Recode  ///< the lines that decode are re-coded; DocumentSource::notes() names the damage
};

/// An opened document whose pages are rendered one at a time (so a 200-page PDF is never held
/// whole). Made by openDocument().
class DocumentSource
{
public:
    virtual ~DocumentSource() = default;
    virtual DocumentType type() const = 0;
    virtual int pageCount() const = 0;
    /// Renders page index (0-based) as a fax page of the geometry.
    virtual Expected<FaxPage> renderPage(int index) = 0;
    /// First stage of renderPage() for pipelining: the page's picture at its fitted size (any
    /// format) or an already finished fax image. finishPicture() is the second stage; it only
    /// uses the geometry, so it may run on another thread than this one.
    virtual Expected<QImage> renderPicture(int index)
    {
        auto page = renderPage(index);
        if (!page)
            return page.error();
        return page->image;
    }
    FaxPage finishPicture(const QImage &picture) const;
    /// For fax TIFF input: the page's coded data when it already fits geometry and compression
    /// (then it is stored without re-encoding). Default: never.
    virtual bool passThrough(int index, FaxCompression compression, QByteArray *data,
                             FaxTiffPageInfo *info)
    {
        Q_UNUSED(index)
        Q_UNUSED(compression)
        Q_UNUSED(data)
        Q_UNUSED(info)
        return false;
    }
    QString fileName() const { return m_fileName; }
    void setDamagedPages(DamagedPages policy) { m_damagedPages = policy; }
    /// What the source had to repair, one line per page ("file: page 2: ..."), in page order.
    const QStringList &notes() const { return m_notes; }

protected:
    DocumentSource(const QString &fileName, const PageGeometry &geometry, Halftone halftone)
        : m_fileName(fileName), m_geometry(geometry), m_halftone(halftone)
    {
    }
    /// "file: page n: why"
    Error pageError(int index, const QString &why) const;

    QString m_fileName;
    PageGeometry m_geometry;
    Halftone m_halftone;
    DamagedPages m_damagedPages = DamagedPages::Refuse;
    QStringList m_notes;
};

DocumentType detectDocumentType(const QString &path);

/// Offset of the first byte of data that is not valid UTF-8, or -1. With cutEnd, a multi-byte
/// character cut off by the end of data is fine (data is the start of a longer file).
qsizetype firstInvalidUtf8(const QByteArray &data, bool cutEnd = false);

/// Opens a document of any supported type. Text documents need a QGuiApplication (fonts).
/// Ghostscript (PostScript) runs under limits and stops within a tenth of a second of cancel.
Expected<std::unique_ptr<DocumentSource>>
openDocument(const QString &path, const PageGeometry &geometry, Halftone halftone = Halftone::Auto,
             const ConvertLimits &limits = {}, const std::atomic_bool *cancel = nullptr);

// Factories for each type (in their own source files).
Expected<std::unique_ptr<DocumentSource>> openPdfDocument(const QString &path,
                                                          const QString &displayName,
                                                          const PageGeometry &g, Halftone h,
                                                          DocumentType type = DocumentType::Pdf);
Expected<std::unique_ptr<DocumentSource>> openPostScriptDocument(const QString &path,
                                                                 const PageGeometry &g, Halftone h,
                                                                 const ConvertLimits &limits,
                                                                 const std::atomic_bool *cancel);
Expected<std::unique_ptr<DocumentSource>> openImageDocument(const QString &path,
                                                            const PageGeometry &g, Halftone h);
Expected<std::unique_ptr<DocumentSource>> openTiffDocument(const QString &path,
                                                           const PageGeometry &g, Halftone h);
Expected<std::unique_ptr<DocumentSource>> openTextDocument(const QString &path,
                                                           const PageGeometry &g, Halftone h);

} // namespace Fax
