// SPDX-License-Identifier: GPL-3.0-or-later
#include "faxoutput.h"

#include "faxraster.h"

#include "imaging/faxtiff.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace Fax::FaxOutput {

namespace {

QString trFax(const char *text)
{
    return QCoreApplication::translate("Fax", text);
}

/// The page's picture to draw: black and white, turned.
QImage pagePicture(const FaxPage &page, int quarterTurns)
{
    // Drawn as grey so that every paint engine shows black on white, whatever it makes of a
    // colour table.
    QImage gray = page.image.convertToFormat(QImage::Format_Grayscale8);
    return FaxRaster::rotated(gray, quarterTurns);
}

QSizeF turnedInches(const FaxPage &page, int quarterTurns)
{
    const QSizeF inches = FaxRaster::pageInches(page.width(), page.lines(), page.xDpi, page.yDpi);
    return quarterTurns % 2 ? inches.transposed() : inches;
}

} // namespace

Result writePdf(const QString &faxFile, const QString &pdfFile, int quarterTurns)
{
    FaxTiffReader reader;
    if (Result r = reader.open(faxFile); !r)
        return r;
    if (reader.pageCount() == 0)
        return Error::make(Error::Kind::InvalidArgument,
                           trFax(QT_TRANSLATE_NOOP("Fax", "%1 has no pages")).arg(faxFile));
    const auto cannotWrite = [&pdfFile](const QString &why) {
        return Error::make(
            Error::Kind::Io,
            trFax(QT_TRANSLATE_NOOP("Fax", "Cannot write %1: %2")).arg(pdfFile, why));
    };
    QSaveFile file(pdfFile);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Fax Console"));
        writer.setTitle(QFileInfo(faxFile).completeBaseName());
        writer.setResolution(600);
        QPainter painter;
        for (int i = 0; i < reader.pageCount(); ++i) {
            const Expected<FaxPage> page = reader.readPage(i);
            if (!page) {
                file.cancelWriting();
                return page.error();
            }
            const QPageSize size(turnedInches(*page, quarterTurns), QPageSize::Inch, QString(),
                                 QPageSize::ExactMatch);
            writer.setPageSize(size);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            if (i == 0) {
                if (!painter.begin(&writer)) {
                    file.cancelWriting();
                    return cannotWrite(
                        trFax(QT_TRANSLATE_NOOP("Fax", "the PDF cannot be started")));
                }
            } else if (!writer.newPage()) {
                painter.end();
                file.cancelWriting();
                return cannotWrite(trFax(QT_TRANSLATE_NOOP("Fax", "a page cannot be added")));
            }
            painter.drawImage(QRectF(0, 0, writer.width(), writer.height()),
                              pagePicture(*page, quarterTurns));
        }
        painter.end();
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

Result print(const QString &faxFile, QPrinter *printer, int quarterTurns)
{
    FaxTiffReader reader;
    if (Result r = reader.open(faxFile); !r)
        return r;
    int first = 1;
    int last = reader.pageCount();
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::max(1, printer->fromPage());
        last = std::min(reader.pageCount(), std::max(first, printer->toPage()));
    }
    if (first > last)
        return Error::make(
            Error::Kind::InvalidArgument,
            trFax(QT_TRANSLATE_NOOP("Fax", "%1 has no pages to print")).arg(faxFile));
    printer->setDocName(QFileInfo(faxFile).completeBaseName());
    QPainter painter;
    if (!painter.begin(printer))
        return Error::make(
            Error::Kind::Io,
            trFax(QT_TRANSLATE_NOOP("Fax", "Cannot print on %1: the printer cannot be opened"))
                .arg(printer->printerName().isEmpty() ? printer->outputFileName()
                                                      : printer->printerName()));
    const double dpi = printer->resolution();
    for (int number = first; number <= last; ++number) {
        const Expected<FaxPage> page = reader.readPage(number - 1);
        if (!page) {
            painter.end();
            return page.error();
        }
        if (number > first)
            printer->newPage();
        const QRect paper = printer->pageLayout().paintRectPixels(int(dpi));
        const QRect area(0, 0, paper.width(), paper.height());
        QSizeF size = QSizeF(FaxRaster::sizeAt(turnedInches(*page, quarterTurns), dpi));
        if (size.width() > area.width() || size.height() > area.height())
            size.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF target(area.left() + (area.width() - size.width()) / 2, area.top(),
                            size.width(), size.height());
        painter.drawImage(target, pagePicture(*page, quarterTurns));
    }
    if (!painter.end())
        return Error::make(Error::Kind::Io,
                           trFax(QT_TRANSLATE_NOOP("Fax", "Printing %1 failed")).arg(faxFile));
    return {};
}

} // namespace Fax::FaxOutput
