// SPDX-License-Identifier: GPL-3.0-or-later
#include "modem/receivedfaxwriter.h"

#include "imaging/faxcodec.h"
#include "imaging/faxtiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Fax {

namespace {

struct DecodedPage
{
    FaxPage page;
    int badLines = 0;
    int longestBadRun = 0;
};

// A file name in directory that is not taken yet.
QString newPath(const QString &directory, ReceivedFaxWriter::Naming naming, const ReceivedFax &fax)
{
    const QDir dir(directory);
    if (naming == ReceivedFaxWriter::Naming::LocalTime) {
        const QString base = QStringLiteral("fax-") + fax.receiveTime.toLocalTime().toString(
                                                          QStringLiteral("yyyyMMdd-HHmmss"));
        QString path = dir.filePath(base + QStringLiteral(".tif"));
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = dir.filePath(base + QStringLiteral("-%1.tif").arg(n));
        return path;
    }
    const QString stamp = fax.receiveTime.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString station = fax.port;
    for (QChar &c : station) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    QString path;
    for (int n = 0;; ++n) {
        path = dir.filePath(
            QStringLiteral("fax-%1-%2%3.tif")
                .arg(stamp, station, n == 0 ? QString() : QStringLiteral("-%1").arg(n)));
        if (!QFileInfo::exists(path))
            return path;
    }
}

} // namespace

ReceivedFaxWriter::Stored ReceivedFaxWriter::write(const QString &directory, Naming naming,
                                                   const ReceivedFax &fax, const QList<Page> &pages)
{
    Stored out;
    out.fax = fax;
    QList<DecodedPage> decoded;
    for (int i = 0; i < pages.size(); ++i) {
        const Page &p = pages.at(i);
        FaxCodec::DecodeOptions o;
        o.compression = p.params.compression;
        o.width = p.params.width;
        o.yDpi = linesPerInch(p.params.resolution);
        o.lsbFirst = true;
        const auto d = FaxCodec::decode(p.data, o);
        if (!d) {
            out.problems << Problem{i, d.error().message};
            continue;
        }
        DecodedPage page;
        page.page.image = d->image;
        page.page.yDpi = o.yDpi;
        page.badLines = d->badLines;
        page.longestBadRun = d->longestBadRun;
        decoded << page;
    }
    out.decodedPages = int(decoded.size());
    if (!out.problems.isEmpty())
        out.fax.partial = true;
    if (decoded.isEmpty())
        return out;
    if (!QDir().mkpath(directory)) {
        out.error =
            QCoreApplication::translate("Fax", "Cannot create the folder %1 for received faxes")
                .arg(directory);
        return out;
    }
    const QString path = newPath(directory, naming, out.fax);
    // The writer works on a temporary file that only finish() puts in place.
    FaxTiffWriter writer(path);
    Result r = writer.open(FaxTiffProperties::fromReceivedFax(out.fax), int(decoded.size()));
    for (const DecodedPage &p : std::as_const(decoded)) {
        if (!r)
            break;
        r = writer.addPage(p.page, FaxCompression::Mmr, p.badLines, p.longestBadRun);
    }
    if (r)
        r = writer.finish();
    if (!r) {
        out.error = r.error().message;
        return out;
    }
    out.fax.file = path;
    out.fax.pages = writer.pagesWritten();
    out.fax.xResolution = kFaxXDpi;
    out.fax.yResolution = decoded.last().page.yDpi;
    return out;
}

} // namespace Fax
