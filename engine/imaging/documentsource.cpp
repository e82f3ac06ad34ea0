#include "documentsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QStringDecoder>

namespace Fax {

namespace {

} // namespace

Error DocumentSource::pageError(int index, const QString &why) const
{
    return Error::make(Error::Kind::InvalidArgument,
                       QCoreApplication::translate("Fax", "%1: page %2: %3")
                           .arg(m_fileName)
                           .arg(index + 1)
                           .arg(why));
}

FaxPage DocumentSource::finishPicture(const QImage &picture) const
{
    if (isFaxImage(picture) && picture.width() == m_geometry.width()) {
        FaxPage page;
        page.image = picture;
        page.yDpi = m_geometry.yDpi();
        return page;
    }
    return PageRaster::compose(picture, m_geometry, m_halftone);
}

DocumentType detectDocumentType(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return DocumentType::Unknown;
    const QByteArray head = f.read(65536);
    if (head.startsWith("%PDF-") || head.left(1024).contains("%PDF-"))
        return DocumentType::Pdf;
    if (head.startsWith("%!") || head.startsWith("\x04%!") || head.startsWith("\xc5\xd0\xd3\xc6"))
        return DocumentType::PostScript;
    if (head.startsWith("II*\0") || head.startsWith("MM\0*") || head.startsWith("II+\0") ||
        head.startsWith("MM\0+"))
        return DocumentType::Tiff;
    if (!QImageReader::imageFormat(path).isEmpty())
        return DocumentType::Image;
    if (head.isEmpty())
        return DocumentType::Text; // an empty text file: reported as having no pages
    // Text: no NUL bytes and valid UTF-8 (a cut multi-byte character at the 64 KiB edge is fine).
    if (head.contains('\0'))
        return DocumentType::Unknown;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(head.size() == 65536 ? head.left(65530) : head);
    if (decoder.hasError())
        return DocumentType::Unknown;
    int control = 0;
    for (QChar c : text)
        control += c.unicode() < 32 && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
                   c != QLatin1Char('\t') && c != QLatin1Char('\f');
    return control * 100 > text.size() ? DocumentType::Unknown : DocumentType::Text;
}

Expected<std::unique_ptr<DocumentSource>>
openDocument(const QString &path, const PageGeometry &geometry, Halftone halftone)
{
    QFile f(path);
    if (!f.exists())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("Fax", "%1: no such file").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "%1: cannot read (%2)").arg(path, f.errorString()));
    f.close();
    switch (detectDocumentType(path)) {
    case DocumentType::Pdf:
        return openPdfDocument(path, path, geometry, halftone);
    case DocumentType::PostScript:
        return openPostScriptDocument(path, geometry, halftone);
    case DocumentType::Tiff:
        return openTiffDocument(path, geometry, halftone);
    case DocumentType::Image:
        return openImageDocument(path, geometry, halftone);
    case DocumentType::Text:
        return openTextDocument(path, geometry, halftone);
    case DocumentType::Unknown:
        break;
    }
    return Error::make(
        Error::Kind::Unsupported,
        QCoreApplication::translate(
            "Fax", "%1: unsupported document format (supported: PDF, PostScript, TIFF, PNG, JPEG, "
                   "BMP, GIF and UTF-8 text)")
            .arg(path));
}

} // namespace Fax
