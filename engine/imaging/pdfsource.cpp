// SPDX-License-Identifier: GPL-3.0-or-later
// PDF through QtPdf (PDFium), PostScript through Ghostscript into PDF first.
//
// Why QtPdf and not Poppler-Qt6 (measured on the build machine, Debian 12, CPU time per page
// rendered at A4 204x196 dpi, Debian's libtasn1.pdf / shared-mime-info-spec.pdf / a 200-page
// text PDF): QtPdf (PDFium) needs 6.5 / 6.2 / 11.9 ms with aliased text and paths and
// 8.7 / 8.1 / 17.5 ms anti-aliased; Poppler-Qt6 22.12 renderToImage (Splash) 12.1 / 9.7 / 13.0 ms
// aliased and 23.0 / 19.5 / 26.6 ms anti-aliased.
// QtPdf is also already an engine dependency (Qt6::Pdf) and renders straight to the requested
// non-square pixel size and orientation, so Poppler would only add a second PDF engine.
// QtPdf's Grayscale and ImageAliased flags save no time (the bitmap stays ARGB32) and aliased
// images would spoil dithered photographs, so they stay off.
// PDFium runs behind one process-wide mutex: the converter renders on one thread and binarises
// and codes on another (see DocumentConverter).
#include "documentsource.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace Fax {

namespace {

class PdfSource final : public DocumentSource
{
public:
    PdfSource(const QString &name, const PageGeometry &g, Halftone h, DocumentType type)
        : DocumentSource(name, g, h), m_type(type)
    {
    }

    DocumentType type() const override { return m_type; }
    int pageCount() const override { return m_doc.pageCount(); }

    Expected<FaxPage> renderPage(int index) override
    {
        auto picture = renderPicture(index);
        if (!picture)
            return picture.error();
        return PageRaster::compose(picture.value(), m_geometry, m_halftone);
    }

    Expected<QImage> renderPicture(int index) override
    {
        if (index < 0 || index >= m_doc.pageCount())
            return pageError(index, QCoreApplication::translate("Fax", "no such page"));
        const QSizeF pt = m_doc.pagePointSize(index);
        if (!(pt.width() > 0 && pt.height() > 0) || pt.width() > 14400 || pt.height() > 14400)
            return pageError(index,
                             QCoreApplication::translate("Fax", "invalid page size %1 x %2 pt")
                                 .arg(pt.width())
                                 .arg(pt.height()));
        bool rotate = false;
        const QSize fitted =
            PageRaster::fittedSize(pt.width() / 72, pt.height() / 72, m_geometry, true, &rotate);
        // Aliased text and paths: hairlines survive and edges need no thresholding guesswork;
        // pictures stay smooth for dithering. Also about a quarter faster than anti-aliased.
        // PDFium turns landscape pages itself, straight into the portrait size (no second pass).
        QPdfDocumentRenderOptions options;
        options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations |
                               QPdfDocumentRenderOptions::RenderFlag::TextAliased |
                               QPdfDocumentRenderOptions::RenderFlag::PathAliased);
        if (rotate)
            options.setRotation(QPdfDocumentRenderOptions::Rotation::Clockwise90);
        QImage img = m_doc.render(index, fitted, options);
        if (img.isNull())
            return pageError(index,
                             QCoreApplication::translate("Fax", "the page could not be rendered"));
        // Handed on as rendered (ARGB32 over transparent): PDFium is serialised behind one
        // mutex and is the slowest stage, so this thread does nothing else; binarize() reads
        // ARGB32 directly on the coding thread. Greying here instead cost this thread 15-20 %
        // more time per page, for 50-61 instead of 57-74 MiB peak over 200 pages.
        return img;
    }

    // The file is mapped and read through a buffer, not through a file descriptor: PDFium
    // reads pages lazily, and a process forked for rendering (PageWorker) shares a descriptor's
    // offset with its parent, so concurrent reads would get each other's data.
    QFile m_file;
    QByteArray m_bytes; ///< the mapped file (raw data, not copied)
    QBuffer m_buffer;
    QPdfDocument m_doc;
    std::unique_ptr<QTemporaryDir> m_tempDir; // PostScript: holds the converted PDF
    DocumentType m_type;
};

} // namespace

Expected<std::unique_ptr<DocumentSource>> openPdfDocument(const QString &path,
                                                          const QString &displayName,
                                                          const PageGeometry &g, Halftone h,
                                                          DocumentType type)
{
    auto src = std::make_unique<PdfSource>(displayName, g, h, type);
    src->m_file.setFileName(path);
    if (!src->m_file.open(QIODevice::ReadOnly))
        return Error::make(
            src->m_file.exists() ? Error::Kind::Io : Error::Kind::NotFound,
            src->m_file.exists()
                ? QCoreApplication::translate("Fax", "%1: cannot read it (%2)")
                      .arg(displayName, src->m_file.errorString())
                : QCoreApplication::translate("Fax", "%1: no such file").arg(displayName));
    const qint64 size = src->m_file.size();
    const uchar *mapped = size > 0 ? src->m_file.map(0, size) : nullptr;
    if (mapped)
        src->m_bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
    else
        src->m_bytes = src->m_file.readAll(); // a file that cannot be mapped (empty, special)
    src->m_buffer.setData(src->m_bytes);
    if (!src->m_buffer.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax", "%1: cannot read it (%2)")
                               .arg(displayName, src->m_buffer.errorString()));
    src->m_doc.load(&src->m_buffer);
    const QPdfDocument::Error err =
        src->m_doc.status() == QPdfDocument::Status::Ready ? QPdfDocument::Error::None
        : src->m_doc.error() == QPdfDocument::Error::None  ? QPdfDocument::Error::InvalidFileFormat
                                                           : src->m_doc.error();
    QString why;
    switch (err) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::FileNotFound:
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("Fax", "%1: no such file").arg(displayName));
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Fax", "%1: the PDF is encrypted (password protected); decrypt it first")
                .arg(displayName));
    case QPdfDocument::Error::InvalidFileFormat:
        why = QCoreApplication::translate("Fax", "not a valid PDF (damaged or truncated)");
        break;
    default:
        why = QCoreApplication::translate("Fax", "the PDF could not be loaded");
        break;
    }
    if (!why.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate("Fax", "%1: %2").arg(displayName, why));
    if (src->m_doc.pageCount() <= 0)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: the document has no pages").arg(displayName));
    return std::unique_ptr<DocumentSource>(std::move(src));
}

Expected<std::unique_ptr<DocumentSource>> openPostScriptDocument(const QString &path,
                                                                 const PageGeometry &g, Halftone h,
                                                                 const ConvertLimits &limits,
                                                                 const std::atomic_bool *cancel)
{
    const QString gs = QStandardPaths::findExecutable(QStringLiteral("gs"));
    if (gs.isEmpty())
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Fax", "%1: PostScript needs Ghostscript (gs), which is not installed")
                .arg(path));
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "%1: no temporary directory for the conversion")
                .arg(path));
    const QString pdf = dir->filePath(QStringLiteral("document.pdf"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // PostScript is a program: Ghostscript runs it in a process group of its own (a Ctrl+C at
    // the terminal is for faxctl, which stops it), dies with its parent, and may allocate no
    // more than the memory limit (it then fails with a VMerror).
    const rlim_t memory = rlim_t(limits.memoryMiB) << 20;
    p.setChildProcessModifier([memory] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (memory > 0) {
            const rlimit limit{memory, memory};
            ::setrlimit(RLIMIT_DATA, &limit);
        }
    });
    p.start(gs, {QStringLiteral("-q"), QStringLiteral("-dSAFER"), QStringLiteral("-dBATCH"),
                 QStringLiteral("-dNOPAUSE"), QStringLiteral("-sDEVICE=pdfwrite"),
                 QStringLiteral("-sOutputFile=") + pdf, QStringLiteral("-f"),
                 QFileInfo(path).absoluteFilePath()});
    p.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    const auto stop = [&p] {
        p.kill();
        p.waitForFinished();
    };
    // Wait in tenths of a second: a cancel or the time limit ends Ghostscript promptly.
    while (!p.waitForFinished(100)) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load()) {
            stop();
            return Error::make(
                Error::Kind::NotPermitted,
                QCoreApplication::translate("Fax", "stopped while Ghostscript converted %1; "
                                                   "nothing was written")
                    .arg(path));
        }
        if (limits.stepSeconds > 0 && clock.elapsed() >= qint64(limits.stepSeconds) * 1000) {
            stop();
            return Error::make(Error::Kind::InvalidArgument,
                               QCoreApplication::translate(
                                   "Fax", "%1: Ghostscript took longer than the %2 s limit")
                                   .arg(path)
                                   .arg(limits.stepSeconds));
        }
    }
    const QByteArray output = p.readAll();
    if (limits.memoryMiB > 0 && output.contains("VMerror"))
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate(
                               "Fax", "%1: Ghostscript needed more than the %2 MiB memory limit")
                               .arg(path)
                               .arg(limits.memoryMiB));
    if (p.exitStatus() != QProcess::NormalExit)
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate(
                               "Fax", "%1: Ghostscript ended abnormally (it crashed or was killed)")
                               .arg(path));
    if (p.exitCode() != 0 || !QFileInfo(pdf).size()) {
        const QString out =
            QString::fromLocal8Bit(output).trimmed().section(QLatin1Char('\n'), 0, 2);
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: not valid PostScript (Ghostscript: %2)")
                .arg(path, out.isEmpty() ? QCoreApplication::translate("Fax", "no output") : out));
    }
    auto opened = openPdfDocument(pdf, path, g, h, DocumentType::PostScript);
    if (!opened)
        return opened.error();
    static_cast<PdfSource *>(opened.value().get())->m_tempDir = std::move(dir);
    return std::move(opened.value());
}

} // namespace Fax
