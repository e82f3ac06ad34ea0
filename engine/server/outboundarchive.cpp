// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboundarchive.h"

#include "cover/sendpreparation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace Fax {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

} // namespace

QString OutboundArchive::defaultDirectory(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("archive"));
}

FaxTiffProperties OutboundArchive::propertiesFor(const Request &request)
{
    const Job &job = request.job;
    FaxTiffProperties p;
    p.received = false;
    p.tsid = request.tsid;
    p.port = job.port;
    p.sender = job.senderName;
    p.recipient = job.recipientName.isEmpty()
                      ? job.recipientNumber
                      : QStringLiteral("%1 (%2)").arg(job.recipientName, job.recipientNumber);
    p.subject = job.subject;
    p.jobId = job.id;
    p.time = request.time.toUTC();
    return p;
}

Expected<QString> OutboundArchive::write(const Request &request)
{
    const QString what = trFax(QT_TRANSLATE_NOOP("Fax", "The archive copy of job %1 in %2"))
                             .arg(request.job.id)
                             .arg(request.directory);
    if (!QDir().mkpath(request.directory))
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot be written: the folder "
                                                          "cannot be created"))
                               .arg(what));
    const QDir dir(request.directory);
    const QString stamp = request.time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QStringLiteral("sent-%1-job%2").arg(stamp).arg(request.job.id);
    const QString temp =
        dir.filePath(QStringLiteral(".%1.%2.partial.tif")
                         .arg(base)
                         .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    // As FaxPageSource makes them for the line.
    const auto converted =
        SendPreparation::prepare(request.document, temp, {}, propertiesFor(request));
    if (!converted) {
        QFile::remove(temp);
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot be written: %2"))
                               .arg(what, converted.error().message));
    }
    // QFile::rename never replaces an existing file: two jobs (or two engines sharing the
    // folder) cannot overwrite each other's copies.
    for (int n = 1; n < 1000; ++n) {
        const QString target = dir.filePath(
            base + (n == 1 ? QString() : QStringLiteral("-%1").arg(n)) + QStringLiteral(".tif"));
        if (QFile::exists(target))
            continue;
        QFile file(temp);
        if (file.rename(target))
            return target;
        if (!QFile::exists(target)) {
            QFile::remove(temp);
            return Error::make(Error::Kind::Io,
                               trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot be written: %2"))
                                   .arg(what, file.errorString()));
        }
    }
    QFile::remove(temp);
    return Error::make(Error::Kind::Io,
                       trFax(QT_TRANSLATE_NOOP("Fax", "%1 cannot be written: every name for it "
                                                      "is taken"))
                           .arg(what));
}

} // namespace Fax
