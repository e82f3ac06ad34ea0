// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendpreparation.h"

#include "coverfields.h"
#include "coverfile.h"
#include "coverrenderer.h"
#include "imaging/boundedconverter.h"
#include "imaging/branding.h"
#include "imaging/faxtiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

/// The cover page of document with its fields, as a fax page; pages: the fax's pages, the cover
/// counted.
Expected<FaxPage> renderCover(const SendDocument &document, int pages,
                              const ConvertOptions &options, const QDateTime &sent)
{
    const Expected<CoverPage> cover = CoverFile::read(document.coverPage);
    if (!cover)
        return Error::make(cover.error().kind,
                           trFax(QT_TRANSLATE_NOOP("Fax", "The cover page cannot be used: %1"))
                               .arg(cover.error().message));
    CoverFields fields;
    fields.recipient = document.recipient;
    fields.sender = document.sender;
    fields.subject = document.subject;
    fields.note = document.note;
    fields.sent = sent;
    fields.pages = pages;
    fields.attachments = int(document.files.size());
    const Expected<FaxPage> page = CoverRenderer::renderFax(
        *cover, fields, document.resolution, pageWidthPixels(options.geometry.paper));
    if (!page)
        return Error::make(page.error().kind,
                           trFax(QT_TRANSLATE_NOOP("Fax", "The cover page %1 cannot be drawn: %2"))
                               .arg(document.coverPage, page.error().message));
    return page;
}

/// The cover page of document as a one-page fax TIFF at path.
Result writeCover(const SendDocument &document, int pages, const ConvertOptions &options,
                  const QDateTime &sent, const QString &path)
{
    const Expected<FaxPage> page = renderCover(document, pages, options, sent);
    if (!page)
        return page.error();
    FaxTiffWriter writer(path);
    FaxTiffProperties properties;
    properties.received = false;
    if (Result r = writer.open(properties, 1); !r)
        return r;
    if (Result r = writer.addPage(*page, FaxCompression::Mmr); !r)
        return r;
    return writer.finish();
}

} // namespace

BrandingInfo SendPreparation::brandingInfo(const SendDocument &document)
{
    BrandingInfo b;
    b.time = document.sendTime.isValid() ? document.sendTime : QDateTime::currentDateTime();
    b.tsid = document.stationId;
    b.sender = document.sender.name;
    b.senderFax = document.sender.faxNumber;
    b.recipient = document.recipient.name;
    b.recipientFax = document.recipient.faxNumber;
    b.jobId = document.jobId;
    return b;
}

Expected<FaxPage> SendPreparation::coverPage(const SendDocument &document, int pages,
                                             const ConvertOptions &options)
{
    if (document.coverPage.isEmpty())
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "The fax has no cover page")));
    const BrandingInfo branding = brandingInfo(document);
    Expected<FaxPage> page = renderCover(document, pages, options, branding.time);
    if (!page || document.brandingFormat.isEmpty())
        return page;
    // As prepare()'s last pass brands its first page.
    BrandingInfo first = branding;
    first.page = 1;
    first.pages = pages;
    if (Result r = Branding::stamp(page.value(), Branding::expand(document.brandingFormat, first));
        !r)
        return r.error();
    return page;
}

Expected<SendPreparation::Summary>
SendPreparation::prepare(const SendDocument &document, const QString &outputTiff,
                         const ConvertOptions &options, const FaxTiffProperties &properties,
                         const DocumentConverter::Progress &progress,
                         const BoundedConverter::PageReady &pageReady)
{
    const bool cover = !document.coverPage.isEmpty();
    if (document.files.isEmpty() && !cover)
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "The fax has neither a document nor a "
                                                          "cover page")));
    ConvertOptions base = options;
    base.geometry.resolution = document.resolution;
    ConvertOptions last = base;
    last.brandingFormat = document.brandingFormat;
    last.branding = brandingInfo(document);

    Summary summary;
    if (!cover) {
        // One pass: the converter counts the pages the branding line numbers.
        const auto converted =
            BoundedConverter::convert(document.files, outputTiff, last, properties, progress,
                                      BoundedConverter::Isolation::Auto, pageReady);
        if (!converted)
            return converted.error();
        summary.documents = *converted;
        summary.pages = converted->pages;
        return summary;
    }

    // The cover says how many pages the fax has: the documents are converted first, the cover
    // drawn with their count, then both are put together (and branded) in one last pass.
    const QString folder = QFileInfo(outputTiff).absolutePath();
    QTemporaryDir work(QDir(folder).filePath(QStringLiteral(".prepare-XXXXXX")));
    if (!work.isValid())
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Cannot create a working folder in %1: "
                                                          "%2"))
                               .arg(folder, work.errorString()));
    QStringList parts;
    const QString coverTiff = work.filePath(QStringLiteral("cover.tif"));
    const QString documentsTiff = work.filePath(QStringLiteral("documents.tif"));
    if (!document.files.isEmpty()) {
        // The documents' pages follow the cover: numbered and branded as the last pass will.
        BoundedConverter::PageReady afterCover;
        if (pageReady) {
            afterCover = [&](int index, int total, const FaxPage &page,
                             const FaxTiffPageInfo &info) {
                FaxPage branded = page;
                if (!document.brandingFormat.isEmpty()) {
                    BrandingInfo b = last.branding;
                    b.page = index + 2;
                    b.pages = total + 1;
                    if (!Branding::stamp(branded, Branding::expand(document.brandingFormat, b)))
                        return;
                }
                pageReady(index + 1, total + 1, branded, info);
            };
        }
        const auto converted = BoundedConverter::convert(
            document.files, documentsTiff, base, {},
            [&](int done, int total) {
                if (progress)
                    progress(done, total + 1);
            },
            BoundedConverter::Isolation::Auto, afterCover);
        if (!converted)
            return converted.error();
        summary.documents = *converted;
    }
    const QDateTime sent = last.branding.time;
    if (Result r = writeCover(document, summary.documents.pages + 1, base, sent, coverTiff); !r)
        return r.error();
    summary.coverPages = 1;
    parts << coverTiff;
    if (!document.files.isEmpty())
        parts << documentsTiff;
    const auto joined = BoundedConverter::convert(parts, outputTiff, last, properties);
    if (!joined)
        return joined.error();
    summary.pages = joined->pages;
    if (progress)
        progress(summary.pages, summary.pages);
    return summary;
}

} // namespace Fax
