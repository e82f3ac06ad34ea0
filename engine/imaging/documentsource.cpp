// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>

namespace Fax {

qsizetype firstInvalidUtf8(const QByteArray &data, bool cutEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int more = 0;
        uint value = 0;
        uint least = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            more = 1, value = c & 0x1f, least = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            more = 2, value = c & 0x0f, least = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            more = 3, value = c & 0x07, least = 0x10000;
        } else {
            return i;
        }
        if (i + more >= n)
            return cutEnd ? -1 : i;
        for (int k = 1; k <= more; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
            value = (value << 6) | (p[i + k] & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and values beyond Unicode are not UTF-8 either.
        if (value < least || (value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
            return i;
        i += more + 1;
    }
    return -1;
}

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
        return DocumentType::Text; // an empty file: openDocument() says so
    // Text: no NUL bytes and hardly any control characters. Text in another encoding than UTF-8
    // is text too: openTextDocument() refuses it, naming the first byte that is not UTF-8.
    if (head.contains('\0'))
        return DocumentType::Unknown;
    int control = 0;
    for (char c : head)
        control += uchar(c) < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    return control * 100 > head.size() ? DocumentType::Unknown : DocumentType::Text;
}

Expected<std::unique_ptr<DocumentSource>>
openDocument(const QString &path, const PageGeometry &geometry, Halftone halftone,
             const ConvertLimits &limits, const std::atomic_bool *cancel)
{
    QFile f(path);
    if (!f.exists())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("Fax", "%1: no such file").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "%1: cannot read (%2)").arg(path, f.errorString()));
    if (f.size() == 0 && !f.isSequential())
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: the file is empty (no pages to send)")
                .arg(path));
    f.close();
    switch (detectDocumentType(path)) {
    case DocumentType::Pdf:
        return openPdfDocument(path, path, geometry, halftone);
    case DocumentType::PostScript:
        return openPostScriptDocument(path, geometry, halftone, limits, cancel);
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
