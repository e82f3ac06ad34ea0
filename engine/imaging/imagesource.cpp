// SPDX-License-Identifier: GPL-3.0-or-later
// Picture files through QImageReader (PNG, JPEG, BMP, GIF, ...); TIFF has its own source.
#include "documentsource.h"

#include <QCoreApplication>
#include <QImageReader>

namespace Fax {

namespace {

/// Pictures larger than this are refused before anything is allocated.
constexpr qint64 kMaxPixels = 200'000'000;
constexpr int kMaxSide = 60000;

class ImageSource final : public DocumentSource
{
public:
    ImageSource(const QString &path, const PageGeometry &g, Halftone h) : DocumentSource(path, g, h)
    {
    }
    DocumentType type() const override { return DocumentType::Image; }
    int pageCount() const override { return m_count; }

    Expected<FaxPage> renderPage(int index) override
    {
        if (index < 0 || index >= m_count)
            return pageError(index, QCoreApplication::translate("Fax", "no such page"));
        QImageReader reader(m_fileName);
        reader.setAutoTransform(true); // JPEG EXIF orientation
        for (int i = 0; i < index; ++i)
            if (!reader.jumpToNextImage())
                return pageError(index, reader.errorString());
        QImage image;
        if (!reader.read(&image))
            return pageError(index, reader.errorString());
        return fit(image);
    }

    FaxPage fit(const QImage &image) const
    {
        // Honour the picture's own size when it states a plausible resolution; otherwise fit.
        const double dpmX = image.dotsPerMeterX();
        const double dpmY = image.dotsPerMeterY();
        const bool known =
            dpmX > 1500 && dpmY > 1500 && qAbs(dpmX - 2835) > 2; // 72 dpi is Qt's default
        const double wIn = known ? image.width() / (dpmX * 0.0254) : image.width() / 100.0;
        const double hIn = known ? image.height() / (dpmY * 0.0254) : image.height() / 100.0;
        return PageRaster::fitImage(image, wIn, hIn, m_geometry, m_halftone, !known);
    }

    int m_count = 1;
};

} // namespace

Expected<std::unique_ptr<DocumentSource>> openImageDocument(const QString &path,
                                                            const PageGeometry &g, Halftone h)
{
    QImageReader reader(path);
    if (!reader.canRead())
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate("Fax", "%1: not a readable picture (%2)")
                               .arg(path, reader.errorString()));
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxSide || size.height() > kMaxSide ||
                           qint64(size.width()) * size.height() > kMaxPixels))
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: page 1: absurd picture dimensions %2 x %3")
                .arg(path)
                .arg(size.width())
                .arg(size.height()));
    auto src = std::make_unique<ImageSource>(path, g, h);
    // GIF frames are an animation, not pages.
    const int count = reader.imageCount();
    src->m_count = (reader.format() == "gif" || count <= 0) ? 1 : count;
    return std::unique_ptr<DocumentSource>(std::move(src));
}

} // namespace Fax
