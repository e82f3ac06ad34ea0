// SPDX-License-Identifier: GPL-3.0-or-later
// TIFF input of any kind: fitting fax pages pass through without re-encoding, other bilevel
// pages are decoded and fitted, grey and colour pages go through libtiff's RGBA reader.
#include "codedpagescan.h"
#include "documentsource.h"
#include "tiffhandle.h"

#include <QCoreApplication>
#include <QFile>

#include <tiffio.h>

#include <algorithm>
#include <cmath>

namespace Fax {

namespace {

constexpr qint64 kMaxPixels = 200'000'000;

class TiffSource final : public DocumentSource
{
public:
    TiffSource(const QString &path, const PageGeometry &g, Halftone h) : DocumentSource(path, g, h)
    {
    }
    DocumentType type() const override { return DocumentType::Tiff; }
    int pageCount() const override { return m_reader.pageCount(); }

    /// Already a fax page of our geometry: same width, ~204 dpi across, same line density.
    bool fits(const FaxTiffPageInfo &info) const
    {
        return info.bilevel && info.width == m_geometry.width() &&
               std::abs(info.xDpi - kFaxXDpi) <= 8 &&
               resolutionFromLpi(info.yDpi) == m_geometry.resolution;
    }

    // A page is stored unchanged only when it fits, is coded as asked, is no longer than the
    // render path would keep it, and decodes without a single complaint: its data is decoded
    // and checked first. Anything else goes through renderPage(), which refuses (or re-codes)
    // damaged pages.
    bool passThrough(int index, FaxCompression compression, QByteArray *data,
                     FaxTiffPageInfo *info) override
    {
        const FaxTiffPageInfo &pi = m_reader.pageInfo(index);
        FaxCompression have;
        if (!fits(pi) || !pi.faxCompression(&have) || have != compression || pi.strips != 1 ||
            pi.lsbFirst || pi.lines > m_geometry.lines() * 2)
            return false;
        auto raw = m_reader.rawPage(index);
        if (!raw)
            return false;
        // The quick scan proves nearly every clean page clean; what it cannot prove, libtiff's
        // decoder judges.
        if (!CodedPageScan::clean(raw.value(), have, pi.width, pi.lines)) {
            const auto check = m_reader.checkPage(index);
            if (!check || check->damaged())
                return false;
        }
        *data = raw.value();
        *info = pi;
        info->yDpi = m_geometry.yDpi();
        info->xDpi = kFaxXDpi;
        return true;
    }

    Expected<FaxPage> renderPage(int index) override
    {
        if (index < 0 || index >= pageCount())
            return pageError(index, QCoreApplication::translate("Fax", "no such page"));
        const FaxTiffPageInfo &pi = m_reader.pageInfo(index);
        // Bilevel pages are decoded at most FaxTiffReader::kMaxLines lines deep.
        const qint64 pixels =
            qint64(pi.width) *
            (pi.bilevel ? std::min(pi.lines, FaxTiffReader::kMaxLines) : pi.lines);
        if (pixels > kMaxPixels)
            return pageError(index,
                             QCoreApplication::translate("Fax", "absurd picture dimensions %1 x %2")
                                 .arg(pi.width)
                                 .arg(pi.lines));
        if (pi.bilevel) {
            FaxPageDamage damage;
            auto page = m_reader.readPage(index, &damage);
            if (!page)
                return page.error();
            if (damage.damaged()) {
                if (m_damagedPages == DamagedPages::Refuse)
                    return pageError(index,
                                     QCoreApplication::translate("Fax", "damaged fax data: %1")
                                         .arg(damage.describe()));
                m_notes << QCoreApplication::translate(
                               "Fax", "%1: page %2: re-coded the %3 lines that decode (%4)")
                               .arg(m_fileName)
                               .arg(index + 1)
                               .arg(page->lines())
                               .arg(damage.describe());
            }
            // The page as decoded: fewer lines than the tags claim when its data ends early.
            const double wIn = pi.width / double(pi.xDpi > 0 ? pi.xDpi : kFaxXDpi);
            const double hIn = page->lines() / double(pi.yDpi > 0 ? pi.yDpi : 196);
            if (fits(pi)) {
                // Same geometry, another coding or length: keep the pixels, fix the length.
                FaxPage out = page.value();
                out.yDpi = m_geometry.yDpi();
                out.xDpi = kFaxXDpi;
                if (out.lines() > m_geometry.lines() * 2)
                    out.image = out.image.copy(0, 0, out.width(), m_geometry.lines());
                return out;
            }
            return PageRaster::fitImage(page->image, wIn, hIn, m_geometry, m_halftone, false);
        }
        const double wIn = pi.width / double(pi.xDpi > 0 ? pi.xDpi : kFaxXDpi);
        const double hIn = pi.lines / double(pi.yDpi > 0 ? pi.yDpi : 196);
        auto h = TiffHandle::openMemory(&m_data, m_fileName);
        if (!h->isOpen() || !TIFFSetDirectory(h->tiff(), tdir_t(index)))
            return pageError(index, h->lastMessage());
        QImage rgba(pi.width, pi.lines, QImage::Format_RGBA8888);
        if (rgba.isNull())
            return pageError(index,
                             QCoreApplication::translate("Fax", "out of memory for %1 x %2 pixels")
                                 .arg(pi.width)
                                 .arg(pi.lines));
        // libtiff's RGBA words are R, G, B, A in memory order on little-endian machines.
        static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "RGBA8888 mapping assumes little-endian");
        if (!TIFFReadRGBAImageOriented(h->tiff(), uint32_t(pi.width), uint32_t(pi.lines),
                                       reinterpret_cast<uint32_t *>(rgba.bits()),
                                       ORIENTATION_TOPLEFT, 0))
            return pageError(index,
                             h->lastMessage().isEmpty()
                                 ? QCoreApplication::translate("Fax", "unreadable picture data")
                                 : h->lastMessage());
        return PageRaster::fitImage(rgba, wIn, hIn, m_geometry, m_halftone, false);
    }

    QByteArray m_data;
    FaxTiffReader m_reader;
};

} // namespace

Expected<std::unique_ptr<DocumentSource>> openTiffDocument(const QString &path,
                                                           const PageGeometry &g, Halftone h)
{
    auto src = std::make_unique<TiffSource>(path, g, h);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Fax", "%1: cannot read (%2)").arg(path, f.errorString()));
    src->m_data = f.readAll();
    if (auto r = src->m_reader.openData(src->m_data, path); !r)
        return r.error();
    if (src->m_reader.pageCount() == 0)
        return Error::make(
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("Fax", "%1: the document has no pages").arg(path));
    return std::unique_ptr<DocumentSource>(std::move(src));
}

} // namespace Fax
