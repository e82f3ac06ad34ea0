// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/faxpagesource.h"

#include "cover/sendpreparation.h"
#include "imaging/documentconverter.h"
#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"

#include <QCoreApplication>

#include <cstring>

namespace Fax {

FaxPageSource::FaxPageSource() = default;
FaxPageSource::~FaxPageSource() = default;

Result FaxPageSource::load(const QStringList &files, const QString &workTiff)
{
    SendDocument document;
    document.files = files;
    return load(document, workTiff);
}

Result FaxPageSource::load(const SendDocument &document, const QString &workTiff,
                           const std::atomic_bool *cancel)
{
    const QStringList &files = document.files;
    if (files.isEmpty() && document.coverPage.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           QCoreApplication::translate("Fax", "The job has no documents to send"));
    ConvertOptions options;
    options.cancel = cancel;
    const auto converted = SendPreparation::prepare(document, workTiff, options);
    if (!converted)
        return converted.error();
    auto reader = std::make_unique<FaxTiffReader>();
    if (Result r = reader->open(workTiff); !r)
        return r;
    if (reader->pageCount() == 0)
        return Error::make(Error::Kind::Io, QCoreApplication::translate(
                                                "Fax", "The documents of the job make no page (%1)")
                                                .arg(files.join(QStringLiteral(", "))));
    m_reader = std::move(reader);
    const auto first = m_reader->readPage(0);
    if (!first)
        return first.error();
    m_resolution = resolutionFromLpi(first->yDpi);
    double longestMm = 0;
    for (int i = 0; i < m_reader->pageCount(); ++i) {
        const FaxTiffPageInfo &info = m_reader->pageInfo(i);
        if (info.yDpi > 0)
            longestMm = qMax(longestMm, info.lines * 25.4 / info.yDpi);
    }
    // Half a millimetre of slack: a full A4 page at 3.85 lines/mm rounds to 297.2 mm.
    m_length = longestMm <= 297.5   ? T30::PageLength::A4
               : longestMm <= 364.5 ? T30::PageLength::B4
                                    : T30::PageLength::Unlimited;
    return {};
}

int FaxPageSource::pageCount() const
{
    return m_reader ? m_reader->pageCount() : 0;
}

Expected<QByteArray> FaxPageSource::page(int index, const T30::SessionParams &params) const
{
    if (!m_reader || index < 0 || index >= m_reader->pageCount())
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Fax", "The job has no page %1").arg(index + 1));
    const auto page = m_reader->readPage(index);
    if (!page)
        return page.error();
    const int lpi = linesPerInch(params.resolution);
    QImage image = page->image;
    if (page->yDpi != lpi || image.width() != params.width)
        image = refitFaxImage(image, page->yDpi, lpi, params.width);
    FaxCodec::EncodeOptions o;
    o.compression = params.compression;
    o.yDpi = lpi;
    o.lsbFirst = true;
    o.minBitsPerLine = params.minBitsPerLine();
    o.endOfPage = true;
    return FaxCodec::encode(image, o);
}

} // namespace Fax
