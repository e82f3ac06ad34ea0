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

/// The cover page of document as a one-page fax TIFF at path; pages: the fax's pages, the cover
/// counted.
Result writeCover(const SendDocument &document, int pages, const ConvertOptions &options,
                  const QDateTime &sent, const QString &path)
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

Expected<SendPreparation::Summary>
SendPreparation::prepare(const SendDocument &document, const QString &outputTiff,
                         const ConvertOptions &options, const FaxTiffProperties &properties,
                         const DocumentConverter::Progress &progress)
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
            BoundedConverter::convert(document.files, outputTiff, last, properties, progress);
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
        const auto converted = BoundedConverter::convert(document.files, documentsTiff, base, {},
                                                         [&](int done, int total) {
                                                             if (progress)
                                                                 progress(done, total + 1);
                                                         });
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
