#pragma once

#include "core/result.h"
#include "faxpage.h"
#include "faxtiff.h"
#include "pageraster.h"

#include <QString>

#include <memory>

namespace Fax {

/// What kind of document a file is, judged by its content (not its name).
enum class DocumentType { Pdf, PostScript, Image, Tiff, Text, Unknown };

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
};

DocumentType detectDocumentType(const QString &path);

/// Opens a document of any supported type. Text documents need a QGuiApplication (fonts).
Expected<std::unique_ptr<DocumentSource>>
openDocument(const QString &path, const PageGeometry &geometry, Halftone halftone = Halftone::Auto);

// Factories for each type (in their own source files).
Expected<std::unique_ptr<DocumentSource>> openPdfDocument(const QString &path,
                                                          const QString &displayName,
                                                          const PageGeometry &g, Halftone h,
                                                          DocumentType type = DocumentType::Pdf);
Expected<std::unique_ptr<DocumentSource>> openPostScriptDocument(const QString &path,
                                                                 const PageGeometry &g, Halftone h);
Expected<std::unique_ptr<DocumentSource>> openImageDocument(const QString &path,
                                                            const PageGeometry &g, Halftone h);
Expected<std::unique_ptr<DocumentSource>> openTiffDocument(const QString &path,
                                                           const PageGeometry &g, Halftone h);
Expected<std::unique_ptr<DocumentSource>> openTextDocument(const QString &path,
                                                           const PageGeometry &g, Halftone h);

} // namespace Fax
