// SPDX-License-Identifier: GPL-3.0-or-later
#include "transmissionreport.h"

#include "faxraster.h"
#include "modelformat.h"

#include "imaging/faxtiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Fax {

namespace {

/// Letter where people use it, A4 elsewhere.
QPageSize localPaper()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

} // namespace

QString TransmissionReport::duration(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return QString();
    const qint64 secs = from.secsTo(to);
    if (secs < 60)
        return QCoreApplication::translate("Fax::FaxItemActions", "%1 s").arg(secs);
    return QCoreApplication::translate("Fax::FaxItemActions", "%1 min %2 s")
        .arg(secs / 60)
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

TransmissionReport TransmissionReport::forJob(const Job &job)
{
    TransmissionReport r;
    r.m_title = QCoreApplication::translate("Fax::FaxItemActions", "Transmission Report");
    r.m_success = job.queueStatus == QueueStatus::Completed;
    const auto add = [&r](const QString &label, const QString &value) {
        if (!value.isEmpty())
            r.m_rows << DetailField{label, value};
    };
    add(QCoreApplication::translate("Fax::FaxItemActions", "Job"), QString::number(job.id));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Time"),
        ModelFormat::dateTime(job.started.isValid() ? job.started : job.submitted));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Fax number"), job.recipientNumber);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Recipient"), job.recipientName);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Company"), job.recipientCompany);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Subject"), job.subject);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Sender"), job.senderName);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Pages"),
        QCoreApplication::translate("Fax::FaxItemActions", "%1 of %2 sent")
            .arg(job.pagesSent)
            .arg(job.pagesTotal));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Duration"),
        duration(job.started, job.finished));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Tries"), QString::number(job.tries));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Port"), job.port);
    add(QCoreApplication::translate("Fax::FaxItemActions", "TSID"), job.tsid);
    if (r.m_success)
        r.m_result = QCoreApplication::translate("Fax::FaxItemActions", "Sent");
    else if (job.lastError.isEmpty())
        r.m_result = displayName(job.queueStatus);
    else
        r.m_result = QCoreApplication::translate("Fax::FaxItemActions", "%1: %2")
                         .arg(displayName(job.queueStatus), job.lastError);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Result"), r.m_result);
    return r;
}

TransmissionReport TransmissionReport::forFax(const ReceivedFax &fax)
{
    TransmissionReport r;
    r.m_title = QCoreApplication::translate("Fax::FaxItemActions", "Reception Report");
    r.m_success = !fax.partial;
    const auto add = [&r](const QString &label, const QString &value) {
        if (!value.isEmpty())
            r.m_rows << DetailField{label, value};
    };
    add(QCoreApplication::translate("Fax::FaxItemActions", "Time"),
        ModelFormat::dateTime(fax.receiveTime));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Sender (TSID)"), fax.tsid);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Caller ID"), fax.callerId);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Our id (CSID)"), fax.csid);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Pages"), QString::number(fax.pages));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Resolution"),
        QCoreApplication::translate("Fax::FaxItemActions", "%1 × %2 dpi")
            .arg(fax.xResolution)
            .arg(fax.yResolution));
    add(QCoreApplication::translate("Fax::FaxItemActions", "Port"), fax.port);
    add(QCoreApplication::translate("Fax::FaxItemActions", "Routing"), fax.routing);
    r.m_result = fax.partial ? QCoreApplication::translate("Fax::FaxItemActions",
                                                           "Received in part: the call ended early")
                             : QCoreApplication::translate("Fax::FaxItemActions", "Received");
    add(QCoreApplication::translate("Fax::FaxItemActions", "Result"), r.m_result);
    return r;
}

Result TransmissionReport::write(const QString &pdfFile, const QString &faxFile) const
{
    const auto cannotWrite = [&pdfFile](const QString &why) {
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Fax::FaxItemActions", "Cannot write %1: %2")
                               .arg(pdfFile, why));
    };
    // The first page, if the fax can be read: a report without it is still a report.
    QImage firstPage;
    QSizeF firstInches;
    if (!faxFile.isEmpty()) {
        FaxTiffReader reader;
        if (reader.open(faxFile) && reader.pageCount() > 0) {
            if (const Expected<FaxPage> page = reader.readPage(0)) {
                firstInches =
                    FaxRaster::pageInches(page->width(), page->lines(), page->xDpi, page->yDpi);
                firstPage = FaxRaster::toGray(page->image, FaxRaster::sizeAt(firstInches, 100));
            }
        }
    }

    QSaveFile file(pdfFile);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Fax Console"));
        writer.setTitle(m_title);
        writer.setPageSize(localPaper());
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter p;
        if (!p.begin(&writer)) {
            file.cancelWriting();
            return cannotWrite(
                QCoreApplication::translate("Fax::FaxItemActions", "the PDF cannot be started"));
        }
        const double width = writer.width();
        const double dpi = writer.resolution();
        double y = 0;

        QFont titleFont(QStringLiteral("DejaVu Sans"));
        titleFont.setPointSizeF(20);
        titleFont.setBold(true);
        p.setFont(titleFont);
        QFontMetricsF titleMetrics(titleFont, &writer);
        y += titleMetrics.ascent();
        p.drawText(QPointF(0, y), m_title);
        y += titleMetrics.descent();

        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPointSizeF(8.5);
        p.setFont(small);
        QFontMetricsF smallMetrics(small, &writer);
        y += smallMetrics.ascent() + dpi * 0.04;
        p.setPen(QColor(90, 90, 90));
        p.drawText(QPointF(0, y),
                   QCoreApplication::translate("Fax::FaxItemActions", "Fax Console, %1")
                       .arg(ModelFormat::dateTime(QDateTime::currentDateTime())));
        y += smallMetrics.descent() + dpi * 0.15;
        p.setPen(QPen(QColor(60, 60, 60), dpi / 100));
        p.drawLine(QPointF(0, y), QPointF(width, y));
        y += dpi * 0.15;

        // The result first, in a band that says at a glance whether the fax went through.
        QFont resultFont(QStringLiteral("DejaVu Sans"));
        resultFont.setPointSizeF(13);
        resultFont.setBold(true);
        QFontMetricsF resultMetrics(resultFont, &writer);
        const QRectF band(0, y, width, resultMetrics.height() + dpi * 0.16);
        p.fillRect(band, m_success ? QColor(224, 242, 230) : QColor(250, 225, 225));
        p.setPen(m_success ? QColor(25, 110, 55) : QColor(160, 30, 30));
        p.setFont(resultFont);
        p.drawText(band.adjusted(dpi * 0.1, 0, -dpi * 0.1, 0),
                   Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                   resultMetrics.elidedText(m_result, Qt::ElideRight, band.width() - dpi * 0.2));
        y = band.bottom() + dpi * 0.2;

        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPointSizeF(10.5);
        QFont bodyBold = body;
        bodyBold.setBold(true);
        QFontMetricsF bodyMetrics(body, &writer);
        double labelWidth = 0;
        for (const DetailField &row : m_rows)
            labelWidth = std::max(
                labelWidth, QFontMetricsF(bodyBold, &writer).horizontalAdvance(row.first + u':'));
        const double valueX = labelWidth + dpi * 0.2;
        p.setPen(Qt::black);
        for (const DetailField &row : m_rows) {
            const QRectF valueRect(valueX, y, width - valueX, writer.height());
            const QRectF used = p.boundingRect(valueRect, Qt::TextWordWrap, row.second);
            p.setFont(bodyBold);
            p.drawText(QPointF(0, y + bodyMetrics.ascent()), row.first + u':');
            p.setFont(body);
            p.drawText(valueRect, Qt::TextWordWrap, row.second);
            y += std::max(bodyMetrics.height(), used.height()) + dpi * 0.05;
        }

        if (!firstPage.isNull()) {
            y += dpi * 0.25;
            p.setFont(small);
            p.setPen(QColor(90, 90, 90));
            p.drawText(QPointF(0, y + smallMetrics.ascent()),
                       QCoreApplication::translate("Fax::FaxItemActions", "Page 1, reduced"));
            y += smallMetrics.height() + dpi * 0.08;
            // Reduced to what is left of the page, at most half its width.
            const double room = writer.height() - y;
            QSizeF size(firstInches.width() * dpi, firstInches.height() * dpi);
            size.scale(QSizeF(width * 0.5, std::max(room, dpi)), Qt::KeepAspectRatio);
            const QRectF target(0, y, size.width(), size.height());
            p.drawImage(target, firstPage);
            p.setPen(QPen(QColor(120, 120, 120), dpi / 150));
            p.drawRect(target);
        }
        p.end();
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

} // namespace Fax
